#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace creditcase::domain {

// Where a designation case stands (DESIGN.md "The workflows"). Recorded is the credit record before any case is
// opened on it; opening the case prepares the notice.
enum class CaseStage {
    Recorded,        // a credit record that is a candidate for the list
    NoticePrepared,  // notice before designation (告知书) prepared, not yet served
    ObjectionWindow, // notice served; the party may object until the window ends
    ObjectionReview, // an objection was received and awaits its answer
    ReadyToDecide,   // objection rejected, or no objection within the window
    ReExamination,   // submitted to the higher department for re-examination
    ReExamined,      // re-examination approved; the decision may be issued
    Listed,          // decision issued; on the list until the term ends
    Closed,          // objection upheld: not designated
    Expired,         // the listing term ended
    Removed,         // removed early (restoration granted)
};

// Stable identifiers: "recorded", "notice-prepared", "objection-window", "objection-review", "ready-to-decide",
// "re-examination", "re-examined", "listed", "closed", "expired", "removed".
QString caseStageId(CaseStage stage);
std::optional<CaseStage> caseStageFromId(const QString& id);
QString caseStageName(CaseStage stage); // translated
QList<CaseStage> allCaseStages();
// Closed, expired and removed cases take no further event except the revocation of a restoration.
bool isFinal(CaseStage stage);

} // namespace creditcase::domain
