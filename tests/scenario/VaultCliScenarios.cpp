// The foundation's command-line contract: global options, exit codes (0 ok, 1 failure, 2 usage, 3 refused,
// 4 authentication), JSON output, and the faults a real office meets.
#include "CliRunner.h"
#include "Skip.h"
#include "TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace creditcase::test;

namespace {

struct CliVault {
    TempDir dir;
    QString vault = dir.file(QStringLiteral("county.vault"));
    QString adminPassword = writeFile(dir.file(QStringLiteral("admin.pw")), "admin password 2026\n");
    QString recovery;

    CliVault() {
        const auto init = runCli({QStringLiteral("--vault"), vault, QStringLiteral("--password-file"), adminPassword,
                                  QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--admin"),
                                  QStringLiteral("wang.admin"), QStringLiteral("--organ"),
                                  QStringLiteral("北京市东城区市场监督管理局"), QStringLiteral("--organ-level"),
                                  QStringLiteral("county"), QStringLiteral("--region"), QStringLiteral("110101")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        const QString code =
            QJsonDocument::fromJson(init.out.toUtf8()).object().value(QStringLiteral("recovery_code")).toString();
        REQUIRE(code.size() >= 26);
        recovery = writeFile(dir.file(QStringLiteral("recovery.txt")), code.toUtf8());
    }

    CliOutcome asAdmin(const QStringList& command, const QByteArray& input = {}) const {
        return runCli(QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--user"),
                                  QStringLiteral("wang.admin"), QStringLiteral("--password-file"), adminPassword,
                                  QStringLiteral("--json")} +
                          command,
                      input);
    }
};

QJsonObject json(const CliOutcome& outcome) {
    return QJsonDocument::fromJson(outcome.out.toUtf8()).object();
}

} // namespace

SCENARIO("An office sets up its vault from the command line") {
    GIVEN("a vault created with init") {
        CliVault office;
        THEN("the recovery code is printed once and the administrator can work") {
            const auto list = office.asAdmin({QStringLiteral("user"), QStringLiteral("list")});
            REQUIRE(list.exitCode == 0);
            CHECK(list.out.contains(QStringLiteral("北京市东城区市场监督管理局")));
        }
        WHEN("init is run again on the same file") {
            const auto again =
                runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--password-file"),
                        office.adminPassword, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("x"),
                        QStringLiteral("--organ"), QStringLiteral("o"), QStringLiteral("--organ-level"),
                        QStringLiteral("county"), QStringLiteral("--region"), QStringLiteral("110101")});
            THEN("it is refused and the vault is not overwritten") {
                CHECK(again.exitCode == 3);
                CHECK(again.err.contains(QStringLiteral("already exists")));
            }
        }
        WHEN("the administrator adds an officer, who changes the one-time password") {
            const auto added =
                office.asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhang.san"),
                                QStringLiteral("--role"), QStringLiteral("officer"), QStringLiteral("--organ"),
                                QStringLiteral("北京市东城区市场监督管理局"), QStringLiteral("--organ-level"),
                                QStringLiteral("county"), QStringLiteral("--region"), QStringLiteral("110101")});
            REQUIRE(added.exitCode == 0);
            const QString initial = json(added).value(QStringLiteral("initial_password")).toString();
            REQUIRE(initial.size() >= 10);
            const auto changed =
                runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--user"), QStringLiteral("zhang.san"),
                        QStringLiteral("password"), QStringLiteral("change")},
                       initial.toUtf8() + "\nofficer new password\n");
            THEN("the new password works and the old one does not") {
                INFO(changed.err.toStdString());
                CHECK(changed.exitCode == 0);
                const auto withOld =
                    runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--user"),
                            QStringLiteral("zhang.san"), QStringLiteral("user"), QStringLiteral("list")},
                           initial.toUtf8() + "\n");
                CHECK(withOld.exitCode == 4);
                const auto withNew =
                    runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--user"),
                            QStringLiteral("zhang.san"), QStringLiteral("user"), QStringLiteral("list")},
                           "officer new password\n");
                CHECK(withNew.exitCode == 0);
            }
            THEN("the officer may not add users (exit 3)") {
                const auto refused =
                    runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--user"),
                            QStringLiteral("zhang.san"), QStringLiteral("user"), QStringLiteral("add"),
                            QStringLiteral("x.y"), QStringLiteral("--role"), QStringLiteral("officer"),
                            QStringLiteral("--organ"), QStringLiteral("o"), QStringLiteral("--organ-level"),
                            QStringLiteral("county"), QStringLiteral("--region"), QStringLiteral("110101")},
                           "officer new password\n");
                CHECK(refused.exitCode == 3);
            }
            THEN("a disabled officer cannot log in any more") {
                REQUIRE(office.asAdmin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("zhang.san")})
                            .exitCode == 0);
                const auto locked =
                    runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--user"),
                            QStringLiteral("zhang.san"), QStringLiteral("user"), QStringLiteral("list")},
                           "officer new password\n");
                CHECK(locked.exitCode == 4);
            }
        }
    }
}

SCENARIO("Exit codes tell scripts what went wrong") {
    CliVault office;
    const QByteArray vaultBefore = sha256OfFile(office.vault);
    const QByteArray keysBefore = sha256OfFile(office.vault + QStringLiteral(".keys"));

    WHEN("the password is wrong") {
        const auto wrong = runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--user"),
                                   QStringLiteral("wang.admin"), QStringLiteral("vault"), QStringLiteral("check")},
                                  "not the password\n");
        THEN("exit 4 with a clear message, and vault and key file are unchanged") {
            CHECK(wrong.exitCode == 4);
            CHECK(wrong.err.contains(QStringLiteral("password")));
            CHECK(sha256OfFile(office.vault) == vaultBefore);
            CHECK(sha256OfFile(office.vault + QStringLiteral(".keys")) == keysBefore);
        }
    }
    WHEN("an unknown command or a missing option is given") {
        CHECK(office.asAdmin({QStringLiteral("frobnicate")}).exitCode == 2);
        CHECK(office.asAdmin({QStringLiteral("vault"), QStringLiteral("backup")}).exitCode == 2);
    }
    WHEN("a password is given as an argument") {
        const auto leaked = runCli(
            {QStringLiteral("--password"), QStringLiteral("secret"), QStringLiteral("user"), QStringLiteral("list")});
        THEN("it is refused as a usage error") {
            CHECK(leaked.exitCode == 2);
        }
    }
    WHEN("the recovery code is used for vault check and password reset") {
        const auto check = runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--recovery-file"),
                                   office.recovery, QStringLiteral("vault"), QStringLiteral("check")});
        const auto reset = runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--recovery-file"),
                                   office.recovery, QStringLiteral("--json"), QStringLiteral("password"),
                                   QStringLiteral("reset"), QStringLiteral("wang.admin")});
        THEN("both work, and the new password opens the vault") {
            INFO(check.err.toStdString());
            CHECK(check.exitCode == 0);
            REQUIRE(reset.exitCode == 0);
            const QString fresh = json(reset).value(QStringLiteral("new_password")).toString();
            const auto list = runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--user"),
                                      QStringLiteral("wang.admin"), QStringLiteral("user"), QStringLiteral("list")},
                                     fresh.toUtf8() + "\n");
            CHECK(list.exitCode == 0);
        }
        THEN("but not for everyday commands") {
            const auto list = runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--recovery-file"),
                                      office.recovery, QStringLiteral("user"), QStringLiteral("list")});
            CHECK(list.exitCode == 2);
        }
    }
}

SCENARIO("Backups, restore and rekey from the command line") {
    CliVault office;
    const QString backup = office.dir.file(QStringLiteral("friday.ccbackup"));
    REQUIRE(
        office.asAdmin({QStringLiteral("vault"), QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode ==
        0);

    WHEN("the vault is rekeyed") {
        const auto rekey = office.asAdmin({QStringLiteral("vault"), QStringLiteral("rekey")});
        REQUIRE(rekey.exitCode == 0);
        const QString newCode = json(rekey).value(QStringLiteral("recovery_code")).toString();
        THEN("the password still works, the old recovery code does not, the new one does") {
            CHECK(office.asAdmin({QStringLiteral("vault"), QStringLiteral("check")}).exitCode == 0);
            CHECK(runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--recovery-file"), office.recovery,
                          QStringLiteral("vault"), QStringLiteral("check")})
                      .exitCode == 4);
            const QString newFile = writeFile(office.dir.file(QStringLiteral("new-code.txt")), newCode.toUtf8());
            CHECK(runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--recovery-file"), newFile,
                          QStringLiteral("vault"), QStringLiteral("check")})
                      .exitCode == 0);
        }
        THEN("the backup from before the rekey still restores with the old recovery code") {
            const auto restored =
                runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--recovery-file"), office.recovery,
                        QStringLiteral("vault"), QStringLiteral("restore"), QStringLiteral("--from"), backup});
            INFO(restored.err.toStdString());
            CHECK(restored.exitCode == 0);
            CHECK(office.asAdmin({QStringLiteral("vault"), QStringLiteral("check")}).exitCode == 0);
        }
    }
    for (const double room : {1.5, 1.75}) {
        // 1.5 backups of room: the export (with its journal) fails; 1.75: the export fits, the final write does not.
        WHEN("the disk fills up during the next backup, with room for " << room << " backups") {
            // A private mount namespace with a tiny tmpfs holding the previous backup: a real ENOSPC, no root needed
            // where user namespaces are allowed.
            const QString mountPoint = office.dir.file(QStringLiteral("usb"));
            QDir().mkpath(mountPoint);
            const qint64 size = QFileInfo(backup).size();
            const qint64 tmpfsBytes = ((size + static_cast<qint64>(size * room)) / 4096 + 1) * 4096;
            QProcess shell;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CREDITCASE_KDF_PROFILE"), QStringLiteral("test"));
            env.insert(QStringLiteral("CREDITCASE_LANG"), QStringLiteral("en"));
            shell.setProcessEnvironment(env);
            const QString script = QStringLiteral(
                "mount -t tmpfs -o size=$1 tmpfs \"$2\" 2>/dev/null || exit 99; cp \"$3\" \"$2/b\"; "
                "sha256sum < \"$2/b\"; \"$4\" --vault \"$5\" --user wang.admin --password-file \"$6\" vault backup "
                "--out \"$2/b\" --force 2>&1; echo \"exit=$?\"; sha256sum < \"$2/b\"; ls -A \"$2\"");
            const QStringList scriptArgs{QStringLiteral("_"),
                                         QString::number(tmpfsBytes),
                                         mountPoint,
                                         backup,
                                         QStringLiteral(CREDITCASE_CLI_PATH),
                                         office.vault,
                                         office.adminPassword};
            shell.start(QStringLiteral("unshare"),
                        QStringList{QStringLiteral("-rm"), QStringLiteral("bash"), QStringLiteral("-c"), script} +
                            scriptArgs);
            shell.waitForFinished(60000);
            if (shell.exitCode() == 99 || shell.exitStatus() != QProcess::NormalExit) {
                shell.start(QStringLiteral("unshare"),
                            QStringList{QStringLiteral("-m"), QStringLiteral("bash"), QStringLiteral("-c"), script} +
                                scriptArgs);
                shell.waitForFinished(60000);
            }
            const QStringList lines = QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n'));
            if (shell.exitCode() == 99 || lines.size() < 4) {
                // Reported by CTest as skipped (exit 77), never as passed.
                skipTest(QStringLiteral("cannot mount a small tmpfs here (no user namespaces, not root)"));
                return;
            }
            THEN("the backup fails cleanly; the vault and the previous backup are intact") {
                const QString output = lines.join(QLatin1Char('\n'));
                INFO(output.toStdString());
                CHECK(output.contains(QStringLiteral("exit=1")));
                CHECK((output.contains(QStringLiteral("could not be written")) ||
                       output.contains(QStringLiteral("nothing was written"))));
                CHECK(lines.at(0) == lines.at(lines.indexOf(QRegularExpression(QStringLiteral("^exit=.*"))) + 1));
                // Only the previous backup is left on the full disk: no temporary export, no half-written file.
                CHECK(lines.mid(lines.indexOf(QRegularExpression(QStringLiteral("^exit=.*"))) + 2)
                          .join(QString())
                          .trimmed() == QStringLiteral("b"));
                CHECK(office.asAdmin({QStringLiteral("vault"), QStringLiteral("check")}).exitCode == 0);
            }
        }
    }
}

SCENARIO("Two processes use the same vault at once without losing updates") {
    CliVault office;
    QList<QProcess*> workers;
    for (int worker = 0; worker < 2; ++worker) {
        auto* process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CREDITCASE_KDF_PROFILE"), QStringLiteral("test"));
        process->setProcessEnvironment(env);
        const QString script =
            QStringLiteral("for i in 1 2 3 4 5 6; do \"$0\" --vault \"$1\" --user wang.admin --password-file "
                           "\"$2\" user add w%1-u$i --role officer --organ o --organ-level county --region "
                           "110101 >/dev/null || exit 1; done")
                .arg(worker);
        process->start(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), script, QStringLiteral(CREDITCASE_CLI_PATH),
                                                     office.vault, office.adminPassword});
        workers << process;
    }
    for (QProcess* process : workers) {
        REQUIRE(process->waitForFinished(120000));
        INFO(QString::fromUtf8(process->readAllStandardError()).toStdString());
        CHECK(process->exitCode() == 0);
        delete process;
    }
    const auto list = office.asAdmin({QStringLiteral("user"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(json(list).value(QStringLiteral("users")).toArray().size() == 13);
    const auto check = office.asAdmin({QStringLiteral("vault"), QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    CHECK(json(check).value(QStringLiteral("audit_entries")).toInt() == 14); // init (2) + 12 additions
}

SCENARIO("A vault whose head file is gone is not trusted until an administrator accepts it") {
    CliVault office;
    const auto before = office.asAdmin({QStringLiteral("vault"), QStringLiteral("check")});
    REQUIRE(before.exitCode == 0);
    const int entries = json(before).value(QStringLiteral("audit_entries")).toInt();
    const QString head = office.vault + QStringLiteral(".head");
    REQUIRE(QFile::remove(head));
    const QByteArray vaultBytes = sha256OfFile(office.vault);

    WHEN("anyone opens it") {
        const auto check = office.asAdmin({QStringLiteral("vault"), QStringLiteral("check")});
        THEN("it is reported as not trusted, with the way out, and nothing is written") {
            CHECK(check.exitCode == 1);
            CHECK(check.err.contains(QStringLiteral("head file")));
            CHECK(check.err.contains(QStringLiteral("vault accept-missing-head")));
            CHECK_FALSE(QFile::exists(head));
            CHECK(sha256OfFile(office.vault) == vaultBytes);
        }
    }
    WHEN("the recovery code tries to accept it") {
        const auto refused = runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--recovery-file"),
                                     office.recovery, QStringLiteral("vault"), QStringLiteral("accept-missing-head")});
        THEN("it is refused as a usage error and nothing is written") {
            CHECK(refused.exitCode == 2);
            CHECK_FALSE(QFile::exists(head));
            CHECK(sha256OfFile(office.vault) == vaultBytes);
        }
    }
    WHEN("the administrator accepts it") {
        const auto accepted = office.asAdmin({QStringLiteral("vault"), QStringLiteral("accept-missing-head")});
        INFO(accepted.err.toStdString());
        REQUIRE(accepted.exitCode == 0);
        THEN("a new head guards it, the decision is one more audit entry, and the vault works again") {
            CHECK(json(accepted).value(QStringLiteral("accepted_changes")).toString().toInt() > 0);
            CHECK(QFile::exists(head));
            const auto after = office.asAdmin({QStringLiteral("vault"), QStringLiteral("check")});
            REQUIRE(after.exitCode == 0);
            CHECK(json(after).value(QStringLiteral("audit_entries")).toInt() == entries + 1);
            const auto again = office.asAdmin({QStringLiteral("vault"), QStringLiteral("accept-missing-head")});
            CHECK(again.exitCode == 3);
        }
    }
}
