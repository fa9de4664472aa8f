// Case lists as windows: keyset pages over every sort key and direction, walked forwards and backwards, jumps to a
// position, filters, search and cached counts, checked against the order computed here from the rows themselves.

#include "service/CaseQueryRunner.h"

#include "CaseRows.h"
#include "Clock.h"
#include "TempDir.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using namespace creditcase::service;
using domain::CaseStage;

namespace {

struct Expected {
    qint64 id;
    QString stage;
    QString officer;
    QString opened;
    QString due;
    QByteArray name; // UTF-8, which SQLite's binary collation orders byte by byte
    QString listType;
};

// The stage's place in the workflow, the order a list sorted by stage shows.
QByteArray stageOrder(const QString& id) {
    const auto stage = domain::caseStageFromId(id);
    REQUIRE(stage);
    return QByteArray::number(domain::allCaseStages().indexOf(*stage) + 100); // fixed width: bytes order as numbers
}

const QStringList kStages{QStringLiteral("notice-prepared"), QStringLiteral("objection-window"),
                          QStringLiteral("ready-to-decide"), QStringLiteral("listed"), QStringLiteral("closed")};
const QStringList kNames{QStringLiteral("示范食品有限公司"), QStringLiteral("榕城建材商行"),
                         QStringLiteral("闽江物流有限公司"), QStringLiteral("张三丰"),
                         QStringLiteral("Acme Trading Co."), QStringLiteral("福州海产食品厂")};

const QStringList kListTypes{QStringLiteral("samr-serious-illegal"), QStringLiteral("tax-major-violation"),
                             QStringLiteral("court-defaulter")};

class Office {
public:
    explicit Office(const QString& path)
        : m_name(QStringLiteral("case-query-%1").arg(++s_counter)) {
        auto* driver = new storage::SqlCipherDriver;
        driver->setRawKey(QByteArray(32, '\x6c'));
        m_db = QSqlDatabase::addDatabase(driver, m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("CREATE_IF_MISSING"));
        REQUIRE(m_db.open());
        REQUIRE(storage::Migrations::migrate(m_db).ok());
        QSqlQuery q(m_db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO organs (id, name, level, region_code) VALUES (1, 'County AMR', "
                                      "'county', '350102'), (2, 'City AMR', 'municipal', '350100')")));
    }
    ~Office() {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Office(const Office&) = delete;
    Office& operator=(const Office&) = delete;

    QSqlDatabase& db() { return m_db; }

    // n cases with deliberate ties: 6 subject names, 9 opening dates, some cases without an open deadline.
    void fill(int n) {
        REQUIRE(m_db.transaction());
        CaseRows rows(m_db);
        for (int i = 0; i < n; ++i) {
            CaseRows::SubjectRow subject;
            subject.name = kNames.at(i % kNames.size());
            subject.identifier = QStringLiteral("91350100MA%1").arg(i, 8, 10, QLatin1Char('0'));
            const qint64 subjectId = rows.subject(subject);
            CaseRows::BasisRow basis;
            basis.documentNumber = QStringLiteral("榕市监罚〔2026〕%1号").arg(i + 1);
            basis.issuedOn = QDate(2026, 1, 5);
            const qint64 basisId = rows.basis(basis);
            CaseRows::RecordRow record;
            record.subject = subjectId;
            record.basis = basisId;
            record.decidedOn = QDate(2026, 1, 5);
            const qint64 recordId = rows.record(record);
            CaseRows::CaseRow row;
            row.record = recordId;
            row.subject = subjectId;
            row.organ = 1 + i % 2;
            row.stage = kStages.at((i * 7) % kStages.size());
            row.officer = i % 3 == 0 ? QStringLiteral("officer-a") : QStringLiteral("officer-b");
            row.listType = kListTypes.at((i * 5) % kListTypes.size());
            row.openedOn = QDate(2026, 2, 1).addDays((i * 5) % 9);
            const qint64 caseId = rows.openCase(row);
            if (i % 4 != 0)
                rows.deadline(QStringLiteral("objection-window"), caseId, row.openedOn,
                              QDate(2026, 3, 1).addDays((i * 11) % 13));
        }
        REQUIRE(m_db.commit());
    }

    QList<Expected> all() {
        QSqlQuery q(m_db);
        REQUIRE(q.exec(
            QStringLiteral("SELECT c.id, c.stage, c.officer, c.opened_on, "
                           "ifnull((SELECT min(due_on) FROM deadlines d WHERE d.case_id = c.id AND d.status = 'open'), "
                           "'9999-12-31'), s.name, c.list_type FROM cases c JOIN subjects s ON s.id = c.subject_id")));
        QList<Expected> out;
        while (q.next())
            out << Expected{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(),   q.value(4).toString(), q.value(5).toString().toUtf8(),
                            q.value(6).toString()};
        return out;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    QSqlDatabase m_db;
};

QList<qint64> expectedOrder(QList<Expected> rows, CaseSortKey key, SortDirection direction) {
    auto keyOf = [key](const Expected& e) -> QByteArray {
        switch (key) {
        case CaseSortKey::CaseNumber:
            return QByteArray();
        case CaseSortKey::OpenedOn:
            return e.opened.toUtf8();
        case CaseSortKey::NextDue:
            return e.due.toUtf8();
        case CaseSortKey::SubjectName:
            return e.name;
        case CaseSortKey::Stage:
            return stageOrder(e.stage);
        case CaseSortKey::ListType:
            return e.listType.toUtf8();
        case CaseSortKey::Officer:
            return e.officer.toUtf8();
        }
        return QByteArray();
    };
    std::sort(rows.begin(), rows.end(), [&](const Expected& a, const Expected& b) {
        const QByteArray ka = keyOf(a), kb = keyOf(b);
        if (ka != kb)
            return ka < kb;
        return a.id < b.id;
    });
    QList<qint64> ids;
    for (const auto& row : rows)
        ids << row.id;
    if (direction == SortDirection::Descending)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

QList<qint64> idsOf(const CasePage& page) {
    QList<qint64> ids;
    for (const auto& row : page.rows)
        ids << row.id;
    return ids;
}

const QList<CaseSortKey> kKeys = allCaseSortKeys();

} // namespace

TEST_CASE("Walking a case list page by page gives every case once, in order, both ways") {
    TempDir dir;
    Office office(dir.file(QStringLiteral("walk.vault")));
    office.fill(300);
    CaseQueryRunner runner(office.db());
    for (const CaseSortKey key : kKeys) {
        for (const SortDirection direction : {SortDirection::Ascending, SortDirection::Descending}) {
            DYNAMIC_SECTION("sort key " << int(key) << " direction " << int(direction)) {
                CaseQuery query;
                query.sort = key;
                query.direction = direction;
                query.pageSize = 7; // crosses every group of ties
                const QList<qint64> expected = expectedOrder(office.all(), key, direction);

                QList<qint64> forward;
                auto page = runner.firstPage(query);
                REQUIRE(page.ok());
                CHECK_FALSE(page->hasPrevious);
                int pages = 1;
                forward << idsOf(*page);
                while (page->hasNext) {
                    page = runner.pageAfter(query, page->last);
                    REQUIRE(page.ok());
                    CHECK(page->hasPrevious);
                    CHECK(page->rows.size() <= 7);
                    forward << idsOf(*page);
                    ++pages;
                }
                CHECK(forward == expected);
                CHECK(pages == (300 + 6) / 7);

                // Past the end: an empty page that still knows there is something before it.
                auto beyond = runner.pageAfter(query, page->last);
                REQUIRE(beyond.ok());
                CHECK(beyond->rows.isEmpty());
                CHECK(beyond->hasPrevious);
                CHECK_FALSE(beyond->hasNext);
                CHECK_FALSE(beyond->first.isValid());

                QList<qint64> backward;
                auto back = runner.lastPage(query);
                REQUIRE(back.ok());
                CHECK_FALSE(back->hasNext);
                CHECK(back->rows.size() == 7); // the last window is full, ending at the last case
                backward = idsOf(*back);
                while (back->hasPrevious) {
                    back = runner.pageBefore(query, back->first);
                    REQUIRE(back.ok());
                    CHECK(back->hasNext);
                    backward = idsOf(*back) + backward;
                }
                CHECK(backward == expected);
            }
        }
    }
}

TEST_CASE("Jumping to a position gives the rows at that position, reached from either end") {
    TempDir dir;
    Office office(dir.file(QStringLiteral("jump.vault")));
    office.fill(250);
    CaseQueryRunner runner(office.db());
    for (const CaseSortKey key : {CaseSortKey::CaseNumber, CaseSortKey::OpenedOn, CaseSortKey::SubjectName,
                                  CaseSortKey::Stage, CaseSortKey::ListType, CaseSortKey::Officer}) {
        for (const SortDirection direction : {SortDirection::Ascending, SortDirection::Descending}) {
            CaseQuery query;
            query.sort = key;
            query.direction = direction;
            query.pageSize = 20;
            const QList<qint64> expected = expectedOrder(office.all(), key, direction);
            for (const qint64 position : {0, 1, 19, 124, 125, 126, 200, 231, 249}) {
                auto page = runner.pageAt(query, position);
                REQUIRE(page.ok());
                const QList<qint64> slice = expected.mid(position, 20);
                CHECK(idsOf(*page) == slice);
                CHECK(page->hasPrevious == (position > 0));
                CHECK(page->hasNext == (position + 20 < 250));
            }
            auto end = runner.pageAt(query, 5000);
            REQUIRE(end.ok());
            CHECK(idsOf(*end) == expected.mid(230));
        }
    }
}

TEST_CASE("Filters select exactly the matching cases, and their counts are cached until the data changes") {
    TempDir dir;
    Office office(dir.file(QStringLiteral("filter.vault")));
    office.fill(240);
    CaseQueryRunner runner(office.db());
    const QList<Expected> all = office.all();

    auto collect = [&](const CaseQuery& query) {
        QList<qint64> ids;
        auto page = runner.firstPage(query);
        REQUIRE(page.ok());
        ids << idsOf(*page);
        while (page->hasNext) {
            page = runner.pageAfter(query, page->last);
            REQUIRE(page.ok());
            ids << idsOf(*page);
        }
        return ids;
    };
    auto expectedWhere = [&](const std::function<bool(const Expected&)>& keep, CaseSortKey key) {
        QList<Expected> kept;
        for (const auto& e : all)
            if (keep(e))
                kept << e;
        return expectedOrder(kept, key, SortDirection::Ascending);
    };

    SECTION("stage, sorted by the next deadline") {
        const auto plan = GENERATE(CaseQueryRunner::FilterPlan::Automatic, CaseQueryRunner::FilterPlan::FilterIndex,
                                   CaseQueryRunner::FilterPlan::SortIndex);
        runner.setFilterPlan(plan);
        CaseQuery query;
        query.filter.stage = CaseStage::ObjectionWindow;
        query.sort = CaseSortKey::NextDue;
        query.pageSize = 9;
        const auto expected = expectedWhere(
            [](const Expected& e) { return e.stage == QLatin1String("objection-window"); }, CaseSortKey::NextDue);
        CHECK_FALSE(expected.isEmpty());
        CHECK(collect(query) == expected);
        CHECK(*runner.count(query.filter) == expected.size());
    }
    SECTION("officer and a due date, sorted by opening date") {
        const auto plan = GENERATE(CaseQueryRunner::FilterPlan::Automatic, CaseQueryRunner::FilterPlan::FilterIndex,
                                   CaseQueryRunner::FilterPlan::SortIndex);
        runner.setFilterPlan(plan);
        CaseQuery query;
        query.filter.officer = QStringLiteral("officer-a");
        query.filter.dueOnOrBefore = QDate(2026, 3, 6);
        query.sort = CaseSortKey::OpenedOn;
        query.pageSize = 5;
        const auto expected = expectedWhere(
            [](const Expected& e) {
                return e.officer == QLatin1String("officer-a") && e.due <= QLatin1String("2026-03-06");
            },
            CaseSortKey::OpenedOn);
        CHECK_FALSE(expected.isEmpty());
        CHECK(collect(query) == expected);
        auto page = runner.firstPage(query);
        REQUIRE(page.ok());
        for (const auto& row : page->rows) {
            CHECK(row.officer == QStringLiteral("officer-a"));
            REQUIRE(row.nextDueOn.isValid());
            CHECK(row.nextDueOn <= QDate(2026, 3, 6));
        }
    }
    SECTION("text: part of a Chinese name, a document number, an identifier, a case number") {
        // Both plans: matches driving the lookups (few), and the sort index driving the page (many).
        const int threshold = GENERATE(0, 100000);
        runner.setDenseMatchThreshold(threshold);
        CaseQuery query;
        query.sort = CaseSortKey::SubjectName;
        query.pageSize = 10;
        query.filter.text = QStringLiteral("食品");
        const auto food =
            expectedWhere([](const Expected& e) { return e.name.contains("食品"); }, CaseSortKey::SubjectName);
        CHECK(food.size() == 80); // two of the six names, 240 cases
        CHECK(collect(query) == food);
        CHECK(*runner.count(query.filter) == 80);
        query.filter.stage = CaseStage::ObjectionWindow;
        query.sort = CaseSortKey::OpenedOn;
        const auto foodInWindow = expectedWhere(
            [](const Expected& e) { return e.name.contains("食品") && e.stage == QLatin1String("objection-window"); },
            CaseSortKey::OpenedOn);
        CHECK_FALSE(foodInWindow.isEmpty());
        CHECK(collect(query) == foodInWindow);
        CHECK(*runner.count(query.filter) == foodInWindow.size());
        auto at = runner.pageAt(query, 3);
        REQUIRE(at.ok());
        CHECK(idsOf(*at) == foodInWindow.mid(3, 10));
        query.filter.stage.reset();
        query.sort = CaseSortKey::SubjectName;

        query.filter.text = QStringLiteral("〔2026〕17号");
        CHECK(collect(query) == QList<qint64>{17});
        query.filter.text = QStringLiteral("91350100MA0000012");
        CHECK(collect(query).size() == 10); // MA00000120 ... MA00000129
        query.filter.text = QStringLiteral("42");
        CHECK(collect(query).contains(42));
        query.filter.text = QStringLiteral("\"*");
        CHECK(collect(query).isEmpty());
        CHECK(*runner.count(query.filter) == 0);
    }
    SECTION("an organ sorted by subject name, and a list type by opening date, with either plan, both ways") {
        const auto plan = GENERATE(CaseQueryRunner::FilterPlan::Automatic, CaseQueryRunner::FilterPlan::FilterIndex,
                                   CaseQueryRunner::FilterPlan::SortIndex);
        runner.setFilterPlan(plan);
        CaseQuery query;
        query.filter.organId = 2;
        query.sort = CaseSortKey::SubjectName;
        query.pageSize = 11;
        QSqlQuery q(office.db());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM cases WHERE organ_id = 2")));
        QSet<qint64> organTwo;
        while (q.next())
            organTwo.insert(q.value(0).toLongLong());
        const auto expected =
            expectedWhere([&](const Expected& e) { return organTwo.contains(e.id); }, CaseSortKey::SubjectName);
        CHECK(expected.size() == 120);
        CHECK(collect(query) == expected);
        auto at = runner.pageAt(query, 100);
        REQUIRE(at.ok());
        CHECK(idsOf(*at) == expected.mid(100, 11));
        auto last = runner.lastPage(query);
        REQUIRE(last.ok());
        CHECK(idsOf(*last) == expected.mid(expected.size() - 11));
        auto before = runner.pageBefore(query, last->first);
        REQUIRE(before.ok());
        CHECK(idsOf(*before) == expected.mid(expected.size() - 22, 11));
    }
    SECTION("a filter that matches nothing gives one empty page") {
        CaseQuery query;
        query.filter.listType = QStringLiteral("no-such-list");
        auto page = runner.firstPage(query);
        REQUIRE(page.ok());
        CHECK(page->rows.isEmpty());
        CHECK_FALSE(page->hasNext);
        CHECK_FALSE(page->hasPrevious);
        auto last = runner.lastPage(query);
        REQUIRE(last.ok());
        CHECK(last->rows.isEmpty());
        auto at = runner.pageAt(query, 3);
        REQUIRE(at.ok());
        CHECK(at->rows.isEmpty());
    }
    SECTION("a cached count is refreshed after a write") {
        CaseFilter filter;
        filter.stage = CaseStage::Listed;
        const qint64 before = *runner.count(filter);
        CHECK(*runner.count(filter) == before);
        QSqlQuery q(office.db());
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET stage = 'listed' WHERE stage = 'closed'")));
        const qint64 closed = q.numRowsAffected();
        REQUIRE(closed > 0);
        CHECK(*runner.count(filter) == before + closed);
    }
}

TEST_CASE("Filters in case-number order give every matching case once, with either plan, both ways") {
    TempDir dir;
    Office office(dir.file(QStringLiteral("number-order.vault")));
    office.fill(240);
    CaseQueryRunner runner(office.db());
    const QList<Expected> all = office.all();
    QSqlQuery q(office.db());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM cases WHERE organ_id = 2")));
    QSet<qint64> organTwo;
    while (q.next())
        organTwo.insert(q.value(0).toLongLong());

    struct Case {
        const char* name;
        CaseFilter filter;
        std::function<bool(const Expected&)> keep;
    };
    CaseFilter stageOfficer;
    stageOfficer.stage = CaseStage::ObjectionWindow;
    stageOfficer.officer = QStringLiteral("officer-a");
    CaseFilter due;
    due.dueOnOrBefore = QDate(2026, 3, 6);
    CaseFilter stageDue;
    stageDue.stage = CaseStage::Listed;
    stageDue.dueOnOrBefore = QDate(2026, 3, 6);
    CaseFilter organOfficer;
    organOfficer.organId = 2;
    organOfficer.officer = QStringLiteral("officer-b");
    CaseFilter officer;
    officer.officer = QStringLiteral("officer-b");
    CaseFilter organDue;
    organDue.organId = 1;
    organDue.dueOnOrBefore = QDate(2026, 3, 8);
    CaseFilter organOfficerStage = stageOfficer;
    organOfficerStage.organId = 1;
    const QList<Case> cases{
        {"officer", officer, [](const Expected& e) { return e.officer == QLatin1String("officer-b"); }},
        {"organ and due", organDue,
         [&](const Expected& e) { return !organTwo.contains(e.id) && e.due <= QLatin1String("2026-03-08"); }},
        {"organ, officer and stage", organOfficerStage,
         [&](const Expected& e) {
             return !organTwo.contains(e.id) && e.stage == QLatin1String("objection-window") &&
                    e.officer == QLatin1String("officer-a");
         }},
        {"stage and officer", stageOfficer,
         [](const Expected& e) {
             return e.stage == QLatin1String("objection-window") && e.officer == QLatin1String("officer-a");
         }},
        {"due on or before a day", due, [](const Expected& e) { return e.due <= QLatin1String("2026-03-06"); }},
        {"stage and due", stageDue,
         [](const Expected& e) { return e.stage == QLatin1String("listed") && e.due <= QLatin1String("2026-03-06"); }},
        {"organ and officer", organOfficer,
         [&](const Expected& e) { return organTwo.contains(e.id) && e.officer == QLatin1String("officer-b"); }},
    };
    const auto plan = GENERATE(CaseQueryRunner::FilterPlan::Automatic, CaseQueryRunner::FilterPlan::FilterIndex,
                               CaseQueryRunner::FilterPlan::SortIndex);
    runner.setFilterPlan(plan);
    for (const Case& c : cases) {
        DYNAMIC_SECTION(c.name << " plan " << int(plan)) {
            QList<Expected> kept;
            for (const auto& e : all)
                if (c.keep(e))
                    kept << e;
            const auto expected = expectedOrder(kept, CaseSortKey::CaseNumber, SortDirection::Ascending);
            REQUIRE(expected.size() >= 8);
            CaseQuery query;
            query.filter = c.filter;
            query.pageSize = 4;
            QList<qint64> forwards;
            auto page = runner.firstPage(query);
            REQUIRE(page.ok());
            forwards << idsOf(*page);
            while (page->hasNext) {
                page = runner.pageAfter(query, page->last);
                REQUIRE(page.ok());
                forwards << idsOf(*page);
            }
            CHECK(forwards == expected);
            QList<qint64> backwards;
            page = runner.lastPage(query);
            REQUIRE(page.ok());
            backwards = idsOf(*page) + backwards;
            while (page->hasPrevious) {
                page = runner.pageBefore(query, page->first);
                REQUIRE(page.ok());
                backwards = idsOf(*page) + backwards;
            }
            CHECK(backwards == expected);
            auto at = runner.pageAt(query, 5);
            REQUIRE(at.ok());
            CHECK(idsOf(*at) == expected.mid(5, 4));
            CHECK(*runner.count(query.filter) == expected.size());
        }
    }
}

TEST_CASE("Stage counts come from one grouped query and agree with the count of each stage") {
    TempDir dir;
    Office office(dir.file(QStringLiteral("stage-counts.vault")));
    office.fill(120);
    CaseQueryRunner runner(office.db());
    const QList<CaseStage> stages{CaseStage::NoticePrepared, CaseStage::ObjectionWindow, CaseStage::ReadyToDecide,
                                  CaseStage::ReExamination};
    for (const QString& officer : {QStringLiteral("officer-a"), QString()}) {
        CaseFilter filter;
        filter.officer = officer;
        filter.stage = CaseStage::Listed; // ignored: the stages asked for are counted
        auto counts = runner.countByStage(filter, stages);
        REQUIRE(counts.ok());
        CHECK(counts->size() == stages.size());
        CHECK(counts->value(CaseStage::ReExamination, -1) == 0); // no case at that stage, still present
        CaseQueryRunner fresh(office.db());
        for (CaseStage stage : stages) {
            CaseFilter one = filter;
            one.stage = stage;
            CHECK(counts->value(stage) == *fresh.count(one));
        }
    }
    // An officer's counts by stage are read from the (officer, stage) index alone (migration 0010).
    QSqlQuery plan(office.db());
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT c.stage, count(*) FROM cases AS c WHERE "
                                     "c.officer = 'officer-a' AND c.stage IN ('listed', 'closed') GROUP BY c.stage")));
    QString detail;
    while (plan.next())
        detail += plan.value(3).toString() + QLatin1Char('\n');
    CHECK(detail.contains(QStringLiteral("COVERING INDEX cases_officer_stage")));
}

TEST_CASE("A tuned read connection refuses to write") {
    TempDir dir;
    Office office(dir.file(QStringLiteral("tuned.vault")));
    office.fill(3);
    REQUIRE(CaseQueryRunner::tuneConnection(office.db(), 16, true).ok());
    QSqlQuery q(office.db());
    REQUIRE(q.exec(QStringLiteral("PRAGMA cache_size")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == -16 * 1024);
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE cases SET stage = 'closed'")));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM cases WHERE stage = 'closed'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1); // only the case filled as closed; nothing was written
}

TEST_CASE("Lists sorted by stage, list type or officer give every case once across pages, filtered or not") {
    TempDir dir;
    Office office(dir.file(QStringLiteral("new-keys.vault")));
    office.fill(200);
    CaseQueryRunner runner(office.db());
    const QList<Expected> all = office.all();
    QSqlQuery q(office.db());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM cases WHERE organ_id = 2")));
    QSet<qint64> organTwo;
    while (q.next())
        organTwo.insert(q.value(0).toLongLong());

    struct Case {
        const char* name;
        CaseFilter filter;
        std::function<bool(const Expected&)> keep;
    };
    CaseFilter none;
    CaseFilter organ;
    organ.organId = 2;
    CaseFilter stage; // fixes the stage: the stage order is the case number order
    stage.stage = CaseStage::Listed;
    CaseFilter officer;
    officer.officer = QStringLiteral("officer-b");
    CaseFilter listType;
    listType.listType = QStringLiteral("tax-major-violation");
    const QList<Case> cases{
        {"no filter", none, [](const Expected&) { return true; }},
        {"one organ", organ, [&](const Expected& e) { return organTwo.contains(e.id); }},
        {"one stage", stage, [](const Expected& e) { return e.stage == QLatin1String("listed"); }},
        {"one officer", officer, [](const Expected& e) { return e.officer == QLatin1String("officer-b"); }},
        {"one list type", listType,
         [](const Expected& e) { return e.listType == QLatin1String("tax-major-violation"); }},
    };
    // Plain loops, not sections: the vault is filled once for every combination.
    for (const auto plan : {CaseQueryRunner::FilterPlan::Automatic, CaseQueryRunner::FilterPlan::FilterIndex,
                            CaseQueryRunner::FilterPlan::SortIndex}) {
        runner.setFilterPlan(plan);
        for (const CaseSortKey key : {CaseSortKey::Stage, CaseSortKey::ListType, CaseSortKey::Officer}) {
            for (const SortDirection direction : {SortDirection::Ascending, SortDirection::Descending}) {
                for (const Case& c : cases) {
                    INFO(c.name << " key " << int(key) << " direction " << int(direction) << " plan " << int(plan));
                    QList<Expected> kept;
                    for (const auto& e : all)
                        if (c.keep(e))
                            kept << e;
                    const QList<qint64> expected = expectedOrder(kept, key, direction);
                    REQUIRE(expected.size() >= 12);
                    CaseQuery query;
                    query.filter = c.filter;
                    query.sort = key;
                    query.direction = direction;
                    query.pageSize = 6; // pages end inside every group of one stage, list type or officer
                    QList<qint64> forwards;
                    auto page = runner.firstPage(query);
                    REQUIRE(page.ok());
                    forwards << idsOf(*page);
                    while (page->hasNext) {
                        page = runner.pageAfter(query, page->last);
                        REQUIRE(page.ok());
                        forwards << idsOf(*page);
                    }
                    CHECK(forwards == expected);
                    QList<qint64> backwards;
                    page = runner.lastPage(query);
                    REQUIRE(page.ok());
                    backwards = idsOf(*page);
                    while (page->hasPrevious) {
                        page = runner.pageBefore(query, page->first);
                        REQUIRE(page.ok());
                        backwards = idsOf(*page) + backwards;
                    }
                    CHECK(backwards == expected);
                    auto at = runner.pageAt(query, 7);
                    REQUIRE(at.ok());
                    CHECK(idsOf(*at) == expected.mid(7, 6));
                }
            }
        }
    }
}

TEST_CASE("The stage, list type and officer orders read an index of migration 0012 and never sort the table") {
    TempDir dir;
    Office office(dir.file(QStringLiteral("new-key-plans.vault")));
    office.fill(20);
    QSqlQuery q(office.db());
    auto planOf = [&](const QString& where, const QString& key) {
        REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT c.id FROM cases AS c %1 ORDER BY %2 DESC, c.id DESC "
                                      "LIMIT 101")
                           .arg(where, key)));
        QString detail;
        while (q.next())
            detail += q.value(3).toString() + QLatin1Char('\n');
        return detail;
    };
    const QString stage = CaseQueryRunner::stageOrderExpression();
    const struct {
        QString where;
        QString key;
        QString index;
    } expected[] = {
        {QString(), stage, QStringLiteral("cases_stage_order")},
        {QString(), QStringLiteral("c.list_type"), QStringLiteral("cases_list_type_number")},
        {QString(), QStringLiteral("c.officer"), QStringLiteral("cases_officer_number")},
        {QStringLiteral("WHERE c.organ_id = 2"), stage, QStringLiteral("cases_organ_stage_order")},
        {QStringLiteral("WHERE c.organ_id = 2"), QStringLiteral("c.list_type"),
         QStringLiteral("cases_organ_list_type")},
        {QStringLiteral("WHERE c.organ_id = 2"), QStringLiteral("c.officer"), QStringLiteral("cases_organ_officer")},
        {QStringLiteral("WHERE c.officer = 'officer-a'"), stage, QStringLiteral("cases_officer_stage_order")},
        {QStringLiteral("WHERE c.officer = 'officer-a'"), QStringLiteral("c.list_type"),
         QStringLiteral("cases_officer_list_type")},
    };
    for (const auto& e : expected) {
        INFO(e.where.toStdString() << " ORDER BY " << e.key.toStdString());
        const QString detail = planOf(e.where, e.key);
        INFO(detail.toStdString());
        CHECK(detail.contains(e.index));
        CHECK_FALSE(detail.contains(QStringLiteral("TEMP B-TREE")));
    }
}

TEST_CASE("A page's days left are counted in the unit of each case's next deadline rule") {
    TempDir dir;
    Office office(dir.file(QStringLiteral("days-left.vault")));
    REQUIRE(office.db().transaction());
    CaseRows rows(office.db());
    auto openCase = [&](int n) {
        CaseRows::SubjectRow subject;
        subject.name = kNames.at(n);
        subject.identifier = QStringLiteral("91350100MA%1").arg(n, 8, 10, QLatin1Char('0'));
        CaseRows::BasisRow basis;
        basis.documentNumber = QStringLiteral("榕市监罚〔2026〕%1号").arg(n + 1);
        basis.issuedOn = QDate(2026, 1, 5);
        CaseRows::RecordRow record;
        record.subject = rows.subject(subject);
        record.basis = rows.basis(basis);
        record.decidedOn = QDate(2026, 1, 5);
        CaseRows::CaseRow row;
        row.record = rows.record(record);
        row.subject = record.subject;
        row.stage = QStringLiteral("objection-window");
        row.openedOn = QDate(2026, 2, 20);
        return rows.openCase(row);
    };
    // Seen on Friday 2026-02-27 (the vault has no holiday schedule: weekends only). Due Tuesday 2026-03-03: two
    // working days (Monday and Tuesday) but four calendar days.
    const qint64 working = openCase(0);
    rows.deadline(QStringLiteral("objection-window"), working, QDate(2026, 2, 20), QDate(2026, 3, 3));
    rows.deadline(QStringLiteral("objection-answer"), working, QDate(2026, 2, 20), QDate(2026, 3, 20));
    const qint64 calendarDays = openCase(1);
    const qint64 calendarDeadline =
        rows.deadline(QStringLiteral("objection-window"), calendarDays, QDate(2026, 2, 20), QDate(2026, 3, 3));
    const qint64 overdue = openCase(2);
    rows.deadline(QStringLiteral("objection-window"), overdue, QDate(2026, 2, 1), QDate(2026, 2, 20));
    const qint64 none = openCase(3);
    QSqlQuery q(office.db());
    REQUIRE(
        q.exec(QStringLiteral("UPDATE deadlines SET rule_mode = 'calendar-days' WHERE id = %1").arg(calendarDeadline)));
    REQUIRE(office.db().commit());

    Clock::setOverride([] { return QDateTime(QDate(2026, 2, 27), QTime(10, 0)); });
    CaseQueryRunner runner(office.db());
    CaseQuery query;
    query.sort = CaseSortKey::NextDue;
    auto page = runner.firstPage(query);
    Clock::setOverride(nullptr);
    REQUIRE(page.ok());
    REQUIRE(page->rows.size() == 4);
    QHash<qint64, CaseListRow> byId;
    for (const CaseListRow& row : page->rows)
        byId.insert(row.id, row);

    CHECK(byId.value(working).nextDueRuleMode == QStringLiteral("working-days"));
    CHECK(byId.value(working).daysLeft == calendar::DaysLeft{2, true});
    CHECK(byId.value(calendarDays).nextDueRuleMode == QStringLiteral("calendar-days"));
    CHECK(byId.value(calendarDays).daysLeft == calendar::DaysLeft{4, false});
    // Due Friday 2026-02-20, a week before: five working days late.
    CHECK(byId.value(overdue).daysLeft == calendar::DaysLeft{-5, true});
    CHECK_FALSE(byId.value(none).nextDueOn.isValid());
    CHECK(byId.value(none).nextDueRuleMode.isEmpty());
}
