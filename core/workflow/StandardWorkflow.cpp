#include "StandardWorkflow.h"

#include "DeadlineRegister.h"
#include "StandardStore.h"
#include "WorkflowTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace creditcase::workflow {

namespace {

using domain::Standard;
using domain::StandardStatus;

QString objectOf(qint64 id) {
    return QStringLiteral("standard:%1").arg(id);
}

QString eventOf(QLatin1StringView event) {
    return QStringLiteral("standard.") + QString(event);
}

QJsonObject payloadOf(const Standard& s) {
    return {{QStringLiteral("list_type"), s.listType},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("stage"), domain::standardStatusId(s.stage)},
            {QStringLiteral("comment_opened_on"), WorkflowContext::iso(s.commentOpenedOn)},
            {QStringLiteral("comment_closed_on"), WorkflowContext::iso(s.commentClosedOn)},
            {QStringLiteral("adopted_on"), WorkflowContext::iso(s.adoptedOn)},
            {QStringLiteral("in_force_from"), WorkflowContext::iso(s.inForceFrom)},
            {QStringLiteral("last_assessed_on"), WorkflowContext::iso(s.lastAssessedOn)},
            {QStringLiteral("ended_on"), WorkflowContext::iso(s.endedOn)}};
}

DeadlineRegister::Owner ownerOf(const Standard& s) {
    DeadlineRegister::Owner owner;
    owner.standardId = s.id;
    return owner;
}

} // namespace

StandardWorkflow::StandardWorkflow(WorkflowContext& context)
    : m_context(context) {}

Result<Standard> StandardWorkflow::find(QSqlDatabase& db, qint64 standardId) {
    return StandardStore::find(db, standardId);
}

Result<QList<Standard>> StandardWorkflow::list(QSqlDatabase& db, const QString& listType) {
    return StandardStore::list(db, listType);
}

Result<std::optional<Standard>> StandardWorkflow::governing(QSqlDatabase& db, const QString& listType, QDate on,
                                                            const domain::Organ& designating) {
    auto found = StandardStore::inForceFromBy(db, listType, on);
    if (!found)
        return found.error();
    const QList<Standard> candidates = found.take();
    // Only the designating organ's own standards and those of organs above it whose region contains it govern it
    // (a county's standard is nothing to the next county). Among them, one in force on `on` wins, the most local
    // first; otherwise the latest, so that a refusal can say why it no longer supports the designation.
    std::optional<Standard> latest;
    std::optional<Standard> inForce;
    int inForceLevel = 0;
    for (const auto& standard : candidates) {
        auto owner = WorkflowContext::organ(db, standard.organId);
        if (!owner)
            return owner.error();
        if (!WorkflowContext::governs(*owner, designating))
            continue;
        if (!latest)
            latest = standard;
        const rules::StandardFacts judged = facts(standard, {}, on);
        const int level = static_cast<int>(owner->level);
        if (judged.status == StandardStatus::InForce && (!inForce || level < inForceLevel)) {
            inForce = standard;
            inForceLevel = level;
        }
    }
    return inForce ? inForce : latest;
}

rules::StandardFacts StandardWorkflow::facts(const Standard& standard, const rules::StandardFacts& fromRules,
                                             QDate on) {
    rules::StandardFacts facts = fromRules;
    facts.commentOpenedOn = standard.commentOpenedOn;
    facts.commentClosedOn = standard.commentClosedOn;
    facts.adoptedOn = standard.adoptedOn;
    facts.inForceFrom = standard.inForceFrom;
    facts.endedOn = standard.endedOn;
    facts.national = false; // adopted by an organ: it must show its own comment period
    facts.status = standard.stage;
    if (standard.stage == StandardStatus::InForce && standard.inForceFrom.isValid() && on < standard.inForceFrom)
        facts.status = StandardStatus::Adopted;
    // A standard that ended after `on` was still in force on that day.
    if ((standard.stage == StandardStatus::Revised || standard.stage == StandardStatus::Abolished) &&
        standard.endedOn.isValid() && on < standard.endedOn && standard.inForceFrom.isValid() &&
        on >= standard.inForceFrom)
        facts.status = StandardStatus::InForce;
    return facts;
}

Status StandardWorkflow::checkCommentPeriod(const QString& listType, QDate from, QDate to, QDate judgedOn) {
    if (!from.isValid() || !to.isValid())
        return Error::usage(tr("Give the first and the last day of the public comment period (YYYY-MM-DD)."));
    if (to < from)
        return Error::usage(tr("The comment period cannot end (%1) before it begins (%2).")
                                .arg(WorkflowContext::iso(to), WorkflowContext::iso(from)));
    auto book = m_context.ruleBook();
    if (!book)
        return book.error();
    auto calendar = m_context.calendar();
    if (!calendar)
        return calendar.error();
    // Standards whose rule data says the Opinions' comment period does not bind them (e.g. a judicial
    // interpretation) are not held to the minimum.
    if (auto lt = book->listType(listType, judgedOn); lt && !lt->commentPeriodRequired.value)
        return {};
    auto minimum = book->procedureLimit(QStringLiteral("standard-comment-minimum"), judgedOn);
    if (!minimum)
        return Error::refused(minimum.error().message,
                              {book->provision(QStringLiteral("opinions-IV-7"), judgedOn).display()});
    const QDate earliestClose = m_context.dateAdder(*calendar)(from, minimum->duration);
    if (to < earliestClose)
        return Error::refused(
            tr("The public comment period from %1 to %2 is too short: a designation standard must "
               "be open for comment for at least %3, so this one must stay open until at least %4.")
                .arg(WorkflowContext::iso(from), WorkflowContext::iso(to), minimum->duration.describe(),
                     WorkflowContext::iso(earliestClose)),
            {book->provision(QStringLiteral("opinions-IV-7"), judgedOn).display(), minimum->citation().display()});
    return {};
}

Result<Standard> StandardWorkflow::add(const QString& listType, const QString& title) {
    if (title.trimmed().isEmpty())
        return Error::usage(tr("Give the standard a title."));
    const QString event = eventOf(standardevent::add);
    return m_context.act<Standard>(
        event, QStringLiteral("list-type:%1").arg(listType), [&](QSqlDatabase& db) -> Result<Standard> {
            const auto permitted = WorkflowTable::standards().permits(
                m_context.actor().role, WorkflowTable::noneState(), QString(standardevent::add));
            if (!permitted)
                return permitted.toError();
            auto book = m_context.ruleBook();
            if (!book)
                return book.error();
            const QDate today = WorkflowContext::today();
            if (auto lt = book->listType(listType, today); !lt)
                return Error::refused(lt.error().message,
                                      {book->provision(QStringLiteral("opinions-IV-6"), today).display()});
            Standard draft;
            draft.listType = listType;
            draft.title = title.trimmed();
            draft.organId = m_context.actor().organ.id;
            draft.createdBy = m_context.actor().name;
            auto inserted = StandardStore::insertDraft(db, draft);
            if (!inserted)
                return inserted.error();
            auto added = find(db, *inserted);
            if (!added)
                return added.error();
            if (Status logged = m_context.audit(db, event, objectOf(added->id), payloadOf(*added)); !logged)
                return logged.error();
            return added;
        });
}

Result<Standard> StandardWorkflow::step(qint64 standardId, const QString& event,
                                        const std::function<Result<Standard>(QSqlDatabase&, Standard)>& work) {
    const QString fullEvent = QStringLiteral("standard.") + event;
    const QString object = objectOf(standardId);
    return m_context.act<Standard>(fullEvent, object, [&](QSqlDatabase& db) -> Result<Standard> {
        auto standard = find(db, standardId);
        if (!standard)
            return standard.error();
        const auto permitted = WorkflowTable::standards().permits(m_context.actor().role,
                                                                  domain::standardStatusId(standard->stage), event);
        if (!permitted)
            return permitted.toError();
        // A standard belongs to the organ that adopted it: nobody else revises, adopts or abolishes it.
        if (Status own = m_context.requireOwnOrgan(
                db, standard->organId, WorkflowTable::standards().eventName(event),
                {QStringLiteral("opinions-IV-7"), QStringLiteral("opinions-IX-responsibility")});
            !own)
            return own.error();
        auto changed = work(db, *standard);
        if (!changed)
            return changed.error();
        if (Status saved = StandardStore::save(db, *changed); !saved)
            return saved.error();
        if (Status logged = m_context.audit(db, fullEvent, object, payloadOf(*changed)); !logged)
            return logged.error();
        return changed;
    });
}

Result<Standard> StandardWorkflow::openComment(qint64 standardId, QDate from, QDate to) {
    return step(standardId, QString(standardevent::openComment), [&](QSqlDatabase& db, Standard s) -> Result<Standard> {
        if (Status dated = WorkflowContext::checkEventDate(from, tr("the opening of the comment period")); !dated)
            return dated.error();
        if (Status period = checkCommentPeriod(s.listType, from, to, from); !period)
            return period.error();
        s.stage = StandardStatus::OpenForComment;
        s.commentOpenedOn = from;
        s.commentClosedOn = to;
        auto book = m_context.ruleBook();
        if (!book)
            return book.error();
        auto minimum = book->procedureLimit(QStringLiteral("standard-comment-minimum"), from);
        const QString source = minimum ? minimum->citation().display() : QString();
        if (auto opened = DeadlineRegister::openFixed(db, domain::DeadlineKind::CommentClose, ownerOf(s), to, source);
            !opened)
            return opened.error();
        return s;
    });
}

Result<Standard> StandardWorkflow::adopt(qint64 standardId, QDate on, QDate inForceFrom, QDate nextAssessmentDue) {
    return step(standardId, QString(standardevent::adopt), [&](QSqlDatabase& db, Standard s) -> Result<Standard> {
        if (!on.isValid())
            return Error::usage(tr("Give the adoption date (YYYY-MM-DD)."));
        auto book = m_context.ruleBook();
        if (!book)
            return book.error();
        if (on <= s.commentClosedOn)
            return Error::refused(tr("The standard cannot be adopted on %1: its public comment period runs until %2, "
                                     "and a standard may be adopted only after the period has closed (from %3).")
                                      .arg(WorkflowContext::iso(on), WorkflowContext::iso(s.commentClosedOn),
                                           WorkflowContext::iso(s.commentClosedOn.addDays(1))),
                                  {book->provision(QStringLiteral("opinions-IV-7"), on).display()});
        if (Status dated = WorkflowContext::checkEventDate(on, tr("the adoption")); !dated)
            return dated.error();
        if (Status period = checkCommentPeriod(s.listType, s.commentOpenedOn, s.commentClosedOn, on); !period)
            return period.error();
        const QDate from = inForceFrom.isValid() ? inForceFrom : on;
        if (from < on)
            return Error::usage(tr("A standard cannot be in force (%1) before it is adopted (%2).")
                                    .arg(WorkflowContext::iso(from), WorkflowContext::iso(on)));
        if (nextAssessmentDue.isValid() && nextAssessmentDue <= from)
            return Error::usage(tr("The first assessment (%1) must fall after the standard comes into force (%2).")
                                    .arg(WorkflowContext::iso(nextAssessmentDue), WorkflowContext::iso(from)));

        // An older standard in force for the same list and organ is revised by this one.
        auto older = StandardStore::inForceOfOrgan(db, s.listType, s.organId, s.id);
        if (!older)
            return older.error();
        QList<Standard> revised = older.take();
        for (auto& old : revised) {
            const auto permitted = WorkflowTable::standards().permits(
                m_context.actor().role, domain::standardStatusId(old.stage), QString(standardevent::revise));
            if (!permitted)
                return permitted.toError();
            old.stage = StandardStatus::Revised;
            old.endedOn = from;
            if (Status saved = StandardStore::save(db, old); !saved)
                return saved.error();
            if (Status closed =
                    DeadlineRegister::close(db, ownerOf(old), std::nullopt, domain::DeadlineStatus::Cancelled, on);
                !closed)
                return closed.error();
            QJsonObject payload = payloadOf(old);
            payload.insert(QStringLiteral("revised_by"), objectOf(s.id));
            if (Status logged = m_context.audit(db, eventOf(standardevent::revise), objectOf(old.id), payload); !logged)
                return logged.error();
        }

        s.stage = StandardStatus::InForce;
        s.adoptedOn = on;
        s.inForceFrom = from;
        if (Status closed = DeadlineRegister::close(db, ownerOf(s), domain::DeadlineKind::CommentClose,
                                                    domain::DeadlineStatus::Met, on);
            !closed)
            return closed.error();
        if (nextAssessmentDue.isValid()) {
            if (auto opened =
                    DeadlineRegister::openFixed(db, domain::DeadlineKind::AssessmentDue, ownerOf(s), nextAssessmentDue,
                                                book->provision(QStringLiteral("opinions-IV-7"), on).display());
                !opened)
                return opened.error();
        }
        return s;
    });
}

Result<Standard> StandardWorkflow::assess(qint64 standardId, QDate on, QDate nextAssessmentDue) {
    return step(standardId, QString(standardevent::assess), [&](QSqlDatabase& db, Standard s) -> Result<Standard> {
        if (Status dated = WorkflowContext::checkEventDate(
                on, tr("the assessment"), s.inForceFrom,
                tr("the standard came into force on %1").arg(WorkflowContext::iso(s.inForceFrom)));
            !dated)
            return dated.error();
        if (nextAssessmentDue.isValid() && nextAssessmentDue <= on)
            return Error::usage(tr("The next assessment (%1) must fall after this one (%2).")
                                    .arg(WorkflowContext::iso(nextAssessmentDue), WorkflowContext::iso(on)));
        s.lastAssessedOn = on;
        if (Status closed = DeadlineRegister::close(db, ownerOf(s), domain::DeadlineKind::AssessmentDue,
                                                    domain::DeadlineStatus::Met, on);
            !closed)
            return closed.error();
        if (nextAssessmentDue.isValid()) {
            auto book = m_context.ruleBook();
            if (!book)
                return book.error();
            if (auto opened =
                    DeadlineRegister::openFixed(db, domain::DeadlineKind::AssessmentDue, ownerOf(s), nextAssessmentDue,
                                                book->provision(QStringLiteral("opinions-IV-7"), on).display());
                !opened)
                return opened.error();
        }
        return s;
    });
}

Result<Standard> StandardWorkflow::abolish(qint64 standardId, QDate on) {
    return step(standardId, QString(standardevent::abolish), [&](QSqlDatabase& db, Standard s) -> Result<Standard> {
        const QDate earliest = s.adoptedOn.isValid() ? s.adoptedOn : s.commentOpenedOn;
        if (Status dated = WorkflowContext::checkEventDate(
                on, tr("the abolition"), earliest,
                tr("the standard's earlier step on %1").arg(WorkflowContext::iso(earliest)));
            !dated)
            return dated.error();
        s.stage = StandardStatus::Abolished;
        s.endedOn = on;
        if (Status closed =
                DeadlineRegister::close(db, ownerOf(s), std::nullopt, domain::DeadlineStatus::Cancelled, on);
            !closed)
            return closed.error();
        return s;
    });
}

} // namespace creditcase::workflow
