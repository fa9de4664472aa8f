// The audit chain and the inquiry register through the command line (Guiding Opinions VII(13), IX).
#include "CliOffice.h"
#include "audit/AuditLog.h"
#include "audit/InquiryRegister.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;

namespace {

const QStringList kVerify{QStringLiteral("audit"), QStringLiteral("verify")};

qint64 headSeq(const CliOffice& office) {
    qint64 seq = 0;
    office.asCore(QStringLiteral("admin"), [&](storage::Vault& vault) {
        QSqlDatabase db = vault.database();
        seq = audit::AuditLog::head(db)->seq;
    });
    return seq;
}

void dropChainTriggers(QSqlDatabase& db) {
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    REQUIRE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
}

qint64 registerInquiry(const CliOffice& office, const QString& actor, const QString& subject, const QString& purpose) {
    qint64 id = 0;
    office.asCore(actor, [&](storage::Vault& vault) {
        REQUIRE(vault
                    .transact([&](QSqlDatabase& db) -> Status {
                        auto recorded =
                            audit::InquiryRegister::record(db, actor, QStringLiteral("case:1"), subject, purpose);
                        if (!recorded) {
                            return recorded.error();
                        }
                        id = *recorded;
                        return {};
                    })
                    .ok());
    });
    return id;
}

} // namespace

SCENARIO("audit verify walks the whole chain and names the first broken link [Opinions IX]") {
    GIVEN("a vault with a few acts recorded") {
        CliOffice office;
        office.addUser(QStringLiteral("li.officer"), QStringLiteral("officer"));
        office.addUser(QStringLiteral("zhao.auditor"), QStringLiteral("auditor"));

        WHEN("nobody touched the file") {
            const auto verified = office.as(QStringLiteral("li.officer"), kVerify);
            THEN("it reports the chain intact (exit 0) with its length and head") {
                INFO(verified.err.toStdString());
                REQUIRE(verified.exitCode == 0);
                const QJsonObject report = jsonOf(verified);
                CHECK(report.value(QStringLiteral("intact")).toBool());
                CHECK(report.value(QStringLiteral("entries")).toInt() == headSeq(office));
                CHECK(report.value(QStringLiteral("first_broken_seq")).toInt() == 0);
                CHECK(report.value(QStringLiteral("head_hash")).toString().size() == 64);
            }
        }
        WHEN("someone with the raw key drops the triggers and rewrites who did an act") {
            office.withRawKey([](QSqlDatabase& db) {
                dropChainTriggers(db);
                QSqlQuery query(db);
                REQUIRE(query.exec(QStringLiteral("UPDATE audit_log SET actor = 'nobody' WHERE seq = 3")));
            });
            const auto verified = office.as(QStringLiteral("li.officer"), kVerify);
            THEN("exit 1, and entry 3 is named as the first broken link") {
                CHECK(verified.exitCode == 1);
                const QJsonObject report = jsonOf(verified);
                CHECK_FALSE(report.value(QStringLiteral("intact")).toBool(true));
                CHECK(report.value(QStringLiteral("first_broken_seq")).toInt() == 3);
                CHECK(report.value(QStringLiteral("entries")).toInt() == 2);
                CHECK(report.value(QStringLiteral("problem")).toString().contains(QStringLiteral("3")));
                CHECK(verified.err.contains(QStringLiteral("broken at entry 3")));
            }
        }
        WHEN("someone with the raw key deletes an entry from the middle") {
            office.withRawKey([](QSqlDatabase& db) {
                dropChainTriggers(db);
                QSqlQuery query(db);
                REQUIRE(query.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
            });
            const auto verified = office.as(QStringLiteral("zhao.auditor"), kVerify);
            THEN("the gap is named") {
                CHECK(verified.exitCode == 1);
                CHECK(jsonOf(verified).value(QStringLiteral("first_broken_seq")).toInt() == 2);
                CHECK(verified.err.contains(QStringLiteral("missing")));
            }
        }
        WHEN("someone with the raw key deletes the newest entry") {
            office.withRawKey([](QSqlDatabase& db) {
                dropChainTriggers(db);
                QSqlQuery query(db);
                REQUIRE(
                    query.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")));
            });
            const auto verified = office.as(QStringLiteral("zhao.auditor"), kVerify);
            THEN("the cut-off end is detected too") {
                CHECK(verified.exitCode == 1);
                CHECK(verified.err.contains(QStringLiteral("removed")));
            }
        }
    }
}

SCENARIO("The audit log is read newest first by auditors and administrators") {
    CliOffice office;
    office.addUser(QStringLiteral("li.officer"), QStringLiteral("officer"));
    office.addUser(QStringLiteral("zhao.auditor"), QStringLiteral("auditor"));
    const qint64 head = headSeq(office);

    WHEN("an auditor asks for the last three entries") {
        const auto log = office.as(QStringLiteral("zhao.auditor"), {QStringLiteral("audit"), QStringLiteral("log"),
                                                                    QStringLiteral("--limit"), QStringLiteral("3")});
        THEN("they come newest first with seq, time, actor, event and object") {
            INFO(log.err.toStdString());
            REQUIRE(log.exitCode == 0);
            const QJsonArray entries = jsonOf(log).value(QStringLiteral("entries")).toArray();
            REQUIRE(entries.size() == 3);
            CHECK(entries.at(0).toObject().value(QStringLiteral("seq")).toInt() == head);
            CHECK(entries.at(2).toObject().value(QStringLiteral("seq")).toInt() == head - 2);
            const QJsonObject newest = entries.at(0).toObject();
            CHECK(newest.value(QStringLiteral("actor")).toString() == QStringLiteral("admin"));
            CHECK(newest.value(QStringLiteral("event")).toString().startsWith(QStringLiteral("user.")));
            CHECK(newest.contains(QStringLiteral("at")));
            CHECK(newest.contains(QStringLiteral("object")));
        }
    }
    WHEN("the plain-text form is asked for") {
        const auto log = runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--user"),
                                 QStringLiteral("admin"), QStringLiteral("--password-file"), office.passwordFile,
                                 QStringLiteral("audit"), QStringLiteral("log")});
        THEN("one line per entry, tab-separated, the newest first") {
            REQUIRE(log.exitCode == 0);
            const QStringList lines = log.out.trimmed().split(QLatin1Char('\n'));
            CHECK(lines.size() == head);
            CHECK(lines.first().startsWith(QString::number(head) + QLatin1Char('\t')));
        }
    }
    WHEN("an officer asks") {
        const auto refused = office.as(QStringLiteral("li.officer"), {QStringLiteral("audit"), QStringLiteral("log")});
        THEN("it is refused (exit 3) and nothing is printed") {
            CHECK(refused.exitCode == 3);
            CHECK_FALSE(jsonOf(refused).contains(QStringLiteral("entries")));
            CHECK(refused.err.contains(QStringLiteral("auditors and administrators")));
        }
    }
    WHEN("the limit is not a positive number") {
        CHECK(office
                  .as(QStringLiteral("admin"),
                      {QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--limit"), QStringLiteral("0")})
                  .exitCode == 2);
        CHECK(office
                  .as(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("log"),
                                                QStringLiteral("--limit"), QStringLiteral("many")})
                  .exitCode == 2);
    }
}

SCENARIO("Auditors review the inquiry register and flag entries [Opinions VII(13)]") {
    GIVEN("two registered inquiries into subjects' records") {
        CliOffice office;
        office.addUser(QStringLiteral("li.officer"), QStringLiteral("officer"));
        office.addUser(QStringLiteral("zhao.auditor"), QStringLiteral("auditor"));
        const qint64 first = registerInquiry(office, QStringLiteral("li.officer"), QStringLiteral("subject:7"),
                                             QStringLiteral("checking tender eligibility"));
        const qint64 second = registerInquiry(office, QStringLiteral("li.officer"), QStringLiteral("subject:8"),
                                              QStringLiteral("curiosity"));
        const QStringList log{QStringLiteral("inquiry"), QStringLiteral("log")};

        THEN("an auditor sees who, when, whose and why, newest first") {
            const auto listed = office.as(QStringLiteral("zhao.auditor"), log);
            INFO(listed.err.toStdString());
            REQUIRE(listed.exitCode == 0);
            const QJsonArray inquiries = jsonOf(listed).value(QStringLiteral("inquiries")).toArray();
            REQUIRE(inquiries.size() == 2);
            const QJsonObject newest = inquiries.at(0).toObject();
            CHECK(newest.value(QStringLiteral("id")).toInt() == second);
            CHECK(newest.value(QStringLiteral("actor")).toString() == QStringLiteral("li.officer"));
            CHECK(newest.value(QStringLiteral("subject")).toString() == QStringLiteral("subject:8"));
            CHECK(newest.value(QStringLiteral("purpose")).toString() == QStringLiteral("curiosity"));
            CHECK_FALSE(newest.value(QStringLiteral("at")).toString().isEmpty());
            CHECK_FALSE(newest.value(QStringLiteral("flagged")).toBool(true));
        }
        THEN("an administrator may read it too, and a date range outside today shows nothing") {
            REQUIRE(office.as(QStringLiteral("admin"), log).exitCode == 0);
            const auto old = office.as(QStringLiteral("admin"),
                                       log + QStringList{QStringLiteral("--from"), QStringLiteral("2001-01-01"),
                                                         QStringLiteral("--to"), QStringLiteral("2001-12-31")});
            REQUIRE(old.exitCode == 0);
            CHECK(jsonOf(old).value(QStringLiteral("inquiries")).toArray().isEmpty());
        }
        THEN("an officer may not read the register (exit 3)") {
            const auto refused = office.as(QStringLiteral("li.officer"), log);
            CHECK(refused.exitCode == 3);
            CHECK_FALSE(refused.out.contains(QStringLiteral("curiosity")));
        }
        THEN("a malformed date is a usage error (exit 2)") {
            CHECK(office
                      .as(QStringLiteral("zhao.auditor"),
                          log + QStringList{QStringLiteral("--from"), QStringLiteral("1.1.2026")})
                      .exitCode == 2);
        }
        WHEN("the auditor flags the second inquiry") {
            const qint64 before = headSeq(office);
            const auto flagged = office.as(QStringLiteral("zhao.auditor"),
                                           {QStringLiteral("inquiry"), QStringLiteral("review"), QStringLiteral("--id"),
                                            QString::number(second), QStringLiteral("--note"),
                                            QStringLiteral("no purpose connected to a case")});
            INFO(flagged.err.toStdString());
            REQUIRE(flagged.exitCode == 0);
            THEN("--flagged lists only that entry with the reviewer's note, and the flag is an audit entry") {
                const auto listed =
                    office.as(QStringLiteral("zhao.auditor"), log + QStringList{QStringLiteral("--flagged")});
                REQUIRE(listed.exitCode == 0);
                const QJsonArray inquiries = jsonOf(listed).value(QStringLiteral("inquiries")).toArray();
                REQUIRE(inquiries.size() == 1);
                CHECK(inquiries.at(0).toObject().value(QStringLiteral("id")).toInt() == second);
                CHECK(inquiries.at(0).toObject().value(QStringLiteral("flagged_by")).toString() ==
                      QStringLiteral("zhao.auditor"));
                CHECK(inquiries.at(0).toObject().value(QStringLiteral("flag_note")).toString() ==
                      QStringLiteral("no purpose connected to a case"));
                CHECK(headSeq(office) == before + 1);
                CHECK(office.as(QStringLiteral("zhao.auditor"), kVerify).exitCode == 0);
            }
            THEN("flagging it again is refused (exit 3)") {
                CHECK(office
                          .as(QStringLiteral("zhao.auditor"),
                              {QStringLiteral("inquiry"), QStringLiteral("review"), QStringLiteral("--id"),
                               QString::number(second), QStringLiteral("--note"), QStringLiteral("again")})
                          .exitCode == 3);
            }
        }
        WHEN("someone who is not an auditor tries to flag an entry") {
            const qint64 before = headSeq(office);
            const auto refused = office.as(QStringLiteral("admin"),
                                           {QStringLiteral("inquiry"), QStringLiteral("review"), QStringLiteral("--id"),
                                            QString::number(first), QStringLiteral("--note"), QStringLiteral("x")});
            THEN("it is refused (exit 3), the refusal is the only entry written, and nothing is flagged") {
                CHECK(refused.exitCode == 3);
                CHECK(refused.err.contains(QStringLiteral("auditor")));
                CHECK(headSeq(office) == before + 1);
                const auto listed = office.as(QStringLiteral("admin"), log + QStringList{QStringLiteral("--flagged")});
                CHECK(jsonOf(listed).value(QStringLiteral("inquiries")).toArray().isEmpty());
            }
        }
        WHEN("the entry does not exist or the note is missing") {
            CHECK(office
                      .as(QStringLiteral("zhao.auditor"),
                          {QStringLiteral("inquiry"), QStringLiteral("review"), QStringLiteral("--id"),
                           QStringLiteral("999"), QStringLiteral("--note"), QStringLiteral("x")})
                      .exitCode == 1);
            CHECK(office
                      .as(QStringLiteral("zhao.auditor"), {QStringLiteral("inquiry"), QStringLiteral("review"),
                                                           QStringLiteral("--id"), QString::number(first)})
                      .exitCode == 2);
            CHECK(office
                      .as(QStringLiteral("zhao.auditor"),
                          {QStringLiteral("inquiry"), QStringLiteral("review"), QStringLiteral("--id"),
                           QString::number(first), QStringLiteral("--note"), QStringLiteral("   ")})
                      .exitCode == 2);
        }
    }
}

SCENARIO("A cut-off inquiry list says so instead of looking complete") {
    CliOffice office;
    office.addUser(QStringLiteral("zhao.auditor"), QStringLiteral("auditor"));
    office.asCore(QStringLiteral("admin"), [](storage::Vault& vault) {
        REQUIRE(vault
                    .transact([](QSqlDatabase& db) -> Status {
                        for (int i = 0; i < 1001; ++i) {
                            auto recorded = audit::InquiryRegister::record(
                                db, QStringLiteral("admin"), QStringLiteral("case:%1").arg(i),
                                QStringLiteral("subject:%1").arg(i), QStringLiteral("bulk check"));
                            if (!recorded) {
                                return recorded.error();
                            }
                        }
                        return {};
                    })
                    .ok());
    });
    const auto listed = office.as(QStringLiteral("zhao.auditor"), {QStringLiteral("inquiry"), QStringLiteral("log")});
    REQUIRE(listed.exitCode == 0);
    const QJsonObject json = jsonOf(listed);
    CHECK(json.value(QStringLiteral("inquiries")).toArray().size() == 1000);
    CHECK(json.value(QStringLiteral("truncated")).toBool());
    CHECK(json.value(QStringLiteral("inquiries"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("subject"))
              .toString() == QStringLiteral("subject:1000"));
}
