#include "TempDir.h"
#include "TestVault.h"

#include "audit/AuditLog.h"
#include "audit/InquiryRegister.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using audit::InquiryRegister;

SCENARIO("Every inquiry into a record is registered with who, when, whose and why [Opinions VII(13)]")
{
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    auto& vault = *created.vault;

    WHEN("an inquiry states its purpose")
    {
        qint64 id = 0;
        REQUIRE(vault
                    .transact([&](QSqlDatabase& db) -> Status {
                        auto recorded = InquiryRegister::record(db, QStringLiteral("li.si"), QStringLiteral("case:3"),
                                                                QStringLiteral("subject:7"),
                                                                QStringLiteral("joint review of tender eligibility"));
                        if (!recorded) {
                            return recorded.error();
                        }
                        id = *recorded;
                        return {};
                    })
                    .ok());
        THEN("the register and the audit chain both hold it, and an auditor can flag it once")
        {
            QSqlDatabase db = vault.database();
            auto entries = InquiryRegister::list(db);
            REQUIRE(entries.ok());
            REQUIRE(entries->size() == 1);
            CHECK(entries->first().actor == QStringLiteral("li.si"));
            CHECK(entries->first().subjectRef == QStringLiteral("subject:7"));
            CHECK(entries->first().purpose == QStringLiteral("joint review of tender eligibility"));
            CHECK(audit::AuditLog::verify(db).intact);

            REQUIRE(vault
                        .transact([&](QSqlDatabase& tx) {
                            return InquiryRegister::flag(tx, id, QStringLiteral("auditor.zhao"),
                                                         QStringLiteral("purpose too vague"));
                        })
                        .ok());
            auto flagged = InquiryRegister::list(db, {}, {}, true);
            REQUIRE(flagged->size() == 1);
            CHECK(flagged->first().flaggedBy == QStringLiteral("auditor.zhao"));
            Status again = vault.transact([&](QSqlDatabase& tx) {
                return InquiryRegister::flag(tx, id, QStringLiteral("auditor.zhao"), QStringLiteral("again"));
            });
            CHECK(again.error().kind == ErrorKind::Refused);
        }
    }
    WHEN("no purpose is stated")
    {
        QSqlDatabase db = vault.database();
        const qint64 before = audit::AuditLog::verify(db).entries;
        Status refused = vault.transact([&](QSqlDatabase& tx) -> Status {
            auto recorded = InquiryRegister::record(tx, QStringLiteral("li.si"), QStringLiteral("case:3"),
                                                    QStringLiteral("subject:7"), QStringLiteral("  "));
            return recorded ? Status{} : Status{recorded.error()};
        });
        THEN("it is refused, citing the provision, and nothing is written")
        {
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().message.contains(QStringLiteral("VII(13)")));
            CHECK(InquiryRegister::list(db)->isEmpty());
            CHECK(audit::AuditLog::verify(db).entries == before);
        }
    }
}
