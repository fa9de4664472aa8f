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
