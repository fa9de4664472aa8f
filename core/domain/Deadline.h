#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace creditcase::domain {

// The open obligations the deadline register keeps (DESIGN.md "Deadlines keep their inputs").
enum class DeadlineKind {
    NoticeService,     // serve the notice before designation
    ObjectionWindow,   // end of the party's objection window
    ObjectionAnswer,   // objection answer due
    ReExamination,     // re-examination due
    ListExpiry,        // the listing term ends
    DisclosureMinimum, // minimum disclosure period ends (restoration possible)
    DisclosureMaximum, // disclosure stops by itself
    RestorationDue,    // restoration application to be decided
    CommentClose,      // the standard's public comment period closes
    AssessmentDue,     // the standard's periodic assessment is due
    DecisionDue,       // the designation decision is due (the list type's decision limit)
};

// "notice-service", "objection-window", "objection-answer", "re-examination", "list-expiry", "disclosure-minimum",
// "disclosure-maximum", "restoration-due", "comment-close", "assessment-due",
// "decision-due".
QString deadlineKindId(DeadlineKind kind);
std::optional<DeadlineKind> deadlineKindFromId(const QString& id);
QString deadlineKindName(DeadlineKind kind); // translated
QList<DeadlineKind> allDeadlineKinds();

enum class DeadlineStatus { Open, Met, Cancelled };
QString deadlineStatusId(DeadlineStatus status); // "open", "met", "cancelled"
std::optional<DeadlineStatus> deadlineStatusFromId(const QString& id);

// A stored deadline with the inputs it was computed from. ruleMode is a calendar::DeadlineRule mode name, or
// "fixed" for a date the department set (not recomputed).
struct Deadline {
    qint64 id = 0;
    DeadlineKind kind = DeadlineKind::NoticeService;
    qint64 caseId = 0;     // 0 when not about a case
    qint64 recordId = 0;   // 0 when not about a credit record
    qint64 standardId = 0; // 0 when not about a standard
    qint64 subjectId = 0;  // 0 when not about a subject
    QDate trigger;
    int ruleCount = 0;
    QString ruleMode;
    bool countStartDay = false;
    QString calendarVersion;
    QDate dueOn;
    bool provisional = false; // the computation touched a year without a published holiday schedule
    QString source;           // the provision the period rests on, as shown to the officer
    DeadlineStatus status = DeadlineStatus::Open;
    QDate closedOn;
};

} // namespace creditcase::domain
