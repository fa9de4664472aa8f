#include "rules/CatalogEdition.h"

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::rules;

TEST_CASE("Catalogue attributes read and write as in the rule files") {
    for (auto scope : {SharingScope::Unconditional, SharingScope::Conditional, SharingScope::NotShared})
        CHECK(sharingScopeFromId(sharingScopeId(scope)) == scope);
    for (auto attribute :
         {DisclosureAttribute::Active, DisclosureAttribute::OnRequest, DisclosureAttribute::NotDisclosed})
        CHECK(disclosureAttributeFromId(disclosureAttributeId(attribute)) == attribute);
    using Kind = DisclosurePeriodRule::Kind;
    for (auto kind : {Kind::ByRegime, Kind::ListDuration, Kind::WhileValid, Kind::Fixed, Kind::NotDisclosed})
        CHECK(DisclosurePeriodRule::kindFromId(DisclosurePeriodRule::kindId(kind)) == kind);
    CHECK(disclosureAttributeId(DisclosureAttribute::OnRequest) == QStringLiteral("on-request"));
    CHECK_FALSE(sharingScopeFromId(QStringLiteral("everyone")).has_value());
}

TEST_CASE("A catalogue edition finds items and categories by id") {
    CatalogEdition edition;
    edition.categories << CatalogCategory{QStringLiteral("honours"),
                                          10,
                                          QStringLiteral("诚实守信相关荣誉信息"),
                                          QStringLiteral("Honours"),
                                          QStringLiteral("test"),
                                          Mark::Secondary};
    CatalogItem item;
    item.id = QStringLiteral("honours");
    item.categoryId = QStringLiteral("honours");
    item.subjectTypes = {domain::SubjectType::NaturalPerson};
    edition.items << item;
    REQUIRE(edition.item(QStringLiteral("honours")));
    CHECK(edition.item(QStringLiteral("honours"))->covers(domain::SubjectType::NaturalPerson));
    CHECK_FALSE(edition.item(QStringLiteral("honours"))->covers(domain::SubjectType::LegalPerson));
    CHECK(edition.category(QStringLiteral("honours"))->number == 10);
    CHECK(edition.item(QStringLiteral("missing")) == nullptr);
    CHECK(edition.category(QStringLiteral("missing")) == nullptr);
}
