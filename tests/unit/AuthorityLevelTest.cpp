#include "domain/AuthorityLevel.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace creditcase;

TEST_CASE("AuthorityLevel values have stable, distinct ids and translated names") {
    QSet<QString> ids;
    for (auto value :
         {domain::AuthorityLevel::Township, domain::AuthorityLevel::County, domain::AuthorityLevel::Municipal,
          domain::AuthorityLevel::Provincial, domain::AuthorityLevel::National}) {
        const QString id = domain::authorityLevelId(value);
        CHECK_FALSE(id.isEmpty());
        CHECK(domain::authorityLevelFromId(id) == value);
        CHECK_FALSE(domain::authorityLevelName(value).isEmpty());
        ids.insert(id);
    }
    CHECK(ids.size() == int(std::size({domain::AuthorityLevel::Township, domain::AuthorityLevel::County,
                                       domain::AuthorityLevel::Municipal, domain::AuthorityLevel::Provincial,
                                       domain::AuthorityLevel::National})));
    CHECK_FALSE(domain::authorityLevelFromId(QStringLiteral("no-such-value")).has_value());
}
