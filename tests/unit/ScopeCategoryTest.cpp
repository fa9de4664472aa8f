#include "domain/ScopeCategory.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace creditcase;

TEST_CASE("ScopeCategory values have stable, distinct ids and translated names") {
    QSet<QString> ids;
    for (auto value : {domain::ScopeCategory::PublicHealthAndSafety, domain::ScopeCategory::FairCompetition,
                       domain::ScopeCategory::RefusingLegalObligations, domain::ScopeCategory::NationalDefence}) {
        const QString id = domain::scopeCategoryId(value);
        CHECK_FALSE(id.isEmpty());
        CHECK(domain::scopeCategoryFromId(id) == value);
        CHECK_FALSE(domain::scopeCategoryName(value).isEmpty());
        ids.insert(id);
    }
    CHECK(ids.size() ==
          int(std::size({domain::ScopeCategory::PublicHealthAndSafety, domain::ScopeCategory::FairCompetition,
                         domain::ScopeCategory::RefusingLegalObligations, domain::ScopeCategory::NationalDefence})));
    CHECK_FALSE(domain::scopeCategoryFromId(QStringLiteral("no-such-value")).has_value());
}
