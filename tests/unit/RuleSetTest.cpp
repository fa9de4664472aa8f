#include "rules/RuleSet.h"

#include "rules/RuleImporter.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::rules;

namespace {

QByteArray builtInBytes(const QString& name) {
    QFile file(QStringLiteral(":/rules/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The built-in rule files load and validate as a whole") {
    auto rules = RuleSet::builtIn();
    INFO(rules.error().message.toStdString());
    REQUIRE(rules.ok());
    const QStringList files = RuleSet::builtInFiles();
    CHECK(files.size() == 8);
    CHECK(rules->documents().size() == 8);
    CHECK(rules->editions(DocumentKind::Catalog).size() == 3);
    CHECK(rules->latest(DocumentKind::Measures, QStringLiteral("2021")) != nullptr);
}

TEST_CASE("Catalogue editions have 11, 12 and 13 categories") {
    auto rules = RuleSet::builtIn();
    REQUIRE(rules.ok());
    CHECK(rules->catalog(QStringLiteral("2021"))->categories.size() == 11);
    CHECK(rules->catalog(QStringLiteral("2022"))->categories.size() == 12);
    CHECK(rules->catalog(QStringLiteral("2024"))->categories.size() == 13);
    CHECK(rules->catalog(QStringLiteral("2022"))->category(QStringLiteral("law-compliance")) != nullptr);
    CHECK(rules->catalog(QStringLiteral("2021"))->category(QStringLiteral("law-compliance")) == nullptr);
    CHECK(rules->catalog(QStringLiteral("2024"))->category(QStringLiteral("intellectual-property")) != nullptr);
}

TEST_CASE("The 2021 measures list has three categories and fourteen measures") {
    auto rules = RuleSet::builtIn();
    REQUIRE(rules.ok());
    const auto* measures = rules->measures(QStringLiteral("2021"));
    REQUIRE(measures);
    CHECK(measures->categories.size() == 3);
    CHECK(measures->measures.size() == 14);
    CHECK(measures->category(MeasureCategory::C)->use == MeasureUse::InformOnly);
    const auto* licence = measures->measure(QStringLiteral("no-admin-licence"));
    REQUIRE(licence);
    CHECK(licence->mark == Mark::Verified);
    CHECK(licence->legalBasis.first().text.contains(QStringLiteral("Arts. 78, 79")));
}

TEST_CASE("The edition in force is the latest one that has taken effect") {
    auto rules = RuleSet::builtIn();
    REQUIRE(rules.ok());
    CHECK(rules->inForce(DocumentKind::Catalog, QDate(2021, 6, 1)) == nullptr);
    CHECK(rules->inForce(DocumentKind::Catalog, QDate(2022, 6, 1))->edition == QStringLiteral("2021"));
    CHECK(rules->inForce(DocumentKind::Catalog, QDate(2023, 6, 1))->edition == QStringLiteral("2022"));
    CHECK(rules->inForce(DocumentKind::Catalog, QDate(2026, 6, 1))->edition == QStringLiteral("2024"));
    const auto refs = rules->editionsInForce(QDate(2026, 6, 1));
    CHECK(refs.size() == 6);
}

TEST_CASE("Documents round-trip from their stored bytes") {
    auto rules = RuleSet::builtIn();
    REQUIRE(rules.ok());
    QList<RuleDocument> reparsed;
    for (const auto* doc : rules->documents()) {
        auto again = RuleImporter::parse(doc->bytes, doc->fileName);
        REQUIRE(again.ok());
        CHECK(again->sha256 == doc->sha256);
        CHECK(again->ref() == doc->ref());
        reparsed << again.take();
    }
    auto rebuilt = RuleSet::fromDocuments(reparsed);
    REQUIRE(rebuilt.ok());
    CHECK(rebuilt->editions() == rules->editions());
}

TEST_CASE("Adding the same document twice is a no-op, and different bytes under the same version are refused") {
    auto rules = RuleSet::builtIn();
    REQUIRE(rules.ok());
    const QByteArray bytes = builtInBytes(QStringLiteral("measures-2021.json"));
    auto same = RuleImporter::importInto(*rules, bytes, QStringLiteral("measures-2021.json"));
    REQUIRE(same.ok());
    CHECK(same->documents().size() == rules->documents().size());

    QByteArray changed = bytes;
    changed.replace("News media report", "News media may report");
    QList<RuleProblem> problems;
    auto clash = RuleImporter::importInto(*rules, changed, QStringLiteral("measures-fixed.json"), &problems);
    REQUIRE_FALSE(clash.ok());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().file == QStringLiteral("measures-fixed.json"));
    CHECK(problems.first().path == QStringLiteral("$.version"));
    CHECK(rules->documents().size() == 8);
}

TEST_CASE("Pinning keeps exactly the named documents") {
    auto rules = RuleSet::builtIn();
    REQUIRE(rules.ok());
    const auto refs = rules->editionsInForce(QDate(2022, 6, 1));
    auto pinned = rules->pinnedTo(refs);
    REQUIRE(pinned.ok());
    CHECK(pinned->editions().size() == refs.size());
    CHECK(pinned->inForce(DocumentKind::Catalog, QDate(2026, 6, 1))->edition == QStringLiteral("2021"));

    auto missing = rules->pinnedTo({EditionRef{DocumentKind::Catalog, QStringLiteral("2030"), 1}});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("catalog 2030 v1")));
}

TEST_CASE("Two editions taking effect on the same day are refused as ambiguous") {
    auto rules = RuleSet::builtIn();
    REQUIRE(rules.ok());
    QByteArray bytes = builtInBytes(QStringLiteral("catalog-2022.json"));
    bytes.replace("\"edition\": \"2022\"", "\"edition\": \"2022bis\"");
    QList<RuleProblem> problems;
    auto result = RuleImporter::importInto(*rules, bytes, QStringLiteral("catalog-2022bis.json"), &problems);
    REQUIRE_FALSE(result.ok());
    REQUIRE_FALSE(problems.isEmpty());
    CHECK(problems.first().path == QStringLiteral("$.effectiveFrom.date"));
    CHECK(problems.first().what.contains(QStringLiteral("ambiguous")));
}

TEST_CASE("RuleSet gives the remedy periods a decision document states, with their sources [V]") {
    auto rules = RuleSet::builtIn();
    REQUIRE(rules.ok());
    const RemedyLimits remedies = rules->remedyLimitsOn(QDate(2026, 5, 1));
    REQUIRE(remedies.complete());
    CHECK(remedies.reconsideration->duration.count == 60);
    CHECK(remedies.litigation->duration.count == 6);
    CHECK(remedies.litigation->duration.mode == RuleDuration::Mode::Months);
    CHECK(remedies.reconsideration->duration.mark == Mark::Verified);
    CHECK(remedies.litigation->duration.source.contains(QStringLiteral("Art. 46")));
    // The notice states the hearing right where a hearing applies, with the limit borrowed from the Administrative
    // Punishment Law, marked as the analogy it is.
    const auto* hearing = rules->procedureLimit(QStringLiteral("hearing-request"), QDate(2026, 5, 1));
    REQUIRE(hearing != nullptr);
    CHECK(hearing->duration.count == 5);
    CHECK(hearing->duration.mark == Mark::Unverified);
    CHECK(hearing->duration.source.contains(QStringLiteral("Art. 64")));
}
