#pragma once

#include "CaseStore.h"
#include "Result.h"
#include "WorkflowContext.h"
#include "domain/Attachment.h"
#include "domain/BasisDocument.h"
#include "domain/Case.h"
#include "domain/CreditRecord.h"
#include "domain/Deadline.h"
#include "domain/Restoration.h"
#include "domain/Standard.h"
#include "domain/Subject.h"
#include "domain/User.h"
#include "rules/ListType.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace creditcase::workflow {

// Everything about one case, as `case show` prints it.
struct CaseFile {
    domain::Case theCase;
    domain::Subject subject;
    domain::CreditRecord record;
    domain::BasisDocument basis;
    std::optional<domain::Standard> standard;
    QList<domain::Notice> notices;
    QList<domain::Objection> objections;
    QList<domain::ReExamination> reExaminations;
    std::optional<domain::Decision> decision;
    QList<domain::Restoration> restorations;
    QList<domain::Deadline> deadlines;
    QList<domain::Attachment> attachments; // of the basis and the restoration applications, without content
};

// The designation case (DESIGN.md "The workflows"), driven by WorkflowTable::cases(): every step checks the table
// (role x stage x event), the event's date (never in the future, never before what it depends on) and the legal
// guard asked of the RuleBook, then applies its effects and its audit entry in one transaction. A refusal writes
// nothing but its audit entry and returns the reason with the provisions it rests on.
class CaseWorkflow {
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)

public:
    struct OpenCase {
        qint64 recordId = 0;
        QString listType;
        std::optional<domain::ScopeCategory> scope; // may be omitted when the list type covers one category
        QString ground;                             // ground of the list type where it has several (court list)
        QStringList circumstances; // e.g. "adequate-security" (SPC Art. 3), "non-restorable:<provision id>"
        QDate on;                  // default: today
        // The day the list type's decision limit counts from (the event its rules name, e.g. the day the order to
        // pay wages fell due unpaid, MOHRSS Order 45 Art. 8); invalid when not stated.
        QDate decisionLimitFrom;
    };

    explicit CaseWorkflow(WorkflowContext& context);

    /* Opens a case on a credit record for a list type and prepares the notice before designation. Refused unless
       the basis is a legally effective basis document and mayDesignate allows the designation on `on` under the
       standard governing that day (the vault's standard record, or the rule data's). */
    Result<domain::Case> open(const OpenCase& request);
    /* The head of the case's organ (a supervisor) extends the time to decide, where the list type's rules allow
       it (e.g. MOHRSS Order 45 Art. 8: complex cases, 20 more working days). Once, before the limit has passed,
       with the reason; the new limit counts from the end of the old one. */
    Result<domain::Case> extendDecision(qint64 caseId, QDate on, const QString& reason);
    /* The notice was served on servedOn. Opens the objection window where the list type provides one. */
    Result<domain::Case> serveNotice(qint64 caseId, QDate servedOn);
    /* An objection received on receivedOn; refused after the objection window. */
    Result<domain::Case> receiveObjection(qint64 caseId, QDate receivedOn, const QString& text);
    /* The objection is answered: upheld (case closed, not designated) or rejected (ready to decide). */
    Result<domain::Case> answerObjection(qint64 caseId, QDate on, bool upheld, const QString& text);
    /* Submits the case for re-examination; refused where the list type does not require it. */
    Result<domain::Case> submitReExamination(qint64 caseId, QDate on, const QString& text);
    /* The re-examining supervisor (of a provincial-level organ, or higher where the rules say so) approves or
       returns the case. */
    Result<domain::Case> decideReExamination(qint64 caseId, QDate on, bool approved, const QString& text);
    /* Issues the designation decision (four eyes: a supervisor who is not the case officer). Without measures the
       list type's measures for the conduct's severity are applied; each measure is asked of mayImpose. Records the
       rule editions in force on `on` and the audit chain head. */
    Result<domain::Case> decide(qint64 caseId, QDate on, const QStringList& measures = {});
    /* The listing was published on `on`. Only for a list type whose term counts from publication (e.g. the tax
       list): the term starts that day (listed until, expiry deadline). Refused for a term counted from the decision,
       a listing already published, or a date before the decision or in the future. */
    Result<domain::Case> publish(qint64 caseId, QDate on);
    /* The listing term has ended: the case expires and its measures are lifted. */
    Result<domain::Case> expire(qint64 caseId, QDate on);

    /* Reads a case file and registers the inquiry (who, when, whose record, why; Guiding Opinions VII(13)). A user
       of the case's organ other than the case officer must state a purpose; a user of another organ must state a
       purpose of the rule data (legal-bases "inquiryPurposes") that the sharing scope of the record's catalogue item
       allows. Refused otherwise, with the citation; the refusal is audited and nothing is registered. */
    Result<CaseFile> show(qint64 caseId, const QString& purpose);
    /* The cases of the user's organ and of the organs under it (region contained); registered as one inquiry
       naming the subjects listed, with `purpose` (a default purpose when empty). */
    Result<QList<CaseSummary>> list(std::optional<domain::CaseStage> stage = std::nullopt, int limit = 0,
                                    const QString& purpose = {});

    // The case row alone, for workflow steps (no case file, no personal data of the subject beyond its id). Users
    // read case files only through show(), which registers the inquiry.
    static Result<domain::Case> load(QSqlDatabase& db, qint64 caseId);

    /* May a supervisor of `reviewer` re-examine a designation by `designating` under `rule` (Guiding Opinions
       IV(8))? "next-higher" (SAMR Order 44): only the designating organ's next higher organ, the smallest organ in
       the vault above it whose region contains its region; "provincial"/"national": an organ of that level or
       higher whose region contains it. Refused with the reason and `cites` when not, or when the rule requires no
       re-examination; a technical failure when the organs cannot be read. */
    static Status mayReExamine(QSqlDatabase& db, const rules::ReExaminationRule& rule, const domain::Organ& reviewer,
                               const domain::Organ& designating, const QStringList& cites);
    // The designating organ's next higher organ in the vault (none if the vault holds no organ above it).
    static Result<std::optional<domain::Organ>> nextHigherOrgan(QSqlDatabase& db, const domain::Organ& designating);

private:
    friend struct CaseWorkflowBenchAccess; // tests/bench/service_bench.cpp times the read part of show()
    static Result<CaseFile> read(QSqlDatabase& db, qint64 caseId);
    // Whether the acting user (of another organ than the case's) may read `file` for `purpose`; on success
    // `registered` is the purpose as the register records it.
    Status checkInquiryPurpose(QSqlDatabase& db, const CaseFile& file, const QString& purpose, QString* registered);

    // What most steps ask first: the rule book, the work calendar and the case's list type in force on a day (a list
    // type not in force is a refusal).
    struct StepRules {
        rules::RuleBook book;
        calendar::WorkCalendar calendar;
        rules::ListType listType;
    };
    Result<StepRules> stepRules(const QString& listType, QDate on);

    Result<domain::Case> step(qint64 caseId, const QString& event,
                              const std::function<Status(QSqlDatabase&, domain::Case&, QJsonObject&)>& work);

    WorkflowContext& m_context;
};

} // namespace creditcase::workflow
