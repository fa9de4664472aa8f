// Migration 0005 (case lists): a vault written at version 4 gets the case list's sort keys and its search index
// filled from the rows it already holds, and the triggers keep both in step with later writes.

#include "CaseRows.h"
#include "TempDir.h"
#include "service/CaseSearchText.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"

#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using service::CaseSearchText;
using storage::Migrations;

namespace {

QSqlDatabase openRaw(const QString& path, const QString& name) {
    auto* driver = new storage::SqlCipherDriver;
    driver->setRawKey(QByteArray(32, '\x5b'));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("CREATE_IF_MISSING"));
    REQUIRE(db.open());
    return db;
}

QList<qint64> search(QSqlDatabase& db, const QString& typed) {
    QSqlQuery q(db);
    REQUIRE(q.prepare(QStringLiteral("SELECT docid FROM case_search WHERE case_search MATCH ? ORDER BY docid")));
    q.addBindValue(CaseSearchText::matchExpression(typed));
    REQUIRE(q.exec());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QVariant scalar(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

qint64 recordOf(CaseRows& rows, qint64 subject, qint64 basis, QDate decidedOn) {
    CaseRows::RecordRow row;
    row.subject = subject;
    row.basis = basis;
    row.decidedOn = decidedOn;
    return rows.record(row);
}

qint64 caseOf(CaseRows& rows, qint64 record, qint64 subject, const QString& stage, QDate openedOn) {
    CaseRows::CaseRow row;
    row.record = record;
    row.subject = subject;
    row.stage = stage;
    row.openedOn = openedOn;
    return rows.openCase(row);
}

struct Fixture {
    qint64 foodCase = 0;
    qint64 personCase = 0;
    qint64 foodSubject = 0;
    qint64 foodBasis = 0;
};

// Two cases written at schema version 4, before the search index existed.
Fixture writeVersion4Rows(QSqlDatabase& db) {
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("INSERT INTO organs (id, name, level, region_code) VALUES (1, 'County AMR', "
                                  "'county', '110105')")));
    CaseRows rows(db);
    Fixture f;
    f.foodSubject = rows.subject(
        {QStringLiteral("enterprise"), QStringLiteral("示范食品有限公司"), QStringLiteral("91350100M000100Y43"), {}});
    f.foodBasis = rows.basis({QStringLiteral("administrative-penalty-decision"),
                              QStringLiteral("示市监罚〔2026〕8号"),
                              QStringLiteral("示范县市场监督管理局"),
                              QDate(2026, 3, 1),
                              {}});
    const qint64 foodRecord = recordOf(rows, f.foodSubject, f.foodBasis, QDate(2026, 3, 1));
    f.foodCase = caseOf(rows, foodRecord, f.foodSubject, QStringLiteral("objection-window"), QDate(2026, 3, 5));
    rows.deadline(QStringLiteral("objection-window"), f.foodCase, QDate(2026, 3, 5), QDate(2026, 3, 20));
    rows.deadline(QStringLiteral("notice-service"), f.foodCase, QDate(2026, 3, 5), QDate(2026, 3, 10),
                  QStringLiteral("met"));

    const qint64 person = rows.subject(
        {QStringLiteral("individual"), QStringLiteral("张三丰"), QStringLiteral("350102199001011234"), {}});
    const qint64 personBasis = rows.basis({QStringLiteral("administrative-penalty-decision"),
                                           QStringLiteral("示税罚〔2025〕12号"),
                                           QStringLiteral("示范县税务局"),
                                           QDate(2025, 6, 1),
                                           {}});
    const qint64 personRecord = recordOf(rows, person, personBasis, QDate(2025, 6, 1));
    f.personCase = caseOf(rows, personRecord, person, QStringLiteral("listed"), QDate(2025, 6, 2));
    return f;
}

} // namespace

TEST_CASE("Migrating a version 4 vault fills the case search index and the case list's sort keys") {
    TempDir dir;
    const QString name = QStringLiteral("case-lists-from-4");
    {
        QSqlDatabase db = openRaw(dir.file(QStringLiteral("m.vault")), name);
        REQUIRE(Migrations::migrate(db, 4).ok());
        const Fixture f = writeVersion4Rows(db);
        REQUIRE(Migrations::migrate(db).ok());
        CHECK(*Migrations::currentVersion(db) >= 5);

        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM case_search")).toInt() == 2);

        SECTION("part of a Chinese name finds its case, anywhere in the name") {
            CHECK(search(db, QStringLiteral("食品")) == QList<qint64>{f.foodCase});
            CHECK(search(db, QStringLiteral("示范食品有限公司")) == QList<qint64>{f.foodCase});
            CHECK(search(db, QStringLiteral("三丰")) == QList<qint64>{f.personCase});
            CHECK(search(db, QStringLiteral("张")) == QList<qint64>{f.personCase});
            CHECK(search(db, QStringLiteral("丰")) == QList<qint64>{f.personCase}); // the last character
            CHECK(search(db, QStringLiteral("食三")).isEmpty());                    // not a substring of either
            CHECK(search(db, QStringLiteral("品食")).isEmpty());                    // order matters
        }
        SECTION("an identifier is found by its beginning, a document number by any part") {
            CHECK(search(db, QStringLiteral("91350100m")) == QList<qint64>{f.foodCase});
            CHECK(search(db, QStringLiteral("3501021990")) == QList<qint64>{f.personCase});
            CHECK(search(db, QStringLiteral("〔2026〕8号")) == QList<qint64>{f.foodCase});
            CHECK(search(db, QStringLiteral("示税罚")) == QList<qint64>{f.personCase});
        }
        SECTION("the case row carries its subject's name and its earliest open deadline") {
            QSqlQuery q(db);
            REQUIRE(
                q.exec(QStringLiteral("SELECT subject_name, next_due_on FROM cases WHERE id = %1").arg(f.foodCase)));
            REQUIRE(q.next());
            CHECK(q.value(0).toString() == QStringLiteral("示范食品有限公司"));
            CHECK(q.value(1).toString() == QStringLiteral("2026-03-20")); // the met deadline does not count
            REQUIRE(q.exec(QStringLiteral("SELECT next_due_on FROM cases WHERE id = %1").arg(f.personCase)));
            REQUIRE(q.next());
            CHECK(q.value(0).toString() == QStringLiteral("9999-12-31"));
        }
        SECTION("triggers follow a renamed subject, a corrected document number and changed deadlines") {
            QSqlQuery q(db);
            REQUIRE(q.exec(
                QStringLiteral("UPDATE subjects SET name = '闽东海产有限公司' WHERE id = %1").arg(f.foodSubject)));
            CHECK(search(db, QStringLiteral("食品")).isEmpty());
            CHECK(search(db, QStringLiteral("海产")) == QList<qint64>{f.foodCase});
            CHECK(
                scalar(db, QStringLiteral("SELECT subject_name FROM cases WHERE id = %1").arg(f.foodCase)).toString() ==
                QStringLiteral("闽东海产有限公司"));
            REQUIRE(q.exec(QStringLiteral("UPDATE basis_documents SET document_number = '示市监罚〔2026〕9号' "
                                          "WHERE id = %1")
                               .arg(f.foodBasis)));
            CHECK(search(db, QStringLiteral("〔2026〕8号")).isEmpty());
            CHECK(search(db, QStringLiteral("〔2026〕9号")) == QList<qint64>{f.foodCase});

            CaseRows rows(db);
            rows.deadline(QStringLiteral("objection-answer"), f.foodCase, QDate(2026, 3, 6), QDate(2026, 3, 15));
            CHECK(
                scalar(db, QStringLiteral("SELECT next_due_on FROM cases WHERE id = %1").arg(f.foodCase)).toString() ==
                QStringLiteral("2026-03-15"));
            REQUIRE(q.exec(QStringLiteral("UPDATE deadlines SET status = 'met' WHERE case_id = %1").arg(f.foodCase)));
            CHECK(
                scalar(db, QStringLiteral("SELECT next_due_on FROM cases WHERE id = %1").arg(f.foodCase)).toString() ==
                QStringLiteral("9999-12-31"));
        }
        SECTION("a case opened after the migration is indexed when it is written") {
            CaseRows rows(db);
            const qint64 subject = rows.subject({QStringLiteral("enterprise"),
                                                 QStringLiteral("榕城建材商行"),
                                                 QStringLiteral("91350100MA2Y000001"),
                                                 {}});
            const qint64 basis = rows.basis({QStringLiteral("administrative-penalty-decision"),
                                             QStringLiteral("榕市监罚〔2026〕31号"),
                                             QStringLiteral("榕城区市场监督管理局"),
                                             QDate(2026, 4, 1),
                                             {}});
            const qint64 record = recordOf(rows, subject, basis, QDate(2026, 4, 1));
            const qint64 fresh = caseOf(rows, record, subject, QStringLiteral("notice-prepared"), QDate(2026, 4, 2));
            CHECK(search(db, QStringLiteral("建材")) == QList<qint64>{fresh});
            CHECK(scalar(db, QStringLiteral("SELECT subject_name FROM cases WHERE id = %1").arg(fresh)).toString() ==
                  QStringLiteral("榕城建材商行"));
            REQUIRE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("The search text is the bigram form the migration's triggers index") {
    CHECK(CaseSearchText::grams(QStringLiteral("示范食品")) == QStringLiteral("示范 范食 食品 品"));
    CHECK(CaseSearchText::grams(QStringLiteral("张")) == QStringLiteral(" 张"));
    CHECK(CaseSearchText::grams(QString()).isEmpty());
    // A character outside the Basic Multilingual Plane counts as one character, as SQLite's substr() counts it.
    CHECK(CaseSearchText::grams(QStringLiteral("𠀀a")) == QStringLiteral("𠀀a a"));
    CHECK(CaseSearchText::matchExpression(QStringLiteral("  \"*  ")).isEmpty());
    CHECK(CaseSearchText::matchExpression(QStringLiteral("食品\"")) == QStringLiteral("\"食品\""));
    CHECK(CaseSearchText::matchExpression(QStringLiteral("9135")) ==
          QStringLiteral("\"91 13 35\" OR identifier:9135*"));
    CHECK(CaseSearchText::matchExpression(QStringLiteral("91350100MA")) == QStringLiteral("identifier:91350100MA*"));
    CHECK(CaseSearchText::caseNumber(QStringLiteral(" 42 ")) == 42);
    CHECK(CaseSearchText::caseNumber(QStringLiteral("42a")) == 0);
}
