#pragma once

#include "Result.h"
#include "rules/RuleSet.h"
#include "rules/RuleValue.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace creditcase::audit {

// The accountability report (Guiding Opinions IX: responsibility for recording outside the catalogue, punishing
// outside the measures list, late restoration), by organ, for a period [from, to]:
//  - acts done late: restorations decided after their due date, notices served after their service deadline,
//    objections answered after their answer date, re-examinations decided after their due date; each with case,
//    due date, date done and calendar days late.
//    Acts still not done on `to` although due before it are listed too, with no date done and the days late
//    counted to `to`;
//  - the proof part: every credit record recorded in the period checked against the catalogue in force on the
//    day it was recorded (RuleBook::mayRecord), and every measure of a decision taken in the period checked
//    against the measures list in force on the decision date (RuleBook::mayImpose); each violation listed with
//    the refusal's reason and citations.
// Organs: each late act is counted under the organ that was due to act: acts of a case under the case's organ,
// except a re-examination, which is the superior organ's (the organ of the supervisor who decided it; while
// undecided, the lowest provincial or higher organ of the vault whose region contains the case's, IV(8)); a record
// under the organ of the user who recorded it. Every
// organ of the vault appears, so a clean organ shows its zero counts. Reads only; the report records the audit
// chain position it was made at.
class AccountabilityReport {
    Q_DECLARE_TR_FUNCTIONS(AccountabilityReport)

public:
    enum class ActKind { Restoration, Notice, ObjectionAnswer, ReExamination };

    struct LateAct {
        ActKind kind = ActKind::Restoration;
        qint64 caseId = 0; // 0 for a restoration of penalty information (of a record, not of a case)
        qint64 actId = 0;  // restoration, notice, objection or re-examination id
        QDate due;
        QDate done;          // invalid: not done by the end of the period
        int daysLate = 0;    // calendar days after `due` (to `done`, or to the end of the period)
        qint64 recordId = 0; // the credit record of a restoration of penalty information; 0 otherwise
    };

    struct Violation {
        qint64 recordId = 0;
        qint64 caseId = 0; // 0 for a record without a case
        QString item;      // catalogue item or measure id
        QDate on;          // the date it was judged by
        QString reason;    // the RuleBook's refusal
        QStringList citations;
    };

    struct OrganSection {
        qint64 organId = 0;
        QString organ;
        QList<LateAct> lateRestorations;
        QList<LateAct> lateNotices;
        QList<LateAct> lateObjectionAnswers;
        QList<LateAct> lateReExaminations;
        int recordsChecked = 0;
        QList<Violation> recordsOutsideCatalog;
        int measuresChecked = 0;
        QList<Violation> measuresOutsideList;

        bool clean() const;
    };

    struct Report {
        QDate from;
        QDate to;
        QDateTime madeAt;
        qint64 chainSeq = 0;
        QString chainHash;
        rules::Citation provision; // Guiding Opinions IX (accountability), from the rule data
        QList<OrganSection> organs;

        bool clean() const;
    };

    static QString actKindId(ActKind kind); // "restoration", "notice", "objection-answer", "re-examination"

    /* Builds the report from the vault's cases and the rule data. Usage error when a date is invalid or from is
       after to; Failure on a database error. Reads only. */
    static Result<Report> build(QSqlDatabase& db, const rules::RuleSet& rules, QDate from, QDate to);
};

} // namespace creditcase::audit
