#include "AccountabilityReport.h"

#include "AuditLog.h"
#include "Clock.h"
#include "domain/Severity.h"
#include "domain/SubjectType.h"
#include "rules/MeasuresEdition.h"
#include "rules/RuleBook.h"
#include "storage/SqlError.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <optional>

namespace creditcase::audit {

namespace {

QString iso(QDate date) {
    return date.toString(Qt::ISODate);
}

QDate dateOf(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// The local calendar day of an act's timestamp (stored as ISO 8601, UTC or local).
QDate dayOf(const QVariant& timestamp) {
    const QDateTime at = QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().date() : dateOf(timestamp.toString().left(10));
}

// Whether an act due on `due` and done on `done` (invalid: not done) counts as late in [from, to], and how:
// done late inside the period, or still not done at the end of the period although due before it.
std::optional<AccountabilityReport::LateAct> lateAct(AccountabilityReport::ActKind kind, qint64 caseId, qint64 actId,
                                                     QDate due, QDate done, QDate from, QDate to) {
    if (!due.isValid()) {
        return std::nullopt;
    }
    AccountabilityReport::LateAct act{kind, caseId, actId, due, {}, 0};
    if (done.isValid() && done <= to) {
        if (done < from || done <= due) {
            return std::nullopt;
        }
        act.done = done;
        act.daysLate = static_cast<int>(due.daysTo(done));
        return act;
    }
    if (due >= to) {
        return std::nullopt;
    }
    act.daysLate = static_cast<int>(due.daysTo(to));
    return act;
}

domain::SubjectType subjectTypeOfKind(const QString& subjectKind) {
    return subjectKind == QStringLiteral("individual") ? domain::SubjectType::NaturalPerson
                                                       : domain::SubjectType::LegalPerson;
}

Error readFailure(const QSqlQuery& query) {
    return storage::SqlError::of(query,
                                 AccountabilityReport::tr("The cases cannot be read for the accountability report"));
}

} // namespace

bool AccountabilityReport::OrganSection::clean() const {
    return lateRestorations.isEmpty() && lateNotices.isEmpty() && lateObjectionAnswers.isEmpty() &&
           lateReExaminations.isEmpty() && recordsOutsideCatalog.isEmpty() && measuresOutsideList.isEmpty();
}

bool AccountabilityReport::Report::clean() const {
    return std::all_of(organs.cbegin(), organs.cend(), [](const OrganSection& organ) { return organ.clean(); });
}

QString AccountabilityReport::actKindId(ActKind kind) {
    switch (kind) {
    case ActKind::Restoration:
        return QStringLiteral("restoration");
    case ActKind::Notice:
        return QStringLiteral("notice");
    case ActKind::ReExamination:
        return QStringLiteral("re-examination");
    case ActKind::ObjectionAnswer:
        break;
    }
    return QStringLiteral("objection-answer");
}

Result<AccountabilityReport::Report> AccountabilityReport::build(QSqlDatabase& db, const rules::RuleSet& rules,
                                                                 QDate from, QDate to) {
    if (!from.isValid() || !to.isValid()) {
        return Error::usage(tr("Give both ends of the period as dates written YYYY-MM-DD."));
    }
    if (from > to) {
        return Error::usage(tr("The period starts on %1, after its end %2.").arg(iso(from), iso(to)));
    }
    const rules::RuleBook book(rules);
    Report report;
    report.from = from;
    report.to = to;
    report.madeAt = Clock::realNow();
    report.provision = book.provision(QStringLiteral("opinions-IX-accountability"), to);
    auto head = AuditLog::head(db);
    if (!head) {
        return head.error();
    }
    report.chainSeq = head->seq;
    report.chainHash = head->hash;

    QMap<qint64, OrganSection> sections;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name FROM organs ORDER BY id"))) {
        return readFailure(query);
    }
    while (query.next()) {
        OrganSection section;
        section.organId = query.value(0).toLongLong();
        section.organ = query.value(1).toString();
        sections.insert(section.organId, section);
    }
    const auto sectionFor = [&sections](qint64 organId) -> OrganSection& {
        auto found = sections.find(organId);
        if (found == sections.end()) {
            OrganSection unknown;
            unknown.organId = organId;
            unknown.organ = tr("(organ %1 not recorded)").arg(organId);
            found = sections.insert(organId, unknown);
        }
        return *found;
    };
    // Late acts: due before the end of the period, done late in it or not done by its end. Each query gives
    // act id, case id, organ id, due date, date done. A notice's service deadline is kept in the deadline register;
    // a recomputed or repeated deadline counts with its latest date, so nobody is blamed by a date later moved.
    struct LateQuery {
        ActKind kind;
        QList<LateAct> OrganSection::*list;
        QString sql;
    };
    const LateQuery lateQueries[] = {
        {ActKind::Restoration, &OrganSection::lateRestorations,
         // Both kinds (VI(11)): removal from a list is the case's organ's; restoration of penalty information is
         // the organ's of the user who recorded the record (the data source unit), as RestorationWorkflow checks.
         QStringLiteral("SELECT r.id, coalesce(r.case_id, 0), coalesce(c.organ_id, u.organ_id), r.due_on, "
                        "r.decided_on, coalesce(r.record_id, 0) FROM restorations r "
                        "LEFT JOIN cases c ON c.id = r.case_id "
                        "LEFT JOIN credit_records cr ON cr.id = r.record_id "
                        "LEFT JOIN users u ON u.name = cr.created_by "
                        "WHERE r.due_on IS NOT NULL AND r.due_on < :to AND r.applied_on <= :to "
                        "ORDER BY r.due_on, r.id")},
        {ActKind::Notice, &OrganSection::lateNotices,
         QStringLiteral("SELECT n.id, n.case_id, c.organ_id, max(d.due_on), n.served_on FROM notices n "
                        "JOIN cases c ON c.id = n.case_id "
                        "JOIN deadlines d ON d.case_id = n.case_id AND d.kind = 'notice-service' "
                        "AND d.status <> 'cancelled' "
                        "WHERE n.prepared_on <= :to GROUP BY n.id, n.case_id, c.organ_id, n.served_on "
                        "HAVING max(d.due_on) < :to ORDER BY max(d.due_on), n.id")},
        {ActKind::ObjectionAnswer, &OrganSection::lateObjectionAnswers,
         QStringLiteral("SELECT o.id, o.case_id, c.organ_id, o.answer_due, o.answered_on FROM objections o "
                        "JOIN cases c ON c.id = o.case_id "
                        "WHERE o.answer_due IS NOT NULL AND o.answer_due < :to AND o.received_on <= :to "
                        "ORDER BY o.answer_due, o.id")},
    };
    for (const LateQuery& late : lateQueries) {
        query.prepare(late.sql);
        query.bindValue(QStringLiteral(":to"), iso(to));
        if (!query.exec()) {
            return readFailure(query);
        }
        while (query.next()) {
            if (auto act = lateAct(late.kind, query.value(1).toLongLong(), query.value(0).toLongLong(),
                                   dateOf(query.value(3)), dateOf(query.value(4)), from, to)) {
                if (late.kind == ActKind::Restoration) {
                    act->recordId = query.value(5).toLongLong();
                }
                (sectionFor(query.value(2).toLongLong()).*late.list).append(*act);
            }
        }
    }

    // Late re-examinations are the superior organ's. Its due date is the register's first re-examination deadline
    // opened on or after the submission (a returned and resubmitted case has one per submission).
    struct OrganRow {
        qint64 id = 0;
        QString level;
        QString region;
    };
    QList<OrganRow> organRows;
    if (!query.exec(QStringLiteral("SELECT id, level, region_code FROM organs"))) {
        return readFailure(query);
    }
    while (query.next()) {
        organRows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    }
    // The organ due to re-examine a designation made by an organ of `level` in `region` (GB/T 2260 prefixes), 0
    // when the vault has none: under a "next-higher" rule (SAMR Order 44) the smallest organ above it whose region
    // contains it, as CaseWorkflow::mayReExamine decides; otherwise the lowest provincial or higher such organ.
    const QStringList levels{QStringLiteral("county"), QStringLiteral("municipal"), QStringLiteral("provincial"),
                             QStringLiteral("national")};
    const auto contains = [](const OrganRow& organ, qsizetype rank, const QString& region) {
        const int significant = rank == 3 ? 0 : rank == 2 ? 2 : rank == 1 ? 4 : 6;
        return organ.region.size() >= significant && region.startsWith(organ.region.left(significant));
    };
    const auto reviewerOf = [&organRows, &levels, &contains](const QString& region, const QString& level,
                                                             bool nextHigher) -> qint64 {
        const qsizetype lowest = nextHigher ? levels.indexOf(level) + 1 : levels.indexOf(QStringLiteral("provincial"));
        for (qsizetype rank = std::max<qsizetype>(lowest, 1); rank < levels.size(); ++rank) {
            for (const OrganRow& organ : organRows) {
                if (organ.level == levels.at(rank) && contains(organ, rank, region)) {
                    return organ.id;
                }
            }
        }
        return 0;
    };
    query.prepare(QStringLiteral(
        "SELECT x.id, x.case_id, c.organ_id, o.region_code, x.decided_on, u.organ_id, "
        "(SELECT min(d.due_on) FROM deadlines d WHERE d.case_id = x.case_id AND d.kind = 're-examination' "
        "AND d.status <> 'cancelled' AND d.trigger_on >= x.submitted_on) AS due, c.list_type, o.level, "
        "x.submitted_on "
        "FROM re_examinations x JOIN cases c ON c.id = x.case_id JOIN organs o ON o.id = c.organ_id "
        "LEFT JOIN users u ON u.name = x.decided_by WHERE x.submitted_on <= :to ORDER BY due, x.id"));
    query.bindValue(QStringLiteral(":to"), iso(to));
    if (!query.exec()) {
        return readFailure(query);
    }
    while (query.next()) {
        if (auto act = lateAct(ActKind::ReExamination, query.value(1).toLongLong(), query.value(0).toLongLong(),
                               dateOf(query.value(6)), dateOf(query.value(4)), from, to)) {
            qint64 organ = query.value(5).toLongLong();
            if (organ == 0) {
                const auto type = book.listType(query.value(7).toString(), dateOf(query.value(9)));
                const bool nextHigher = type && type->reExamination.level == QLatin1String("next-higher");
                organ = reviewerOf(query.value(3).toString(), query.value(8).toString(), nextHigher);
            }
            if (organ == 0) { // no superior organ in this vault: the designating organ answers for it
                organ = query.value(2).toLongLong();
            }
            sectionFor(organ).lateReExaminations.append(*act);
        }
    }

    // Proof part 1: every record recorded in the period, against the catalogue in force on the day it was recorded.
    // The SQL keeps a day's margin either side for timestamps in another zone; the exact day is checked below.
    query.prepare(QStringLiteral("SELECT r.id, r.catalog_item, r.created_at, s.kind, u.organ_id, "
                                 "(SELECT min(c.id) FROM cases c WHERE c.record_id = r.id) "
                                 "FROM credit_records r JOIN subjects s ON s.id = r.subject_id "
                                 "LEFT JOIN users u ON u.name = r.created_by "
                                 "WHERE r.created_at >= :after AND r.created_at < :before ORDER BY r.id"));
    query.bindValue(QStringLiteral(":after"), iso(from.addDays(-1)));
    query.bindValue(QStringLiteral(":before"), iso(to.addDays(2)));
    if (!query.exec()) {
        return readFailure(query);
    }
    while (query.next()) {
        const QDate recordedOn = dayOf(query.value(2));
        if (recordedOn < from || recordedOn > to) {
            continue;
        }
        OrganSection& section = sectionFor(query.value(4).toLongLong());
        ++section.recordsChecked;
        const QString item = query.value(1).toString();
        const rules::Verdict verdict = book.mayRecord(item, subjectTypeOfKind(query.value(3).toString()), recordedOn);
        if (!verdict) {
            section.recordsOutsideCatalog.append({query.value(0).toLongLong(), query.value(5).toLongLong(), item,
                                                  recordedOn, verdict.reason, verdict.citationTexts()});
        }
    }

    // Proof part 2: every measure of a decision taken in the period, against the measures list of its date.
    query.prepare(QStringLiteral("SELECT c.record_id, m.case_id, m.measure_id, m.measure_use, d.decided_on, "
                                 "c.list_type, r.severity, c.organ_id FROM applied_measures m "
                                 "JOIN decisions d ON d.id = m.decision_id JOIN cases c ON c.id = m.case_id "
                                 "JOIN credit_records r ON r.id = c.record_id "
                                 "WHERE d.decided_on >= :from AND d.decided_on <= :to ORDER BY d.decided_on, m.id"));
    query.bindValue(QStringLiteral(":from"), iso(from));
    query.bindValue(QStringLiteral(":to"), iso(to));
    if (!query.exec()) {
        return readFailure(query);
    }
    while (query.next()) {
        OrganSection& section = sectionFor(query.value(7).toLongLong());
        ++section.measuresChecked;
        const QString measure = query.value(2).toString();
        const QDate decidedOn = dateOf(query.value(4));
        const auto use = rules::measureUseFromId(query.value(3).toString());
        const auto severity = domain::severityFromId(query.value(6).toString());
        rules::Verdict verdict;
        if (!use || !severity) {
            verdict = rules::Verdict::refuse(tr("The measure is stored with an unknown use \"%1\" or severity \"%2\".")
                                                 .arg(query.value(3).toString(), query.value(6).toString()),
                                             {book.provision(QStringLiteral("opinions-V-9"), decidedOn)});
        } else {
            verdict = book.mayImpose(measure, query.value(5).toString(), *severity, *use, decidedOn);
        }
        if (!verdict) {
            section.measuresOutsideList.append({query.value(0).toLongLong(), query.value(1).toLongLong(), measure,
                                                decidedOn, verdict.reason, verdict.citationTexts()});
        }
    }

    report.organs = sections.values();
    return report;
}

} // namespace creditcase::audit
