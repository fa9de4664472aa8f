// Official documents (issue 11; Guiding Opinions IV(8); GB/T 9704-2012): numbered per organ and year without gaps,
// printed from the command line one by one or as the day's batch, and checked against the vault by fingerprint.
#include "CliRunner.h"
#include "DocumentCases.h"
#include "PdfTools.h"
#include "Skip.h"
#include "WorkflowFixture.h"
#include "service/DocumentService.h"
#include "service/Session.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using documents::DocumentKind;
using service::DocumentService;
using service::Session;

namespace {

QList<int> noticeNumbers(WorkflowFixture& f) {
    QList<int> numbers;
    QSqlQuery q(f.db());
    REQUIRE(q.exec(QStringLiteral("SELECT seq FROM documents WHERE kind = 'notice' ORDER BY seq")));
    while (q.next())
        numbers << q.value(0).toInt();
    return numbers;
}

// A shell loop printing the notices of `cases` one process after another, as an officer at a terminal would.
QProcess* startPrinting(const QString& vault, const QString& passwordFile, const QString& outDir,
                        const QList<qint64>& cases) {
    QStringList commands;
    for (const qint64 id : cases)
        commands << QStringLiteral("\"$CLI\" --vault \"$VAULT\" --user li.officer --password-file \"$PW\" print "
                                   "notice --case %1 --out \"$OUT/%1.pdf\" >/dev/null || exit 1")
                        .arg(id);
    auto* process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLI"), QStringLiteral(CREDITCASE_CLI_PATH));
    env.insert(QStringLiteral("VAULT"), vault);
    env.insert(QStringLiteral("PW"), passwordFile);
    env.insert(QStringLiteral("OUT"), outDir);
    env.insert(QStringLiteral("CREDITCASE_LANG"), QStringLiteral("en"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), commands.join(QLatin1Char('\n'))});
    return process;
}

} // namespace

SCENARIO("Document numbers run per organ and year without gaps across restarts and concurrent processes "
         "[GB/T 9704-2012 7.2.4]") {
    GIVEN("twelve cases of one county bureau, each with a notice to issue") {
        WorkflowFixture f;
        f.adoptStandard();
        QList<qint64> cases;
        for (int i = 0; i < 12; ++i)
            cases << openCaseFor(f, usccFor(i), QStringLiteral("示范企业%1有限公司").arg(i));
        const QString dir = QFileInfo(f.vault().path()).dir().path();
        const QString passwordFile = writeFile(dir + QStringLiteral("/pw"), QByteArray(kPassword) + '\n');

        WHEN("one notice is issued in this process, then two other processes print five and six more at the same "
             "time, each print a fresh start of the program") {
            Session session(f.vault(), f.officer);
            REQUIRE(DocumentService(session)
                        .print(cases.at(0), DocumentKind::Notice, exchange::Channel::Internal,
                               DocumentService::Output::Pdf, {})
                        .ok());
            std::unique_ptr<QProcess> first(startPrinting(f.vault().path(), passwordFile, dir, cases.mid(1, 5)));
            std::unique_ptr<QProcess> second(startPrinting(f.vault().path(), passwordFile, dir, cases.mid(6)));
            REQUIRE(first->waitForFinished(240000));
            REQUIRE(second->waitForFinished(240000));
            INFO(first->readAllStandardError().toStdString());
            INFO(second->readAllStandardError().toStdString());
            REQUIRE(first->exitCode() == 0);
            REQUIRE(second->exitCode() == 0);

            THEN("the twelve notices carry the numbers 1 to 12 of the year, each once") {
                QList<int> expected;
                for (int n = 1; n <= 12; ++n)
                    expected << n;
                CHECK(noticeNumbers(f) == expected);
                CHECK(f.count(QStringLiteral("SELECT count(DISTINCT number) FROM documents")) == 12);
                CHECK(f.count(QStringLiteral("SELECT last_seq FROM document_numbers")) == 12);
                CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'document.issue'")) == 12);
            }
        }
    }
}

SCENARIO("The notices due for service today are printed as one batch with each print recorded [Opinions IV(8)]") {
    if (const QString missing = pdfToolsMissing(); !missing.isEmpty()) {
        skipTest(missing);
        return;
    }
    GIVEN("three cases whose notices are due for service on the same day and one already served") {
        WorkflowFixture f;
        f.adoptStandard();
        for (int i = 0; i < 3; ++i)
            openCaseFor(f, usccFor(200 + i), QStringLiteral("批量企业%1有限公司").arg(i));
        const qint64 served = f.servedCase();
        QSqlQuery due(f.db());
        REQUIRE(due.exec(QStringLiteral("SELECT min(due_on) FROM deadlines WHERE kind = 'notice-service' AND status "
                                        "= 'open'")));
        REQUIRE(due.next());
        const QString dueOn = due.value(0).toString();
        due.finish(); // an open statement would keep this connection's view of the vault from before the batch
        const QString dir = QFileInfo(f.vault().path()).dir().path();
        const QString passwordFile = writeFile(dir + QStringLiteral("/pw"), QByteArray(kPassword) + '\n');

        WHEN("the officer prints the batch for that day") {
            const auto outcome =
                runCli({QStringLiteral("--vault"), f.vault().path(), QStringLiteral("--user"),
                        QStringLiteral("li.officer"), QStringLiteral("--password-file"), passwordFile,
                        QStringLiteral("--json"), QStringLiteral("print"), QStringLiteral("batch"),
                        QStringLiteral("--due-on"), dueOn, QStringLiteral("--out"), dir + QStringLiteral("/batch")});
            THEN("each open notice is a PDF in the folder, numbered and fingerprinted, the served one left out") {
                INFO(outcome.err.toStdString());
                REQUIRE(outcome.exitCode == 0);
                const QJsonObject json = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
                CHECK(json.value(QStringLiteral("printed")).toInt() == 3);
                const QJsonArray notices = json.value(QStringLiteral("notices")).toArray();
                REQUIRE(notices.size() == 3);
                for (const QJsonValue& notice : notices) {
                    const QString file = notice.toObject().value(QStringLiteral("file")).toString();
                    CHECK(QFile::exists(file));
                    CHECK(compact(pdfText(file))
                              .contains(compact(notice.toObject().value(QStringLiteral("number")).toString())));
                    CHECK(notice.toObject().value(QStringLiteral("case")).toInteger() != served);
                }
                CHECK(QDir(dir + QStringLiteral("/batch")).entryList({QStringLiteral("*.pdf")}).size() == 3);
                CHECK(f.count(QStringLiteral("SELECT count(*) FROM document_copies")) == 3);
            }
            AND_WHEN("a printed page's fingerprint is read back to the command line") {
                REQUIRE(outcome.exitCode == 0);
                const QJsonObject first = QJsonDocument::fromJson(outcome.out.toUtf8())
                                              .object()
                                              .value(QStringLiteral("notices"))
                                              .toArray()
                                              .first()
                                              .toObject();
                const auto verified =
                    runCli({QStringLiteral("--vault"), f.vault().path(), QStringLiteral("--user"),
                            QStringLiteral("zhou.audit"), QStringLiteral("--password-file"), passwordFile,
                            QStringLiteral("document"), QStringLiteral("verify"), QStringLiteral("--fingerprint"),
                            first.value(QStringLiteral("fingerprint")).toString()});
                THEN("the vault confirms the page") {
                    INFO(verified.err.toStdString());
                    CHECK(verified.exitCode == 0);
                    CHECK(verified.out.contains(QStringLiteral("Verified")));
                    CHECK(verified.out.contains(first.value(QStringLiteral("number")).toString()));
                }
            }
        }
    }
}

SCENARIO("A public copy printed from the command line never shows the party's full identifier "
         "[DOMAIN.md §10]") {
    if (const QString missing = pdfToolsMissing(); !missing.isEmpty()) {
        skipTest(missing);
        return;
    }
    GIVEN("a decided case") {
        WorkflowFixture f;
        const qint64 caseId = f.listedCase();
        const QString dir = QFileInfo(f.vault().path()).dir().path();
        const QString passwordFile = writeFile(dir + QStringLiteral("/pw"), QByteArray(kPassword) + '\n');
        const auto print = [&](const QString& file, bool publicCopy) {
            QStringList arguments{QStringLiteral("--vault"),         f.vault().path(),
                                  QStringLiteral("--user"),          QStringLiteral("zhao.sup"),
                                  QStringLiteral("--password-file"), passwordFile,
                                  QStringLiteral("print"),           QStringLiteral("decision"),
                                  QStringLiteral("--case"),          QString::number(caseId),
                                  QStringLiteral("--out"),           dir + QLatin1Char('/') + file};
            if (publicCopy)
                arguments << QStringLiteral("--public");
            return runCli(arguments);
        };
        WHEN("the party's copy and a public copy are printed") {
            const auto party = print(QStringLiteral("party.pdf"), false);
            const auto publicCopy = print(QStringLiteral("public.pdf"), true);
            THEN("the party's copy has the identifier in full, the public copy masked") {
                INFO(party.err.toStdString());
                REQUIRE(party.exitCode == 0);
                REQUIRE(publicCopy.exitCode == 0);
                CHECK(compact(pdfText(dir + QStringLiteral("/party.pdf")))
                          .contains(QStringLiteral("91350100M000100Y43")));
                const QString masked = compact(pdfText(dir + QStringLiteral("/public.pdf")));
                CHECK_FALSE(masked.contains(QStringLiteral("91350100M000100Y43")));
                CHECK(masked.contains(QStringLiteral("913501********0Y43")));
            }
        }
        WHEN("the output file exists already") {
            writeFile(dir + QStringLiteral("/taken.pdf"), "keep me");
            const auto refused = print(QStringLiteral("taken.pdf"), false);
            THEN("nothing is printed or recorded and the file is kept") {
                CHECK(refused.exitCode == 2);
                CHECK(readAll(dir + QStringLiteral("/taken.pdf")) == QByteArray("keep me"));
                CHECK(f.count(QStringLiteral("SELECT count(*) FROM documents")) == 0);
            }
        }
    }
}
