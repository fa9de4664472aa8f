#include "BasisDocument.h"

namespace creditcase::domain {

QString basisKindCliName(BasisDocumentKind kind) {
    switch (kind) {
    case BasisDocumentKind::JudicialRuling:
        return QStringLiteral("judicial-ruling");
    case BasisDocumentKind::ArbitralAward:
        return QStringLiteral("arbitral-award");
    case BasisDocumentKind::AdministrativePenaltyDecision:
        return QStringLiteral("administrative-penalty");
    case BasisDocumentKind::AdministrativeRulingDecision:
        return QStringLiteral("administrative-ruling");
    case BasisDocumentKind::OtherStatutoryBasis:
        return QStringLiteral("other-legal");
    default:
        return basisDocumentKindId(kind);
    }
}

std::optional<BasisDocumentKind> basisKindFromCliName(const QString& name) {
    for (auto kind : {BasisDocumentKind::JudicialRuling, BasisDocumentKind::ArbitralAward,
                      BasisDocumentKind::AdministrativePenaltyDecision, BasisDocumentKind::AdministrativeRulingDecision,
                      BasisDocumentKind::OtherStatutoryBasis}) {
        if (basisKindCliName(kind) == name) {
            return kind;
        }
    }
    return basisDocumentKindFromId(name);
}

} // namespace creditcase::domain
