// Case lists at office scale (issue 8): 1,000,000 cases with their subjects, records, basis documents and deadlines,
// written in one transaction through the vault's schema (all migrations, triggers included), once encrypted and once
// plain through the same driver. Then the service-level reads a case list and the deadline list make, each timed
// round-robin (so every query meets the page cache the others left), with SQLite's default page cache and with the
// cache size chosen for the work. Prints medians; never fails because a machine is slow.
//
//     service_bench [--cases N] [--runs N] [--cache-mib N] [--no-plain] [--dir DIR]
//
// --dir keeps the generated databases in DIR and reuses them on the next run (generation takes minutes).
// Targets of issue 8: first page (filtered and unfiltered) < 50 ms, any page < 100 ms, deadlines --within 7 < 50 ms,
// --overdue < 200 ms, case show < 10 ms.

#include "CaseWorkflowBenchAccess.h"
#include "TempDir.h"
#include "service/CaseActions.h"
#include "service/CaseQueryRunner.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"
#include "storage/Vault.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/DeadlineRegister.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>
#include <sqlcipher/sqlite3.h>
#include <vector>

using namespace creditcase;
using service::CaseQuery;
using service::CaseQueryRunner;
using service::CaseSortKey;
using service::SortDirection;
using storage::SqlCipherDriver;

namespace {

QTextStream out(stdout);

// Bench only, as in storage_bench: the production driver without its key, so that the figures compare the same code
// with and without encryption. Production code has no way to reach a plaintext database.
class PlaintextBenchDriver : public SqlCipherDriver {
protected:
    OpenFailure applyKey(sqlite3*, QString*) override { return OpenFailure::None; }
    OpenFailure proveEncryption(sqlite3* db, QString* error) override { return checkReadable(db, error); }
};

enum class Variant { Encrypted, Plain };

struct Settings {
    int cases = 1000000;
    int runs = 7;
    int cacheMiB = storage::Vault::kDefaultPageCacheKiB / 1024; // what a vault connection uses
    bool plain = true;
    QString dir;
};

const QDate kToday(2026, 6, 1);

[[noreturn]] void die(const QString& what, const QString& error) {
    out << "service_bench: " << what << ": " << error << Qt::endl;
    std::exit(1);
}

class Connection {
public:
    Connection(Variant variant, const QString& path, bool create)
        : m_name(QStringLiteral("service-bench-%1").arg(++s_counter)) {
        SqlCipherDriver* driver = variant == Variant::Plain ? new PlaintextBenchDriver : new SqlCipherDriver;
        driver->setRawKey(QByteArray(32, '\x42'));
        m_db = QSqlDatabase::addDatabase(driver, m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(create ? QStringLiteral("CREATE_IF_MISSING;WAL") : QStringLiteral("WAL"));
        if (!m_db.open())
            die(QStringLiteral("open ") + path, m_db.lastError().text());
    }
    ~Connection() {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase& db() { return m_db; }
    void run(const QString& sql) {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            die(sql, q.lastError().text());
    }
    qint64 scalar(const QString& sql) {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            die(sql, q.lastError().text());
        return q.value(0).toLongLong();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    QSqlDatabase m_db;
};

// Synthetic but shaped like an office's data: enterprise names of a place, a two-character core, a trade and a
// form ("福州瑞丰食品有限公司"), some individuals; ten years of cases, most of them finished; open deadlines around
// today for the cases in progress and list expiries ahead for the listed ones.
const QStringList kPlaces{
    QStringLiteral("福州"), QStringLiteral("厦门"), QStringLiteral("泉州"), QStringLiteral("漳州"),
    QStringLiteral("莆田"), QStringLiteral("三明"), QStringLiteral("南平"), QStringLiteral("龙岩"),
    QStringLiteral("宁德"), QStringLiteral("平潭"), QStringLiteral("榕城"), QStringLiteral("鼓楼"),
    QStringLiteral("台江"), QStringLiteral("仓山"), QStringLiteral("晋安"), QStringLiteral("马尾"),
    QStringLiteral("长乐"), QStringLiteral("闽侯"), QStringLiteral("连江"), QStringLiteral("罗源")};
const QString kCoreChars = QStringLiteral("瑞丰祥和兴隆昌盛鑫源宏达恒通永安嘉华新宇金鼎汇聚博远正德顺发泰康"
                                          "明辉光耀天成锦绣润泽富强诚信伟业佳美荣盛百川海纳广厦建业创新志远"
                                          "同心众合联合利民惠民益民东方南方北方中天");
const QStringList kTrades{QStringLiteral("食品"), QStringLiteral("建材"), QStringLiteral("物流"),
                          QStringLiteral("商贸"), QStringLiteral("科技"), QStringLiteral("餐饮"),
                          QStringLiteral("服装"), QStringLiteral("电子"), QStringLiteral("医药"),
                          QStringLiteral("建筑"), QStringLiteral("运输"), QStringLiteral("环保")};
const QStringList kForms{QStringLiteral("有限公司"), QStringLiteral("有限责任公司"), QStringLiteral("商行"),
                         QStringLiteral("经营部"), QStringLiteral("厂")};
const QString kSurnames = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐");
const QStringList kListTypes{QStringLiteral("samr-serious-illegal"), QStringLiteral("court-dishonest-judgment-debtor"),
                             QStringLiteral("tax-major-violation"), QStringLiteral("safety-production-dishonest"),
                             QStringLiteral("customs-dishonest")};
struct StageShare {
    const char* stage;
    int percent;
};
const StageShare kStages[] = {{"listed", 35},          {"expired", 28},        {"closed", 8},
                              {"removed", 5},          {"notice-prepared", 5}, {"objection-window", 6},
                              {"objection-review", 3}, {"ready-to-decide", 5}, {"re-examination", 3},
                              {"re-examined", 2}};

QString pickStage(quint32 roll) {
    int acc = 0;
    for (const auto& share : kStages) {
        acc += share.percent;
        if (int(roll % 100) < acc)
            return QString::fromLatin1(share.stage);
    }
    return QStringLiteral("listed");
}

QString subjectName(QRandomGenerator& random, bool individual) {
    if (individual)
        return QString(kSurnames.at(random.bounded(kSurnames.size()))) +
               kCoreChars.at(random.bounded(kCoreChars.size())) +
               (random.bounded(2) ? QString(kCoreChars.at(random.bounded(kCoreChars.size()))) : QString());
    return kPlaces.at(random.bounded(kPlaces.size())) + kCoreChars.at(random.bounded(kCoreChars.size())) +
           kCoreChars.at(random.bounded(kCoreChars.size())) + kTrades.at(random.bounded(kTrades.size())) +
           kForms.at(random.bounded(kForms.size()));
}

QString iso(QDate d) {
    return d.toString(Qt::ISODate);
}

void prepare(QSqlQuery& q, const QString& sql) {
    if (!q.prepare(sql))
        die(sql, q.lastError().text());
}

void exec(QSqlQuery& q, const QVariantList& values) {
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        die(q.lastQuery(), q.lastError().text());
}

double populate(Variant variant, const QString& path, int cases) {
    Connection c(variant, path, true);
    // Written at schema version 4 and then migrated, as an office's vault would be: the bulk insert does not pay
    // for the case list's triggers row by row, and the migration's own cost at this size is measured.
    if (Status migrated = storage::Migrations::migrate(c.db(), 4); !migrated)
        die(QStringLiteral("migrate"), migrated.error().message);
    c.run(QStringLiteral("PRAGMA cache_size = -1048576"));
    QElapsedTimer timer;
    timer.start();
    c.run(QStringLiteral("BEGIN"));
    for (int organ = 1; organ <= 50; ++organ)
        c.run(QStringLiteral("INSERT INTO organs (id, name, level, region_code) VALUES (%1, 'organ %1', 'county', "
                             "'35%2')")
                  .arg(organ)
                  .arg(organ, 4, 10, QLatin1Char('0')));
    QSqlQuery subject(c.db()), basis(c.db()), record(c.db()), theCase(c.db()), deadline(c.db());
    prepare(subject, QStringLiteral("INSERT INTO subjects (id, kind, name, identifier, identifier_kind, created_at, "
                                    "created_by) VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', 'bench')"));
    prepare(basis, QStringLiteral("INSERT INTO basis_documents (id, kind, document_number, issuing_organ, issued_on, "
                                  "effective_on, legally_effective, created_at, created_by) VALUES (?, "
                                  "'administrative-penalty-decision', ?, 'County AMR', ?, ?, 1, "
                                  "'2026-01-01T00:00:00Z', 'bench')"));
    prepare(record, QStringLiteral("INSERT INTO credit_records (id, subject_id, catalog_item, catalog_edition, "
                                   "basis_id, severity, decided_on, rule_editions, created_at, created_by) VALUES "
                                   "(?, ?, 'administrative-penalty-legal-person', '2024', ?, 'serious', ?, '', "
                                   "'2026-01-01T00:00:00Z', 'bench')"));
    prepare(theCase, QStringLiteral("INSERT INTO cases (id, record_id, subject_id, list_type, scope_category, stage, "
                                    "officer, organ_id, opened_on, created_at, updated_at) VALUES (?, ?, ?, ?, "
                                    "'market-competition', ?, ?, ?, ?, '2026-01-01T00:00:00Z', "
                                    "'2026-01-01T00:00:00Z')"));
    prepare(deadline, QStringLiteral("INSERT INTO deadlines (kind, case_id, subject_id, trigger_on, rule_count, "
                                     "rule_mode, calendar_version, due_on, source, status, created_at) VALUES (?, ?, "
                                     "?, ?, 10, 'working-days', 'bench', ?, 'bench', ?, '2026-01-01T00:00:00Z')"));
    QRandomGenerator random(20260601);
    for (int i = 1; i <= cases; ++i) {
        const bool individual = random.bounded(10) == 0;
        const QDate opened = kToday.addDays(-qint64(random.bounded(3650)));
        exec(subject, {i, individual ? QStringLiteral("individual") : QStringLiteral("enterprise"),
                       subjectName(random, individual),
                       individual ? QStringLiteral("35010219%1").arg(i, 10, 10, QLatin1Char('0'))
                                  : QStringLiteral("91350100MA%1").arg(i, 8, 10, QLatin1Char('0')),
                       individual ? QStringLiteral("resident-id") : QStringLiteral("uscc")});
        const QDate decided = opened.addDays(-qint64(random.bounded(30)));
        exec(basis,
             {i, QStringLiteral("%1市监罚〔%2〕%3号").arg(kPlaces.at(i % kPlaces.size())).arg(decided.year()).arg(i),
              iso(decided), iso(decided)});
        exec(record, {i, i, i, iso(decided)});
        const QString stage = pickStage(random.generate());
        exec(theCase, {i, i, i, kListTypes.at(random.bounded(kListTypes.size())), stage,
                       QStringLiteral("officer-%1").arg(random.bounded(200), 3, 10, QLatin1Char('0')),
                       1 + random.bounded(50), iso(opened)});
        const bool inProgress = stage != QLatin1String("listed") && stage != QLatin1String("expired") &&
                                stage != QLatin1String("closed") && stage != QLatin1String("removed");
        // Every case had its notice served (met); cases in progress owe something around today; listed cases
        // run until their list expiry.
        exec(deadline, {QStringLiteral("notice-service"), i, i, iso(opened), iso(opened.addDays(14)),
                        inProgress && stage == QLatin1String("notice-prepared") ? QStringLiteral("open")
                                                                                : QStringLiteral("met")});
        if (inProgress && stage != QLatin1String("notice-prepared"))
            exec(deadline, {QStringLiteral("objection-answer"), i, i, iso(opened),
                            iso(kToday.addDays(qint64(random.bounded(90)) - 45)), QStringLiteral("open")});
        if (stage == QLatin1String("listed"))
            exec(deadline, {QStringLiteral("list-expiry"), i, i, iso(opened),
                            iso(kToday.addDays(qint64(random.bounded(1100)) - 5)), QStringLiteral("open")});
        if (i % 100000 == 0) {
            out << "  " << i << " cases, " << timer.elapsed() / 1000 << " s" << Qt::endl;
        }
    }
    c.run(QStringLiteral("COMMIT"));
    c.run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out << "  inserted in " << timer.elapsed() / 1000 << " s; migrating to the latest schema" << Qt::endl;
    QElapsedTimer migration;
    migration.start();
    if (Status migrated = storage::Migrations::migrate(c.db()); !migrated)
        die(QStringLiteral("migrate"), migrated.error().message);
    out << "  migration to schema " << storage::Migrations::latestVersion() << ": "
        << QString::number(double(migration.elapsed()) / 1000.0, 'f', 1) << " s" << Qt::endl;
    c.run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    // No ANALYZE: a vault in use has no sqlite_stat1 either, so the planner here decides as it would there.
    return double(timer.elapsed()) / 1000.0;
}

struct Measure {
    QString name;
    std::function<qint64()> run; // returns the number of rows it produced (printed, and keeps the work honest)
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// name -> column -> median ms
using Table = QMap<QString, QMap<QString, double>>;

void measure(Variant variant, const QString& path, int cacheMiB, const Settings& settings, const QString& column,
             Table& table, QStringList& order, QMap<QString, qint64>& rowsOf) {
    Connection c(variant, path, false);
    if (Status tuned = CaseQueryRunner::tuneConnection(c.db(), cacheMiB, true); !tuned)
        die(QStringLiteral("tune"), tuned.error().message);
    CaseQueryRunner runner(c.db());
    CaseQueryRunner counter(c.db());
    const qint64 total = c.scalar(QStringLiteral("SELECT max(id) FROM cases"));

    auto page = [&](CaseQuery q) {
        return [&runner, q]() -> qint64 {
            auto p = runner.firstPage(q);
            if (!p)
                die(QStringLiteral("first page"), p.error().message);
            return p->rows.size();
        };
    };
    auto last = [&](CaseQuery q) {
        return [&runner, q]() -> qint64 {
            auto p = runner.lastPage(q);
            if (!p)
                die(QStringLiteral("last page"), p.error().message);
            return p->rows.size();
        };
    };
    auto at = [&](CaseQuery q, qint64 position) {
        return [&runner, q, position]() -> qint64 {
            auto p = runner.pageAt(q, position);
            if (!p)
                die(QStringLiteral("page at"), p.error().message);
            return p->rows.isEmpty() ? 0 : p->rows.first().id;
        };
    };
    auto next = [&](CaseQuery q) {
        // The page after the first one, from its cursor (what scrolling does).
        auto first = runner.firstPage(q);
        if (!first)
            die(QStringLiteral("first page"), first.error().message);
        const service::CaseCursor cursor = first->last;
        return [&runner, q, cursor]() -> qint64 {
            auto p = runner.pageAfter(q, cursor);
            if (!p)
                die(QStringLiteral("next page"), p.error().message);
            return p->rows.size();
        };
    };
    // A runner of its own, so that forgetting its counts leaves the list runner's cache alone.
    auto uncachedCount = [&](service::CaseFilter f) {
        return [&counter, f]() -> qint64 {
            counter.forgetCounts();
            auto n = counter.count(f);
            if (!n)
                die(QStringLiteral("count"), n.error().message);
            return *n;
        };
    };

    CaseQuery byNumber;
    CaseQuery newest;
    newest.sort = CaseSortKey::OpenedOn;
    newest.direction = SortDirection::Descending;
    CaseQuery objectionWindow;
    objectionWindow.filter.stage = domain::CaseStage::ObjectionWindow;
    objectionWindow.sort = CaseSortKey::NextDue;
    CaseQuery officer;
    officer.filter.officer = QStringLiteral("officer-042");
    officer.sort = CaseSortKey::OpenedOn;
    officer.direction = SortDirection::Descending;
    CaseQuery organ;
    organ.filter.organId = 17;
    organ.sort = CaseSortKey::SubjectName;
    CaseQuery listType;
    listType.filter.listType = QStringLiteral("tax-major-violation");
    listType.sort = CaseSortKey::OpenedOn;
    listType.direction = SortDirection::Descending;
    CaseQuery byName;
    byName.sort = CaseSortKey::SubjectName;
    CaseQuery rareText = newest;
    rareText.filter.text = QStringLiteral("瑞丰食品");
    CaseQuery coreText = newest;
    coreText.filter.text = QStringLiteral("瑞丰");
    CaseQuery commonText = newest;
    commonText.filter.text = QStringLiteral("食品");
    CaseQuery identifierText;
    identifierText.filter.text = QStringLiteral("91350100MA0050000");
    CaseQuery documentText;
    documentText.filter.text = QStringLiteral("〕777777号");
    // The orders of migration 0012: the whole vault and one organ (a county officer's default list).
    CaseQuery byStage;
    byStage.sort = CaseSortKey::Stage;
    CaseQuery byListType;
    byListType.sort = CaseSortKey::ListType;
    byListType.direction = SortDirection::Descending;
    CaseQuery byOfficer;
    byOfficer.sort = CaseSortKey::Officer;
    CaseQuery organByStage = byStage;
    organByStage.filter.organId = 17;
    CaseQuery organByListType = byListType;
    organByListType.filter.organId = 17;
    CaseQuery organByOfficer = byOfficer;
    organByOfficer.filter.organId = 17;
    CaseQuery officerByStage = byStage;
    officerByStage.filter.officer = QStringLiteral("officer-042");
    CaseQuery stageByOfficer = byOfficer;
    stageByOfficer.filter.stage = domain::CaseStage::ObjectionWindow;
    service::CaseFilter overdueCases;
    overdueCases.dueOnOrBefore = kToday.addDays(-1);

    QRandomGenerator random(7);
    const QList<Measure> measures{
        {QStringLiteral("first page, all, by case number"), page(byNumber)},
        {QStringLiteral("first page, all, newest opened first"), page(newest)},
        {QStringLiteral("next page (keyset), newest first"), next(newest)},
        {QStringLiteral("first page, stage objection-window, by next due"), page(objectionWindow)},
        {QStringLiteral("first page, one officer, newest first"), page(officer)},
        {QStringLiteral("first page, all, by subject name"), page(byName)},
        {QStringLiteral("first page, one organ, by subject name"), page(organ)},
        {QStringLiteral("first page, one list type, newest first"), page(listType)},
        {QStringLiteral("page at 10,000, one organ, by subject name"), at(organ, 10000)},
        {QStringLiteral("first page, all, by stage"), page(byStage)},
        {QStringLiteral("first page, all, by list type (descending)"), page(byListType)},
        {QStringLiteral("first page, all, by officer"), page(byOfficer)},
        {QStringLiteral("next page (keyset), all, by stage"), next(byStage)},
        {QStringLiteral("last page, all, by officer"), last(byOfficer)},
        {QStringLiteral("first page, one organ, by stage"), page(organByStage)},
        {QStringLiteral("first page, one organ, by list type (descending)"), page(organByListType)},
        {QStringLiteral("first page, one organ, by officer"), page(organByOfficer)},
        {QStringLiteral("page at 10,000, one organ, by officer"), at(organByOfficer, 10000)},
        {QStringLiteral("first page, one officer, by stage"), page(officerByStage)},
        {QStringLiteral("first page, stage objection-window, by officer"), page(stageByOfficer)},
        {QStringLiteral("search \"瑞丰食品\" (name part), first page"), page(rareText)},
        {QStringLiteral("search \"瑞丰\" (name part), first page"), page(coreText)},
        {QStringLiteral("search \"食品\" (common word), first page"), page(commonText)},
        {QStringLiteral("search identifier prefix, first page"), page(identifierText)},
        {QStringLiteral("search document number part, first page"), page(documentText)},
        {QStringLiteral("last page, all, by case number"), last(byNumber)},
        {QStringLiteral("last page, all, newest first"), last(newest)},
        {QStringLiteral("page at 900,000, by case number"), at(byNumber, qint64(total) * 9 / 10)},
        {QStringLiteral("page at 900,000, newest first"), at(newest, qint64(total) * 9 / 10)},
        {QStringLiteral("page at 500,000, newest first (worst)"), at(newest, qint64(total) / 2)},
        {QStringLiteral("count, all (uncached)"), uncachedCount({})},
        {QStringLiteral("count, stage objection-window (uncached)"), uncachedCount(objectionWindow.filter)},
        {QStringLiteral("count, cases with an overdue deadline (uncached)"), uncachedCount(overdueCases)},
        {QStringLiteral("count, search \"食品\" (uncached)"), uncachedCount(commonText.filter)},
        {QStringLiteral("count, all (cached)"),
         [&runner]() -> qint64 { return runner.count({}).ok() ? *runner.count({}) : -1; }},
        {QStringLiteral("deadlines --within 7, first 50 (DeadlineRegister::due)"),
         [&c]() -> qint64 {
             workflow::DeadlineRegister::Query q;
             q.asOf = kToday;
             q.within = 7;
             q.limit = 50;
             auto due = workflow::DeadlineRegister::due(c.db(), q);
             if (!due)
                 die(QStringLiteral("due"), due.error().message);
             return due->size();
         }},
        {QStringLiteral("deadlines --overdue, first 50 (DeadlineRegister::due)"),
         [&c]() -> qint64 {
             workflow::DeadlineRegister::Query q;
             q.asOf = kToday;
             q.overdue = true;
             q.limit = 50;
             auto due = workflow::DeadlineRegister::due(c.db(), q);
             if (!due)
                 die(QStringLiteral("due"), due.error().message);
             return due->size();
         }},
        {QStringLiteral("deadlines --within 7, one organ's, first 50 (scoped)"),
         [&c]() -> qint64 {
             workflow::DeadlineRegister::Query q;
             q.asOf = kToday;
             q.within = 7;
             q.limit = 50;
             q.scope = workflow::DeadlineRegister::Scope{{17}, {}};
             auto due = workflow::DeadlineRegister::due(c.db(), q);
             if (!due)
                 die(QStringLiteral("due"), due.error().message);
             return due->size();
         }},
        {QStringLiteral("deadlines --overdue, one organ's, first 50 (scoped)"),
         [&c]() -> qint64 {
             workflow::DeadlineRegister::Query q;
             q.asOf = kToday;
             q.overdue = true;
             q.limit = 50;
             q.scope = workflow::DeadlineRegister::Scope{{17}, {}};
             auto due = workflow::DeadlineRegister::due(c.db(), q);
             if (!due)
                 die(QStringLiteral("due"), due.error().message);
             return due->size();
         }},
        {QStringLiteral("deadlines --overdue, count"),
         [&c]() -> qint64 {
             return c.scalar(QStringLiteral("SELECT count(*) FROM deadlines WHERE status = 'open' AND due_on < '%1'")
                                 .arg(iso(kToday)));
         }},
        {QStringLiteral("case show: reading the case file (show() adds one inquiry-register write)"),
         [&c, &random, total]() -> qint64 {
             auto file = workflow::CaseWorkflowBenchAccess::read(c.db(), 1 + random.bounded(total));
             if (!file)
                 die(QStringLiteral("read"), file.error().message);
             return file->deadlines.size();
         }},
        {QStringLiteral("case actions, random case (the table's part; the trials need a vault)"),
         [&c, &random, total]() -> qint64 {
             auto loaded = workflow::CaseWorkflow::load(c.db(), 1 + random.bounded(total));
             if (!loaded)
                 die(QStringLiteral("actions"), loaded.error().message);
             return service::CaseActions::forStage(domain::Role::Supervisor, loaded->stage).size();
         }},
    };
    QMap<QString, std::vector<double>> times;
    for (int run = 0; run < settings.runs; ++run) {
        for (const Measure& m : measures) {
            QElapsedTimer timer;
            timer.start();
            const qint64 rows = m.run();
            times[m.name].push_back(double(timer.nsecsElapsed()) / 1e6);
            rowsOf[m.name] = rows;
        }
    }
    for (const Measure& m : measures) {
        table[m.name][column] = median(times[m.name]);
        if (!order.contains(m.name))
            order << m.name;
    }
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    Settings settings;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto value = [&]() {
            if (i + 1 >= args.size())
                die(a, QStringLiteral("needs a value"));
            return args.at(++i);
        };
        if (a == QLatin1String("--cases"))
            settings.cases = value().toInt();
        else if (a == QLatin1String("--runs"))
            settings.runs = std::max(1, value().toInt());
        else if (a == QLatin1String("--cache-mib"))
            settings.cacheMiB = value().toInt();
        else if (a == QLatin1String("--no-plain"))
            settings.plain = false;
        else if (a == QLatin1String("--dir"))
            settings.dir = value();
        else
            die(a,
                QStringLiteral("unknown option; use [--cases N] [--runs N] [--cache-mib N] [--no-plain] [--dir DIR]"));
    }
    std::unique_ptr<test::TempDir> temp;
    QString dir = settings.dir;
    if (dir.isEmpty()) {
        temp = std::make_unique<test::TempDir>();
        dir = temp->path();
    }
    QDir().mkpath(dir);

    QList<Variant> variants{Variant::Encrypted};
    if (settings.plain)
        variants << Variant::Plain;
    Table table;
    QStringList order;
    QMap<QString, qint64> rowsOf;
    QStringList columns;
    for (const Variant variant : variants) {
        const QString label = variant == Variant::Encrypted ? QStringLiteral("enc") : QStringLiteral("plain");
        const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.db").arg(label).arg(settings.cases));
        if (!QFileInfo::exists(path)) {
            out << "Generating " << settings.cases << " cases (" << label << ") in " << path << Qt::endl;
            const double seconds = populate(variant, path, settings.cases);
            out << "  done in " << QString::number(seconds, 'f', 1) << " s, "
                << QString::number(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 'f', 0) << " MiB" << Qt::endl;
        } else {
            out << "Reusing " << path << " ("
                << QString::number(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 'f', 0) << " MiB)" << Qt::endl;
            // A database kept from an earlier run is brought to the latest schema first, timed like a vault's.
            Connection c(variant, path, false);
            c.run(QStringLiteral("PRAGMA cache_size = -1048576"));
            const auto current = storage::Migrations::currentVersion(c.db());
            const int from = current ? *current : 0;
            if (from < storage::Migrations::latestVersion()) {
                QElapsedTimer timer;
                timer.start();
                if (Status migrated = storage::Migrations::migrate(c.db()); !migrated)
                    die(QStringLiteral("migrate"), migrated.error().message);
                out << "  migration from schema " << from << " to " << storage::Migrations::latestVersion() << ": "
                    << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s" << Qt::endl;
            }
        }
        for (const int cache : {0, settings.cacheMiB}) {
            const QString column = label + (cache ? QStringLiteral(" %1M").arg(cache) : QStringLiteral(" default"));
            out << "Measuring " << column << " (" << settings.runs << " runs)" << Qt::endl;
            measure(variant, path, cache, settings, column, table, order, rowsOf);
            columns << column;
        }
    }

    out << Qt::endl
        << "Median ms over " << settings.runs << " round-robin runs, " << settings.cases
        << " cases; default = SQLite's page cache (2 MiB), " << settings.cacheMiB << "M = PRAGMA cache_size"
        << Qt::endl;
    out << QStringLiteral("%1").arg(QStringLiteral("query"), -58);
    for (const QString& column : columns)
        out << QStringLiteral("%1").arg(column, 12);
    if (settings.plain)
        out << QStringLiteral("%1%2")
                   .arg(QStringLiteral("ratio def"), 11)
                   .arg(QStringLiteral("ratio %1M").arg(settings.cacheMiB), 11);
    out << QStringLiteral("%1").arg(QStringLiteral("rows"), 9) << Qt::endl;
    for (const QString& name : order) {
        out << QStringLiteral("%1").arg(name, -58);
        for (const QString& column : columns)
            out << QStringLiteral("%1").arg(table[name][column], 12, 'f', 2);
        if (settings.plain) {
            for (const QString& cache : {QStringLiteral("default"), QStringLiteral("%1M").arg(settings.cacheMiB)}) {
                const double enc = table[name][QStringLiteral("enc ") + cache];
                const double plain = table[name][QStringLiteral("plain ") + cache];
                out << QStringLiteral("%1").arg(plain > 0 ? enc / plain : 0, 11, 'f', 2);
            }
        }
        out << QStringLiteral("%1").arg(rowsOf.value(name), 9) << Qt::endl;
    }
    return 0;
}
