#include "domain/BasisDocumentKind.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace creditcase;

TEST_CASE("BasisDocumentKind values have stable, distinct ids and translated names") {
    QSet<QString> ids;
    for (auto value : {domain::BasisDocumentKind::JudicialRuling, domain::BasisDocumentKind::ArbitralAward,
                       domain::BasisDocumentKind::AdministrativePenaltyDecision,
                       domain::BasisDocumentKind::AdministrativeRulingDecision,
                       domain::BasisDocumentKind::OtherStatutoryBasis, domain::BasisDocumentKind::InspectionRecord,
                       domain::BasisDocumentKind::Complaint, domain::BasisDocumentKind::MediaReport}) {
        const QString id = domain::basisDocumentKindId(value);
        CHECK_FALSE(id.isEmpty());
        CHECK(domain::basisDocumentKindFromId(id) == value);
        CHECK_FALSE(domain::basisDocumentKindName(value).isEmpty());
        ids.insert(id);
    }
    CHECK(ids.size() ==
          int(std::size({domain::BasisDocumentKind::JudicialRuling, domain::BasisDocumentKind::ArbitralAward,
                         domain::BasisDocumentKind::AdministrativePenaltyDecision,
                         domain::BasisDocumentKind::AdministrativeRulingDecision,
                         domain::BasisDocumentKind::OtherStatutoryBasis, domain::BasisDocumentKind::InspectionRecord,
                         domain::BasisDocumentKind::Complaint, domain::BasisDocumentKind::MediaReport})));
    CHECK_FALSE(domain::basisDocumentKindFromId(QStringLiteral("no-such-value")).has_value());
}
