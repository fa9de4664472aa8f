#include "rules/RuleBook.h"

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::rules;
using domain::Severity;

namespace {

const RuleSet& shipped() {
    static const RuleSet rules = RuleSet::builtIn().take();
    return rules;
}

} // namespace

TEST_CASE("A RuleBook over no rules refuses everything and says why") {
    const RuleBook book{RuleSet()};
    const QDate on(2026, 5, 1);
    const auto record =
        book.mayRecord(QStringLiteral("administrative-penalty-legal-person"), domain::SubjectType::LegalPerson, on);
    CHECK_FALSE(record.allowed);
    CHECK_FALSE(record.reason.isEmpty());
    CHECK_FALSE(
        book.isLegallyEffectiveBasis({domain::BasisDocumentKind::JudicialRuling, true, QDate(2025, 1, 1), {}}, on)
            .allowed);
    CHECK_FALSE(book.mayDesignate(QStringLiteral("wage-arrears"), {}, {}, on).allowed);
    CHECK(book.proposableMeasures(QStringLiteral("wage-arrears"), Severity::Serious, on).isEmpty());
    CHECK_FALSE(book.mayImpose(QStringLiteral("no-bidding"), QStringLiteral("wage-arrears"), Severity::Serious,
                               MeasureUse::Order, on)
                    .allowed);
    CHECK_FALSE(book.disclosureWindow(on, Severity::General).ok());
    CHECK_FALSE(book.mayApplyForRestoration({}, on).allowed);
    CHECK_FALSE(book.restorationDeadline({}, on).ok());
    CHECK_FALSE(book.listType(QStringLiteral("wage-arrears"), on).ok());
    // Without legal-bases data a provision is cited by its id and marked unverified.
    const Citation fallback = book.provision(QStringLiteral("opinions-II-2"), on);
    CHECK(fallback.text == QStringLiteral("opinions-II-2"));
    CHECK(fallback.mark == Mark::Unverified);
}

TEST_CASE("Provisions are cited with the text and mark of the rule data") {
    const RuleBook book(shipped());
    const Citation citation = book.provision(QStringLiteral("opinions-IV-7"), QDate(2026, 5, 1));
    CHECK(citation.text == QStringLiteral("Guiding Opinions (2020 draft) IV(7)"));
    CHECK(citation.textZh == QStringLiteral("《指导意见》四（七）"));
    CHECK(citation.mark == Mark::Verified);
}

TEST_CASE("A waiting period in working days is not guessed without the work calendar") {
    const RuleBook book(shipped());
    RestorationFacts facts;
    facts.decisionDate = QDate(2026, 4, 10);
    facts.severity = Severity::General;
    facts.correctedOn = QDate(2026, 4, 20);
    facts.commitmentSigned = true;
    // Months are exact without a calendar ...
    CHECK(book.earliestRestorationApplication(facts).ok());
    // ... but an adder that cannot count gives a clear failure, not a date.
    const DateAdder cannotCount = [](QDate, const RuleDuration&) { return QDate(); };
    auto earliest = book.earliestRestorationApplication(facts, cannotCount);
    REQUIRE_FALSE(earliest.ok());
    CHECK(earliest.error().message.contains(QStringLiteral("work calendar")));
    CHECK_FALSE(book.mayApplyForRestoration(facts, QDate(2026, 8, 1), cannotCount).allowed);
}

TEST_CASE("The court list's early deletion has no waiting period") {
    const RuleBook book(shipped());
    RestorationFacts facts;
    facts.listTypeId = QStringLiteral("court-defaulter");
    facts.decisionDate = QDate(2026, 1, 5);
    facts.correctedOn = QDate(2026, 1, 20);
    CHECK(*book.earliestRestorationApplication(facts) == QDate(2026, 1, 5));
    CHECK(book.mayApplyForRestoration(facts, QDate(2026, 1, 21)).allowed);
    facts.correctedOn = QDate(2026, 2, 1);
    // A correction recorded after the application date is an error in the facts.
    CHECK_FALSE(book.mayApplyForRestoration(facts, QDate(2026, 1, 21)).allowed);
}

TEST_CASE("A disclosure window remembers the regime document it came from") {
    const RuleBook book(shipped());
    auto window = book.disclosureWindow(QDate(2026, 4, 1), Severity::Serious, QStringLiteral("labour"));
    REQUIRE(window.ok());
    CHECK(window->edition == EditionRef{DocumentKind::DisclosureRegimes, QStringLiteral("2026"), 1});
    CHECK(window->sector == QStringLiteral("labour"));
    CHECK(window->restsOnUnverified());
    CHECK_FALSE(window->regimeTitle.isEmpty());
}

TEST_CASE("The sectors a record may name are the ones the rule data names") {
    const QStringList sectors = RuleBook(shipped()).knownSectors();
    // From the list types (courts, labour, market-regulation, tax, work-safety) and the regimes' sector overrides
    // (special-equipment, fire-safety): each once, sorted.
    for (const char* sector :
         {"courts", "labour", "market-regulation", "tax", "work-safety", "special-equipment", "fire-safety"}) {
        INFO(sector);
        CHECK(sectors.contains(QString::fromLatin1(sector)));
    }
    CHECK_FALSE(sectors.contains(QString()));
    QStringList sorted = sectors;
    sorted.removeDuplicates();
    sorted.sort();
    CHECK(sorted == sectors);
    CHECK(RuleBook(RuleSet()).knownSectors().isEmpty());
}

TEST_CASE("Every shipped list type has the parameters the workflow needs") {
    const RuleBook book(shipped());
    const auto* edition = shipped().listTypesOn(QDate(2026, 5, 1));
    REQUIRE(edition);
    CHECK(edition->listTypes.size() == 5);
    for (const auto& lt : edition->listTypes) {
        INFO(lt.id.toStdString());
        CHECK_FALSE(lt.terms.isEmpty());
        CHECK(lt.restorationLimit.count > 0);
        CHECK_FALSE(lt.removalConditions.isEmpty());
        CHECK_FALSE(lt.removalProcedure.isEmpty());
        CHECK_FALSE(lt.relief.isEmpty());
        CHECK_FALSE(lt.scopeCategories.value.isEmpty());
        CHECK_FALSE(lt.measures.value.isEmpty());
        CHECK((lt.objectionWindow.isSet() || !lt.objectionWindow.noneReason.isEmpty()));
        CHECK_FALSE(lt.standard.source.isEmpty());
        CHECK(book.proposableMeasures(lt.id, Severity::Serious, QDate(2026, 5, 1)).size() == lt.measures.value.size());
    }
}

TEST_CASE("A restoration application without its dates is refused, not guessed") {
    const RuleBook book(shipped());
    RestorationFacts facts;
    facts.severity = Severity::General;
    facts.correctedOn = QDate(2026, 4, 20);
    facts.commitmentSigned = true;
    const auto verdict = book.mayApplyForRestoration(facts, QDate(2026, 8, 1));
    CHECK_FALSE(verdict.allowed);
    CHECK(verdict.reason.contains(QStringLiteral("date of the decision")));
}

TEST_CASE("A designation dated before any legal-bases edition is refused with that reason") {
    const RuleBook book(shipped());
    auto facts = book.standardFactsFor(QStringLiteral("court-defaulter"), QDate(2019, 1, 1));
    REQUIRE(facts.ok());
    DesignationFacts designation;
    designation.conductScope = domain::ScopeCategory::RefusingLegalObligations;
    designation.ground = QStringLiteral("art1-2");
    const auto verdict = book.mayDesignate(QStringLiteral("court-defaulter"), *facts, designation, QDate(2019, 1, 1));
    CHECK_FALSE(verdict.allowed);
    CHECK(verdict.reason.contains(QStringLiteral("No legal bases")));
}
