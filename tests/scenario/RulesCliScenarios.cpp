// The rule book's command line (issue 3 §6): answers from built-in data without --vault, from the vault's
// data with it; imports are all or nothing.
#include "CliRunner.h"
#include "TempDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace creditcase::test;

namespace {

QJsonObject json(const CliOutcome& outcome)
{
    return QJsonDocument::fromJson(outcome.out.toUtf8()).object();
}

QByteArray builtInHolidays2026()
{
    QFile file(QStringLiteral(CREDITCASE_SOURCE_DIR "/resources/rules/calendars/cn-holidays-2026.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

SCENARIO("calendar add counts working days across the 2026 Spring Festival [State Council notice 2026, DOMAIN 8]")
{
    WHEN("one working day is added to Friday 2026-02-13")
    {
        const auto outcome = runCli({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("add"),
                                     QStringLiteral("2026-02-13"), QStringLiteral("1"), QStringLiteral("working")});
        THEN("the make-up Saturday 02-14 is the answer, not provisional")
        {
            REQUIRE(outcome.exitCode == 0);
            CHECK(json(outcome) == QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-02-14")},
                                               {QStringLiteral("provisional"), false}});
        }
    }
    WHEN("two working days are added: the festival 02-15→02-23 is skipped")
    {
        const auto outcome = runCli({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("add"),
                                     QStringLiteral("2026-02-13"), QStringLiteral("2"), QStringLiteral("working")});
        CHECK(json(outcome).value(QStringLiteral("date")).toString() == QStringLiteral("2026-02-24"));
    }
    WHEN("a period runs into 2027, whose schedule is not published")
    {
        const auto outcome = runCli({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("add"),
                                     QStringLiteral("2026-12-28"), QStringLiteral("10"), QStringLiteral("working")});
        THEN("the answer says it is provisional")
        {
            CHECK(json(outcome).value(QStringLiteral("provisional")).toBool());
        }
    }
    WHEN("a calendar-day period ends on a holiday [Civil Procedure Law Art. 85]")
    {
        // 2025-09-26 + 5 calendar days = 10-01, a holiday: the period ends on the next working day, 10-09.
        const auto outcome = runCli({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("add"),
                                     QStringLiteral("2025-09-26"), QStringLiteral("5"), QStringLiteral("calendar")});
        CHECK(json(outcome).value(QStringLiteral("date")).toString() == QStringLiteral("2025-10-09"));
    }
    WHEN("the input is malformed")
    {
        CHECK(runCli({QStringLiteral("calendar"), QStringLiteral("add"), QStringLiteral("2026-13-01"),
                      QStringLiteral("1"), QStringLiteral("working")})
                  .exitCode == 2);
        CHECK(runCli({QStringLiteral("calendar"), QStringLiteral("add"), QStringLiteral("2026-01-05"),
                      QStringLiteral("x"), QStringLiteral("working")})
                  .exitCode == 2);
        CHECK(runCli({QStringLiteral("calendar"), QStringLiteral("add"), QStringLiteral("2026-01-05"),
                      QStringLiteral("1"), QStringLiteral("weeks")})
                  .exitCode == 2);
    }
}

SCENARIO("calendar is-working explains the day")
{
    const auto saturday = runCli({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("is-working"),
                                  QStringLiteral("2026-02-28")});
    CHECK(json(saturday).value(QStringLiteral("working")).toBool());
    const auto holiday = runCli({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("is-working"),
                                 QStringLiteral("2025-10-08")});
    CHECK_FALSE(json(holiday).value(QStringLiteral("working")).toBool());
    CHECK(json(holiday).value(QStringLiteral("reason")).toString().contains(QStringLiteral("holiday")));
}

SCENARIO("id check exits 0 for a valid identifier and 3 with the specific reason otherwise [GB 32100, GB 11643]")
{
    const auto valid = runCli({QStringLiteral("--json"), QStringLiteral("id"), QStringLiteral("check"),
                               QStringLiteral("91350100M000100Y43")});
    CHECK(valid.exitCode == 0);
    CHECK(json(valid).value(QStringLiteral("kind")).toString() == QStringLiteral("uscc"));
    const auto wrong = runCli({QStringLiteral("--json"), QStringLiteral("id"), QStringLiteral("check"),
                               QStringLiteral("11010519491231002Y")});
    CHECK(wrong.exitCode == 3);
    CHECK_FALSE(json(wrong).value(QStringLiteral("valid")).toBool());
    CHECK(json(wrong).value(QStringLiteral("reason")).toString().contains(QStringLiteral("should be X")));
    const auto legacy = runCli({QStringLiteral("--json"), QStringLiteral("id"), QStringLiteral("check"),
                                QStringLiteral("110105491231002")});
    CHECK(legacy.exitCode == 0);
    CHECK(json(legacy).value(QStringLiteral("normalized")).toString().size() == 18);
}

SCENARIO("rules listings show an edition by name or the one in force on a date")
{
    const auto byEdition = runCli({QStringLiteral("--json"), QStringLiteral("rules"), QStringLiteral("catalog"),
                                   QStringLiteral("--edition"), QStringLiteral("2022")});
    REQUIRE(byEdition.exitCode == 0);
    CHECK(json(byEdition).value(QStringLiteral("edition")).toString() == QStringLiteral("2022"));
    const auto unknown = runCli({QStringLiteral("rules"), QStringLiteral("catalog"), QStringLiteral("--edition"),
                                 QStringLiteral("1999")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("2021")));
    for (const QString& kind : {QStringLiteral("measures"), QStringLiteral("lists"), QStringLiteral("regimes")}) {
        const auto shown = runCli({QStringLiteral("rules"), kind, QStringLiteral("--on"), QStringLiteral("2026-06-01")});
        INFO(kind.toStdString() << shown.err.toStdString());
        CHECK(shown.exitCode == 0);
        CHECK(shown.out.contains(QStringLiteral("[V")));
    }
    THEN("the list types show the time to decide and how far and how often it may be extended [MOHRSS Order 45 "
         "Art. 8]") {
        const auto lists = runCli({QStringLiteral("rules"), QStringLiteral("lists"), QStringLiteral("--on"),
                                   QStringLiteral("2026-06-01")});
        REQUIRE(lists.exitCode == 0);
        const QString wage = lists.out.mid(lists.out.indexOf(QStringLiteral("wage-arrears")));
        CHECK(wage.contains(QStringLiteral("decision made within: 20 working days [V]")));
        CHECK(wage.contains(QStringLiteral("time to decide extended by: 20 working days, at most 1 time [V]")));
    }
}

SCENARIO("rules import is all or nothing, for administrators, and a changed calendar changes the vault's answers")
{
    TempDir dir;
    const QString vault = dir.file(QStringLiteral("v.vault"));
    const QString password = writeFile(dir.file(QStringLiteral("pw")), "admin password 2026\n");
    REQUIRE(runCli({QStringLiteral("--vault"), vault, QStringLiteral("--password-file"), password, QStringLiteral("init"),
                    QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--organ"), QStringLiteral("o"),
                    QStringLiteral("--organ-level"), QStringLiteral("county"), QStringLiteral("--region"),
                    QStringLiteral("110101")})
                .exitCode == 0);
    const QStringList asAdmin{QStringLiteral("--vault"), vault, QStringLiteral("--user"), QStringLiteral("admin"),
                              QStringLiteral("--password-file"), password, QStringLiteral("--json")};
    // From Thursday 2026-02-26: Fri 02-27 and the make-up Saturday 02-28 are working days; Monday 03-02 is the
    // third working day unless it becomes a holiday.
    const QStringList addAcrossMarch{QStringLiteral("calendar"), QStringLiteral("add"), QStringLiteral("2026-02-26"),
                                     QStringLiteral("3"), QStringLiteral("working")};

    GIVEN("a holiday schedule for 2026 with an extra day off on 2026-03-02")
    {
        QJsonObject schedule = QJsonDocument::fromJson(builtInHolidays2026()).object();
        QJsonArray offDays = schedule.value(QStringLiteral("offDays")).toArray();
        offDays.append(QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-03-02")},
                                   {QStringLiteral("name"), QStringLiteral("测试")}});
        schedule.insert(QStringLiteral("offDays"), offDays);
        schedule.insert(QStringLiteral("version"), QStringLiteral("2026.2"));
        const QString file = writeFile(dir.file(QStringLiteral("cn-holidays-2026-v2.json")), QJsonDocument(schedule).toJson());

        WHEN("the administrator imports it")
        {
            const auto before = runCli(asAdmin + addAcrossMarch);
            const auto imported = runCli(asAdmin + QStringList{QStringLiteral("rules"), QStringLiteral("import"), file});
            INFO(imported.err.toStdString());
            REQUIRE(imported.exitCode == 0);
            THEN("the vault counts with it, the built-in data does not, and a second import changes nothing")
            {
                CHECK(json(before).value(QStringLiteral("date")).toString() == QStringLiteral("2026-03-02"));
                CHECK(json(runCli(asAdmin + addAcrossMarch)).value(QStringLiteral("date")).toString() ==
                      QStringLiteral("2026-03-03"));
                CHECK(json(runCli(addAcrossMarch + QStringList{QStringLiteral("--json")}))
                          .value(QStringLiteral("date"))
                          .toString() == QStringLiteral("2026-03-02"));
                const auto again = runCli(asAdmin + QStringList{QStringLiteral("rules"), QStringLiteral("import"), file});
                CHECK(again.exitCode == 0);
                CHECK(json(again).value(QStringLiteral("already_present")).toBool());
            }
        }
        WHEN("an officer tries to import it")
        {
            REQUIRE(runCli(asAdmin + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("officer"),
                                                 QStringLiteral("--role"), QStringLiteral("officer"),
                                                 QStringLiteral("--organ"), QStringLiteral("o"),
                                                 QStringLiteral("--organ-level"), QStringLiteral("county"),
                                                 QStringLiteral("--region"), QStringLiteral("110101"),
                                                 QStringLiteral("--initial-password-file"), password})
                        .exitCode == 0);
            const auto refused = runCli({QStringLiteral("--vault"), vault, QStringLiteral("--user"), QStringLiteral("officer"),
                                         QStringLiteral("--password-file"), password, QStringLiteral("rules"),
                                         QStringLiteral("import"), file});
            THEN("it is refused (exit 3) and the vault still counts the old way")
            {
                CHECK(refused.exitCode == 3);
                CHECK(json(runCli(asAdmin + addAcrossMarch)).value(QStringLiteral("date")).toString() ==
                      QStringLiteral("2026-03-02"));
            }
        }
    }
    GIVEN("the open holiday-cn file for 2026, as published")
    {
        const QString file = QStringLiteral(CREDITCASE_TEST_DATA_DIR "/holiday-cn/holidays-2026.json");
        const auto imported = runCli(asAdmin + QStringList{QStringLiteral("rules"), QStringLiteral("import"), file});
        THEN("it is accepted as the 2026 holiday schedule")
        {
            INFO(imported.err.toStdString());
            CHECK(imported.exitCode == 0);
            CHECK(json(imported).value(QStringLiteral("kind")).toString() == QStringLiteral("holiday-schedule"));
            CHECK(json(imported).value(QStringLiteral("edition")).toString() == QStringLiteral("2026"));
        }
    }
    GIVEN("malformed rule files")
    {
        const QString broken = writeFile(dir.file(QStringLiteral("broken.json")), "{ \"kind\": \"catalog\", ");
        QJsonObject catalog = QJsonDocument::fromJson(
                                  [] {
                                      QFile f(QStringLiteral(CREDITCASE_SOURCE_DIR "/resources/rules/catalog-2024.json"));
                                      REQUIRE(f.open(QIODevice::ReadOnly));
                                      return f.readAll();
                                  }())
                                  .object();
        catalog.insert(QStringLiteral("version"), 7);
        QJsonArray items = catalog.value(QStringLiteral("items")).toArray();
        QJsonObject first = items.first().toObject();
        first.insert(QStringLiteral("mark"), QStringLiteral("maybe"));
        items.replace(0, first);
        catalog.insert(QStringLiteral("items"), items);
        const QString badMark = writeFile(dir.file(QStringLiteral("catalog-bad.json")), QJsonDocument(catalog).toJson());

        THEN("each is refused (exit 3, as the README says) naming the file and the JSON path, and nothing is stored")
        {
            const auto one = runCli(asAdmin + QStringList{QStringLiteral("rules"), QStringLiteral("import"), broken});
            CHECK(one.exitCode == 3);
            CHECK(one.err.contains(QStringLiteral("broken.json")));
            const auto two = runCli(asAdmin + QStringList{QStringLiteral("rules"), QStringLiteral("import"), badMark});
            CHECK(two.exitCode == 3);
            CHECK(two.err.contains(QStringLiteral("catalog-bad.json")));
            CHECK(two.err.contains(QStringLiteral("items[0]")));
            const auto catalogNow = runCli(asAdmin + QStringList{QStringLiteral("rules"), QStringLiteral("catalog"),
                                                                 QStringLiteral("--edition"), QStringLiteral("2024")});
            CHECK(json(catalogNow).value(QStringLiteral("version")).toInt() != 7);
        }
    }
}
