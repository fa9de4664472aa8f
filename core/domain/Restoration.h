#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace creditcase::domain {

// A credit restoration application (Guiding Opinions VI(11), VI(12)) of one of two kinds: early removal from a list
// (caseId) or restoration of penalty information, which ends the early disclosure of one record (recordId). There is no
// fee anywhere in the model: restoration is free of charge by rule.
enum class RestorationStage {
    Applied, // received and checked against the conditions; awaiting the decision
    Granted, // removed from the list, disclosure and sharing stopped, measures lifted, on the same date
    Refused,
    Revoked, // the grant was obtained by fraud: revoked, and the listing restored
};

// "applied", "granted", "refused", "revoked".
QString restorationStageId(RestorationStage stage);
std::optional<RestorationStage> restorationStageFromId(const QString& id);
QString restorationStageName(RestorationStage stage); // translated

struct Restoration {
    qint64 id = 0;
    qint64 caseId = 0;   // removal from a list: the listed case
    qint64 recordId = 0; // restoration of penalty information: the credit record (caseId is then 0)
    RestorationStage stage = RestorationStage::Applied;
    QDate appliedOn;
    QString receivedBy;
    QDate correctedOn;       // conduct corrected and obligations performed; invalid if not shown
    bool commitment = false; // a commitment letter (修复承诺书) was submitted
    bool eligible = false;   // the check against the conditions on receipt
    QString checkReason;     // the RuleBook's answer to that check
    QDate dueOn;             // decide by this day (the promised limit)
    QDate decidedOn;
    QString decidedBy;
    QString decisionText;
    bool decidedLate = false; // decided after dueOn (accountability, Guiding Opinions IX)
    QDate revokedOn;
    QString revokedBy;
    QString revokeText;
    qint64 chainSeq = 0; // audit chain head when the decision was made
    QString chainHash;
};

} // namespace creditcase::domain
