#include "workflow/WorkflowContext.h"

#include "WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using workflow::WorkflowContext;

TEST_CASE("Event dates are refused in the future and before what they depend on") {
    WorkflowFixture f(QDate(2026, 6, 30));
    CHECK(WorkflowContext::checkEventDate(QDate(2026, 6, 30), QStringLiteral("x")).ok());
    const auto future = WorkflowContext::checkEventDate(QDate(2026, 7, 1), QStringLiteral("x"));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().kind == ErrorKind::Refused);
    const auto early =
        WorkflowContext::checkEventDate(QDate(2026, 1, 1), QStringLiteral("x"), QDate(2026, 1, 2), QStringLiteral("y"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("before y")));
    CHECK(WorkflowContext::checkEventDate(QDate(), QStringLiteral("x")).error().kind == ErrorKind::Usage);
}

TEST_CASE("Rule editions are stored as text and read back for pinning") {
    const QList<rules::EditionRef> refs{{rules::DocumentKind::Catalog, QStringLiteral("2024"), 1},
                                        {rules::DocumentKind::ListTypes, QStringLiteral("2025"), 2}};
    const QString text = WorkflowContext::editionsText(refs);
    CHECK(text == QStringLiteral("catalog:2024:1;list-types:2025:2"));
    auto back = WorkflowContext::parseEditions(text);
    REQUIRE(back.ok());
    CHECK(*back == refs);
    CHECK_FALSE(WorkflowContext::parseEditions(QStringLiteral("catalog:2024")).ok());
}

TEST_CASE("A context over the vault gives the pinned rule book of a decided case") {
    WorkflowFixture f;
    auto context = f.as(f.officer);
    auto rules = context.ruleSet();
    REQUIRE(rules.ok());
    const QString editions = WorkflowContext::editionsText(rules->editionsInForce(QDate(2025, 3, 6)));
    auto pinned = context.pinnedRuleBook(editions);
    REQUIRE(pinned.ok());
    CHECK(pinned->listType(QStringLiteral("samr-serious-illegal"), QDate(2026, 3, 6)).ok());
    CHECK_FALSE(context.pinnedRuleBook(QStringLiteral("catalog:1999:1")).ok());
}

TEST_CASE("An organ's region contains the codes under its significant prefix (GB/T 2260)") {
    const auto organ = [](qint64 id, domain::OrganLevel level, const char* region) {
        domain::Organ o;
        o.id = id;
        o.level = level;
        o.regionCode = QString::fromLatin1(region);
        return o;
    };
    const auto nation = organ(1, domain::OrganLevel::National, "100000");
    const auto province = organ(2, domain::OrganLevel::Provincial, "110000");
    const auto city = organ(3, domain::OrganLevel::Municipal, "110100");
    const auto county = organ(4, domain::OrganLevel::County, "110105");
    const auto neighbour = organ(5, domain::OrganLevel::County, "110108");
    const auto elsewhere = organ(6, domain::OrganLevel::County, "320102");
    CHECK(WorkflowContext::regionContains(nation, QStringLiteral("320102")));
    CHECK(WorkflowContext::regionContains(province, QStringLiteral("110105")));
    CHECK_FALSE(WorkflowContext::regionContains(province, QStringLiteral("320102")));
    CHECK(WorkflowContext::regionContains(city, QStringLiteral("110108")));
    CHECK_FALSE(WorkflowContext::regionContains(city, QStringLiteral("110200")));
    CHECK(WorkflowContext::regionContains(county, QStringLiteral("110105")));
    CHECK_FALSE(WorkflowContext::regionContains(county, QStringLiteral("110108")));
    // governs: the organ itself, or an organ above whose region contains it; never a peer or a lower organ.
    CHECK(WorkflowContext::governs(county, county));
    CHECK(WorkflowContext::governs(province, county));
    CHECK(WorkflowContext::governs(nation, elsewhere));
    CHECK_FALSE(WorkflowContext::governs(county, neighbour));
    CHECK_FALSE(WorkflowContext::governs(county, city));
    CHECK_FALSE(WorkflowContext::governs(province, elsewhere));
}
