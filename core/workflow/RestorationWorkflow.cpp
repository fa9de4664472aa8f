#include "RestorationWorkflow.h"

#include "CaseStore.h"
#include "CaseWorkflow.h"
#include "CreditRecordRegister.h"
#include "DeadlineRegister.h"
#include "RestorationStore.h"
#include "WorkflowTable.h"
#include "audit/AuditLog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace creditcase::workflow {

namespace {

using domain::CaseStage;
using domain::Restoration;
using domain::RestorationStage;
using WC = WorkflowContext;

// The organ a record belongs to: the organ of the user who recorded it (the data source unit).
Result<qint64> recordOrgan(QSqlDatabase& db, const domain::CreditRecord& record) {
    return CreditRecordRegister::organOf(db, record);
}

QString recordObject(qint64 id) {
    return QStringLiteral("record:%1").arg(id);
}

QString caseObject(qint64 id) {
    return QStringLiteral("case:%1").arg(id);
}

// The facts the RuleBook judges a restoration on; the same at application and at grant, so both see one case.
rules::RestorationFacts restorationFacts(const domain::Case& c, const domain::CreditRecord& record,
                                         const rules::ListType& listType, const QDate& correctedOn,
                                         bool commitmentSigned) {
    rules::RestorationFacts facts;
    facts.listTypeId = c.listType;
    facts.decisionDate = c.decidedOn;
    facts.severity = record.severity;
    facts.sector = listType.sector;
    facts.correctedOn = correctedOn;
    facts.commitmentSigned = commitmentSigned;
    for (const QString& circumstance : c.circumstances) {
        if (circumstance.startsWith(QLatin1String("non-restorable:")))
            facts.nonRestorableProvision = circumstance.mid(int(qstrlen("non-restorable:")));
    }
    facts.circumstances = c.circumstances;
    return facts;
}

// The papers of an application: the commitment letter (its presence is the commitment) and the evidence.
struct Papers {
    const std::optional<AttachmentStore::File>& commitmentLetter;
    const QList<AttachmentStore::File>& evidence;
};

/* Stores an accepted application of either kind (for the case of owner.caseId, else for the record of
   owner.recordId), its papers inside the vault, and opens its due deadline; returns the restoration's id. */
Result<qint64> storeApplication(QSqlDatabase& db, QDate on, QDate correctedOn, const Papers& papers,
                                const QString& receivedBy, bool commitment, bool eligible, const QString& checkReason,
                                const rules::RestorationDue& due, const DeadlineRegister::Owner& owner,
                                const calendar::WorkCalendar& calendar) {
    Restoration application;
    application.caseId = owner.caseId;
    application.recordId = owner.caseId ? 0 : owner.recordId;
    application.appliedOn = on;
    application.receivedBy = receivedBy;
    application.correctedOn = correctedOn;
    application.commitment = commitment;
    application.eligible = eligible;
    application.checkReason = checkReason;
    application.dueOn = due.dueOn;
    auto inserted = RestorationStore::insert(db, application);
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (papers.commitmentLetter) {
        if (auto stored =
                AttachmentStore::store(db, QStringLiteral("restoration"), id, QStringLiteral("commitment-letter"),
                                       *papers.commitmentLetter, receivedBy);
            !stored)
            return stored.error();
    }
    for (const auto& evidence : papers.evidence) {
        if (auto stored = AttachmentStore::store(db, QStringLiteral("restoration"), id, QStringLiteral("evidence"),
                                                 evidence, receivedBy);
            !stored)
            return stored.error();
    }
    if (auto opened =
            DeadlineRegister::open(db, domain::DeadlineKind::RestorationDue, owner, due.trigger, due.limit, calendar);
        !opened)
        return opened.error();
    return id;
}

} // namespace

RestorationWorkflow::RestorationWorkflow(WorkflowContext& context)
    : m_context(context) {}

Result<QList<Restoration>> RestorationWorkflow::of(QSqlDatabase& db, qint64 caseId) {
    return RestorationStore::ofCase(db, caseId);
}

Result<QList<Restoration>> RestorationWorkflow::ofRecord(QSqlDatabase& db, qint64 recordId) {
    return RestorationStore::ofRecord(db, recordId);
}

Result<Restoration> RestorationWorkflow::applyForRecord(const RecordApplication& application) {
    const QString event = QStringLiteral("restoration.apply");
    return m_context.act<Restoration>(
        event, recordObject(application.recordId), [&](QSqlDatabase& db) -> Result<Restoration> {
            const auto& actor = m_context.actor();
            auto record = CreditRecordRegister::find(db, application.recordId);
            if (!record)
                return record.error();
            auto latest = RestorationStore::latestOfRecord(db, record->id);
            if (!latest)
                return latest.error();
            const QString state = *latest ? domain::restorationStageId((*latest)->stage) : WorkflowTable::noneState();
            if (*latest && (*latest)->stage == RestorationStage::Applied)
                return Error::refused(tr("Application %1 for record %2, received on %3, awaits its decision (due %4); "
                                         "decide it before a new application is made.")
                                          .arg((*latest)->id)
                                          .arg(record->id)
                                          .arg(WC::iso((*latest)->appliedOn), WC::iso((*latest)->dueOn)));
            const auto permitted =
                WorkflowTable::restorations().permits(actor.role, state, QString(restorationevent::apply));
            if (!permitted)
                return permitted.toError();
            auto organ = recordOrgan(db, *record);
            if (!organ)
                return organ.error();
            if (Status own = m_context.requireOwnOrgan(
                    db, *organ, WorkflowTable::restorations().eventName(QString(restorationevent::apply)),
                    {QStringLiteral("opinions-VI-11"), QStringLiteral("opinions-IX-responsibility")}, application.on);
                !own)
                return own.error();
            if (Status dated = WC::checkEventDate(application.on, tr("the application"), record->decidedOn,
                                                  tr("the penalty decision of %1").arg(WC::iso(record->decidedOn)));
                !dated)
                return dated.error();
            if (application.correctedOn.isValid() && application.correctedOn > application.on)
                return Error::usage(tr("The correction (%1) cannot be dated after the application (%2).")
                                        .arg(WC::iso(application.correctedOn), WC::iso(application.on)));
            auto book = m_context.pinnedRuleBook(record->ruleEditions);
            if (!book)
                return book.error();
            auto calendar = m_context.calendar();
            if (!calendar)
                return calendar.error();
            const QString vi11 = book->provision(QStringLiteral("opinions-VI-11"), application.on).display();
            if (!record->disclosed)
                return Error::refused(tr("Record %1 is not disclosed (minor conduct under the regime of its decision "
                                         "date); there is no disclosure to end.")
                                          .arg(record->id),
                                      {vi11});
            if (record->disclosureStoppedOn.isValid() && record->disclosureStoppedOn <= application.on)
                return Error::refused(tr("Disclosure of record %1 already ended on %2.")
                                          .arg(record->id)
                                          .arg(WC::iso(record->disclosureStoppedOn)),
                                      {vi11});
            rules::RestorationFacts facts;
            facts.decisionDate = record->decidedOn;
            facts.severity = record->severity;
            facts.sector = record->sector;
            facts.correctedOn = application.correctedOn;
            facts.commitmentSigned = application.commitmentLetter.has_value();
            const auto adder = m_context.dateAdder(*calendar);
            const rules::Verdict check = book->mayApplyForRestoration(facts, application.on, adder);
            if (!check) // 不予受理: nothing is stored
                return check.toError();
            auto due = book->restorationDeadline(QString(), application.on, adder);
            if (!due)
                return due.error();
            DeadlineRegister::Owner owner;
            owner.recordId = record->id;
            const Papers papers{application.commitmentLetter, application.evidence};
            auto stored = storeApplication(db, application.on, application.correctedOn, papers, actor.name,
                                           facts.commitmentSigned, true, check.reason, *due, owner, *calendar);
            if (!stored)
                return stored.error();
            const qint64 id = *stored;
            const QJsonObject payload{
                {QStringLiteral("restoration"), id},
                {QStringLiteral("kind"), QStringLiteral("penalty-information")},
                {QStringLiteral("applied_on"), WC::iso(application.on)},
                {QStringLiteral("check"), check.reason},
                {QStringLiteral("due_on"), WC::iso(due->dueOn)},
                {QStringLiteral("papers"),
                 static_cast<int>(application.evidence.size()) + (application.commitmentLetter ? 1 : 0)},
                {QStringLiteral("citations"),
                 QJsonArray::fromStringList(check.citationTexts() + rules::displayCitations(due->citations))}};
            if (Status logged = m_context.audit(db, event, recordObject(record->id), payload); !logged)
                return logged.error();
            return RestorationStore::find(db, id);
        });
}

Result<Restoration> RestorationWorkflow::decideForRecord(qint64 recordId, QDate on, bool grant, const QString& text) {
    if (!grant && text.trimmed().isEmpty())
        return Error::usage(tr("A refusal must give its reasons (--text)."));
    const QString eventId = grant ? QString(restorationevent::grant) : QString(restorationevent::refuse);
    const QString event = QStringLiteral("restoration.") + eventId;
    return m_context.act<Restoration>(event, recordObject(recordId), [&](QSqlDatabase& db) -> Result<Restoration> {
        const auto& actor = m_context.actor();
        auto record = CreditRecordRegister::find(db, recordId);
        if (!record)
            return record.error();
        auto latest = RestorationStore::latestOfRecord(db, recordId);
        if (!latest)
            return latest.error();
        const QString state = *latest ? domain::restorationStageId((*latest)->stage) : WorkflowTable::noneState();
        const auto permitted = WorkflowTable::restorations().permits(actor.role, state, eventId);
        if (!permitted)
            return permitted.toError();
        auto organ = recordOrgan(db, *record);
        if (!organ)
            return organ.error();
        if (Status own = m_context.requireOwnOrgan(
                db, *organ, WorkflowTable::restorations().eventName(eventId),
                {QStringLiteral("opinions-VI-11"), QStringLiteral("opinions-IX-responsibility")}, on);
            !own)
            return own.error();
        Restoration r = **latest;
        if (Status dated = WC::checkEventDate(on, tr("the decision on the application"), r.appliedOn,
                                              tr("the application of %1").arg(WC::iso(r.appliedOn)));
            !dated)
            return dated.error();
        auto book = m_context.pinnedRuleBook(record->ruleEditions);
        if (!book)
            return book.error();
        auto calendar = m_context.calendar();
        if (!calendar)
            return calendar.error();
        QStringList citations;
        QJsonObject payload{{QStringLiteral("restoration"), r.id},
                            {QStringLiteral("kind"), QStringLiteral("penalty-information")},
                            {QStringLiteral("decided_on"), WC::iso(on)}};
        DeadlineRegister::Owner owner;
        owner.recordId = recordId;
        if (grant) {
            rules::RestorationFacts facts;
            facts.decisionDate = record->decidedOn;
            facts.severity = record->severity;
            facts.sector = record->sector;
            facts.correctedOn = r.correctedOn;
            facts.commitmentSigned = r.commitment;
            const rules::Verdict check =
                book->mayApplyForRestoration(facts, r.appliedOn, m_context.dateAdder(*calendar));
            if (!check)
                return check.toError();
            citations = check.citationTexts();
            // Disclosure of this record ends on the date of the grant; sharing follows the catalogue.
            if (Status stopped = CreditRecordRegister::stopDisclosure(db, recordId, on, false); !stopped)
                return stopped.error();
            for (auto kind : {domain::DeadlineKind::DisclosureMinimum, domain::DeadlineKind::DisclosureMaximum}) {
                if (Status closed = DeadlineRegister::close(db, owner, kind, domain::DeadlineStatus::Cancelled, on);
                    !closed)
                    return closed.error();
            }
            payload.insert(QStringLiteral("disclosure_stopped_on"), WC::iso(on));
        }
        auto head = audit::AuditLog::head(db);
        if (!head)
            return head.error();
        r.stage = grant ? RestorationStage::Granted : RestorationStage::Refused;
        r.decidedOn = on;
        r.decidedBy = actor.name;
        r.decisionText = text.trimmed();
        r.decidedLate = r.dueOn.isValid() && on > r.dueOn;
        r.chainSeq = head->seq;
        r.chainHash = head->hash;
        if (Status decided = RestorationStore::saveDecision(db, r); !decided)
            return decided.error();
        if (Status closed = DeadlineRegister::close(db, owner, domain::DeadlineKind::RestorationDue,
                                                    domain::DeadlineStatus::Met, on);
            !closed)
            return closed.error();
        payload.insert(QStringLiteral("stage"), domain::restorationStageId(r.stage));
        payload.insert(QStringLiteral("late"), r.decidedLate);
        payload.insert(QStringLiteral("chain_seq"), head->seq);
        payload.insert(QStringLiteral("chain_hash"), head->hash);
        payload.insert(QStringLiteral("citations"), QJsonArray::fromStringList(citations));
        if (Status logged = m_context.audit(db, event, recordObject(recordId), payload); !logged)
            return logged.error();
        return RestorationStore::find(db, r.id);
    });
}

Result<Restoration> RestorationWorkflow::apply(const Application& application) {
    const QString event = QStringLiteral("restoration.apply");
    return m_context.act<Restoration>(
        event, caseObject(application.caseId), [&](QSqlDatabase& db) -> Result<Restoration> {
            const auto& actor = m_context.actor();
            auto c = CaseWorkflow::load(db, application.caseId);
            if (!c)
                return c.error();
            auto latest = RestorationStore::latestOfCase(db, c->id);
            if (!latest)
                return latest.error();
            const QString state = *latest ? domain::restorationStageId((*latest)->stage) : WorkflowTable::noneState();
            const auto permitted =
                WorkflowTable::restorations().permits(actor.role, state, QString(restorationevent::apply));
            if (!permitted)
                return permitted.toError();
            if (Status own = m_context.requireOwnOrgan(
                    db, c->organId, WorkflowTable::restorations().eventName(QString(restorationevent::apply)),
                    {QStringLiteral("opinions-VI-11"), QStringLiteral("opinions-IX-responsibility")}, application.on);
                !own)
                return own.error();
            if (c->stage != CaseStage::Listed)
                return Error::refused(tr("Restoration is applied for while the subject is on the list; case %1 is %2.")
                                          .arg(c->id)
                                          .arg(domain::caseStageName(c->stage)));
            if (Status dated = WC::checkEventDate(application.on, tr("the application"), c->decidedOn,
                                                  tr("the designation decision of %1").arg(WC::iso(c->decidedOn)));
                !dated)
                return dated.error();
            if (application.correctedOn.isValid() && application.correctedOn > application.on)
                return Error::usage(tr("The correction (%1) cannot be dated after the application (%2).")
                                        .arg(WC::iso(application.correctedOn), WC::iso(application.on)));

            auto book = m_context.pinnedRuleBook(c->ruleEditions);
            if (!book)
                return book.error();
            auto calendar = m_context.calendar();
            if (!calendar)
                return calendar.error();
            auto record = CreditRecordRegister::find(db, c->recordId);
            if (!record)
                return record.error();
            auto lt = book->listType(c->listType, c->decidedOn);
            if (!lt)
                return Error::refused(lt.error().message);

            const rules::RestorationFacts facts =
                restorationFacts(*c, *record, *lt, application.correctedOn, application.commitmentLetter.has_value());
            const auto adder = m_context.dateAdder(*calendar);
            const rules::Verdict check = book->mayApplyForRestoration(facts, application.on, adder);
            // Policy: an application that does not meet the conditions on the day it is made is not accepted
            // (不予受理): it is refused with the reason and the provisions, and nothing is stored, so no undecided
            // application can stand in the way of a later one. An accepted application meets the conditions and must
            // be decided by its due date.
            if (!check)
                return check.toError();
            if (!lt->earlyRemoval.allowed)
                return Error::refused(tr("\"%1\" provides no early removal; the listing ends when its term expires.")
                                          .arg(rules::localizedText(lt->nameEn, lt->name)),
                                      {rules::Citation{lt->earlyRemoval.source, {}, lt->earlyRemoval.mark}.display(),
                                       book->provision(QStringLiteral("opinions-VI-11"), application.on).display()});
            auto due = book->restorationDeadline(c->listType, application.on, adder, application.correctedOn);
            if (!due)
                return due.error();

            DeadlineRegister::Owner owner;
            owner.caseId = c->id;
            owner.subjectId = c->subjectId;
            const Papers papers{application.commitmentLetter, application.evidence};
            auto stored = storeApplication(db, application.on, application.correctedOn, papers, actor.name,
                                           facts.commitmentSigned, check.allowed, check.reason, *due, owner, *calendar);
            if (!stored)
                return stored.error();
            const qint64 id = *stored;

            const QJsonObject payload{
                {QStringLiteral("restoration"), id},
                {QStringLiteral("applied_on"), WC::iso(application.on)},
                {QStringLiteral("eligible"), check.allowed},
                {QStringLiteral("check"), check.reason},
                {QStringLiteral("due_on"), WC::iso(due->dueOn)},
                {QStringLiteral("papers"),
                 static_cast<int>(application.evidence.size()) + (application.commitmentLetter ? 1 : 0)},
                {QStringLiteral("citations"),
                 QJsonArray::fromStringList(check.citationTexts() + rules::displayCitations(due->citations))}};
            if (Status logged = m_context.audit(db, event, caseObject(c->id), payload); !logged)
                return logged.error();
            return RestorationStore::find(db, id);
        });
}

Result<Restoration> RestorationWorkflow::decide(qint64 caseId, QDate on, bool grant, const QString& text) {
    if (!grant && text.trimmed().isEmpty())
        return Error::usage(tr("A refusal must give its reasons (--text)."));
    const QString eventId = grant ? QString(restorationevent::grant) : QString(restorationevent::refuse);
    const QString event = QStringLiteral("restoration.") + eventId;
    return m_context.act<Restoration>(event, caseObject(caseId), [&](QSqlDatabase& db) -> Result<Restoration> {
        const auto& actor = m_context.actor();
        auto c = CaseWorkflow::load(db, caseId);
        if (!c)
            return c.error();
        auto latest = RestorationStore::latestOfCase(db, caseId);
        if (!latest)
            return latest.error();
        const QString state = *latest ? domain::restorationStageId((*latest)->stage) : WorkflowTable::noneState();
        const auto permitted = WorkflowTable::restorations().permits(actor.role, state, eventId);
        if (!permitted)
            return permitted.toError();
        if (Status own = m_context.requireOwnOrgan(
                db, c->organId, WorkflowTable::restorations().eventName(eventId),
                {QStringLiteral("opinions-VI-11"), QStringLiteral("opinions-IX-responsibility")}, on);
            !own)
            return own.error();
        Restoration r = **latest;
        if (Status dated = WC::checkEventDate(on, tr("the decision on the application"), r.appliedOn,
                                              tr("the application of %1").arg(WC::iso(r.appliedOn)));
            !dated)
            return dated.error();

        auto book = m_context.pinnedRuleBook(c->ruleEditions);
        if (!book)
            return book.error();
        auto calendar = m_context.calendar();
        if (!calendar)
            return calendar.error();
        QStringList citations;
        QJsonObject payload{{QStringLiteral("restoration"), r.id}, {QStringLiteral("decided_on"), WC::iso(on)}};
        if (grant) {
            const auto removal =
                WorkflowTable::cases().permits(actor.role, domain::caseStageId(c->stage), QString(caseevent::remove));
            if (!removal)
                return removal.toError();
            auto record = CreditRecordRegister::find(db, c->recordId);
            if (!record)
                return record.error();
            auto lt = book->listType(c->listType, c->decidedOn);
            if (!lt)
                return Error::refused(lt.error().message);
            const rules::RestorationFacts facts = restorationFacts(*c, *record, *lt, r.correctedOn, r.commitment);
            const rules::Verdict check =
                book->mayApplyForRestoration(facts, r.appliedOn, m_context.dateAdder(*calendar));
            if (!check)
                return check.toError();
            citations = check.citationTexts();

            // On the same date: off the list and measures lifted. The penalty record the listing rests on follows its
            // own disclosure regime; its disclosure and sharing end with the removal only where the list's rules say
            // so (a penalty record is restored on its own, applyForRecord).
            if (Status staged =
                    CaseStore::setStage(db, c->id, CaseStage::Removed, on, QStringLiteral("restoration-granted"));
                !staged)
                return staged.error();
            const auto& ends = lt->earlyRemoval.endsRecordDisclosure;
            citations << rules::Citation{ends.source, {}, ends.mark}.display();
            payload.insert(QStringLiteral("record_disclosure_ends"), ends.value);
            if (ends.value) {
                if (Status stopped = CreditRecordRegister::stopDisclosure(db, c->recordId, on, true); !stopped)
                    return stopped.error();
            }
            if (Status lifted = CaseStore::liftMeasures(db, c->id, on); !lifted)
                return lifted.error();
            DeadlineRegister::Owner caseOwner;
            caseOwner.caseId = c->id;
            if (Status closed = DeadlineRegister::close(db, caseOwner, domain::DeadlineKind::ListExpiry,
                                                        domain::DeadlineStatus::Cancelled, on);
                !closed)
                return closed.error();
            if (ends.value) {
                DeadlineRegister::Owner recordOwner;
                recordOwner.recordId = c->recordId;
                if (Status closed =
                        DeadlineRegister::close(db, recordOwner, std::nullopt, domain::DeadlineStatus::Cancelled, on);
                    !closed)
                    return closed.error();
            }
            payload.insert(QStringLiteral("removed_on"), WC::iso(on));
        }
        auto head = audit::AuditLog::head(db);
        if (!head)
            return head.error();
        r.stage = grant ? RestorationStage::Granted : RestorationStage::Refused;
        r.decidedOn = on;
        r.decidedBy = actor.name;
        r.decisionText = text.trimmed();
        r.decidedLate = r.dueOn.isValid() && on > r.dueOn;
        r.chainSeq = head->seq;
        r.chainHash = head->hash;
        if (Status decided = RestorationStore::saveDecision(db, r); !decided)
            return decided.error();
        DeadlineRegister::Owner caseOwner;
        caseOwner.caseId = c->id;
        if (Status closed = DeadlineRegister::close(db, caseOwner, domain::DeadlineKind::RestorationDue,
                                                    domain::DeadlineStatus::Met, on);
            !closed)
            return closed.error();
        payload.insert(QStringLiteral("stage"), domain::restorationStageId(r.stage));
        payload.insert(QStringLiteral("late"), r.decidedLate);
        payload.insert(QStringLiteral("chain_seq"), head->seq);
        payload.insert(QStringLiteral("chain_hash"), head->hash);
        payload.insert(QStringLiteral("citations"), QJsonArray::fromStringList(citations));
        if (Status logged = m_context.audit(db, event, caseObject(c->id), payload); !logged)
            return logged.error();
        return RestorationStore::find(db, r.id);
    });
}

Result<Restoration> RestorationWorkflow::revoke(qint64 caseId, QDate on, const QString& text) {
    if (text.trimmed().isEmpty())
        return Error::usage(tr("Give the reasons for revoking the restoration (--text), e.g. which materials were "
                               "false."));
    const QString event = QStringLiteral("restoration.revoke");
    return m_context.act<Restoration>(event, caseObject(caseId), [&](QSqlDatabase& db) -> Result<Restoration> {
        const auto& actor = m_context.actor();
        auto c = CaseWorkflow::load(db, caseId);
        if (!c)
            return c.error();
        auto latest = RestorationStore::latestOfCase(db, caseId);
        if (!latest)
            return latest.error();
        const QString state = *latest ? domain::restorationStageId((*latest)->stage) : WorkflowTable::noneState();
        const auto permitted =
            WorkflowTable::restorations().permits(actor.role, state, QString(restorationevent::revoke));
        if (!permitted)
            return permitted.toError();
        if (Status own = m_context.requireOwnOrgan(
                db, c->organId, WorkflowTable::restorations().eventName(QString(restorationevent::revoke)),
                {QStringLiteral("opinions-VI-11"), QStringLiteral("opinions-IX-responsibility")}, on);
            !own)
            return own.error();
        const auto reinstated =
            WorkflowTable::cases().permits(actor.role, domain::caseStageId(c->stage), QString(caseevent::reinstate));
        if (!reinstated)
            return reinstated.toError();
        Restoration r = **latest;
        if (Status dated = WC::checkEventDate(on, tr("the revocation"), r.decidedOn,
                                              tr("the grant of %1").arg(WC::iso(r.decidedOn)));
            !dated)
            return dated.error();
        r.stage = RestorationStage::Revoked;
        r.revokedOn = on;
        r.revokedBy = actor.name;
        r.revokeText = text.trimmed();
        if (Status revoked = RestorationStore::saveRevocation(db, r); !revoked)
            return revoked.error();
        if (Status staged = CaseStore::setStage(db, c->id, CaseStage::Listed, {}, QString()); !staged)
            return staged.error();
        // Only what the grant stopped is resumed: a record stopped on the grant's date by the removal.
        if (Status resumed = CreditRecordRegister::resumeDisclosure(db, c->recordId, r.decidedOn); !resumed)
            return resumed.error();
        if (Status reinstated = CaseStore::reinstateMeasures(db, c->id, r.decidedOn, on); !reinstated)
            return reinstated.error();
        if (c->listedUntil.isValid()) {
            DeadlineRegister::Owner caseOwner;
            caseOwner.caseId = c->id;
            if (Status reopened = DeadlineRegister::reopenLatest(db, caseOwner, domain::DeadlineKind::ListExpiry);
                !reopened)
                return reopened.error();
        }
        DeadlineRegister::Owner recordOwner;
        recordOwner.recordId = c->recordId;
        for (auto kind : {domain::DeadlineKind::DisclosureMinimum, domain::DeadlineKind::DisclosureMaximum}) {
            if (Status reopened = DeadlineRegister::reopenLatest(db, recordOwner, kind); !reopened)
                return reopened.error();
        }
        const QJsonObject payload{{QStringLiteral("restoration"), r.id},
                                  {QStringLiteral("revoked_on"), WC::iso(on)},
                                  {QStringLiteral("reason"), r.revokeText},
                                  {QStringLiteral("listing_restored"), true}};
        if (Status logged = m_context.audit(db, event, caseObject(c->id), payload); !logged)
            return logged.error();
        return RestorationStore::find(db, r.id);
    });
}

} // namespace creditcase::workflow
