#include "rules/ListType.h"

#include <catch2/catch.hpp>

using namespace creditcase::rules;

TEST_CASE("A list type finds the term for a ground") {
    ListType lt;
    ListTerm untilPerformed;
    untilPerformed.id = QStringLiteral("until-performed");
    untilPerformed.grounds = {QStringLiteral("art1-1")};
    untilPerformed.kind = ListTerm::Kind::UntilPerformed;
    ListTerm twoYears;
    twoYears.id = QStringLiteral("two-years");
    twoYears.grounds = {QStringLiteral("art1-2"), QStringLiteral("art1-3")};
    lt.terms = {untilPerformed, twoYears};
    CHECK(lt.term(QStringLiteral("art1-1"))->id == QStringLiteral("until-performed"));
    CHECK(lt.term(QStringLiteral("art1-3"))->id == QStringLiteral("two-years"));
    CHECK(lt.term(QString()) == nullptr);
    CHECK(lt.grounds() == QStringList{QStringLiteral("art1-1"), QStringLiteral("art1-2"), QStringLiteral("art1-3")});

    ListType single;
    single.terms = {ListTerm{}};
    CHECK(single.term(QString()) != nullptr);
    CHECK(single.grounds().isEmpty());
    CHECK(ListTerm::kindFromId(QStringLiteral("until-performed")) == ListTerm::Kind::UntilPerformed);
}

TEST_CASE("A standard is in force from its first to its last day") {
    ListStandard standard;
    standard.effectiveFrom = QDate(2022, 1, 1);
    CHECK_FALSE(standard.inForceOn(QDate(2021, 12, 31)));
    CHECK(standard.inForceOn(QDate(2022, 1, 1)));
    standard.effectiveUntil = QDate(2025, 12, 31);
    CHECK(standard.inForceOn(QDate(2025, 12, 31)));
    CHECK_FALSE(standard.inForceOn(QDate(2026, 1, 1)));
    CHECK_FALSE(ListStandard().inForceOn(QDate(2026, 1, 1)));
}
