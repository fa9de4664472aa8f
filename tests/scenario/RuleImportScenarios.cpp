// Rule data changes by import; decided cases keep the rules they were decided under (DESIGN.md principle 5).
#include "rules/RuleBook.h"
#include "rules/RuleImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::rules;
using domain::SubjectType;

namespace {

QJsonObject builtInJson(const QString& name) {
    QFile file(QStringLiteral(":/rules/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// catalog-2021 as a corrected version 2 in which the honours item is withdrawn.
QByteArray catalog2021WithoutHonours() {
    QJsonObject root = builtInJson(QStringLiteral("catalog-2021.json"));
    root[QStringLiteral("version")] = 2;
    QJsonArray items;
    for (const auto& item : root.value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("id")).toString() != QStringLiteral("honours"))
            items.append(item);
    }
    root[QStringLiteral("items")] = items;
    return QJsonDocument(root).toJson();
}

} // namespace

SCENARIO("an imported edition never changes the edition an already-decided case refers to [DESIGN principle 5]") {
    auto shipped = RuleSet::builtIn();
    REQUIRE(shipped.ok());
    const QDate decidedOn(2022, 6, 1);
    GIVEN("a case decided on 2022-06-01 that recorded the editions in force that day") {
        const QList<EditionRef> decidedUnder = shipped->editionsInForce(decidedOn);
        REQUIRE(decidedUnder.contains(EditionRef{DocumentKind::Catalog, QStringLiteral("2021"), 1}));
        REQUIRE(RuleBook(*shipped).mayRecord(QStringLiteral("honours"), SubjectType::LegalPerson, decidedOn).allowed);

        WHEN("an administrator imports catalogue 2021 version 2, which withdraws the honours item") {
            auto updated =
                RuleImporter::importInto(*shipped, catalog2021WithoutHonours(), QStringLiteral("catalog-2021-v2.json"));
            REQUIRE(updated.ok());
            THEN("new questions about 2022-06-01 are answered by version 2") {
                const auto verdict =
                    RuleBook(*updated).mayRecord(QStringLiteral("honours"), SubjectType::LegalPerson, decidedOn);
                CHECK_FALSE(verdict.allowed);
                CHECK(updated->inForce(DocumentKind::Catalog, decidedOn)->version == 2);
            }
            THEN("the decided case, pinned to version 1, still gets the answer it was decided under") {
                auto pinned = updated->pinnedTo(decidedUnder);
                REQUIRE(pinned.ok());
                CHECK(RuleBook(*pinned)
                          .mayRecord(QStringLiteral("honours"), SubjectType::LegalPerson, decidedOn)
                          .allowed);
                CHECK(pinned->inForce(DocumentKind::Catalog, decidedOn)->version == 1);
            }
            THEN("both versions stay available") {
                CHECK(updated->editions(DocumentKind::Catalog).size() == 4);
                CHECK(updated->document(EditionRef{DocumentKind::Catalog, QStringLiteral("2021"), 1}) != nullptr);
            }
        }
    }
    GIVEN("a case decided in 2025 under the 2024 catalogue") {
        const QList<EditionRef> decidedUnder = shipped->editionsInForce(QDate(2025, 3, 1));
        WHEN("a 2026 edition that drops voluntary information is imported") {
            QJsonObject root = builtInJson(QStringLiteral("catalog-2024.json"));
            root[QStringLiteral("edition")] = QStringLiteral("2026");
            root[QStringLiteral("effectiveFrom")] = QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-01-01")},
                                                                {QStringLiteral("source"), QStringLiteral("test")},
                                                                {QStringLiteral("mark"), QStringLiteral("U")}};
            QJsonArray items;
            for (const auto& item : root.value(QStringLiteral("items")).toArray()) {
                if (item.toObject().value(QStringLiteral("id")).toString() != QStringLiteral("voluntary"))
                    items.append(item);
            }
            root[QStringLiteral("items")] = items;
            auto updated =
                RuleImporter::importInto(*shipped, QJsonDocument(root).toJson(), QStringLiteral("catalog-2026.json"));
            REQUIRE(updated.ok());
            THEN("questions dated 2026 use the new edition, the pinned case keeps 2024") {
                const QDate later(2026, 6, 1);
                CHECK_FALSE(
                    RuleBook(*updated).mayRecord(QStringLiteral("voluntary"), SubjectType::LegalPerson, later).allowed);
                auto pinned = updated->pinnedTo(decidedUnder);
                REQUIRE(pinned.ok());
                CHECK(
                    RuleBook(*pinned).mayRecord(QStringLiteral("voluntary"), SubjectType::LegalPerson, later).allowed);
                AND_THEN("questions dated 2025 still use the 2024 edition") {
                    CHECK(RuleBook(*updated)
                              .mayRecord(QStringLiteral("voluntary"), SubjectType::LegalPerson, QDate(2025, 6, 1))
                              .allowed);
                }
            }
        }
    }
}

SCENARIO("a malformed rule file is refused as a whole and nothing of it is stored [issue: import validation]") {
    auto shipped = RuleSet::builtIn();
    REQUIRE(shipped.ok());
    GIVEN("a catalogue version 2 that is correct except for one row with an unknown mark") {
        QJsonObject root = QJsonDocument::fromJson(catalog2021WithoutHonours()).object();
        QJsonArray items = root.value(QStringLiteral("items")).toArray();
        QJsonObject first = items.at(0).toObject();
        first[QStringLiteral("mark")] = QStringLiteral("probably");
        items[0] = first;
        root[QStringLiteral("items")] = items;
        WHEN("it is imported") {
            QList<RuleProblem> problems;
            auto result = RuleImporter::importInto(*shipped, QJsonDocument(root).toJson(),
                                                   QStringLiteral("catalog-2021-v2.json"), &problems);
            THEN("it is refused, naming the file, the JSON path and what is wrong") {
                REQUIRE_FALSE(result.ok());
                REQUIRE(problems.size() == 1);
                CHECK(problems.first().toString().startsWith(
                    QStringLiteral("catalog-2021-v2.json: $.items[0].mark: \"probably\" is not a verification mark")));
                CHECK(result.error().message.contains(QStringLiteral("nothing was imported")));
            }
            THEN("none of its good rows took effect: the withdrawn honours item is still recordable") {
                CHECK(shipped->editions(DocumentKind::Catalog).size() == 3);
                CHECK(RuleBook(*shipped)
                          .mayRecord(QStringLiteral("honours"), SubjectType::LegalPerson, QDate(2022, 6, 1))
                          .allowed);
            }
        }
    }
}
