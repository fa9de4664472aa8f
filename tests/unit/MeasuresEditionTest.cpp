#include "rules/MeasuresEdition.h"

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::rules;

TEST_CASE("Measure categories and uses read and write as in the rule files") {
    for (auto category : {MeasureCategory::A, MeasureCategory::B, MeasureCategory::C})
        CHECK(measureCategoryFromId(measureCategoryId(category)) == category);
    CHECK(measureUseFromId(QStringLiteral("inform-only")) == MeasureUse::InformOnly);
    CHECK(measureUseFromId(QStringLiteral("order")) == MeasureUse::Order);
    CHECK_FALSE(measureCategoryFromId(QStringLiteral("D")).has_value());
}

TEST_CASE("A measures edition finds measures and categories") {
    MeasuresEdition edition;
    edition.categories << MeasureCategoryRule{MeasureCategory::C, {}, {}, MeasureUse::InformOnly, {}, Mark::Verified};
    Measure measure;
    measure.id = QStringLiteral("financial-institutions");
    measure.category = MeasureCategory::C;
    measure.severities = {domain::Severity::Serious};
    edition.measures << measure;
    REQUIRE(edition.measure(QStringLiteral("financial-institutions")));
    CHECK(edition.measure(QStringLiteral("financial-institutions"))->follows(domain::Severity::Serious));
    CHECK_FALSE(edition.measure(QStringLiteral("financial-institutions"))->follows(domain::Severity::Minor));
    CHECK(edition.category(MeasureCategory::C)->use == MeasureUse::InformOnly);
    CHECK(edition.category(MeasureCategory::A) == nullptr);
    CHECK(edition.measure(QStringLiteral("missing")) == nullptr);
}
