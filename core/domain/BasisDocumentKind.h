#pragma once

#include <QString>
#include <optional>

namespace creditcase::domain {

// What kind of document a finding of untrustworthy conduct rests on. Which of these are legally effective bases
// (Guiding Opinions II(2)) is rule data (legal-bases.json), not decided here.
enum class BasisDocumentKind {
    JudicialRuling,                // effective judgment, ruling or order of a court
    ArbitralAward,                 // arbitration award or conciliation statement
    AdministrativePenaltyDecision, // 行政处罚决定书
    AdministrativeRulingDecision,  // 行政裁决 and similar administrative decision documents
    OtherStatutoryBasis,           // a document a law, regulation or State Council decision makes a basis
    InspectionRecord,              // inspection notes, on-site records: not a decision
    Complaint,                     // a complaint or report by a third party
    MediaReport,                   // press or online reports
};

// Stable identifiers used in rule data and storage, e.g. "judicial-ruling", "administrative-penalty-decision".
QString basisDocumentKindId(BasisDocumentKind kind);
std::optional<BasisDocumentKind> basisDocumentKindFromId(const QString& id);
QString basisDocumentKindName(BasisDocumentKind kind);

} // namespace creditcase::domain
