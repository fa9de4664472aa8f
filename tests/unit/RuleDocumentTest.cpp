#include "rules/RuleDocument.h"

#include "rules/LegalBases.h"
#include "rules/ProcedureLimit.h"

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::rules;

TEST_CASE("Document kinds and edition references read as in the rule files") {
    for (auto kind : {DocumentKind::Catalog, DocumentKind::Measures, DocumentKind::ListTypes,
                      DocumentKind::DisclosureRegimes, DocumentKind::ProcedureLimits, DocumentKind::LegalBases})
        CHECK(documentKindFromId(documentKindId(kind)) == kind);
    CHECK(documentKindId(DocumentKind::ListTypes) == QStringLiteral("list-types"));
    CHECK(EditionRef{DocumentKind::Catalog, QStringLiteral("2024"), 2}.display() == QStringLiteral("catalog 2024 v2"));
}

TEST_CASE("A document gives access to its content by kind and knows when it is in force") {
    RuleDocument doc;
    doc.kind = DocumentKind::ProcedureLimits;
    doc.edition = QStringLiteral("2024");
    doc.version = 3;
    doc.effectiveFrom = {QDate(2024, 1, 1), QStringLiteral("test"), Mark::Verified};
    ProcedureLimitEdition limits;
    limits.limits << ProcedureLimit{
        QStringLiteral("reconsideration"), {}, {}, {60, RuleDuration::Mode::CalendarDays, {}, {}, Mark::Verified}};
    doc.content = limits;
    CHECK(doc.ref() == EditionRef{DocumentKind::ProcedureLimits, QStringLiteral("2024"), 3});
    REQUIRE(doc.procedureLimits());
    CHECK(doc.procedureLimits()->limit(QStringLiteral("reconsideration"))->duration.count == 60);
    CHECK(doc.catalog() == nullptr);
    CHECK_FALSE(doc.inForceOn(QDate(2023, 12, 31)));
    CHECK(doc.inForceOn(QDate(2030, 1, 1)));
    doc.effectiveUntil = RuleValue<QDate>{QDate(2025, 12, 31), QStringLiteral("test"), Mark::Verified};
    CHECK_FALSE(doc.inForceOn(QDate(2026, 1, 1)));
}

TEST_CASE("Legal bases are looked up by provision, kind, category and form") {
    LegalBasesEdition bases;
    bases.provisions << Provision{QStringLiteral("opinions-II-2"), {QStringLiteral("II(2)"), {}, Mark::Verified}, {}};
    bases.basisKinds << BasisKindRule{domain::BasisDocumentKind::JudicialRuling,
                                      true,
                                      false,
                                      QStringLiteral("opinions-II-2"),
                                      QStringLiteral("test"),
                                      Mark::Verified};
    bases.scopeCategories << ScopeCategoryRule{domain::ScopeCategory::NationalDefence, {}, {}, {}, Mark::Verified};
    bases.standardForms << StandardFormRule{QStringLiteral("law"), {}, {}, {}, Mark::Verified};
    CHECK(bases.provision(QStringLiteral("opinions-II-2"))->citation.text == QStringLiteral("II(2)"));
    CHECK(bases.basisKind(domain::BasisDocumentKind::JudicialRuling)->isBasis);
    CHECK(bases.basisKind(domain::BasisDocumentKind::Complaint) == nullptr);
    CHECK(bases.scopeCategory(domain::ScopeCategory::NationalDefence) != nullptr);
    CHECK(bases.scopeCategory(domain::ScopeCategory::FairCompetition) == nullptr);
    CHECK(bases.standardForm(QStringLiteral("law")) != nullptr);
    CHECK(bases.standardForm(QStringLiteral("memo")) == nullptr);
}
