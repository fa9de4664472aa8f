#pragma once

#include "BasisDocumentKind.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace creditcase::domain {

// The document a finding of untrustworthy conduct rests on (Guiding Opinions II(2)): what it is, its document
// number (文号), the organ that issued it, the date it was made and the date it took legal effect. Scans of it
// are attachments stored inside the vault.
struct BasisDocument {
    qint64 id = 0;
    BasisDocumentKind kind = BasisDocumentKind::AdministrativePenaltyDecision;
    QString documentNumber;
    QString issuingOrgan;
    QDate issuedOn;
    QDate effectiveOn;
    bool legallyEffective = false;
    QString statutoryProvision; // for "other statutory basis": the provision that makes it a basis
    QDateTime createdAt;
    QString createdBy;
};

// The short names the command line uses for the five kinds that can be a basis ("judicial-ruling",
// "arbitral-award", "administrative-penalty", "administrative-ruling", "other-legal").
QString basisKindCliName(BasisDocumentKind kind);
std::optional<BasisDocumentKind> basisKindFromCliName(const QString& name);

} // namespace creditcase::domain
