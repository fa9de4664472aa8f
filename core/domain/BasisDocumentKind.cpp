#include "BasisDocumentKind.h"

#include <QCoreApplication>

namespace creditcase::domain {

namespace {
constexpr BasisDocumentKind allKinds[] = {
    BasisDocumentKind::JudicialRuling,
    BasisDocumentKind::ArbitralAward,
    BasisDocumentKind::AdministrativePenaltyDecision,
    BasisDocumentKind::AdministrativeRulingDecision,
    BasisDocumentKind::OtherStatutoryBasis,
    BasisDocumentKind::InspectionRecord,
    BasisDocumentKind::Complaint,
    BasisDocumentKind::MediaReport,
};
} // namespace

QString basisDocumentKindId(BasisDocumentKind kind) {
    switch (kind) {
    case BasisDocumentKind::JudicialRuling:
        return QStringLiteral("judicial-ruling");
    case BasisDocumentKind::ArbitralAward:
        return QStringLiteral("arbitral-award");
    case BasisDocumentKind::AdministrativePenaltyDecision:
        return QStringLiteral("administrative-penalty-decision");
    case BasisDocumentKind::AdministrativeRulingDecision:
        return QStringLiteral("administrative-ruling-decision");
    case BasisDocumentKind::OtherStatutoryBasis:
        return QStringLiteral("other-statutory-basis");
    case BasisDocumentKind::InspectionRecord:
        return QStringLiteral("inspection-record");
    case BasisDocumentKind::Complaint:
        return QStringLiteral("complaint");
    case BasisDocumentKind::MediaReport:
        return QStringLiteral("media-report");
    }
    return {};
}

std::optional<BasisDocumentKind> basisDocumentKindFromId(const QString& id) {
    for (auto kind : allKinds) {
        if (basisDocumentKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString basisDocumentKindName(BasisDocumentKind kind) {
    switch (kind) {
    case BasisDocumentKind::JudicialRuling:
        return QCoreApplication::translate("BasisDocumentKind", "effective judicial ruling");
    case BasisDocumentKind::ArbitralAward:
        return QCoreApplication::translate("BasisDocumentKind", "arbitral award");
    case BasisDocumentKind::AdministrativePenaltyDecision:
        return QCoreApplication::translate("BasisDocumentKind", "administrative penalty decision");
    case BasisDocumentKind::AdministrativeRulingDecision:
        return QCoreApplication::translate("BasisDocumentKind", "administrative ruling decision");
    case BasisDocumentKind::OtherStatutoryBasis:
        return QCoreApplication::translate("BasisDocumentKind",
                                           "document made a basis by a law, regulation or State Council decision");
    case BasisDocumentKind::InspectionRecord:
        return QCoreApplication::translate("BasisDocumentKind", "inspection record");
    case BasisDocumentKind::Complaint:
        return QCoreApplication::translate("BasisDocumentKind", "complaint or report");
    case BasisDocumentKind::MediaReport:
        return QCoreApplication::translate("BasisDocumentKind", "media report");
    }
    return {};
}

} // namespace creditcase::domain
