#include "domain/StandardStatus.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace creditcase;

TEST_CASE("StandardStatus values have stable, distinct ids and translated names") {
    QSet<QString> ids;
    for (auto value :
         {domain::StandardStatus::Draft, domain::StandardStatus::OpenForComment, domain::StandardStatus::Adopted,
          domain::StandardStatus::InForce, domain::StandardStatus::Revised, domain::StandardStatus::Abolished}) {
        const QString id = domain::standardStatusId(value);
        CHECK_FALSE(id.isEmpty());
        CHECK(domain::standardStatusFromId(id) == value);
        CHECK_FALSE(domain::standardStatusName(value).isEmpty());
        ids.insert(id);
    }
    CHECK(ids.size() == int(std::size({domain::StandardStatus::Draft, domain::StandardStatus::OpenForComment,
                                       domain::StandardStatus::Adopted, domain::StandardStatus::InForce,
                                       domain::StandardStatus::Revised, domain::StandardStatus::Abolished})));
    CHECK_FALSE(domain::standardStatusFromId(QStringLiteral("no-such-value")).has_value());
}
