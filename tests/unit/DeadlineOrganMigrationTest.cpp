// Migration 0006 (jurisdiction lists): deadlines written before it get the organ due to act on them, and every
// deadline written afterwards gets it from its trigger, so a deadline list limited to one organ can read one index.

#include "CaseRows.h"
#include "TempDir.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using storage::Migrations;

namespace {

qint64 organOf(QSqlDatabase& db, qint64 deadlineId) {
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT ifnull(organ_id, 0) FROM deadlines WHERE id = %1").arg(deadlineId)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("Deadlines carry the organ of their case, written before migration 0006 or after it") {
    TempDir dir;
    const QString name = QStringLiteral("deadline-organ-migration");
    {
        auto* driver = new storage::SqlCipherDriver;
        driver->setRawKey(QByteArray(32, '\x6c'));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(dir.file(QStringLiteral("v5.db")));
        db.setConnectOptions(QStringLiteral("CREATE_IF_MISSING"));
        REQUIRE(db.open());
        REQUIRE(Migrations::migrate(db, 5).ok());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO organs (id, name, level, region_code) VALUES (1, 'County AMR', "
                                      "'county', '110105'), (2, 'Neighbour AMR', 'county', '110108')")));
        CaseRows rows(db);
        const auto caseOf = [&](qint64 organ, const QString& identifier) {
            CaseRows::SubjectRow subject;
            subject.name = QStringLiteral("示范食品有限公司");
            subject.identifier = identifier;
            CaseRows::BasisRow basis;
            basis.documentNumber = QStringLiteral("示市监罚〔2026〕%1号").arg(organ);
            basis.issuedOn = QDate(2026, 3, 1);
            CaseRows::RecordRow record;
            record.subject = rows.subject(subject);
            record.basis = rows.basis(basis);
            record.decidedOn = QDate(2026, 3, 1);
            CaseRows::CaseRow row;
            row.record = rows.record(record);
            row.subject = record.subject;
            row.organ = organ;
            row.stage = QStringLiteral("objection-window");
            return rows.openCase(row);
        };
        const qint64 countyCase = caseOf(1, QStringLiteral("91350100M000100Y43"));
        const qint64 neighbourCase = caseOf(2, QStringLiteral("91110000100000000X"));
        const qint64 before =
            rows.deadline(QStringLiteral("objection-window"), neighbourCase, QDate(2026, 3, 2), QDate(2026, 3, 9));

        REQUIRE(Migrations::migrate(db).ok());
        CHECK(organOf(db, before) == 2);
        const qint64 after =
            rows.deadline(QStringLiteral("objection-window"), countyCase, QDate(2026, 3, 2), QDate(2026, 3, 9));
        CHECK(organOf(db, after) == 1);
        // One organ's open deadlines in due-date order come from the new index.
        REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM deadlines WHERE organ_id = 1 AND status = "
                                      "'open' ORDER BY due_on LIMIT 50")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString();
        CHECK(plan.contains(QStringLiteral("deadlines_organ_open")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
