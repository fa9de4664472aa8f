#include "rules/DisclosureRegime.h"

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::rules;

TEST_CASE("A disclosure regime is in force through its last day") {
    DisclosureRegime regime;
    regime.id = QStringLiteral("ndrc-order-58");
    regime.document = QStringLiteral("国家发展和改革委员会令2023年第58号");
    regime.effectiveFrom = {QDate(2023, 5, 1), QStringLiteral("test"), Mark::Secondary};
    regime.effectiveUntil = RuleValue<QDate>{QDate(2026, 3, 31), QStringLiteral("test"), Mark::Secondary};
    CHECK_FALSE(regime.inForceOn(QDate(2023, 4, 30)));
    CHECK(regime.inForceOn(QDate(2023, 5, 1)));
    CHECK(regime.inForceOn(QDate(2026, 3, 31)));
    CHECK_FALSE(regime.inForceOn(QDate(2026, 4, 1)));
    CHECK(regime.general());
    CHECK(regime.citation().mark == Mark::Secondary);

    RegimePeriod serious;
    serious.severity = domain::Severity::Serious;
    regime.periods << serious;
    CHECK(regime.period(domain::Severity::Serious) != nullptr);
    CHECK(regime.period(domain::Severity::Minor) == nullptr);

    RegimeEdition edition;
    edition.regimes << regime;
    CHECK(edition.regime(QStringLiteral("ndrc-order-58")) != nullptr);
    CHECK(edition.regime(QStringLiteral("other")) == nullptr);
}
