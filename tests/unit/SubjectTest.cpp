#include "domain/Subject.h"

#include "domain/BasisDocument.h"

#include <catch2/catch.hpp>

using namespace creditcase::domain;

TEST_CASE("Subject kinds map to the catalogue's subject types and to the identifier they carry") {
    for (auto kind : {SubjectKind::Enterprise, SubjectKind::Organisation, SubjectKind::Individual}) {
        CHECK(subjectKindFromId(subjectKindId(kind)) == kind);
        CHECK_FALSE(subjectKindName(kind).isEmpty());
    }
    CHECK(subjectTypeOf(SubjectKind::Enterprise) == SubjectType::LegalPerson);
    CHECK(subjectTypeOf(SubjectKind::Organisation) == SubjectType::LegalPerson);
    CHECK(subjectTypeOf(SubjectKind::Individual) == SubjectType::NaturalPerson);
    CHECK(identifierKindFor(SubjectKind::Individual) == QStringLiteral("resident-id"));
    CHECK(identifierKindFor(SubjectKind::Organisation) == QStringLiteral("uscc"));
    CHECK_FALSE(subjectKindFromId(QStringLiteral("company")).has_value());
}

TEST_CASE("The command line's basis kinds map onto the domain's basis document kinds") {
    CHECK(basisKindFromCliName(QStringLiteral("administrative-penalty")) ==
          BasisDocumentKind::AdministrativePenaltyDecision);
    CHECK(basisKindFromCliName(QStringLiteral("other-legal")) == BasisDocumentKind::OtherStatutoryBasis);
    CHECK(basisKindFromCliName(QStringLiteral("judicial-ruling")) == BasisDocumentKind::JudicialRuling);
    CHECK(basisKindFromCliName(QStringLiteral("arbitral-award")) == BasisDocumentKind::ArbitralAward);
    CHECK(basisKindFromCliName(QStringLiteral("administrative-ruling")) ==
          BasisDocumentKind::AdministrativeRulingDecision);
    CHECK(basisKindCliName(BasisDocumentKind::AdministrativePenaltyDecision) ==
          QStringLiteral("administrative-penalty"));
    CHECK_FALSE(basisKindFromCliName(QStringLiteral("rumour")).has_value());
}
