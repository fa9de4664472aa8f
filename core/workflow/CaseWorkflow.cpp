#include "CaseWorkflow.h"

#include "AttachmentStore.h"
#include "CaseStore.h"
#include "CreditRecordRegister.h"
#include "DeadlineRegister.h"
#include "RestorationWorkflow.h"
#include "StandardWorkflow.h"
#include "SubjectRegister.h"
#include "WorkflowTable.h"
#include "audit/AuditLog.h"
#include "audit/InquiryRegister.h"
#include "domain/AuthorityLevel.h"
#include "domain/ResidentIdNumber.h"

#include <QJsonArray>
#include <QJsonObject>

namespace creditcase::workflow {

namespace {

using domain::Case;
using domain::CaseStage;
using WC = WorkflowContext;

QString caseObject(qint64 id) {
    return QStringLiteral("case:%1").arg(id);
}

QString caseEvent(QLatin1StringView event) {
    return QStringLiteral("case.") + QString(event);
}

DeadlineRegister::Owner ownerOf(const Case& c) {
    DeadlineRegister::Owner owner;
    owner.caseId = c.id;
    owner.subjectId = c.subjectId;
    return owner;
}

domain::AuthorityLevel authorityOf(domain::OrganLevel level) {
    switch (level) {
    case domain::OrganLevel::County:
        return domain::AuthorityLevel::County;
    case domain::OrganLevel::Municipal:
        return domain::AuthorityLevel::Municipal;
    case domain::OrganLevel::Provincial:
        return domain::AuthorityLevel::Provincial;
    case domain::OrganLevel::National:
        return domain::AuthorityLevel::National;
    }
    return domain::AuthorityLevel::County;
}

Result<domain::OrganLevel> organLevel(QSqlDatabase& db, qint64 organId) {
    auto organ = WC::organ(db, organId);
    if (!organ && organ.error().kind == ErrorKind::NotFound)
        return Error::notFound(CaseWorkflow::tr("The case's organ %1 is not in this vault.").arg(organId));
    if (!organ)
        return organ.error();
    return organ->level;
}

// The latest date of anything that happened in the case: a later step may not be dated before it.
Result<QDate> latestEventDate(QSqlDatabase& db, const Case& c) {
    QDate latest = c.openedOn;
    for (const QDate d : {c.noticeServedOn, c.decidedOn})
        if (d.isValid() && d > latest)
            latest = d;
    auto proceedings = CaseStore::latestProceedingDate(db, c.id);
    if (!proceedings)
        return proceedings.error();
    if (proceedings->isValid() && *proceedings > latest)
        latest = *proceedings;
    return latest;
}

QJsonArray citationsJson(const QStringList& citations) {
    return QJsonArray::fromStringList(citations);
}

// Which level must re-examine a designation by an organ of `designating` level under this rule, and whether it is
// required at all: designations below provincial level go to a provincial-level department (Guiding Opinions
// IV(8)); a rule naming "national" or "next-higher" can ask for more.
// "next-higher" (SAMR Order 44): the organ one level up, e.g. a municipal department for a county designation.
std::optional<domain::OrganLevel> reviewerLevel(const rules::ReExaminationRule& rule, domain::OrganLevel designating) {
    if (!rule.required)
        return std::nullopt;
    if (rule.level == QLatin1String("next-higher")) {
        if (designating >= domain::OrganLevel::National)
            return std::nullopt;
        return static_cast<domain::OrganLevel>(static_cast<int>(designating) + 1);
    }
    if (designating >= domain::OrganLevel::Provincial)
        return std::nullopt;
    if (rule.level == QLatin1String("national"))
        return domain::OrganLevel::National;
    return domain::OrganLevel::Provincial;
}

struct Governing {
    rules::StandardFacts facts;
    qint64 standardId = 0;
};

// The standard a designation by `designatingOrgan` on `on` rests on: a standard adopted by that organ or an organ
// above it (its own jurisdiction only) where one is in force; otherwise the list type's national standard in the rule
// data, which needs no local adoption (Guiding Opinions IV(7): uniform national standards). Where neither is in force,
// the local standard (if any) is returned so that the refusal can say why it no longer applies.
Result<Governing> governingStandard(QSqlDatabase& db, const rules::RuleBook& book, const QString& listType, QDate on,
                                    qint64 designatingOrgan) {
    Governing national;
    if (auto fromRules = book.standardFactsFor(listType, on))
        national.facts = *fromRules;
    auto designating = WC::organ(db, designatingOrgan);
    if (!designating)
        return designating.error();
    auto governing = StandardWorkflow::governing(db, listType, on, *designating);
    if (!governing)
        return governing.error();
    if (!*governing)
        return national;
    Governing local;
    local.facts = StandardWorkflow::facts(**governing, national.facts, on);
    local.standardId = (*governing)->id;
    if (local.facts.status == domain::StandardStatus::InForce ||
        national.facts.status != domain::StandardStatus::InForce)
        return local;
    return national;
}

// "Non-restorable" is a property of named provisions in the rule data (Guiding Opinions VI(11)), never a bare flag:
// the officer states "non-restorable:<provision id>" and the list type must name that provision.
Status checkNonRestorable(const rules::RuleBook& book, const rules::ListType& lt, const QStringList& circumstances,
                          QDate on) {
    const QString prefix = QStringLiteral("non-restorable");
    QStringList named;
    for (const auto& provision : lt.nonRestorable)
        named << QStringLiteral("%1 (%2)").arg(provision.id, provision.text.source);
    for (const QString& circumstance : circumstances) {
        if (circumstance != prefix && !circumstance.startsWith(prefix + QLatin1Char(':')))
            continue;
        const QString id = circumstance.mid(prefix.size() + 1).trimmed();
        if (!id.isEmpty() && lt.nonRestorableProvision(id))
            continue;
        return Error::refused(
            CaseWorkflow::tr("Information is non-restorable only where a law, regulation or State Council decision "
                             "says so: name the provision as \"non-restorable:<id>\". The rules for \"%1\" name: "
                             "%2.")
                .arg(rules::localizedText(lt.nameEn, lt.name),
                     named.isEmpty() ? CaseWorkflow::tr("no such provision") : named.join(QStringLiteral("; "))),
            {book.provision(QStringLiteral("opinions-VI-11"), on).display()});
    }
    return {};
}

// The facts of the designation the evidence gives: the subject's kind, a natural person's birth date from the
// resident ID, the record's severity, catalogue item and the day of the conduct.
// The open deadline of a kind of a case, if any.
Result<std::optional<domain::Deadline>> openDeadline(QSqlDatabase& db, const Case& c, domain::DeadlineKind kind) {
    auto all = DeadlineRegister::of(db, ownerOf(c));
    if (!all)
        return all.error();
    for (const domain::Deadline& d : *all) {
        if (d.kind == kind && d.status == domain::DeadlineStatus::Open)
            return std::optional<domain::Deadline>(d);
    }
    return std::optional<domain::Deadline>();
}

void addEvidenceFacts(rules::DesignationFacts& designation, const domain::Subject& subject,
                      const domain::CreditRecord& record) {
    designation.subjectType = domain::subjectTypeOf(subject.kind);
    designation.severity = record.severity;
    designation.catalogItem = record.catalogItem;
    designation.conductOn = record.conductOn;
    designation.decidedOn = record.decidedOn;
    if (subject.identifierKind == QLatin1String("resident-id"))
        designation.birthDate = domain::ResidentIdNumber::birthDate(subject.identifier);
}

} // namespace

CaseWorkflow::CaseWorkflow(WorkflowContext& context)
    : m_context(context) {}

Result<Case> CaseWorkflow::load(QSqlDatabase& db, qint64 caseId) {
    return CaseStore::load(db, caseId);
}

Result<std::optional<domain::Organ>> CaseWorkflow::nextHigherOrgan(QSqlDatabase& db, const domain::Organ& designating) {
    auto ids = WC::organIds(db);
    if (!ids)
        return ids.error();
    std::optional<domain::Organ> next;
    for (const qint64 id : *ids) {
        auto organ = WC::organ(db, id);
        if (!organ)
            return organ.error();
        if (organ->level <= designating.level || !WC::regionContains(*organ, designating.regionCode))
            continue;
        if (!next || organ->level < next->level)
            next = organ.take();
    }
    return next;
}

Status CaseWorkflow::mayReExamine(QSqlDatabase& db, const rules::ReExaminationRule& rule, const domain::Organ& reviewer,
                                  const domain::Organ& designating, const QStringList& cites) {
    const auto required = reviewerLevel(rule, designating.level);
    if (!required)
        return Error::refused(tr("A designation by a %1 organ needs no re-examination under this list's rules.")
                                  .arg(domain::RoleNames::displayName(designating.level)),
                              cites);
    if (rule.level == QLatin1String("next-higher")) {
        auto next = nextHigherOrgan(db, designating);
        if (!next)
            return next.error();
        if (!*next)
            return Error::refused(tr("Re-examination of a case of %1 is for its next higher organ, and this vault "
                                     "holds no organ above it whose region contains region %2; record that organ "
                                     "and its supervisors first.")
                                      .arg(designating.name, designating.regionCode),
                                  cites);
        if ((*next)->id != reviewer.id)
            return Error::refused(
                tr("Re-examination of a case of %1 (region %2) is for its next higher organ, %3 (%4, region "
                   "%5), not for %6.")
                    .arg(designating.name, designating.regionCode, (*next)->name,
                         domain::RoleNames::displayName((*next)->level), (*next)->regionCode, reviewer.name),
                cites);
        return {};
    }
    if (reviewer.level < *required || reviewer.level <= designating.level)
        return Error::refused(tr("Re-examination is for a supervisor of a %1 organ (or higher) above the designating "
                                 "%2 organ; %3 is a %4 organ.")
                                  .arg(domain::RoleNames::displayName(*required),
                                       domain::RoleNames::displayName(designating.level), reviewer.name,
                                       domain::RoleNames::displayName(reviewer.level)),
                              cites);
    // The superior organ must be the designating organ's own: its region contains the case's region.
    if (!WC::regionContains(reviewer, designating.regionCode))
        return Error::refused(tr("Re-examination of a case of %1 (region %2) is for a superior organ whose region "
                                 "contains it; %3 is region %4.")
                                  .arg(designating.name, designating.regionCode, reviewer.name, reviewer.regionCode),
                              cites);
    return {};
}

Result<Case> CaseWorkflow::open(const OpenCase& request) {
    const QString event = caseEvent(caseevent::open);
    const QDate on = request.on.isValid() ? request.on : WC::today();
    return m_context.act<Case>(
        event, QStringLiteral("record:%1").arg(request.recordId), [&](QSqlDatabase& db) -> Result<Case> {
            const auto& actor = m_context.actor();
            const auto permitted = WorkflowTable::cases().permits(actor.role, domain::caseStageId(CaseStage::Recorded),
                                                                  QString(caseevent::open));
            if (!permitted)
                return permitted.toError();
            auto record = CreditRecordRegister::find(db, request.recordId);
            if (!record)
                return record.error();
            auto basis = CreditRecordRegister::findBasis(db, record->basisId);
            if (!basis)
                return basis.error();
            if (Status dated = WC::checkEventDate(on, tr("opening the case"), record->decidedOn,
                                                  tr("the basis decision of %1").arg(WC::iso(record->decidedOn)));
                !dated)
                return dated.error();

            auto existing = CaseStore::openCaseOn(db, record->id, request.listType);
            if (!existing)
                return existing.error();
            if (*existing)
                return Error::refused(
                    tr("Case %1 on this record for the same list is still open; continue that case.").arg(**existing));

            auto book = m_context.ruleBook();
            if (!book)
                return book.error();
            auto calendar = m_context.calendar();
            if (!calendar)
                return calendar.error();

            rules::BasisFacts basisFacts;
            basisFacts.kind = basis->kind;
            basisFacts.effectiveOn = basis->effectiveOn;
            basisFacts.legallyEffective = basis->legallyEffective;
            basisFacts.statutoryProvision = basis->statutoryProvision;
            const rules::Verdict basisVerdict = book->isLegallyEffectiveBasis(basisFacts, on);
            if (!basisVerdict)
                return basisVerdict.toError();

            rules::DesignationFacts designation;
            designation.designatingLevel = authorityOf(actor.organ.level);
            designation.ground = request.ground;
            designation.circumstances = request.circumstances;
            auto subject = SubjectRegister::find(db, record->subjectId);
            if (!subject)
                return subject.error();
            addEvidenceFacts(designation, *subject, *record);
            auto lt = book->listType(request.listType, on);
            if (lt) {
                if (Status named = checkNonRestorable(*book, *lt, request.circumstances, on); !named)
                    return named.error();
            }
            if (request.scope) {
                designation.conductScope = *request.scope;
            } else if (lt && lt->scopeCategories.value.size() == 1) {
                designation.conductScope = lt->scopeCategories.value.first();
            } else if (lt) {
                QStringList ids;
                for (auto category : lt->scopeCategories.value)
                    ids << domain::scopeCategoryId(category);
                return Error::usage(tr("State which kind of conduct this is (--scope): \"%1\" covers %2.")
                                        .arg(request.listType, ids.join(QStringLiteral(", "))));
            }
            auto governing = governingStandard(db, *book, request.listType, on, actor.organ.id);
            if (!governing)
                return governing.error();
            const rules::Verdict designable =
                book->mayDesignate(request.listType, governing->facts, designation, on, m_context.dateAdder(*calendar));
            if (!designable)
                return designable.toError();
            // The time to decide, where the list type's rules set one, counts from an event before the case (e.g. the
            // day the order to pay fell due unpaid): the officer states that day from the file.
            QStringList warnings = designable.warnings;
            const rules::OptionalDuration* decisionLimit =
                lt && lt->decisionLimit.isSet() ? &lt->decisionLimit : nullptr;
            if (request.decisionLimitFrom.isValid()) {
                if (!decisionLimit)
                    return Error::refused(
                        tr("The rules of \"%1\" set no time limit for the decision, so no day to count it from is "
                           "needed (--decision-limit-from).")
                            .arg(lt ? rules::localizedText(lt->nameEn, lt->name) : request.listType),
                        lt ? QStringList{lt->decisionLimit.citation().display()} : QStringList{});
                if (Status dated = WC::checkEventDate(request.decisionLimitFrom,
                                                      rules::countFromName(decisionLimit->duration->countFrom), QDate(),
                                                      QString());
                    !dated)
                    return dated.error();
                if (request.decisionLimitFrom > on)
                    return Error::usage(tr("%1 (%2) cannot be after the day the case is opened (%3).")
                                            .arg(rules::countFromName(decisionLimit->duration->countFrom),
                                                 WC::iso(request.decisionLimitFrom), WC::iso(on)));
            } else if (decisionLimit) {
                warnings << tr("The designation decision is due %1 after %2 (%3), but that day was not stated, so the "
                               "deadline is not kept; state it when opening the case.")
                                .arg(decisionLimit->duration->describe(),
                                     rules::countFromName(decisionLimit->duration->countFrom),
                                     decisionLimit->citation().display());
            }

            Case opened;
            opened.recordId = record->id;
            opened.subjectId = record->subjectId;
            opened.listType = request.listType;
            opened.standardId = governing->standardId;
            opened.scope = designation.conductScope;
            opened.ground = request.ground;
            opened.circumstances = request.circumstances;
            opened.stage = CaseStage::NoticePrepared;
            opened.officer = actor.name;
            opened.organId = actor.organ.id;
            opened.openedOn = on;
            auto inserted = CaseStore::insert(db, opened);
            if (!inserted)
                return inserted.error();
            const qint64 caseId = *inserted;

            // The notice records the chain position at the moment it was made.
            auto head = audit::AuditLog::head(db);
            if (!head)
                return head.error();
            domain::Notice notice;
            notice.caseId = caseId;
            notice.preparedOn = on;
            notice.preparedBy = actor.name;
            notice.chainSeq = head->seq;
            notice.chainHash = head->hash;
            if (Status stored = CaseStore::insertNotice(db, notice); !stored)
                return stored.error();

            auto created = load(db, caseId);
            if (!created)
                return created.error();
            // Serving the notice: the list type's own limit where its rules set one, else the general service limit.
            std::optional<rules::RuleDuration> serviceLimit;
            if (lt) {
                if (const auto* own = lt->limit(QStringLiteral("notice-service")))
                    serviceLimit = own->duration;
            }
            if (!serviceLimit) {
                if (auto general = book->procedureLimit(QStringLiteral("service-absent"), on))
                    serviceLimit = general->duration;
            }
            if (serviceLimit) {
                if (auto opened = DeadlineRegister::open(db, domain::DeadlineKind::NoticeService, ownerOf(*created), on,
                                                         *serviceLimit, *calendar);
                    !opened)
                    return opened.error();
            }
            QDate decisionDue;
            if (decisionLimit && request.decisionLimitFrom.isValid()) {
                auto due = DeadlineRegister::open(db, domain::DeadlineKind::DecisionDue, ownerOf(*created),
                                                  request.decisionLimitFrom, *decisionLimit->duration, *calendar);
                if (!due)
                    return due.error();
                decisionDue = due->dueOn;
            }

            QJsonObject payload{{QStringLiteral("record"), record->id},
                                {QStringLiteral("subject"), record->subjectId},
                                {QStringLiteral("list_type"), request.listType},
                                {QStringLiteral("standard"), governing->standardId},
                                {QStringLiteral("opened_on"), WC::iso(on)},
                                {QStringLiteral("notice_chain_seq"), head->seq},
                                {QStringLiteral("reason"), designable.reason},
                                {QStringLiteral("warnings"), citationsJson(warnings)},
                                {QStringLiteral("citations"),
                                 citationsJson(basisVerdict.citationTexts() + designable.citationTexts())}};
            if (decisionDue.isValid()) {
                payload.insert(QStringLiteral("decision_limit_from"), WC::iso(request.decisionLimitFrom));
                payload.insert(QStringLiteral("decision_due"), WC::iso(decisionDue));
            }
            if (Status logged = m_context.audit(db, event, caseObject(caseId), payload); !logged)
                return logged.error();
            created->warnings = warnings;
            return created;
        });
}

Result<CaseWorkflow::StepRules> CaseWorkflow::stepRules(const QString& listType, QDate on) {
    auto book = m_context.ruleBook();
    if (!book)
        return book.error();
    auto calendar = m_context.calendar();
    if (!calendar)
        return calendar.error();
    auto lt = book->listType(listType, on);
    if (!lt)
        return Error::refused(lt.error().message);
    return StepRules{book.take(), calendar.take(), lt.take()};
}

Result<Case> CaseWorkflow::step(qint64 caseId, const QString& event,
                                const std::function<Status(QSqlDatabase&, Case&, QJsonObject&)>& work) {
    const QString fullEvent = QStringLiteral("case.") + event;
    return m_context.act<Case>(fullEvent, caseObject(caseId), [&](QSqlDatabase& db) -> Result<Case> {
        auto loaded = load(db, caseId);
        if (!loaded)
            return loaded.error();
        Case c = loaded.take();
        const auto permitted =
            WorkflowTable::cases().permits(m_context.actor().role, domain::caseStageId(c.stage), event);
        if (!permitted)
            return permitted.toError();
        // Acts on a case belong to the case's organ; the re-examination belongs to a superior organ and is checked
        // by decideReExamination.
        if (event != caseevent::approveReExamination && event != caseevent::returnReExamination) {
            if (Status own = m_context.requireOwnOrgan(
                    db, c.organId, WorkflowTable::cases().eventName(event),
                    {QStringLiteral("opinions-IV-8"), QStringLiteral("opinions-IX-responsibility")});
                !own)
                return own.error();
        }
        const CaseStage from = c.stage;
        QJsonObject payload;
        if (Status done = work(db, c, payload); !done)
            return done.error();
        const auto* transition = WorkflowTable::cases().find(domain::caseStageId(from), event);
        // The table is the only source of transitions: effects that would lead elsewhere are a programming error,
        // and nothing of the step is kept.
        if (!transition || !transition->to.contains(domain::caseStageId(c.stage)))
            return Error::failure(tr("Internal error: \"%1\" would move case %2 from %3 to %4, which the workflow "
                                     "table does not allow. Nothing was changed.")
                                      .arg(event)
                                      .arg(c.id)
                                      .arg(domain::caseStageId(from), domain::caseStageId(c.stage)));
        if (Status saved = CaseStore::save(db, c); !saved)
            return saved.error();
        payload.insert(QStringLiteral("from"), domain::caseStageId(from));
        payload.insert(QStringLiteral("to"), domain::caseStageId(c.stage));
        if (Status logged = m_context.audit(db, fullEvent, caseObject(c.id), payload); !logged)
            return logged.error();
        return load(db, c.id);
    });
}

Result<Case> CaseWorkflow::serveNotice(qint64 caseId, QDate servedOn) {
    return step(
        caseId, QString(caseevent::serveNotice), [&](QSqlDatabase& db, Case& c, QJsonObject& payload) -> Status {
            if (Status dated = WC::checkEventDate(servedOn, tr("service of the notice"), c.openedOn,
                                                  tr("the case was opened on %1").arg(WC::iso(c.openedOn)));
                !dated)
                return dated;
            auto inForce = stepRules(c.listType, servedOn);
            if (!inForce)
                return inForce.error();
            auto* calendar = &inForce->calendar;
            auto* lt = &inForce->listType;

            if (Status served = CaseStore::markNoticeServed(db, c.id, servedOn, m_context.actor().name); !served)
                return served;
            if (Status closed = DeadlineRegister::close(db, ownerOf(c), domain::DeadlineKind::NoticeService,
                                                        domain::DeadlineStatus::Met, servedOn);
                !closed)
                return closed;
            c.noticeServedOn = servedOn;
            payload.insert(QStringLiteral("served_on"), WC::iso(servedOn));
            if (lt->objectionWindow.isSet()) {
                auto window = DeadlineRegister::open(db, domain::DeadlineKind::ObjectionWindow, ownerOf(c), servedOn,
                                                     *lt->objectionWindow.duration, *calendar);
                if (!window)
                    return window.error();
                c.objectionWindowEnds = window->dueOn;
                c.stage = CaseStage::ObjectionWindow;
                payload.insert(QStringLiteral("objection_window_ends"), WC::iso(window->dueOn));
                payload.insert(QStringLiteral("citations"), citationsJson({lt->objectionWindow.citation().display()}));
            } else {
                c.stage = CaseStage::ReadyToDecide;
                payload.insert(QStringLiteral("no_objection_window"), lt->objectionWindow.noneReason);
            }
            return {};
        });
}

Result<Case> CaseWorkflow::receiveObjection(qint64 caseId, QDate receivedOn, const QString& text) {
    if (text.trimmed().isEmpty())
        return Error::usage(tr("Record what the party objects to (--text)."));
    return step(
        caseId, QString(caseevent::receiveObjection), [&](QSqlDatabase& db, Case& c, QJsonObject& payload) -> Status {
            if (Status dated = WC::checkEventDate(receivedOn, tr("receipt of the objection"), c.noticeServedOn,
                                                  tr("the notice was served on %1").arg(WC::iso(c.noticeServedOn)));
                !dated)
                return dated;
            auto inForce = stepRules(c.listType, receivedOn);
            if (!inForce)
                return inForce.error();
            auto* book = &inForce->book;
            auto* calendar = &inForce->calendar;
            auto* lt = &inForce->listType;
            if (c.objectionWindowEnds.isValid() && receivedOn > c.objectionWindowEnds)
                return Error::refused(
                    tr("The objection was received on %1, after the objection window ended on %2 (%3 "
                       "from the service of the notice on %4).")
                        .arg(WC::iso(receivedOn), WC::iso(c.objectionWindowEnds),
                             lt->objectionWindow.duration ? lt->objectionWindow.duration->describe() : QString(),
                             WC::iso(c.noticeServedOn)),
                    {lt->objectionWindow.citation().display(),
                     book->provision(QStringLiteral("opinions-IV-8"), receivedOn).display()});
            QDate answerDue;
            if (lt->objectionAnswerLimit.isSet()) {
                auto due = DeadlineRegister::open(db, domain::DeadlineKind::ObjectionAnswer, ownerOf(c), receivedOn,
                                                  *lt->objectionAnswerLimit.duration, *calendar);
                if (!due)
                    return due.error();
                answerDue = due->dueOn;
            }
            domain::Objection objection;
            objection.caseId = c.id;
            objection.receivedOn = receivedOn;
            objection.receivedBy = m_context.actor().name;
            objection.text = text.trimmed();
            objection.answerDue = answerDue;
            if (auto stored = CaseStore::insertObjection(db, objection); !stored)
                return stored.error();
            if (Status closed = DeadlineRegister::close(db, ownerOf(c), domain::DeadlineKind::ObjectionWindow,
                                                        domain::DeadlineStatus::Met, receivedOn);
                !closed)
                return closed;
            c.stage = CaseStage::ObjectionReview;
            payload.insert(QStringLiteral("received_on"), WC::iso(receivedOn));
            payload.insert(QStringLiteral("answer_due"), WC::iso(answerDue));
            if (lt->objectionAnswerLimit.isSet())
                payload.insert(QStringLiteral("citations"),
                               citationsJson({lt->objectionAnswerLimit.citation().display()}));
            return {};
        });
}

Result<Case> CaseWorkflow::answerObjection(qint64 caseId, QDate on, bool upheld, const QString& text) {
    if (text.trimmed().isEmpty())
        return Error::usage(tr("Give the reasons of the answer to the objection (--text)."));
    const QString event = upheld ? QString(caseevent::upholdObjection) : QString(caseevent::rejectObjection);
    return step(caseId, event, [&](QSqlDatabase& db, Case& c, QJsonObject& payload) -> Status {
        auto pending = CaseStore::pendingObjection(db, c.id);
        if (!pending)
            return pending.error();
        if (!*pending)
            return Error::refused(tr("Case %1 has no objection awaiting an answer.").arg(c.id));
        domain::Objection objection = **pending;
        const qint64 objectionId = objection.id;
        const QDate receivedOn = objection.receivedOn;
        const QDate answerDue = objection.answerDue;
        if (Status dated = WC::checkEventDate(on, tr("the answer to the objection"), receivedOn,
                                              tr("the objection was received on %1").arg(WC::iso(receivedOn)));
            !dated)
            return dated;
        objection.answeredOn = on;
        objection.answeredBy = m_context.actor().name;
        objection.outcome = upheld ? domain::ObjectionOutcome::Upheld : domain::ObjectionOutcome::Rejected;
        objection.answerText = text.trimmed();
        if (Status answered = CaseStore::answerObjection(db, objection); !answered)
            return answered;
        if (Status closed = DeadlineRegister::close(db, ownerOf(c), domain::DeadlineKind::ObjectionAnswer,
                                                    domain::DeadlineStatus::Met, on);
            !closed)
            return closed;
        payload.insert(QStringLiteral("objection"), objectionId);
        payload.insert(QStringLiteral("answered_on"), WC::iso(on));
        payload.insert(QStringLiteral("late"), answerDue.isValid() && on > answerDue);
        if (upheld) {
            c.stage = CaseStage::Closed;
            c.closedOn = on;
            c.closedReason = QStringLiteral("objection-upheld");
            if (Status closed =
                    DeadlineRegister::close(db, ownerOf(c), std::nullopt, domain::DeadlineStatus::Cancelled, on);
                !closed)
                return closed;
        } else {
            c.stage = CaseStage::ReadyToDecide;
        }
        return {};
    });
}

Result<Case> CaseWorkflow::submitReExamination(qint64 caseId, QDate on, const QString& text) {
    return step(
        caseId, QString(caseevent::submitReExamination),
        [&](QSqlDatabase& db, Case& c, QJsonObject& payload) -> Status {
            auto latestEvent = latestEventDate(db, c);
            if (!latestEvent)
                return latestEvent.error();
            const QDate latest = *latestEvent;
            if (Status dated = WC::checkEventDate(on, tr("the submission for re-examination"), latest,
                                                  tr("the case's previous step on %1").arg(WC::iso(latest)));
                !dated)
                return dated;
            auto inForce = stepRules(c.listType, on);
            if (!inForce)
                return inForce.error();
            auto* book = &inForce->book;
            auto* calendar = &inForce->calendar;
            auto* lt = &inForce->listType;
            const QStringList cites{book->provision(QStringLiteral("opinions-IV-8"), on).display(),
                                    rules::Citation{lt->reExamination.source, {}, lt->reExamination.mark}.display()};
            if (c.stage == CaseStage::ObjectionWindow && on <= c.objectionWindowEnds)
                return Error::refused(
                    tr("The objection window runs until %1; the case can be submitted for "
                       "re-examination from %2.")
                        .arg(WC::iso(c.objectionWindowEnds), WC::iso(c.objectionWindowEnds.addDays(1))),
                    {lt->objectionWindow.citation().display()});
            auto level = organLevel(db, c.organId);
            if (!level)
                return level.error();
            if (!reviewerLevel(lt->reExamination, *level))
                return Error::refused(
                    tr("\"%1\" does not require re-examination of a designation by a %2 organ; the "
                       "decision can be issued directly.")
                        .arg(rules::localizedText(lt->nameEn, lt->name), domain::RoleNames::displayName(*level)),
                    cites);
            domain::ReExamination review;
            review.caseId = c.id;
            review.submittedOn = on;
            review.submittedBy = m_context.actor().name;
            review.submitText = text.trimmed();
            if (auto stored = CaseStore::insertReExamination(db, review); !stored)
                return stored.error();
            if (Status closed = DeadlineRegister::close(db, ownerOf(c), domain::DeadlineKind::ObjectionWindow,
                                                        domain::DeadlineStatus::Met, on);
                !closed)
                return closed;
            if (const auto* limit = lt->limit(QStringLiteral("re-examination"))) {
                if (auto due = DeadlineRegister::open(db, domain::DeadlineKind::ReExamination, ownerOf(c), on,
                                                      limit->duration, *calendar);
                    !due)
                    return due.error();
            }
            c.stage = CaseStage::ReExamination;
            payload.insert(QStringLiteral("submitted_on"), WC::iso(on));
            payload.insert(QStringLiteral("citations"), citationsJson(cites));
            return {};
        });
}

Result<Case> CaseWorkflow::decideReExamination(qint64 caseId, QDate on, bool approved, const QString& text) {
    if (!approved && text.trimmed().isEmpty())
        return Error::usage(tr("Give the reasons for returning the case (--text)."));
    const QString event = approved ? QString(caseevent::approveReExamination) : QString(caseevent::returnReExamination);
    return step(caseId, event, [&](QSqlDatabase& db, Case& c, QJsonObject& payload) -> Status {
        auto pending = CaseStore::pendingReExamination(db, c.id);
        if (!pending)
            return pending.error();
        if (!*pending)
            return Error::refused(tr("Case %1 has no re-examination pending.").arg(c.id));
        domain::ReExamination review = **pending;
        const qint64 reviewId = review.id;
        const QDate submittedOn = review.submittedOn;
        if (Status dated = WC::checkEventDate(on, tr("the re-examination"), submittedOn,
                                              tr("the case was submitted on %1").arg(WC::iso(submittedOn)));
            !dated)
            return dated;
        auto book = m_context.ruleBook();
        if (!book)
            return book.error();
        auto lt = book->listType(c.listType, on);
        if (!lt)
            return Error::refused(lt.error().message);
        const QStringList cites{book->provision(QStringLiteral("opinions-IV-8"), on).display(),
                                rules::Citation{lt->reExamination.source, {}, lt->reExamination.mark}.display()};
        const auto& actor = m_context.actor();
        if (actor.name == c.officer)
            return Error::refused(tr("The case officer cannot re-examine their own case."), cites);
        auto designatingOrgan = WC::organ(db, c.organId);
        if (!designatingOrgan)
            return designatingOrgan.error();
        if (Status may = mayReExamine(db, lt->reExamination, actor.organ, *designatingOrgan, cites); !may)
            return may;
        review.decidedOn = on;
        review.decidedBy = actor.name;
        review.outcome = approved ? domain::ReExaminationOutcome::Approved : domain::ReExaminationOutcome::Returned;
        review.decideText = text.trimmed();
        if (Status decided = CaseStore::decideReExamination(db, review); !decided)
            return decided;
        if (Status closed = DeadlineRegister::close(db, ownerOf(c), domain::DeadlineKind::ReExamination,
                                                    domain::DeadlineStatus::Met, on);
            !closed)
            return closed;
        c.stage = approved ? CaseStage::ReExamined : CaseStage::ReadyToDecide;
        payload.insert(QStringLiteral("re_examination"), reviewId);
        payload.insert(QStringLiteral("decided_on"), WC::iso(on));
        payload.insert(QStringLiteral("citations"), citationsJson(cites));
        return {};
    });
}

Result<Case> CaseWorkflow::decide(qint64 caseId, QDate on, const QStringList& measures) {
    return step(caseId, QString(caseevent::decide), [&](QSqlDatabase& db, Case& c, QJsonObject& payload) -> Status {
        const auto& actor = m_context.actor();
        auto rules = m_context.ruleSet();
        if (!rules)
            return rules.error();
        auto calendar = m_context.calendar();
        if (!calendar)
            return calendar.error();
        const rules::RuleBook book(*rules);
        if (!on.isValid())
            return Error::usage(tr("Give the date of the decision (YYYY-MM-DD)."));
        auto lt = book.listType(c.listType, on);
        if (!lt)
            return Error::refused(lt.error().message, {book.provision(QStringLiteral("opinions-IV-6"), on).display()});

        if (actor.name == c.officer)
            return Error::refused(tr("Four eyes: the designation decision is taken by a supervisor other than the case "
                                     "officer (%1).")
                                      .arg(c.officer),
                                  {book.provision(QStringLiteral("four-eyes"), on).display()});
        if (c.stage == CaseStage::ObjectionWindow && on <= c.objectionWindowEnds)
            return Error::refused(tr("The objection window runs until %1; the decision can be taken from %2, when "
                                     "the party's time to object has passed.")
                                      .arg(WC::iso(c.objectionWindowEnds), WC::iso(c.objectionWindowEnds.addDays(1))),
                                  {lt->objectionWindow.citation().display(),
                                   book.provision(QStringLiteral("opinions-IV-8"), on).display()});
        auto designating = organLevel(db, c.organId);
        if (!designating)
            return designating.error();
        if (reviewerLevel(lt->reExamination, *designating) && c.stage != CaseStage::ReExamined)
            return Error::refused(
                tr("\"%1\" requires re-examination of designations by a %2 organ by a %3 organ before the "
                   "decision; submit the case for re-examination.")
                    .arg(rules::localizedText(lt->nameEn, lt->name), domain::RoleNames::displayName(*designating),
                         domain::RoleNames::displayName(*reviewerLevel(lt->reExamination, *designating))),
                {book.provision(QStringLiteral("opinions-IV-8"), on).display(),
                 rules::Citation{lt->reExamination.source, {}, lt->reExamination.mark}.display()});
        auto latestEvent = latestEventDate(db, c);
        if (!latestEvent)
            return latestEvent.error();
        const QDate latest = *latestEvent;
        if (Status dated = WC::checkEventDate(on, tr("the decision"), latest,
                                              tr("the case's previous step on %1").arg(WC::iso(latest)));
            !dated)
            return dated;

        auto record = CreditRecordRegister::find(db, c.recordId);
        if (!record)
            return record.error();
        auto governing = governingStandard(db, book, c.listType, on, c.organId);
        if (!governing)
            return governing.error();
        rules::DesignationFacts designation;
        designation.conductScope = c.scope;
        designation.designatingLevel = authorityOf(*designating);
        designation.ground = c.ground;
        designation.circumstances = c.circumstances;
        auto subject = SubjectRegister::find(db, c.subjectId);
        if (!subject)
            return subject.error();
        addEvidenceFacts(designation, *subject, *record);
        const rules::Verdict designable =
            book.mayDesignate(c.listType, governing->facts, designation, on, m_context.dateAdder(*calendar));
        if (!designable)
            return designable.toError();

        struct Chosen {
            QString id;
            rules::MeasureUse use;
            QStringList citations;
        };
        QList<Chosen> chosen;
        if (measures.isEmpty()) {
            for (const auto& proposable : book.proposableMeasures(c.listType, record->severity, on)) {
                const rules::Verdict v =
                    book.mayImpose(proposable.measure.id, c.listType, record->severity, proposable.use, on);
                if (!v)
                    return v.toError();
                chosen << Chosen{proposable.measure.id, proposable.use, v.citationTexts()};
            }
        } else {
            for (const auto& id : measures) {
                const auto use = book.permittedUse(id, on).value_or(rules::MeasureUse::Order);
                const rules::Verdict v = book.mayImpose(id, c.listType, record->severity, use, on);
                if (!v)
                    return v.toError();
                chosen << Chosen{id, use, v.citationTexts()};
            }
        }

        // A listing rests on stated facts and, where the list type provides measures, on at least one of them
        // (Guiding Opinions IV(8): reasons and basis; V(9), V(10): measures that fit the conduct).
        if (record->facts.trimmed().isEmpty())
            return Error::refused(tr("The record states no facts; a designation decision states the facts and reasons "
                                     "it rests on."),
                                  {book.provision(QStringLiteral("opinions-IV-8"), on).display()});
        if (chosen.isEmpty() && !lt->measures.value.isEmpty())
            return Error::refused(
                tr("None of the measures that \"%1\" provides may follow %2 conduct, so the listing "
                   "would carry no measure; a designation decision states its measures.")
                    .arg(rules::localizedText(lt->nameEn, lt->name), domain::severityName(record->severity)),
                {book.provision(QStringLiteral("opinions-V-9"), on).display(),
                 book.provision(QStringLiteral("opinions-V-10"), on).display(), lt->measures.citation().display()});

        const rules::ListTerm* term = lt->term(c.ground);
        if (!term)
            return Error::refused(tr("The list type states no listing term for the ground \"%1\".").arg(c.ground),
                                  {lt->standard.citation().display()});
        // A term counted from publication (e.g. the tax list) starts when the listing is published (publish()).
        const bool fromPublication = term->countFrom == QLatin1String("publication");
        QDate listedUntil;
        if (term->kind == rules::ListTerm::Kind::Fixed && term->duration && !fromPublication)
            listedUntil = calendar->compute(on, WC::deadlineRule(*term->duration)).date;

        const QList<rules::EditionRef> editions = rules->editionsInForce(on);
        const QString editionsText = WC::editionsText(editions);
        const auto* measuresDoc = rules->inForce(rules::DocumentKind::Measures, on);
        QStringList citations = designable.citationTexts();
        citations << term->description.citation().display();
        citations.removeDuplicates();

        auto head = audit::AuditLog::head(db);
        if (!head)
            return head.error();
        domain::Decision decision;
        decision.caseId = c.id;
        decision.decidedOn = on;
        decision.decidedBy = actor.name;
        decision.termId = term->id;
        decision.listedFrom = on;
        decision.listedUntil = listedUntil;
        decision.ruleEditions = editionsText;
        decision.reason = designable.reason;
        decision.citations = citations;
        decision.chainSeq = head->seq;
        decision.chainHash = head->hash;
        auto inserted = CaseStore::insertDecision(db, decision);
        if (!inserted)
            return inserted.error();
        const qint64 decisionId = *inserted;
        QJsonArray measuresJson;
        for (const auto& m : chosen) {
            domain::AppliedMeasure applied;
            applied.measureId = m.id;
            applied.measureUse = rules::measureUseId(m.use);
            applied.measuresEdition = measuresDoc ? measuresDoc->edition : QString();
            applied.citations = m.citations;
            if (auto stored = CaseStore::insertMeasure(db, decisionId, c.id, applied); !stored)
                return stored.error();
            measuresJson.append(
                QJsonObject{{QStringLiteral("measure"), m.id}, {QStringLiteral("use"), rules::measureUseId(m.use)}});
        }

        if (Status closed = DeadlineRegister::close(db, ownerOf(c), domain::DeadlineKind::ObjectionWindow,
                                                    domain::DeadlineStatus::Met, on);
            !closed)
            return closed;
        if (auto decisionDue = openDeadline(db, c, domain::DeadlineKind::DecisionDue); !decisionDue) {
            return decisionDue.error();
        } else if (*decisionDue) {
            payload.insert(QStringLiteral("decision_due"), WC::iso((*decisionDue)->dueOn));
            payload.insert(QStringLiteral("decision_late"), on > (*decisionDue)->dueOn);
            if (Status closed = DeadlineRegister::close(db, ownerOf(c), domain::DeadlineKind::DecisionDue,
                                                        domain::DeadlineStatus::Met, on);
                !closed)
                return closed;
        }
        if (listedUntil.isValid()) {
            if (auto expiry = DeadlineRegister::open(db, domain::DeadlineKind::ListExpiry, ownerOf(c), on,
                                                     *term->duration, *calendar);
                !expiry)
                return expiry.error();
        }
        if (fromPublication)
            payload.insert(QStringLiteral("term_counts_from"), QStringLiteral("publication"));
        c.stage = CaseStage::Listed;
        c.decidedOn = on;
        c.decidedBy = actor.name;
        c.listedUntil = listedUntil;
        c.ruleEditions = editionsText;
        c.standardId = governing->standardId;
        payload.insert(QStringLiteral("decision"), decisionId);
        payload.insert(QStringLiteral("decided_on"), WC::iso(on));
        payload.insert(QStringLiteral("listed_until"), WC::iso(listedUntil));
        payload.insert(QStringLiteral("term"), term->id);
        payload.insert(QStringLiteral("measures"), measuresJson);
        payload.insert(QStringLiteral("rule_editions"), editionsText);
        payload.insert(QStringLiteral("chain_seq"), head->seq);
        payload.insert(QStringLiteral("chain_hash"), head->hash);
        payload.insert(QStringLiteral("reason"), designable.reason);
        payload.insert(QStringLiteral("citations"), citationsJson(citations));
        return {};
    });
}

Result<Case> CaseWorkflow::extendDecision(qint64 caseId, QDate on, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return Error::usage(tr("Give the reasons for extending the time to decide (--reason): the rules allow it "
                               "for complex cases only."));
    return step(
        caseId, QString(caseevent::extendDecision), [&](QSqlDatabase& db, Case& c, QJsonObject& payload) -> Status {
            if (Status dated = WC::checkEventDate(on, tr("the extension"), c.openedOn,
                                                  tr("the case was opened on %1").arg(WC::iso(c.openedOn)));
                !dated)
                return dated;
            auto inForce = stepRules(c.listType, on);
            if (!inForce)
                return inForce.error();
            auto* calendar = &inForce->calendar;
            auto* lt = &inForce->listType;
            const QString listName = rules::localizedText(lt->nameEn, lt->name);
            if (!lt->decisionExtension.isSet())
                return Error::refused(
                    tr("The rules of \"%1\" provide no extension of the time to decide.").arg(listName),
                    {lt->decisionExtension.citation().display()});
            auto all = DeadlineRegister::of(db, ownerOf(c));
            if (!all)
                return all.error();
            std::optional<domain::Deadline> due;
            int kept = 0;
            for (const domain::Deadline& d : *all) {
                if (d.kind != domain::DeadlineKind::DecisionDue)
                    continue;
                ++kept;
                if (d.status == domain::DeadlineStatus::Open)
                    due = d;
            }
            const QStringList cites{lt->decisionExtension.citation().display()};
            if (!due)
                return Error::refused(tr("No decision deadline is kept for case %1 (the day the time to "
                                         "decide counts from was not stated when it was opened), so there "
                                         "is nothing to extend.")
                                          .arg(c.id),
                                      cites);
            // The first decision deadline is the limit itself; each one after it is an extension.
            if (kept - 1 >= lt->decisionExtensionTimes)
                return Error::refused(tr("The time to decide case %1 was already extended %n time(s); the rules of "
                                         "\"%2\" allow %3.",
                                         nullptr, kept - 1)
                                          .arg(c.id)
                                          .arg(listName)
                                          .arg(lt->decisionExtensionTimes),
                                      cites);
            if (on > due->dueOn)
                return Error::refused(tr("The time to decide case %1 ended on %2; an extension must be "
                                         "approved before the limit has passed.")
                                          .arg(c.id)
                                          .arg(WC::iso(due->dueOn)),
                                      cites);
            if (Status closed = DeadlineRegister::close(db, ownerOf(c), domain::DeadlineKind::DecisionDue,
                                                        domain::DeadlineStatus::Cancelled, on);
                !closed)
                return closed;
            auto extended = DeadlineRegister::open(db, domain::DeadlineKind::DecisionDue, ownerOf(c), due->dueOn,
                                                   *lt->decisionExtension.duration, *calendar);
            if (!extended)
                return extended.error();
            payload.insert(QStringLiteral("extended_on"), WC::iso(on));
            payload.insert(QStringLiteral("reason"), reason.trimmed());
            payload.insert(QStringLiteral("decision_due_before"), WC::iso(due->dueOn));
            payload.insert(QStringLiteral("decision_due"), WC::iso(extended->dueOn));
            payload.insert(QStringLiteral("citations"), citationsJson(cites));
            return {};
        });
}

Result<Case> CaseWorkflow::publish(qint64 caseId, QDate on) {
    return step(caseId, QString(caseevent::publish), [&](QSqlDatabase& db, Case& c, QJsonObject& payload) -> Status {
        if (Status dated = WC::checkEventDate(on, tr("the publication"), c.decidedOn,
                                              tr("the decision of %1").arg(WC::iso(c.decidedOn)));
            !dated)
            return dated;
        auto book = m_context.pinnedRuleBook(c.ruleEditions);
        if (!book)
            return book.error();
        auto calendar = m_context.calendar();
        if (!calendar)
            return calendar.error();
        auto lt = book->listType(c.listType, c.decidedOn);
        if (!lt)
            return Error::refused(lt.error().message);
        const rules::ListTerm* term = lt->term(c.ground);
        if (!term || !term->duration || term->countFrom != QLatin1String("publication"))
            return Error::refused(tr("The term of \"%1\" does not count from publication; it ran from the decision "
                                     "of %2.")
                                      .arg(rules::localizedText(lt->nameEn, lt->name), WC::iso(c.decidedOn)),
                                  term ? QStringList{term->description.citation().display()} : QStringList{});
        if (c.listedUntil.isValid())
            return Error::refused(
                tr("The listing was already published; its term runs until %1.").arg(WC::iso(c.listedUntil)),
                {term->description.citation().display()});
        const QDate listedUntil = calendar->compute(on, WC::deadlineRule(*term->duration)).date;
        if (Status listed = CaseStore::setListingTerm(db, c.id, on, listedUntil); !listed)
            return listed;
        if (auto expiry = DeadlineRegister::open(db, domain::DeadlineKind::ListExpiry, ownerOf(c), on, *term->duration,
                                                 *calendar);
            !expiry)
            return expiry.error();
        c.listedUntil = listedUntil;
        payload.insert(QStringLiteral("published_on"), WC::iso(on));
        payload.insert(QStringLiteral("listed_until"), WC::iso(listedUntil));
        payload.insert(QStringLiteral("citations"), citationsJson({term->description.citation().display()}));
        return {};
    });
}

Result<Case> CaseWorkflow::expire(qint64 caseId, QDate on) {
    return step(caseId, QString(caseevent::expire), [&](QSqlDatabase& db, Case& c, QJsonObject& payload) -> Status {
        if (Status dated = WC::checkEventDate(on, tr("the end of the listing"), c.decidedOn,
                                              tr("the decision of %1").arg(WC::iso(c.decidedOn)));
            !dated)
            return dated;
        auto book = m_context.pinnedRuleBook(c.ruleEditions);
        if (!book)
            return book.error();
        auto lt = book->listType(c.listType, c.decidedOn);
        const rules::ListTerm* term = lt ? lt->term(c.ground) : nullptr;
        const QStringList cites = term ? QStringList{term->description.citation().display()} : QStringList{};
        if (!c.listedUntil.isValid())
            return Error::refused(term && term->countFrom == QLatin1String("publication")
                                      ? tr("The term counts from publication, which has not been recorded; record the "
                                           "publication first.")
                                      : tr("The listing has no fixed term (it lasts until the obligations are "
                                           "performed); it ends by removal, not by expiry."),
                                  cites);
        if (on < c.listedUntil)
            return Error::refused(
                tr("The listing term runs until %1; it cannot end on %2.").arg(WC::iso(c.listedUntil), WC::iso(on)),
                cites);
        if (Status lifted = CaseStore::liftMeasures(db, c.id, on); !lifted)
            return lifted;
        if (Status closed = DeadlineRegister::close(db, ownerOf(c), domain::DeadlineKind::ListExpiry,
                                                    domain::DeadlineStatus::Met, on);
            !closed)
            return closed;
        // The list's rules may set a time to carry out the removal once the term has ended (e.g. MOHRSS Order 45
        // Art. 17: 10 working days); a later expiry is recorded as late (Guiding Opinions IX: accountability).
        QStringList expiryCites = cites;
        if (lt && lt->removalExecutionLimit.isSet()) {
            auto calendar = m_context.calendar();
            if (!calendar)
                return calendar.error();
            const QDate dueBy =
                calendar->compute(c.listedUntil, WC::deadlineRule(*lt->removalExecutionLimit.duration)).date;
            payload.insert(QStringLiteral("removal_due_by"), WC::iso(dueBy));
            payload.insert(QStringLiteral("late"), on > dueBy);
            expiryCites << lt->removalExecutionLimit.citation().display();
        }
        c.stage = CaseStage::Expired;
        c.closedOn = on;
        c.closedReason = QStringLiteral("term-ended");
        payload.insert(QStringLiteral("expired_on"), WC::iso(on));
        payload.insert(QStringLiteral("citations"), citationsJson(expiryCites));
        return {};
    });
}

Result<CaseFile> CaseWorkflow::read(QSqlDatabase& db, qint64 caseId) {
    CaseFile file;
    auto c = load(db, caseId);
    if (!c)
        return c.error();
    file.theCase = c.take();
    auto subject = SubjectRegister::find(db, file.theCase.subjectId);
    if (!subject)
        return subject.error();
    file.subject = subject.take();
    auto record = CreditRecordRegister::find(db, file.theCase.recordId);
    if (!record)
        return record.error();
    file.record = record.take();
    auto basis = CreditRecordRegister::findBasis(db, file.record.basisId);
    if (!basis)
        return basis.error();
    file.basis = basis.take();
    if (file.theCase.standardId) {
        auto standard = StandardWorkflow::find(db, file.theCase.standardId);
        if (!standard)
            return standard.error();
        file.standard = standard.take();
    }

    auto notices = CaseStore::notices(db, caseId);
    if (!notices)
        return notices.error();
    file.notices = notices.take();
    auto objections = CaseStore::objections(db, caseId);
    if (!objections)
        return objections.error();
    file.objections = objections.take();
    auto reExaminations = CaseStore::reExaminations(db, caseId);
    if (!reExaminations)
        return reExaminations.error();
    file.reExaminations = reExaminations.take();
    auto decision = CaseStore::decision(db, caseId);
    if (!decision)
        return decision.error();
    file.decision = decision.take();
    auto restorations = RestorationWorkflow::of(db, caseId);
    if (!restorations)
        return restorations.error();
    file.restorations = restorations.take();
    DeadlineRegister::Owner owner;
    owner.caseId = caseId;
    auto deadlines = DeadlineRegister::of(db, owner);
    if (!deadlines)
        return deadlines.error();
    file.deadlines = deadlines.take();
    DeadlineRegister::Owner recordOwner;
    recordOwner.recordId = file.record.id;
    auto recordDeadlines = DeadlineRegister::of(db, recordOwner);
    if (!recordDeadlines)
        return recordDeadlines.error();
    file.deadlines << recordDeadlines.take();
    auto basisPapers = AttachmentStore::list(db, QStringLiteral("basis"), file.basis.id);
    if (!basisPapers)
        return basisPapers.error();
    file.attachments = basisPapers.take();
    for (const auto& restoration : file.restorations) {
        auto papers = AttachmentStore::list(db, QStringLiteral("restoration"), restoration.id);
        if (!papers)
            return papers.error();
        file.attachments << papers.take();
    }
    return file;
}

Status CaseWorkflow::checkInquiryPurpose(QSqlDatabase& db, const CaseFile& file, const QString& purpose,
                                         QString* registered) {
    const auto& actor = m_context.actor();
    auto rules = m_context.ruleSet();
    if (!rules)
        return rules.error();
    const QDate today = WC::today();
    const rules::RuleBook book(*rules);
    const QString inquiries = book.provision(QStringLiteral("opinions-VII-13"), today).display();
    const QString sharingProvision = book.provision(QStringLiteral("opinions-III-3"), today).display();
    const rules::LegalBasesEdition* bases = rules->legalBasesOn(today);
    auto owner = WC::organ(db, file.theCase.organId);
    if (!owner)
        return owner.error();
    QStringList allowed;
    if (bases) {
        for (const auto& p : bases->inquiryPurposes)
            allowed << QStringLiteral("%1 (%2)").arg(p.id, rules::localizedText(p.nameEn, p.name));
    }
    const rules::InquiryPurposeRule* rule = bases ? bases->inquiryPurpose(purpose) : nullptr;
    if (!rule)
        return Error::refused(
            tr("Case %1 belongs to %2; %3 of %4 may read it only for a purpose the rules allow for reading another "
               "organ's case, stated as one of: %5. \"%6\" is not such a purpose.")
                .arg(file.theCase.id)
                .arg(owner->name, actor.name, actor.organ.name,
                     allowed.isEmpty() ? tr("(the rules in force name none)") : allowed.join(QStringLiteral("; ")),
                     purpose.trimmed().isEmpty() ? tr("(no purpose)") : purpose.trimmed()),
            {inquiries, sharingProvision});
    const rules::CatalogEdition* catalog = rules->catalogOn(today);
    const rules::CatalogItem* item = catalog ? catalog->item(file.record.catalogItem) : nullptr;
    const QString sharing = item ? rules::sharingScopeId(item->sharing) : QStringLiteral("not-shared");
    if (!rule->sharing.contains(sharing))
        return Error::refused(tr("The record of case %1 is catalogue item \"%2\", which the catalogue in force shares "
                                 "as \"%3\"; the purpose \"%4\" allows reading another organ's records shared as: "
                                 "%5.")
                                  .arg(file.theCase.id)
                                  .arg(file.record.catalogItem, sharing, rule->id,
                                       rule->sharing.isEmpty() ? tr("none") : rule->sharing.join(QStringLiteral(", "))),
                              {sharingProvision, inquiries, rules::Citation{rule->source, {}, rule->mark}.display()});
    *registered = QStringLiteral("%1: %2").arg(rule->id, rules::localizedText(rule->nameEn, rule->name));
    return {};
}

Result<CaseFile> CaseWorkflow::show(qint64 caseId, const QString& purpose) {
    const auto& actor = m_context.actor();
    std::optional<CaseFile> file;
    const QString event = QStringLiteral("case.show");
    auto shown = m_context.act<bool>(event, caseObject(caseId), [&](QSqlDatabase& db) -> Result<bool> {
        auto read = CaseWorkflow::read(db, caseId);
        if (!read)
            return read.error();
        QString stated = purpose.trimmed();
        if (read->theCase.organId != actor.organ.id) {
            // Another organ's case: only for a purpose of the rule data that the record's sharing scope allows.
            if (Status allowed = checkInquiryPurpose(db, *read, stated, &stated); !allowed)
                return allowed.error();
        } else if (stated.isEmpty()) {
            if (actor.name != read->theCase.officer) {
                auto book = m_context.ruleBook();
                if (!book)
                    return book.error();
                return Error::refused(tr("State the purpose of this inquiry (--purpose): every inquiry into a record "
                                         "is registered with who asked, when, whose record and why. Only the case "
                                         "officer (%1) may open the case without stating one.")
                                          .arg(read->theCase.officer),
                                      {book->provision(QStringLiteral("opinions-VII-13"), WC::today()).display()});
            }
            stated = tr("handling the case as its case officer");
        }
        auto registered = audit::InquiryRegister::record(db, actor.name, caseObject(caseId),
                                                         QStringLiteral("subject:%1").arg(read->subject.id), stated);
        if (!registered)
            return registered.error();
        file = read.take();
        return true;
    });
    if (!shown)
        return shown.error();
    return std::move(*file);
}

Result<QList<CaseSummary>> CaseWorkflow::list(std::optional<CaseStage> stage, int limit, const QString& purpose) {
    const auto& actor = m_context.actor();
    const QString event = QStringLiteral("case.list");
    return m_context.act<QList<CaseSummary>>(
        event, QStringLiteral("cases"), [&](QSqlDatabase& db) -> Result<QList<CaseSummary>> {
            // The organs whose cases the user's organ may list: its own and those under it in its region.
            QList<qint64> organs;
            auto ids = WC::organIds(db);
            if (!ids)
                return ids.error();
            for (qint64 id : *ids) {
                auto organ = WC::organ(db, id);
                if (!organ)
                    return organ.error();
                if (WC::governs(actor.organ, *organ))
                    organs << id;
            }
            auto out = CaseStore::summaries(db, organs, stage, limit);
            if (!out)
                return out.error();
            QList<qint64> subjects;
            for (const auto& summary : *out)
                subjects << summary.subjectId;
            // A list shows whose records are handled: it is an inquiry like any other (VII(13)).
            const QString stated = purpose.trimmed().isEmpty()
                                       ? tr("list of the cases of the user's organ and the organs under it")
                                       : purpose.trimmed();
            auto registered =
                audit::InquiryRegister::recordList(db, actor.name, QStringLiteral("cases:list"), subjects, stated);
            if (!registered)
                return registered.error();
            return out;
        });
}

} // namespace creditcase::workflow
