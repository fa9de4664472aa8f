#include "domain/SubjectType.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace creditcase;

TEST_CASE("SubjectType values have stable, distinct ids and translated names") {
    QSet<QString> ids;
    for (auto value : {domain::SubjectType::LegalPerson, domain::SubjectType::NaturalPerson}) {
        const QString id = domain::subjectTypeId(value);
        CHECK_FALSE(id.isEmpty());
        CHECK(domain::subjectTypeFromId(id) == value);
        CHECK_FALSE(domain::subjectTypeName(value).isEmpty());
        ids.insert(id);
    }
    CHECK(ids.size() == int(std::size({domain::SubjectType::LegalPerson, domain::SubjectType::NaturalPerson})));
    CHECK_FALSE(domain::subjectTypeFromId(QStringLiteral("no-such-value")).has_value());
}
