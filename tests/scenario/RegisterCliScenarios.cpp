// Disclosure export and the accountability report through the command line (Guiding Opinions III(3), III(4),
// VI(12), IX).
#include "CaseRows.h"
#include "CliOffice.h"
#include "audit/AuditLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <catch2/catch.hpp>

// Rows are written with designated initializers that name only what a test cares about; the other members keep
// their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace creditcase;
using namespace creditcase::test;

namespace {

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Two penalty records of the office: an enterprise's and an individual's intellectual-property penalty, both
// decided 2026-02-02; and a company whose penalty information was restored.
void seedPenalties(const CliOffice& office) {
    office.asCore(QStringLiteral("admin"), [](storage::Vault& vault) {
        REQUIRE(vault
                    .transact([](QSqlDatabase& db) -> Status {
                        CaseRows rows(db);
                        const qint64 company =
                            rows.subject({QStringLiteral("enterprise"), QStringLiteral("北京某某食品有限公司"),
                                          QStringLiteral("91350100M000100Y43"), QStringLiteral("王五")});
                        const qint64 person = rows.subject({QStringLiteral("individual"),
                                                            QStringLiteral("张三"),
                                                            QStringLiteral("11010519491231002X"),
                                                            {}});
                        const qint64 restoredCompany = rows.subject({QStringLiteral("enterprise"),
                                                                     QStringLiteral("已修复有限公司"),
                                                                     QStringLiteral("91110000100000000X"),
                                                                     {}});
                        for (const auto& [subject, item] :
                             {std::pair{company, QStringLiteral("administrative-penalty-legal-person")},
                              std::pair{person, QStringLiteral("intellectual-property")},
                              std::pair{person, QStringLiteral("administrative-penalty-natural-person")},
                              std::pair{restoredCompany, QStringLiteral("administrative-penalty-legal-person")}}) {
                            const qint64 basis =
                                rows.basis({.documentNumber = QStringLiteral("京东市监罚〔2026〕%1号").arg(subject),
                                            .issuedOn = d("2026-02-02")});
                            // The restored company's penalty information was restored on 2026-03-20: its
                            // disclosure ended that day; sharing follows the catalogue (Opinions VI(11)).
                            rows.record(
                                {.subject = subject,
                                 .basis = basis,
                                 .item = item,
                                 .decidedOn = d("2026-02-02"),
                                 .disclosureMaxUntil = d("2027-02-02"),
                                 .disclosureStoppedOn = subject == restoredCompany ? d("2026-03-20") : QDate()});
                        }
                        return {};
                    })
                    .ok());
    });
}

QStringList exportCommand(const QString& channel, const QString& out) {
    return {QStringLiteral("export"),  QStringLiteral("disclosure"), QStringLiteral("--channel"), channel,
            QStringLiteral("--as-of"), QStringLiteral("2026-05-01"), QStringLiteral("--out"),     out};
}

} // namespace

SCENARIO("The public disclosure file holds only what may be disclosed, masked [Opinions III(4), DOMAIN §10]") {
    GIVEN("penalty records of an enterprise and of a natural person, and a restored one") {
        CliOffice office;
        office.addUser(QStringLiteral("li.officer"), QStringLiteral("officer"));
        office.addUser(QStringLiteral("zhao.auditor"), QStringLiteral("auditor"));
        seedPenalties(office);

        WHEN("an officer exports the public file as CSV") {
            const QString out = office.file(QStringLiteral("公示.csv"));
            const auto exported = office.as(QStringLiteral("li.officer"), exportCommand(QStringLiteral("public"), out));
            INFO(exported.err.toStdString());
            REQUIRE(exported.exitCode == 0);
            const QString text = QString::fromUtf8(readAll(out));
            const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);

            THEN("it has the comment line with the chain position, the Chinese headers and two rows") {
                REQUIRE(lines.size() == 4);
                const QJsonObject report = jsonOf(exported);
                CHECK(report.value(QStringLiteral("records")).toInt() == 2);
                CHECK(lines.at(0).contains(
                    QStringLiteral("chain_seq=%1").arg(report.value(QStringLiteral("chain_seq")).toInt())));
                CHECK(lines.at(0).contains(report.value(QStringLiteral("chain_hash")).toString()));
                CHECK(lines.at(1).contains(QStringLiteral("行政处罚决定书文号")));
                CHECK(text.contains(QStringLiteral("91350100M000100Y43")));
                CHECK(text.contains(QStringLiteral("张*")));
            }
            THEN("no natural person's full name or ID number, nothing restored, nothing the catalogue withholds") {
                CHECK_FALSE(text.contains(QStringLiteral("张三")));
                CHECK_FALSE(text.contains(QStringLiteral("11010519491231002X")));
                CHECK_FALSE(text.contains(QStringLiteral("110105********002X")));
                CHECK_FALSE(text.contains(QStringLiteral("已修复有限公司")));
                const QJsonObject excluded = jsonOf(exported).value(QStringLiteral("excluded")).toObject();
                CHECK(excluded.value(QStringLiteral("catalog_forbids")).toInt() == 1);
                CHECK(excluded.value(QStringLiteral("restored")).toInt() == 1);
            }
            THEN("the export is the newest audit entry, carrying the file's digest, and the chain is intact") {
                const auto log =
                    office.as(QStringLiteral("zhao.auditor"), {QStringLiteral("audit"), QStringLiteral("log"),
                                                               QStringLiteral("--limit"), QStringLiteral("1")});
                const QJsonObject newest = jsonOf(log).value(QStringLiteral("entries")).toArray().at(0).toObject();
                CHECK(newest.value(QStringLiteral("event")).toString() == QStringLiteral("export.disclosure"));
                CHECK(newest.value(QStringLiteral("actor")).toString() == QStringLiteral("li.officer"));
                CHECK(newest.value(QStringLiteral("seq")).toInt() ==
                      jsonOf(exported).value(QStringLiteral("audit_seq")).toInt());
                CHECK(sha256OfFile(out) == jsonOf(exported).value(QStringLiteral("sha256")).toString().toLatin1());
                CHECK(office.as(QStringLiteral("zhao.auditor"), {QStringLiteral("audit"), QStringLiteral("verify")})
                          .exitCode == 0);
            }
        }
        WHEN("the sharing file is exported as JSON") {
            const QString out = office.file(QStringLiteral("sharing.json"));
            const auto exported =
                office.as(QStringLiteral("li.officer"), exportCommand(QStringLiteral("sharing"), out));
            REQUIRE(exported.exitCode == 0);
            const QJsonObject file = QJsonDocument::fromJson(readAll(out)).object();
            THEN("it carries the header object and the records with ID numbers masked except region and check") {
                const QJsonObject header = file.value(QStringLiteral("header")).toObject();
                CHECK(header.value(QStringLiteral("channel")).toString() == QStringLiteral("sharing"));
                CHECK(header.value(QStringLiteral("chain_seq")).toInt() > 0);
                const QJsonArray records = file.value(QStringLiteral("records")).toArray();
                // The restored record is still shared: restoration of penalty information ends its disclosure only.
                REQUIRE(records.size() == 4);
                QStringList ids;
                for (const auto& record : records) {
                    ids << record.toObject().value(QStringLiteral("id_number")).toString();
                }
                CHECK(ids.contains(QStringLiteral("110105***********X")));
                CHECK_FALSE(QString::fromUtf8(readAll(out)).contains(QStringLiteral("11010519491231002X")));
            }
        }
        WHEN("an auditor tries to export, or the options are wrong") {
            const qint64 seqBefore =
                jsonOf(office.as(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")}))
                    .value(QStringLiteral("entries"))
                    .toInt();
            const QString out = office.file(QStringLiteral("x.csv"));
            THEN("an auditor is refused (exit 3) and only the refusal is recorded, usage errors exit 2, no file") {
                CHECK(
                    office.as(QStringLiteral("zhao.auditor"), exportCommand(QStringLiteral("public"), out)).exitCode ==
                    3);
                CHECK(
                    office.as(QStringLiteral("li.officer"), exportCommand(QStringLiteral("internal"), out)).exitCode ==
                    2);
                CHECK(office
                          .as(QStringLiteral("li.officer"),
                              exportCommand(QStringLiteral("public"), office.file(QStringLiteral("x.xlsx"))))
                          .exitCode == 2);
                CHECK(office
                          .as(QStringLiteral("li.officer"),
                              {QStringLiteral("export"), QStringLiteral("disclosure"), QStringLiteral("--channel"),
                               QStringLiteral("public"), QStringLiteral("--as-of"), QStringLiteral("May 1"),
                               QStringLiteral("--out"), out})
                          .exitCode == 2);
                CHECK_FALSE(QFile::exists(out));
                CHECK(jsonOf(office.as(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")}))
                          .value(QStringLiteral("entries"))
                          .toInt() == seqBefore + 1);
            }
        }
    }
}

SCENARIO("The accountability report shows late restoration by organ [Opinions IX, VI(12)]") {
    GIVEN("a restoration decided ten days after its due date and a measure outside the list") {
        CliOffice office;
        office.addUser(QStringLiteral("li.officer"), QStringLiteral("officer"));
        office.addUser(QStringLiteral("qian.supervisor"), QStringLiteral("supervisor"));
        office.asCore(QStringLiteral("admin"), [](storage::Vault& vault) {
            REQUIRE(vault
                        .transact([](QSqlDatabase& db) -> Status {
                            CaseRows rows(db);
                            const qint64 subject = rows.subject({QStringLiteral("enterprise"),
                                                                 QStringLiteral("某公司"),
                                                                 QStringLiteral("91350100M000100Y43"),
                                                                 {}});
                            const qint64 basis =
                                rows.basis({.documentNumber = QStringLiteral("1"), .issuedOn = d("2026-02-02")});
                            const qint64 record = rows.record({.subject = subject,
                                                               .basis = basis,
                                                               .severity = QStringLiteral("serious"),
                                                               .decidedOn = d("2026-02-02")});
                            const qint64 caseId = rows.openCase({.record = record, .subject = subject});
                            rows.restoration(caseId, d("2026-03-01"), d("2026-03-10"), d("2026-03-20"));
                            const qint64 decision = rows.decision(caseId, d("2026-02-20"));
                            rows.measure(decision, caseId, QStringLiteral("restrict-exit"));
                            return {};
                        })
                        .ok());
        });
        const QStringList command{QStringLiteral("report"), QStringLiteral("accountability"),
                                  QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                  QStringLiteral("--to"),   QStringLiteral("2026-06-30")};

        WHEN("a supervisor asks for the first half-year") {
            const auto report = office.as(QStringLiteral("qian.supervisor"), command);
            INFO(report.err.toStdString());
            REQUIRE(report.exitCode == 0);
            const QJsonObject json = jsonOf(report);
            THEN("the organ's late restoration and the measure outside the list are named") {
                CHECK_FALSE(json.value(QStringLiteral("clean")).toBool(true));
                CHECK(json.value(QStringLiteral("provision")).toString().contains(QStringLiteral("IX")));
                CHECK(json.value(QStringLiteral("chain_seq")).toInt() > 0);
                const QJsonObject organ = json.value(QStringLiteral("organs")).toArray().at(0).toObject();
                CHECK(organ.value(QStringLiteral("organ")).toString() == QStringLiteral("北京市东城区市场监督管理局"));
                const QJsonArray late = organ.value(QStringLiteral("late_restorations")).toArray();
                REQUIRE(late.size() == 1);
                CHECK(late.at(0).toObject().value(QStringLiteral("due")).toString() == QStringLiteral("2026-03-10"));
                CHECK(late.at(0).toObject().value(QStringLiteral("done")).toString() == QStringLiteral("2026-03-20"));
                CHECK(late.at(0).toObject().value(QStringLiteral("days_late")).toInt() == 10);
                CHECK(organ.value(QStringLiteral("records_checked")).toInt() == 1);
                CHECK(organ.value(QStringLiteral("records_outside_catalog")).toArray().isEmpty());
                CHECK(organ.value(QStringLiteral("measures_checked")).toInt() == 1);
                const QJsonArray outside = organ.value(QStringLiteral("measures_outside_list")).toArray();
                REQUIRE(outside.size() == 1);
                CHECK(outside.at(0).toObject().value(QStringLiteral("item")).toString() ==
                      QStringLiteral("restrict-exit"));
            }
        }
        WHEN("the plain-text report is printed") {
            const auto report =
                runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--user"), QStringLiteral("admin"),
                        QStringLiteral("--password-file"), office.passwordFile, QStringLiteral("report"),
                        QStringLiteral("accountability"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                        QStringLiteral("--to"), QStringLiteral("2026-06-30")});
            THEN("it names the case, the due date, the date done and the days late") {
                REQUIRE(report.exitCode == 0);
                CHECK(report.out.contains(QStringLiteral("due 2026-03-10, done 2026-03-20, days late: 10")));
                CHECK(report.out.contains(QStringLiteral("audit chain position")));
            }
        }
        WHEN("an officer asks, or the period is malformed") {
            THEN("the officer is refused (exit 3) and bad dates are usage errors (exit 2)") {
                CHECK(office.as(QStringLiteral("li.officer"), command).exitCode == 3);
                CHECK(office
                          .as(QStringLiteral("admin"),
                              {QStringLiteral("report"), QStringLiteral("accountability"), QStringLiteral("--from"),
                               QStringLiteral("2026-07-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30")})
                          .exitCode == 2);
                CHECK(office
                          .as(QStringLiteral("admin"), {QStringLiteral("report"), QStringLiteral("accountability"),
                                                        QStringLiteral("--from"), QStringLiteral("2026-01-01")})
                          .exitCode == 2);
            }
        }
    }
}

SCENARIO("Records made with the record commands are disclosed, masked and proven against the catalogue "
         "[Opinions II(1), III(4), IX]") {
    GIVEN("an officer who recorded penalties of an enterprise and of a natural person on 2026-05-01") {
        CliOffice office;
        office.addUser(QStringLiteral("li.officer"), QStringLiteral("officer"));
        QProcessEnvironment today;
        today.insert(QStringLiteral("CREDITCASE_TODAY"), QStringLiteral("2026-05-01"));
        const auto officer = [&](const QStringList& command) {
            const auto outcome = office.as(QStringLiteral("li.officer"), command, today);
            INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << outcome.err.toStdString());
            REQUIRE(outcome.exitCode == 0);
            return jsonOf(outcome);
        };
        const QJsonObject company = officer(
            {QStringLiteral("subject"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("enterprise"),
             QStringLiteral("--name"), QStringLiteral("北京某某食品有限公司"), QStringLiteral("--id"),
             QStringLiteral("91350100M000100Y43"), QStringLiteral("--legal-rep"), QStringLiteral("王五")});
        const QJsonObject person =
            officer({QStringLiteral("subject"), QStringLiteral("add"), QStringLiteral("--kind"),
                     QStringLiteral("individual"), QStringLiteral("--name"), QStringLiteral("张三"),
                     QStringLiteral("--id"), QStringLiteral("11010519491231002X")});
        const auto recordPenalty = [&](const QJsonObject& subject, const QString& item, const QString& number) {
            return officer(
                {QStringLiteral("record"),         QStringLiteral("add"),
                 QStringLiteral("--subject"),      QString::number(subject.value(QStringLiteral("id")).toInt()),
                 QStringLiteral("--item"),         item,
                 QStringLiteral("--basis-kind"),   QStringLiteral("administrative-penalty"),
                 QStringLiteral("--basis-number"), number,
                 QStringLiteral("--basis-organ"),  QStringLiteral("北京市东城区市场监督管理局"),
                 QStringLiteral("--basis-date"),   QStringLiteral("2026-04-01"),
                 QStringLiteral("--effective-on"), QStringLiteral("2026-04-15"),
                 QStringLiteral("--severity"),     QStringLiteral("general"),
                 QStringLiteral("--facts"),        QStringLiteral("生产经营超过保质期的食品")});
        };
        const QJsonObject companyRecord = recordPenalty(company, QStringLiteral("administrative-penalty-legal-person"),
                                                        QStringLiteral("京东市监罚〔2026〕12号"));
        recordPenalty(person, QStringLiteral("administrative-penalty-natural-person"),
                      QStringLiteral("京东市监罚〔2026〕13号"));

        WHEN("the public file is exported as JSON") {
            const QString out = office.file(QStringLiteral("public.json"));
            officer(exportCommand(QStringLiteral("public"), out));
            const QJsonArray records =
                QJsonDocument::fromJson(readAll(out)).object().value(QStringLiteral("records")).toArray();
            THEN("only the enterprise's penalty is in it, with the disclosure end the record was given") {
                REQUIRE(records.size() == 1);
                const QJsonObject row = records.at(0).toObject();
                CHECK(row.value(QStringLiteral("party_name")).toString() == QStringLiteral("北京某某食品有限公司"));
                CHECK(row.value(QStringLiteral("uscc")).toString() == QStringLiteral("91350100M000100Y43"));
                CHECK(row.value(QStringLiteral("legal_representative")).toString() == QStringLiteral("王五"));
                CHECK(row.value(QStringLiteral("decision_number")).toString() ==
                      QStringLiteral("京东市监罚〔2026〕12号"));
                CHECK(row.value(QStringLiteral("decision_date")).toString() == QStringLiteral("2026-04-01"));
                CHECK(row.value(QStringLiteral("disclosure_until")).toString() ==
                      companyRecord.value(QStringLiteral("disclosure_max_until")).toString());
                CHECK(row.value(QStringLiteral("source_unit")).toString() ==
                      QStringLiteral("北京市东城区市场监督管理局"));
            }
        }
        WHEN("the sharing file is exported as CSV") {
            const QString out = office.file(QStringLiteral("sharing.csv"));
            officer(exportCommand(QStringLiteral("sharing"), out));
            const QString text = QString::fromUtf8(readAll(out));
            THEN("both penalties are in it and the person's ID number keeps only region and check character") {
                CHECK(text.count(QStringLiteral("\r\n")) == 4);
                CHECK(text.contains(QStringLiteral("110105***********X")));
                CHECK_FALSE(text.contains(QStringLiteral("11010519491231002X")));
            }
        }
        WHEN("the accountability report covers the day they were recorded") {
            const QJsonObject report = jsonOf(office.as(
                QStringLiteral("admin"),
                {QStringLiteral("report"), QStringLiteral("accountability"), QStringLiteral("--from"),
                 QStringLiteral("2000-01-01"), QStringLiteral("--to"), QDate::currentDate().toString(Qt::ISODate)}));
            THEN("both records were checked against the catalogue and nothing is outside it") {
                const QJsonObject organ = report.value(QStringLiteral("organs")).toArray().at(0).toObject();
                CHECK(organ.value(QStringLiteral("records_checked")).toInt() == 2);
                CHECK(organ.value(QStringLiteral("records_outside_catalog")).toArray().isEmpty());
                CHECK(report.value(QStringLiteral("clean")).toBool());
            }
        }
    }
}
