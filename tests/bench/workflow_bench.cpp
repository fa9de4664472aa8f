// Case work at office scale: a vault with 200,000 cases (synthetic rows inserted through SQL in one transaction),
// then the real DeadlineRegister query behind `deadlines --within 7` and the real `case show` service call (which
// registers its inquiry in a transaction of its own). Prints figures; never fails because a machine is slow.
//
//     workflow_bench [--cases N] [--runs N] [--cli]
//
// Targets from issue 4: `deadlines --within 7` under 100 ms, `case show` under 20 ms. With --cli the two commands are
// also timed end to end through creditcase-cli (process start, cheapest Argon2id unlock, printing).

#include "CaseWorkflowBenchAccess.h"
#include "CliRunner.h"
#include "Clock.h"
#include "TempDir.h"
#include "TestVault.h"
#include "crypto/KdfParams.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/DeadlineRegister.h"
#include "workflow/UserAdministration.h"
#include "workflow/WorkflowContext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace creditcase;

namespace {

QTextStream out(stdout);

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, static_cast<std::size_t>(p * values.size()))];
}

bool exec(QSqlQuery& q) {
    if (!q.exec()) {
        out << "SQL failed: " << q.lastError().text() << Qt::endl;
        return false;
    }
    return true;
}

// Subjects, basis documents, records, cases (a spread of stages), notices, decisions and their deadlines.
bool populate(storage::Vault& vault, int cases, const QString& officer, qint64 organId) {
    return vault
        .transact([&](QSqlDatabase& db) -> Status {
            QSqlQuery subject(db), basis(db), record(db), theCase(db), notice(db), decision(db), deadline(db);
            subject.prepare(QStringLiteral("INSERT INTO subjects (id, kind, name, identifier, identifier_kind, "
                                           "address, legal_representative, created_at, created_by) VALUES (?, "
                                           "'enterprise', ?, ?, 'uscc', '', '', '2025-01-01T00:00:00Z', ?)"));
            basis.prepare(QStringLiteral("INSERT INTO basis_documents (id, kind, document_number, issuing_organ, "
                                         "issued_on, effective_on, legally_effective, created_at, created_by) VALUES "
                                         "(?, 'administrative-penalty-decision', ?, 'County AMR', ?, ?, 1, "
                                         "'2025-01-01T00:00:00Z', ?)"));
            record.prepare(QStringLiteral(
                "INSERT INTO credit_records (id, subject_id, catalog_item, catalog_edition, basis_id, severity, "
                "sector, facts, decided_on, disclosure_regime, disclosed, disclosure_max_until, rule_editions, "
                "created_at, created_by) VALUES (?, ?, 'administrative-penalty-legal-person', '2024', ?, 'serious', "
                "'market-regulation', 'synthetic', ?, 'ndrc-order-58', 1, ?, '', '2025-01-01T00:00:00Z', ?)"));
            theCase.prepare(QStringLiteral(
                "INSERT INTO cases (id, record_id, subject_id, list_type, scope_category, stage, officer, organ_id, "
                "opened_on, notice_served_on, decided_on, decided_by, listed_until, rule_editions, created_at, "
                "updated_at) VALUES (?, ?, ?, 'samr-serious-illegal', 'public-health-safety', ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"));
            notice.prepare(QStringLiteral("INSERT INTO notices (case_id, prepared_on, prepared_by, served_on, "
                                          "chain_seq, chain_hash) VALUES (?, ?, ?, ?, 1, ?)"));
            decision.prepare(QStringLiteral(
                "INSERT INTO decisions (case_id, decided_on, decided_by, term_id, listed_from, listed_until, "
                "rule_editions, reason, citations, chain_seq, chain_hash, created_at) VALUES (?, ?, 'zhao.sup', "
                "'three-years', ?, ?, '', 'synthetic', '', 1, ?, '2025-01-01T00:00:00Z')"));
            deadline.prepare(QStringLiteral(
                "INSERT INTO deadlines (kind, case_id, record_id, subject_id, trigger_on, rule_count, rule_mode, "
                "calendar_version, due_on, provisional, source, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "'2025:2025.1,2026:2026.1', ?, 0, 'synthetic', ?, '2025-01-01T00:00:00Z')"));
            const QString hash(64, QLatin1Char('a'));
            auto* random = QRandomGenerator::global();
            const QDate first(2023, 1, 2);
            for (int i = 1; i <= cases; ++i) {
                const QDate decided = first.addDays(random->bounded(3 * 365));
                const QString decidedIso = decided.toString(Qt::ISODate);
                const QString until = decided.addYears(3).toString(Qt::ISODate);
                const bool listed = i % 5 != 0;
                subject.addBindValue(i);
                subject.addBindValue(QStringLiteral("Synthetic Enterprise %1").arg(i));
                subject.addBindValue(QStringLiteral("SYN%1").arg(i, 15, 10, QLatin1Char('0')));
                subject.addBindValue(officer);
                basis.addBindValue(i);
                basis.addBindValue(QStringLiteral("AMR Penalty No. %1").arg(i));
                basis.addBindValue(decided.addDays(-60).toString(Qt::ISODate));
                basis.addBindValue(decided.addDays(-30).toString(Qt::ISODate));
                basis.addBindValue(officer);
                record.addBindValue(i);
                record.addBindValue(i);
                record.addBindValue(i);
                record.addBindValue(decided.addDays(-60).toString(Qt::ISODate));
                record.addBindValue(decided.addDays(-60).addYears(3).toString(Qt::ISODate));
                record.addBindValue(officer);
                theCase.addBindValue(i);
                theCase.addBindValue(i);
                theCase.addBindValue(i);
                theCase.addBindValue(listed ? QStringLiteral("listed") : QStringLiteral("objection-window"));
                theCase.addBindValue(officer);
                theCase.addBindValue(organId);
                theCase.addBindValue(decided.addDays(-20).toString(Qt::ISODate));
                theCase.addBindValue(decided.addDays(-15).toString(Qt::ISODate));
                theCase.addBindValue(listed ? QVariant(decidedIso) : QVariant(QMetaType::fromType<QString>()));
                theCase.addBindValue(listed ? QVariant(QStringLiteral("zhao.sup"))
                                            : QVariant(QMetaType::fromType<QString>()));
                theCase.addBindValue(listed ? QVariant(until) : QVariant(QMetaType::fromType<QString>()));
                theCase.addBindValue(QStringLiteral(""));
                notice.addBindValue(i);
                notice.addBindValue(decided.addDays(-20).toString(Qt::ISODate));
                notice.addBindValue(officer);
                notice.addBindValue(decided.addDays(-15).toString(Qt::ISODate));
                notice.addBindValue(hash);
                if (!exec(subject) || !exec(basis) || !exec(record) || !exec(theCase) || !exec(notice))
                    return Error::failure(QStringLiteral("populate"));
                if (listed) {
                    decision.addBindValue(i);
                    decision.addBindValue(decidedIso);
                    decision.addBindValue(decidedIso);
                    decision.addBindValue(until);
                    decision.addBindValue(hash);
                    if (!exec(decision))
                        return Error::failure(QStringLiteral("populate"));
                }
                // The case's own deadline (met objection window for listed cases, then the open expiry), and the
                // record's disclosure end.
                const auto addDeadline = [&](const char* kind, qint64 caseId, qint64 recordId, const QString& trigger,
                                             int count, const char* mode, const QString& due, const char* status) {
                    deadline.addBindValue(QString::fromLatin1(kind));
                    deadline.addBindValue(caseId ? QVariant(caseId) : QVariant(QMetaType::fromType<qint64>()));
                    deadline.addBindValue(recordId ? QVariant(recordId) : QVariant(QMetaType::fromType<qint64>()));
                    deadline.addBindValue(i);
                    deadline.addBindValue(trigger);
                    deadline.addBindValue(count);
                    deadline.addBindValue(QString::fromLatin1(mode));
                    deadline.addBindValue(due);
                    deadline.addBindValue(QString::fromLatin1(status));
                    return exec(deadline);
                };
                const QString served = decided.addDays(-15).toString(Qt::ISODate);
                bool okay = addDeadline("objection-window", i, 0, served, 5, "working-days",
                                        decided.addDays(-8).toString(Qt::ISODate), listed ? "met" : "open");
                if (listed)
                    okay = okay && addDeadline("list-expiry", i, 0, decidedIso, 3, "years", until, "open");
                okay = okay && addDeadline("disclosure-maximum", 0, i, decided.addDays(-60).toString(Qt::ISODate), 3,
                                           "years", decided.addDays(-60).addYears(3).toString(Qt::ISODate), "open");
                if (!okay)
                    return Error::failure(QStringLiteral("populate"));
            }
            return {};
        })
        .ok();
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    int cases = 200000;
    int runs = 30;
    bool cli = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--cases") && i + 1 < args.size())
            cases = args.at(++i).toInt();
        else if (args.at(i) == QStringLiteral("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == QStringLiteral("--cli"))
            cli = true;
    }

    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("bench.vault"));
    auto created = test::createTestVault(path);
    storage::Vault& vault = *created.vault;
    workflow::UserAdministration users(vault);
    auto officer = users.addUser({QStringLiteral("li.officer"), domain::Role::Officer,
                                  QStringLiteral("Test County Market Regulation Bureau"), domain::OrganLevel::County,
                                  QStringLiteral("110105")},
                                 test::secret(test::kPassword), crypto::KdfParams::cheapestForTests());
    auto supervisor = users.addUser({QStringLiteral("zhao.sup"), domain::Role::Supervisor,
                                     QStringLiteral("Test County Market Regulation Bureau"), domain::OrganLevel::County,
                                     QStringLiteral("110105")},
                                    test::secret(test::kPassword), crypto::KdfParams::cheapestForTests());
    if (!officer || !supervisor) {
        out << "could not add users" << Qt::endl;
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    if (!populate(vault, cases, officer->name, officer->organ.id))
        return 1;
    const double populateSeconds = timer.nsecsElapsed() / 1e9;
    {
        QSqlDatabase db = vault.database();
        QSqlQuery analyse(db);
        analyse.exec(QStringLiteral("ANALYZE"));
        out << "Populated " << cases << " cases (" << QFileInfo(path).size() / (1024 * 1024) << " MiB) in "
            << populateSeconds << " s" << Qt::endl;

        // deadlines --within 7 (and the overdue list) as the service computes them.
        const QDate asOf(2026, 6, 30);
        std::vector<double> within7, overdue;
        qsizetype rows7 = 0, rowsOverdue = 0;
        for (int r = 0; r < runs; ++r) {
            workflow::DeadlineRegister::Query query;
            query.asOf = asOf.addDays(r);
            query.within = 7;
            timer.restart();
            auto due = workflow::DeadlineRegister::due(db, query);
            within7.push_back(timer.nsecsElapsed() / 1e6);
            if (!due) {
                out << due.error().message << Qt::endl;
                return 1;
            }
            rows7 = due->size();
            query.within.reset();
            query.overdue = true;
            timer.restart();
            auto late = workflow::DeadlineRegister::due(db, query);
            overdue.push_back(timer.nsecsElapsed() / 1e6);
            rowsOverdue = late ? late->size() : 0;
        }
        QSqlQuery plan(db);
        plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM deadlines d WHERE d.status = 'open' AND d.due_on >= "
                                 "'2026-06-30' AND d.due_on <= '2026-07-07'"));
        QString planText;
        while (plan.next())
            planText += plan.value(3).toString() + QLatin1Char(' ');

        // case show: the service call a GUI or the CLI makes, inquiry registration included (its own transaction).
        Clock::setOverride([] { return QDateTime(QDate(2026, 6, 30), QTime(10, 0)); });
        workflow::WorkflowContext context(vault, *supervisor);
        workflow::CaseWorkflow caseWork(context);
        std::vector<double> show, read;
        for (int r = 0; r < runs; ++r) {
            const qint64 id = 1 + QRandomGenerator::global()->bounded(cases);
            timer.restart();
            auto file = caseWork.show(id, QStringLiteral("benchmark"));
            show.push_back(timer.nsecsElapsed() / 1e6);
            if (!file) {
                out << file.error().message << Qt::endl;
                return 1;
            }
            timer.restart();
            auto again = workflow::CaseWorkflowBenchAccess::read(db, id);
            read.push_back(timer.nsecsElapsed() / 1e6);
        }

        out << Qt::endl << "Operation (median / p90 of " << runs << " runs)                 ms" << Qt::endl;
        out << "deadlines --within 7 (DeadlineRegister::due, " << rows7 << " rows)   " << median(within7) << " / "
            << percentile(within7, 0.9) << Qt::endl;
        out << "deadlines --overdue (DeadlineRegister::due, " << rowsOverdue << " rows)  " << median(overdue) << " / "
            << percentile(overdue, 0.9) << Qt::endl;
        out << "case show (CaseWorkflow::show, inquiry registered)      " << median(show) << " / "
            << percentile(show, 0.9) << Qt::endl;
        out << "case file read only (CaseWorkflow::read)                " << median(read) << " / "
            << percentile(read, 0.9) << Qt::endl;
        out << "Query plan: " << planText << Qt::endl;
        out << "Targets: deadlines --within 7 < 100 ms, case show < 20 ms." << Qt::endl;
    }

    if (cli) {
        const QString pw = test::writeFile(dir.file(QStringLiteral("pw")), QByteArray(test::kPassword) + '\n');
        vault.close();
        created.vault.reset();
        QProcessEnvironment env;
        env.insert(QStringLiteral("CREDITCASE_TODAY"), QStringLiteral("2026-06-30"));
        const QStringList base{QStringLiteral("--vault"),         path,
                               QStringLiteral("--user"),          QStringLiteral("zhao.sup"),
                               QStringLiteral("--password-file"), pw};
        std::vector<double> cliDeadlines, cliShow;
        for (int r = 0; r < std::min(runs, 10); ++r) {
            timer.restart();
            auto d = test::runCli(base + QStringList{QStringLiteral("deadlines"), QStringLiteral("--as-of"),
                                                     QStringLiteral("2026-06-30"), QStringLiteral("--within"),
                                                     QStringLiteral("7")},
                                  {}, env);
            cliDeadlines.push_back(timer.nsecsElapsed() / 1e6);
            timer.restart();
            auto s = test::runCli(base + QStringList{QStringLiteral("case"), QStringLiteral("show"),
                                                     QStringLiteral("--case"), QString::number(1 + r * 997),
                                                     QStringLiteral("--purpose"), QStringLiteral("benchmark")},
                                  {}, env);
            cliShow.push_back(timer.nsecsElapsed() / 1e6);
            if (d.exitCode != 0 || s.exitCode != 0) {
                out << "CLI failed: " << d.err << s.err << Qt::endl;
                return 1;
            }
        }
        out << "creditcase-cli deadlines --within 7, end to end         " << median(cliDeadlines) << Qt::endl;
        out << "creditcase-cli case show, end to end                    " << median(cliShow) << Qt::endl;
    }
    return 0;
}
