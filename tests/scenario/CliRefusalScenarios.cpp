// The command line refuses what it does not understand, before it touches anything (README, "Command line"):
// extra positional arguments, an existing file named with --out, a sector the rule data does not know, an as-of
// date after today, text that is not UTF-8. Exit codes: 2 usage error, 3 refused. Each refusal leaves the vault and
// every file as they were.
#include "CliOffice.h"
#include "TestVault.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <functional>
#include <sys/stat.h>

using namespace creditcase;
using namespace creditcase::test;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kOfficer = QStringLiteral("li.officer");

QStringList words(const char* text) {
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

qint64 countRows(const CliOffice& office, const QString& table) {
    qint64 rows = -1;
    office.withRawKey([&](QSqlDatabase& db) {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
        REQUIRE(query.next());
        rows = query.value(0).toLongLong();
    });
    return rows;
}

QStringList userNames(const CliOffice& office) {
    QStringList names;
    for (const auto& user : jsonOf(office.as(kAdmin, {QStringLiteral("user"), QStringLiteral("list")}))
                                .value(QStringLiteral("users"))
                                .toArray()) {
        names << user.toObject().value(QStringLiteral("name")).toString();
    }
    return names;
}

// The file's permission bits (e.g. 0600).
unsigned modeOf(const QString& path) {
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return static_cast<unsigned>(info.st_mode) & 0777U;
}

// Runs the CLI under a given umask (inherited by the child), as a user with a permissive umask would.
CliOutcome withUmask(mode_t mask, const std::function<CliOutcome()>& run) {
    const mode_t previous = ::umask(mask);
    CliOutcome outcome = run();
    ::umask(previous);
    return outcome;
}

} // namespace

SCENARIO("Every command refuses arguments it does not expect, naming them, and does nothing [README: exit 2]") {
    GIVEN("an office's vault") {
        CliOffice office;
        const QString recovery = writeFile(office.file(QStringLiteral("recovery.txt")), office.recoveryCode.toUtf8());

        WHEN("\"vault rekey extra\" is run") {
            const QByteArray vaultBefore = sha256OfFile(office.vault);
            const QByteArray keysBefore = sha256OfFile(office.vault + QStringLiteral(".keys"));
            const auto rekey = office.as(kAdmin, words("vault rekey extra"));
            THEN("it exits 2 naming the extra argument, and the vault keeps its master key and recovery code") {
                CHECK(rekey.exitCode == 2);
                CHECK(rekey.err.contains(QStringLiteral("Unexpected argument \"extra\"")));
                CHECK_FALSE(rekey.out.contains(QStringLiteral("recovery_code")));
                CHECK(sha256OfFile(office.vault) == vaultBefore);
                CHECK(sha256OfFile(office.vault + QStringLiteral(".keys")) == keysBefore);
                CHECK(runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--recovery-file"), recovery,
                              QStringLiteral("vault"), QStringLiteral("check")})
                          .exitCode == 0);
            }
        }
        WHEN("other commands are given one argument too many") {
            const qint64 auditBefore = countRows(office, QStringLiteral("audit_log"));
            const auto list = office.as(kAdmin, words("user list everyone"));
            const auto disable = office.as(kAdmin, words("user disable admin li.officer"));
            const auto add =
                office.as(kAdmin, words("user add wang.officer zhang.officer --role officer --organ o --organ-level "
                                        "county --region 110105 --initial-password-file")
                                      << office.passwordFile);
            const auto verify = office.as(kAdmin, words("audit verify now"));
            const auto id = runCli(words("id check 91350100M000100Y43 11010519491231002X"));
            const auto catalog = runCli(words("rules catalog 2024"));
            const auto calendar = runCli(words("calendar is-working 2026-02-14 2026-02-15"));
            THEN("each exits 2 naming the first extra argument, and nothing is written") {
                CHECK(list.exitCode == 2);
                CHECK(list.err.contains(QStringLiteral("\"everyone\"")));
                CHECK(disable.exitCode == 2);
                CHECK(disable.err.contains(QStringLiteral("\"li.officer\"")));
                CHECK(add.exitCode == 2);
                CHECK(add.err.contains(QStringLiteral("\"zhang.officer\"")));
                CHECK(verify.exitCode == 2);
                CHECK(verify.err.contains(QStringLiteral("\"now\"")));
                CHECK(id.exitCode == 2);
                CHECK(id.err.contains(QStringLiteral("\"11010519491231002X\"")));
                CHECK(catalog.exitCode == 2);
                CHECK(catalog.err.contains(QStringLiteral("\"2024\"")));
                CHECK(calendar.exitCode == 2);
                CHECK(calendar.err.contains(QStringLiteral("\"2026-02-15\"")));
                CHECK(userNames(office) == QStringList{kAdmin});
                CHECK(countRows(office, QStringLiteral("audit_log")) == auditBefore);
            }
        }
        WHEN("a command is missing its argument") {
            const auto disable = office.as(kAdmin, words("user disable"));
            THEN("it exits 2 saying what is missing") {
                CHECK(disable.exitCode == 2);
                CHECK(disable.err.contains(QStringLiteral("Missing NAME")));
            }
        }
    }
}

SCENARIO("A file named with --out is not replaced without --force, and an export is private to its owner "
         "[README: exit 2, data safety]") {
    GIVEN("an office with a backup and an export already written") {
        CliOffice office;
        const QString backup = writeFile(office.file(QStringLiteral("friday.ccbackup")), "last week's backup\n");
        const QString exported = writeFile(office.file(QStringLiteral("public.csv")), "yesterday's export\n");
        const qint64 auditBefore = countRows(office, QStringLiteral("audit_log"));

        WHEN("a backup or an export is written to them without --force") {
            const auto backupAgain = office.as(kAdmin, words("vault backup --out") << backup);
            const auto exportAgain =
                office.as(kAdmin, words("export disclosure --channel public --as-of 2026-05-01 --out") << exported);
            THEN("both exit 2 naming the file and suggesting --force, and neither file nor vault changes") {
                CHECK(backupAgain.exitCode == 2);
                CHECK(backupAgain.err.contains(QStringLiteral("already exists")));
                CHECK(backupAgain.err.contains(QStringLiteral("--force")));
                CHECK(exportAgain.exitCode == 2);
                CHECK(exportAgain.err.contains(QStringLiteral("public.csv")));
                CHECK(readAll(backup) == "last week's backup\n");
                CHECK(readAll(exported) == "yesterday's export\n");
                CHECK(countRows(office, QStringLiteral("audit_log")) == auditBefore);
            }
        }
        WHEN("--force is given, under a umask that would let everyone read new files") {
            const auto backupAgain = office.as(kAdmin, words("vault backup --force --out") << backup);
            const auto exportAgain = withUmask(0, [&] {
                return office.as(kAdmin, words("export disclosure --channel public --as-of 2026-05-01 --force --out")
                                             << exported);
            });
            THEN("both are replaced, and the export (plain personal data) is readable by its owner only") {
                INFO(backupAgain.err.toStdString() << exportAgain.err.toStdString());
                CHECK(backupAgain.exitCode == 0);
                CHECK(exportAgain.exitCode == 0);
                CHECK(readAll(backup) != "last week's backup\n");
                CHECK(readAll(exported).contains("chain_seq="));
                CHECK(modeOf(exported) == 0600U);
            }
        }
        WHEN("an export goes to a new file under umask 000") {
            const QString fresh = office.file(QStringLiteral("sharing.json"));
            const auto outcome = withUmask(0, [&] {
                return office.as(kAdmin, words("export disclosure --channel sharing --as-of 2026-05-01 --out")
                                             << fresh);
            });
            THEN("it is created 0600") {
                INFO(outcome.err.toStdString());
                REQUIRE(outcome.exitCode == 0);
                CHECK(modeOf(fresh) == 0600U);
            }
        }
    }
}

SCENARIO("An export or report cannot be made as of a day that has not come [README: exit 3]") {
    GIVEN("an office whose today is 2026-05-01") {
        CliOffice office;
        QProcessEnvironment today;
        today.insert(QStringLiteral("CREDITCASE_TODAY"), QStringLiteral("2026-05-01"));
        const QString out = office.file(QStringLiteral("public.csv"));
        const qint64 auditBefore = countRows(office, QStringLiteral("audit_log"));

        WHEN("the export is asked for as of 2026-05-02, and the report up to then") {
            const auto exported =
                office.as(kAdmin, words("export disclosure --channel public --as-of 2026-05-02 --out") << out, today);
            const auto report =
                office.as(kAdmin, words("report accountability --from 2026-01-01 --to 2026-05-02"), today);
            THEN("both are refused with exit 3, no file is written and nothing is audited") {
                CHECK(exported.exitCode == 3);
                CHECK(exported.err.contains(QStringLiteral("after today (2026-05-01)")));
                CHECK(report.exitCode == 3);
                CHECK_FALSE(QFile::exists(out));
                CHECK(countRows(office, QStringLiteral("audit_log")) == auditBefore);
            }
        }
        WHEN("it is asked for as of today") {
            const auto exported =
                office.as(kAdmin, words("export disclosure --channel public --as-of 2026-05-01 --out") << out, today);
            THEN("it is made") {
                INFO(exported.err.toStdString());
                CHECK(exported.exitCode == 0);
                CHECK(QFile::exists(out));
            }
        }
    }
}

SCENARIO("A record's sector must be one the rule data knows [DOMAIN §1: sector disclosure rules]") {
    GIVEN("an officer with a subject") {
        CliOffice office;
        office.addUser(kOfficer, QStringLiteral("officer"));
        const auto subject = office.as(kOfficer, words("subject add --kind enterprise --id 91350100M000100Y43 --name")
                                                     << QStringLiteral("某某食品有限公司"));
        REQUIRE(subject.exitCode == 0);
        const QString subjectId = QString::number(jsonOf(subject).value(QStringLiteral("id")).toInteger());
        const auto record = [&](const QString& sector) {
            return office.as(kOfficer, words("record add --item administrative-penalty-legal-person --basis-kind "
                                             "administrative-penalty --basis-date 2025-01-10 --effective-on 2025-02-10 "
                                             "--severity serious --basis-number 12 --basis-organ AMR --subject")
                                           << subjectId << QStringLiteral("--sector") << sector);
        };

        WHEN("a record names the sector \"fishing\"") {
            const auto refused = record(QStringLiteral("fishing"));
            THEN("it exits 2 listing the valid sectors, and no record is made") {
                CHECK(refused.exitCode == 2);
                CHECK(refused.err.contains(QStringLiteral("\"fishing\"")));
                CHECK(refused.err.contains(QStringLiteral("market-regulation")));
                CHECK(refused.err.contains(QStringLiteral("labour")));
                CHECK(countRows(office, QStringLiteral("credit_records")) == 0);
            }
        }
        WHEN("it names market-regulation") {
            const auto made = record(QStringLiteral("market-regulation"));
            THEN("the record is made") {
                INFO(made.err.toStdString());
                CHECK(made.exitCode == 0);
                CHECK(countRows(office, QStringLiteral("credit_records")) == 1);
            }
        }
    }
}

SCENARIO("Text that is not valid UTF-8 is refused, not stored as replacement characters [README: exit 2]") {
    GIVEN("an office's vault") {
        CliOffice office;
        WHEN("a user is added whose name has the byte 0xFF in it") {
            QProcess shell;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CREDITCASE_KDF_PROFILE"), QStringLiteral("test"));
            env.insert(QStringLiteral("CREDITCASE_LANG"), QStringLiteral("en"));
            shell.setProcessEnvironment(env);
            shell.start(QStringLiteral("/bin/bash"),
                        {QStringLiteral("-c"),
                         QStringLiteral("exec \"$0\" --vault \"$1\" --user admin --password-file \"$2\" user add "
                                        "\"$(printf 'li\\377si')\" --role officer --organ o --organ-level county "
                                        "--region 110105 --initial-password-file \"$2\""),
                         QStringLiteral(CREDITCASE_CLI_PATH), office.vault, office.passwordFile});
            REQUIRE(shell.waitForFinished(60000));
            const QString err = QString::fromUtf8(shell.readAllStandardError());
            THEN("it exits 2 showing the byte, and no user is added") {
                INFO(err.toStdString());
                CHECK(shell.exitCode() == 2);
                CHECK(err.contains(QStringLiteral("li\\xffsi")));
                CHECK(err.contains(QStringLiteral("not valid UTF-8")));
                CHECK(userNames(office) == QStringList{kAdmin});
            }
        }
        WHEN("a user is added with a Chinese name in UTF-8") {
            const auto added =
                office.as(kAdmin, QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("李四")}
                                      << words("--role officer --organ o --organ-level county "
                                               "--region 110105 --initial-password-file")
                                      << office.passwordFile);
            THEN("it is added under that name") {
                INFO(added.err.toStdString());
                CHECK(added.exitCode == 0);
                CHECK(userNames(office).contains(QStringLiteral("李四")));
            }
        }
    }
}

SCENARIO("id check refuses eighteen zeros: no registration authority 0, no province 00 [GB 32100-2015, GB/T 2260]") {
    const auto zeros = runCli(words("--json id check 000000000000000000"));
    const auto province = runCli(words("--json id check 000105194912310024"));
    CHECK(zeros.exitCode == 3);
    CHECK_FALSE(jsonOf(zeros).value(QStringLiteral("valid")).toBool(true));
    CHECK(jsonOf(zeros).value(QStringLiteral("reason")).toString().contains(QStringLiteral("registration authority")));
    CHECK(province.exitCode == 3);
    CHECK(jsonOf(province).value(QStringLiteral("reason")).toString().contains(QStringLiteral("province-level code")));
    CHECK(runCli(words("id check 91350100M000100Y43")).exitCode == 0);
}

SCENARIO("The test switches are compiled into this test build only, and it says so [README: tests]") {
    // The suite relies on CREDITCASE_TODAY and CREDITCASE_KDF_PROFILE; a program built without
    // CREDITCASE_TEST_HOOKS does not read them and prints no such note.
    const auto version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral("test build")));
}
