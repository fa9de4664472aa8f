#pragma once

#include "CaseStage.h"
#include "ScopeCategory.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace creditcase::domain {

// The notice before designation (告知书, Guiding Opinions IV(8)): prepared when the case is opened, served on a
// date from which the objection window runs. chainSeq/chainHash: the audit chain head when it was made.
struct Notice {
    qint64 id = 0;
    qint64 caseId = 0;
    QDate preparedOn;
    QString preparedBy;
    QDate servedOn; // invalid until served
    QString servedBy;
    qint64 chainSeq = 0;
    QString chainHash;
};

enum class ObjectionOutcome { Upheld, Rejected };

// An objection by the party, received on a date, answered within the limit the standard sets.
struct Objection {
    qint64 id = 0;
    qint64 caseId = 0;
    QDate receivedOn;
    QString receivedBy;
    QString text;
    QDate answerDue; // invalid when the rules set no limit
    QDate answeredOn;
    QString answeredBy;
    std::optional<ObjectionOutcome> outcome;
    QString answerText;
};

enum class ReExaminationOutcome { Approved, Returned };

// Re-examination by a higher department where the list type requires it (IV(8)).
struct ReExamination {
    qint64 id = 0;
    qint64 caseId = 0;
    QDate submittedOn;
    QString submittedBy;
    QString submitText;
    QDate decidedOn;
    QString decidedBy;
    std::optional<ReExaminationOutcome> outcome;
    QString decideText;
};

// A measure named in the decision and how it may be used: ordered (categories A, B) or only communicated to
// the body that decides on its own (category C, never compelled: V(9)).
struct AppliedMeasure {
    qint64 id = 0;
    qint64 decisionId = 0;
    QString measureId;
    QString measureUse; // "order" | "inform-only" (rules::measureUseId)
    QString measuresEdition;
    QStringList citations;
    QDate liftedOn;     // restoration granted
    QDate reinstatedOn; // that restoration was revoked
};

// The designation decision (决定书), taken by a supervisor who is not the case officer. It records the rule
// editions it was decided under and the audit chain head when it was made.
struct Decision {
    qint64 id = 0;
    qint64 caseId = 0;
    QDate decidedOn;
    QString decidedBy;
    QString termId;
    QDate listedFrom;
    QDate listedUntil; // invalid for a term that lasts until performance
    QString ruleEditions;
    QString reason;
    QStringList citations;
    qint64 chainSeq = 0;
    QString chainHash;
    QList<AppliedMeasure> measures;
};

// A designation case: one credit record, one list type, one case officer.
struct Case {
    qint64 id = 0;
    qint64 recordId = 0;
    qint64 subjectId = 0;
    QString listType;
    qint64 standardId = 0; // 0: the list type's standard as the rule data records it
    ScopeCategory scope = ScopeCategory::PublicHealthAndSafety;
    QString ground;
    QStringList circumstances;
    CaseStage stage = CaseStage::Recorded;
    QString officer;
    qint64 organId = 0;
    QDate openedOn;
    QDate noticeServedOn;
    QDate objectionWindowEnds;
    QDate decidedOn;
    QString decidedBy;
    QDate listedUntil;
    QDate closedOn;
    QString closedReason;
    QString ruleEditions; // "kind:edition:version;..." pinned at the decision
    QDateTime createdAt;
    QDateTime updatedAt;
    // Set by CaseWorkflow::open only (not stored; the audit entry keeps them): what the rule data could not
    // confirm for this designation, each with its mark ([U]), e.g. an unknown public comment period.
    QStringList warnings;
};

QString objectionOutcomeId(ObjectionOutcome outcome);         // "upheld", "rejected"
QString reExaminationOutcomeId(ReExaminationOutcome outcome); // "approved", "returned"

} // namespace creditcase::domain
