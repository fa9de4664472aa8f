#include "rules/RuleImporter.h"

#include "rules/RuleSet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::rules;

namespace {

QByteArray builtIn(const QString& name) {
    QFile file(QStringLiteral(":/rules/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Replaces the value at a path such as {"listTypes", "0", "measures", "value"} (numbers index arrays); an invalid
// QJsonValue removes the key.
QJsonValue replaced(const QJsonValue& node, QStringList path, const QJsonValue& value) {
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array[index] = replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object[head] = replaced(object.value(head), path, value);
    return object;
}

QByteArray edited(const QString& name, const QString& dottedPath, const QJsonValue& value) {
    const QJsonValue root = QJsonDocument::fromJson(builtIn(name)).object();
    return QJsonDocument(replaced(root, dottedPath.split(QLatin1Char('.')), value).toObject()).toJson();
}

QJsonValue at(const QString& name, const QString& dottedPath) {
    QJsonValue node = QJsonDocument::fromJson(builtIn(name)).object();
    for (const auto& key : dottedPath.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        node = isIndex ? node.toArray().at(index) : node.toObject().value(key);
    }
    return node;
}

// Parses and expects a refusal; returns the problems.
QList<RuleProblem> refused(const QByteArray& bytes, const QString& fileName) {
    QList<RuleProblem> problems;
    auto doc = RuleImporter::parse(bytes, fileName, &problems);
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.error().kind == ErrorKind::Usage);
    REQUIRE_FALSE(problems.isEmpty());
    for (const auto& problem : problems) {
        CHECK(problem.file == fileName);
        CHECK(doc.error().message.contains(problem.toString()));
    }
    return problems;
}

bool hasProblem(const QList<RuleProblem>& problems, const QString& path, const QString& fragment) {
    for (const auto& problem : problems) {
        if (problem.path == path && problem.what.contains(fragment))
            return true;
    }
    return false;
}

QString dump(const QList<RuleProblem>& problems) {
    QStringList lines;
    for (const auto& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Every built-in file parses on its own") {
    for (const auto& path : RuleSet::builtInFiles()) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QList<RuleProblem> problems;
        auto doc = RuleImporter::parse(file.readAll(), path, &problems);
        INFO(dump(problems).toStdString());
        CHECK(doc.ok());
    }
}

TEST_CASE("Malformed JSON is refused with its line and column") {
    const auto problems =
        refused(QByteArray("{\n  \"kind\": \"catalog\",\n  \"edition\" \"2021\"\n}"), QStringLiteral("broken.json"));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().path == QStringLiteral("$"));
    CHECK(problems.first().what.contains(QStringLiteral("not valid JSON")));
    CHECK(problems.first().what.contains(QStringLiteral("line 3")));
}

TEST_CASE("A UTF-8 byte order mark is accepted and kept in the stored bytes") {
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + builtIn(QStringLiteral("procedure-limits.json"));
    auto doc = RuleImporter::parse(bytes, QStringLiteral("procedure-limits.json"));
    REQUIRE(doc.ok());
    CHECK(doc->bytes == bytes);
}

TEST_CASE("An unknown kind of rule file is refused") {
    const auto problems =
        refused(edited(QStringLiteral("procedure-limits.json"), QStringLiteral("kind"), QStringLiteral("horoscope")),
                QStringLiteral("procedure-limits.json"));
    CHECK(hasProblem(problems, QStringLiteral("$.kind"), QStringLiteral("\"horoscope\" is not allowed here")));
}

TEST_CASE("A file that is not one JSON object is refused") {
    const auto problems = refused(QByteArray("[1, 2, 3]"), QStringLiteral("array.json"));
    CHECK(hasProblem(problems, QStringLiteral("$"), QStringLiteral("one JSON object")));
}

TEST_CASE("A missing required field is refused with its path") {
    const auto problems = refused(edited(QStringLiteral("catalog-2021.json"), QStringLiteral("edition"), QJsonValue()),
                                  QStringLiteral("catalog-2021.json"));
    CHECK(hasProblem(problems, QStringLiteral("$.edition"), QStringLiteral("required field is missing")));

    const auto nested =
        refused(edited(QStringLiteral("list-types.json"), QStringLiteral("listTypes.4.objectionWindow"), QJsonValue()),
                QStringLiteral("list-types.json"));
    CHECK(hasProblem(nested, QStringLiteral("$.listTypes[4].objectionWindow"),
                     QStringLiteral("required field is missing")));
}

TEST_CASE("A value of the wrong type is refused with its path") {
    const auto problems =
        refused(edited(QStringLiteral("procedure-limits.json"), QStringLiteral("version"), QStringLiteral("one")),
                QStringLiteral("procedure-limits.json"));
    CHECK(hasProblem(problems, QStringLiteral("$.version"), QStringLiteral("whole number")));

    const auto count =
        refused(edited(QStringLiteral("procedure-limits.json"), QStringLiteral("limits.5.count"), QStringLiteral("60")),
                QStringLiteral("procedure-limits.json"));
    CHECK(hasProblem(count, QStringLiteral("$.limits[5].count"), QStringLiteral("whole number")));

    const auto flag = refused(edited(QStringLiteral("list-types.json"),
                                     QStringLiteral("listTypes.4.reExamination.required"), QStringLiteral("no")),
                              QStringLiteral("list-types.json"));
    CHECK(hasProblem(flag, QStringLiteral("$.listTypes[4].reExamination.required"), QStringLiteral("true or false")));
}

TEST_CASE("A verification mark other than V, V2 or U is refused") {
    const auto problems = refused(
        edited(QStringLiteral("procedure-limits.json"), QStringLiteral("limits.0.mark"), QStringLiteral("verified")),
        QStringLiteral("procedure-limits.json"));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().path == QStringLiteral("$.limits[0].mark"));
    CHECK(problems.first().what.contains(QStringLiteral("\"verified\" is not a verification mark")));
}

TEST_CASE("A date that does not exist or is not written YYYY-MM-DD is refused") {
    const auto impossible =
        refused(edited(QStringLiteral("disclosure-regimes.json"), QStringLiteral("regimes.1.effectiveFrom.date"),
                       QStringLiteral("2023-02-30")),
                QStringLiteral("disclosure-regimes.json"));
    CHECK(hasProblem(impossible, QStringLiteral("$.regimes[1].effectiveFrom.date"), QStringLiteral("not a date")));

    const auto localFormat =
        refused(edited(QStringLiteral("list-types.json"), QStringLiteral("listTypes.4.standard.effectiveFrom"),
                       QStringLiteral("2022/1/1")),
                QStringLiteral("list-types.json"));
    CHECK(
        hasProblem(localFormat, QStringLiteral("$.listTypes[4].standard.effectiveFrom"), QStringLiteral("YYYY-MM-DD")));
}

TEST_CASE("A duplicate id is refused") {
    const auto problems = refused(edited(QStringLiteral("procedure-limits.json"), QStringLiteral("limits.1.id"),
                                         QStringLiteral("service-absent")),
                                  QStringLiteral("procedure-limits.json"));
    CHECK(hasProblem(problems, QStringLiteral("$.limits[1].id"), QStringLiteral("duplicate")));

    const auto items = refused(
        edited(QStringLiteral("catalog-2021.json"), QStringLiteral("items.3.id"), QStringLiteral("registration-basic")),
        QStringLiteral("catalog-2021.json"));
    CHECK(hasProblem(items, QStringLiteral("$.items[3].id"), QStringLiteral("\"registration-basic\"")));
}

TEST_CASE("An unknown field is refused rather than ignored") {
    const auto problems = refused(
        edited(QStringLiteral("procedure-limits.json"), QStringLiteral("limits.0.sorce"), QStringLiteral("typo")),
        QStringLiteral("procedure-limits.json"));
    CHECK(hasProblem(problems, QStringLiteral("$.limits[0]"), QStringLiteral("unknown field \"sorce\"")));
}

TEST_CASE("References inside one file must resolve") {
    const auto problems = refused(
        edited(QStringLiteral("catalog-2021.json"), QStringLiteral("items.0.category"), QStringLiteral("astrology")),
        QStringLiteral("catalog-2021.json"));
    CHECK(hasProblem(problems, QStringLiteral("$.items[0].category"), QStringLiteral("does not define")));

    const auto provisions = refused(edited(QStringLiteral("legal-bases.json"), QStringLiteral("basisKinds.0.provision"),
                                           QStringLiteral("opinions-XX")),
                                    QStringLiteral("legal-bases.json"));
    CHECK(hasProblem(provisions, QStringLiteral("$.basisKinds[0].provision"), QStringLiteral("opinions-XX")));
}

TEST_CASE("Inconsistent rule values are refused") {
    SECTION("an item never disclosed cannot have a disclosure period") {
        const auto problems = refused(edited(QStringLiteral("catalog-2021.json"), QStringLiteral("items.3.disclosure"),
                                             QStringLiteral("not-disclosed")),
                                      QStringLiteral("catalog-2021.json"));
        CHECK(
            hasProblem(problems, QStringLiteral("$.items[3].disclosurePeriod.rule"), QStringLiteral("not-disclosed")));
    }
    SECTION("category C measures can never be ordered [Opinions V(9)]") {
        const auto problems = refused(
            edited(QStringLiteral("measures-2021.json"), QStringLiteral("categories.2.use"), QStringLiteral("order")),
            QStringLiteral("measures-2021.json"));
        CHECK(hasProblem(problems, QStringLiteral("$.categories[2].use"), QStringLiteral("V(9)")));
    }
    SECTION("a minimum disclosure period longer than the maximum") {
        QJsonObject minimum{{QStringLiteral("count"), 5}, {QStringLiteral("mode"), QStringLiteral("years")}};
        const auto problems = refused(
            edited(QStringLiteral("disclosure-regimes.json"), QStringLiteral("regimes.2.periods.2.minimum"), minimum),
            QStringLiteral("disclosure-regimes.json"));
        CHECK(hasProblem(problems, QStringLiteral("$.regimes[2].periods[2].minimum"), QStringLiteral("longer")));
    }
    SECTION("a regime without a period for every severity") {
        QJsonArray periods =
            at(QStringLiteral("disclosure-regimes.json"), QStringLiteral("regimes.2.periods")).toArray();
        periods.removeFirst();
        const auto problems =
            refused(edited(QStringLiteral("disclosure-regimes.json"), QStringLiteral("regimes.2.periods"), periods),
                    QStringLiteral("disclosure-regimes.json"));
        CHECK(hasProblem(problems, QStringLiteral("$.regimes[2].periods"), QStringLiteral("\"minor\"")));
    }
    SECTION("two general regimes in force on the same day") {
        QJsonObject until{{QStringLiteral("date"), QStringLiteral("2026-06-30")},
                          {QStringLiteral("source"), QStringLiteral("test")},
                          {QStringLiteral("mark"), QStringLiteral("U")}};
        const auto problems = refused(
            edited(QStringLiteral("disclosure-regimes.json"), QStringLiteral("regimes.1.effectiveUntil"), until),
            QStringLiteral("disclosure-regimes.json"));
        CHECK(hasProblem(problems, QStringLiteral("$.regimes[2].effectiveFrom"), QStringLiteral("overlaps")));
    }
    SECTION("a standard that ends before it takes effect") {
        const auto problems =
            refused(edited(QStringLiteral("list-types.json"), QStringLiteral("listTypes.4.standard.effectiveUntil"),
                           QStringLiteral("2021-12-31")),
                    QStringLiteral("list-types.json"));
        CHECK(hasProblem(problems, QStringLiteral("$.listTypes[4].standard.effectiveUntil"),
                         QStringLiteral("ends before")));
    }
    SECTION("a published comment period that closes before it opens") {
        QJsonObject period{{QStringLiteral("opened"), QStringLiteral("2021-06-01")},
                           {QStringLiteral("closed"), QStringLiteral("2021-05-01")},
                           {QStringLiteral("source"), QStringLiteral("test")},
                           {QStringLiteral("mark"), QStringLiteral("U")}};
        const auto problems =
            refused(edited(QStringLiteral("list-types.json"), QStringLiteral("listTypes.4.commentPeriod"), period),
                    QStringLiteral("list-types.json"));
        CHECK(hasProblem(problems, QStringLiteral("$.listTypes[4].commentPeriod.closed"),
                         QStringLiteral("closes before it opens")));
    }
    SECTION("a list type that states no relief [Opinions IV(7)]") {
        const auto problems =
            refused(edited(QStringLiteral("list-types.json"), QStringLiteral("listTypes.4.relief"), QJsonArray()),
                    QStringLiteral("list-types.json"));
        CHECK(hasProblem(problems, QStringLiteral("$.listTypes[4].relief"), QStringLiteral("must not be empty")));
    }
}

TEST_CASE("Every problem of a file is reported at once") {
    QJsonValue root = QJsonDocument::fromJson(builtIn(QStringLiteral("procedure-limits.json"))).object();
    root = replaced(root, {QStringLiteral("limits"), QStringLiteral("0"), QStringLiteral("mark")}, QStringLiteral("X"));
    root = replaced(root, {QStringLiteral("limits"), QStringLiteral("1"), QStringLiteral("mode")},
                    QStringLiteral("fortnights"));
    root = replaced(root, {QStringLiteral("effectiveFrom"), QStringLiteral("date")}, QStringLiteral("soon"));
    const auto problems = refused(QJsonDocument(root.toObject()).toJson(), QStringLiteral("procedure-limits.json"));
    CHECK(problems.size() == 3);
    CHECK(hasProblem(problems, QStringLiteral("$.limits[0].mark"), QStringLiteral("X")));
    CHECK(hasProblem(problems, QStringLiteral("$.limits[1].mode"), QStringLiteral("fortnights")));
    CHECK(hasProblem(problems, QStringLiteral("$.effectiveFrom.date"), QStringLiteral("soon")));
}

TEST_CASE("A reference to a measure no loaded file defines is refused and the set is unchanged") {
    auto rules = RuleSet::builtIn();
    REQUIRE(rules.ok());
    QJsonArray measures = at(QStringLiteral("list-types.json"), QStringLiteral("listTypes.4.measures.value")).toArray();
    measures.append(QStringLiteral("public-shaming"));
    QByteArray bytes =
        edited(QStringLiteral("list-types.json"), QStringLiteral("listTypes.4.measures.value"), measures);
    bytes = QJsonDocument::fromJson(bytes).toJson().replace("\"version\": 1", "\"version\": 2");

    // The file is well formed on its own ...
    REQUIRE(RuleImporter::parse(bytes, QStringLiteral("list-types-v2.json")).ok());
    // ... but names a measure that does not exist.
    QList<RuleProblem> problems;
    auto result = RuleImporter::importInto(*rules, bytes, QStringLiteral("list-types-v2.json"), &problems);
    REQUIRE_FALSE(result.ok());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().file == QStringLiteral("list-types-v2.json"));
    CHECK(problems.first().path == QStringLiteral("$.listTypes[4].measures.value[%1]").arg(measures.size() - 1));
    CHECK(problems.first().what.contains(QStringLiteral("\"public-shaming\"")));
    CHECK(result.error().message.contains(QStringLiteral("list-types-v2.json: $.listTypes[4].measures.value")));
    // Nothing partial: the set still holds version 1 only.
    CHECK(rules->editions(DocumentKind::ListTypes).size() == 1);
    CHECK(rules->latest(DocumentKind::ListTypes, QStringLiteral("2025"))->version == 1);
}

TEST_CASE("A set built from documents whose references dangle is refused as a whole") {
    auto listTypes = RuleImporter::parse(builtIn(QStringLiteral("list-types.json")), QStringLiteral("list-types.json"));
    REQUIRE(listTypes.ok());
    QList<RuleProblem> problems;
    auto set = RuleSet::fromDocuments({*listTypes}, &problems);
    REQUIRE_FALSE(set.ok());
    // Measures, procedure limits and standard forms are all missing: every reference is reported.
    CHECK(problems.size() == int(listTypes->references.size()));
    CHECK(hasProblem(problems, QStringLiteral("$.listTypes[4].standard.legalForm"),
                     QStringLiteral("\"departmental-rule\"")));
}

TEST_CASE("Inquiry purposes name sharing scopes and provisions of their file") {
    const auto scope = refused(edited(QStringLiteral("legal-bases.json"), QStringLiteral("inquiryPurposes.0.sharing.0"),
                                      QStringLiteral("everyone")),
                               QStringLiteral("legal-bases.json"));
    CHECK(hasProblem(scope, QStringLiteral("$.inquiryPurposes[0].sharing"), QStringLiteral("everyone")));
    const auto provision = refused(edited(QStringLiteral("legal-bases.json"),
                                          QStringLiteral("inquiryPurposes.0.provision"), QStringLiteral("opinions-XX")),
                                   QStringLiteral("legal-bases.json"));
    CHECK(hasProblem(provision, QStringLiteral("$.inquiryPurposes[0].provision"), QStringLiteral("opinions-XX")));
}
