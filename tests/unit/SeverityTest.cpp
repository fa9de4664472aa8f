#include "domain/Severity.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace creditcase;

TEST_CASE("Severity values have stable, distinct ids and translated names") {
    QSet<QString> ids;
    for (auto value : {domain::Severity::Minor, domain::Severity::General, domain::Severity::Serious}) {
        const QString id = domain::severityId(value);
        CHECK_FALSE(id.isEmpty());
        CHECK(domain::severityFromId(id) == value);
        CHECK_FALSE(domain::severityName(value).isEmpty());
        ids.insert(id);
    }
    CHECK(ids.size() ==
          int(std::size({domain::Severity::Minor, domain::Severity::General, domain::Severity::Serious})));
    CHECK_FALSE(domain::severityFromId(QStringLiteral("no-such-value")).has_value());
}
