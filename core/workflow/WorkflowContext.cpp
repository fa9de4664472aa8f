#include "WorkflowContext.h"

#include "Clock.h"
#include "RuleAdministration.h"
#include "UserAdministration.h"
#include "audit/AuditLog.h"
#include "storage/SqlError.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace creditcase::workflow {

WorkflowContext::WorkflowContext(storage::Vault& vault, domain::User actor)
    : m_vault(&vault)
    , m_actor(std::move(actor)) {}

Result<WorkflowContext> WorkflowContext::forSession(storage::Vault& vault) {
    if (vault.openedWithRecoveryCode())
        return Error::refused(tr("Cases, records and standards are handled by named users. Open the vault with your "
                                 "user name and password, not with the recovery code."));
    auto user = UserAdministration(vault).actingUser();
    if (!user)
        return user.error();
    return WorkflowContext(vault, user.take());
}

Result<rules::RuleSet> WorkflowContext::ruleSet() {
    if (!m_rules) {
        QSqlDatabase db = m_vault->database();
        auto loaded = RuleAdministration::loadRuleSet(db);
        if (!loaded)
            return loaded.error();
        m_rules = loaded.take();
    }
    return *m_rules;
}

Result<calendar::WorkCalendar> WorkflowContext::calendar() {
    if (!m_calendar) {
        QSqlDatabase db = m_vault->database();
        auto loaded = RuleAdministration::loadCalendar(db);
        if (!loaded)
            return loaded.error();
        m_calendar = loaded.take();
    }
    return *m_calendar;
}

Result<rules::RuleBook> WorkflowContext::ruleBook() {
    auto rules = ruleSet();
    if (!rules)
        return rules.error();
    return rules::RuleBook(rules.take());
}

Result<rules::RuleBook> WorkflowContext::pinnedRuleBook(const QString& editions) {
    auto rules = ruleSet();
    if (!rules)
        return rules.error();
    auto refs = parseEditions(editions);
    if (!refs)
        return refs.error();
    auto pinned = rules->pinnedTo(*refs);
    if (!pinned)
        return pinned.error();
    return rules::RuleBook(pinned.take());
}

rules::DateAdder WorkflowContext::dateAdder(const calendar::WorkCalendar& calendar) const {
    return [calendar](QDate trigger, const rules::RuleDuration& duration) {
        return calendar.compute(trigger, deadlineRule(duration)).date;
    };
}

Status WorkflowContext::audit(QSqlDatabase& db, const QString& event, const QString& object,
                              const QJsonObject& payload) const {
    auto appended = audit::AuditLog::append(db, m_actor.name, event, object, payload);
    if (!appended)
        return appended.error();
    return {};
}

void WorkflowContext::recordRefusal(const QString& event, const QString& object, const Error& error) {
    if (error.kind != ErrorKind::Refused)
        return;
    const QJsonObject payload{{QStringLiteral("reason"), error.message},
                              {QStringLiteral("citations"), QJsonArray::fromStringList(error.citations)}};
    // A failure to record the refusal cannot be reported better than by the refusal itself, which the caller
    // returns in any case; the next `audit verify` still sees an intact chain.
    (void)m_vault->transact(
        [&](QSqlDatabase& db) -> Status { return audit(db, event + QStringLiteral(".refused"), object, payload); });
}

QDate WorkflowContext::today() {
    return Clock::today();
}

Status WorkflowContext::checkEventDate(QDate on, const QString& what, QDate earliest, const QString& earlierEvent) {
    if (!on.isValid())
        return Error::usage(tr("The date of %1 is missing or not a date (use YYYY-MM-DD).").arg(what));
    if (on > today())
        return Error::refused(tr("The date of %1 (%2) is in the future; record events on or after the day they "
                                 "happen (today is %3).")
                                  .arg(what, iso(on), iso(today())));
    if (earliest.isValid() && on < earliest)
        return Error::refused(tr("The date of %1 (%2) is before %3; an event cannot precede the event it depends on.")
                                  .arg(what, iso(on), earlierEvent));
    return {};
}

QString WorkflowContext::editionsText(const QList<rules::EditionRef>& editions) {
    QStringList parts;
    for (const auto& ref : editions)
        parts << QStringLiteral("%1:%2:%3").arg(rules::documentKindId(ref.kind), ref.edition).arg(ref.version);
    return parts.join(QLatin1Char(';'));
}

Result<QList<rules::EditionRef>> WorkflowContext::parseEditions(const QString& text) {
    QList<rules::EditionRef> refs;
    for (const auto& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const auto fields = part.split(QLatin1Char(':'));
        const auto kind = fields.size() == 3 ? rules::documentKindFromId(fields.at(0)) : std::nullopt;
        bool ok = false;
        const int version = fields.size() == 3 ? fields.at(2).toInt(&ok) : 0;
        if (!kind || !ok)
            return Error::corrupt(tr("The rule editions stored with a case are damaged: \"%1\".").arg(part));
        refs << rules::EditionRef{*kind, fields.at(1), version};
    }
    return refs;
}

calendar::DeadlineRule WorkflowContext::deadlineRule(const rules::RuleDuration& duration) {
    calendar::DeadlineRule rule;
    rule.count = duration.count;
    switch (duration.mode) {
    case rules::RuleDuration::Mode::WorkingDays:
        rule.mode = calendar::DeadlineRule::Mode::WorkingDays;
        break;
    case rules::RuleDuration::Mode::CalendarDays:
        rule.mode = calendar::DeadlineRule::Mode::CalendarDays;
        break;
    case rules::RuleDuration::Mode::Months:
        rule.mode = calendar::DeadlineRule::Mode::Months;
        break;
    case rules::RuleDuration::Mode::Years:
        rule.mode = calendar::DeadlineRule::Mode::Years;
        break;
    }
    return rule;
}

Result<domain::Organ> WorkflowContext::organ(QSqlDatabase& db, qint64 organId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, level, region_code FROM organs WHERE id = ?"));
    q.addBindValue(organId);
    if (!q.exec())
        return Error::failure(tr("The organs could not be read: %1").arg(q.lastError().text()));
    if (!q.next())
        return Error::notFound(tr("The organ %1 is not in this vault.").arg(organId));
    domain::Organ o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    const auto level = domain::RoleNames::levelFromId(q.value(2).toString());
    if (!level)
        return Error::corrupt(tr("The organ %1 has an unknown level.").arg(organId));
    o.level = *level;
    o.regionCode = q.value(3).toString();
    return o;
}

Result<QList<qint64>> WorkflowContext::organIds(QSqlDatabase& db) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM organs ORDER BY id")))
        return storage::SqlError::of(q, tr("The organs could not be read"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

bool WorkflowContext::regionContains(const domain::Organ& outer, const QString& innerRegion) {
    int significant = 6;
    switch (outer.level) {
    case domain::OrganLevel::National:
        return true;
    case domain::OrganLevel::Provincial:
        significant = 2;
        break;
    case domain::OrganLevel::Municipal:
        significant = 4;
        break;
    case domain::OrganLevel::County:
        significant = 6;
        break;
    }
    if (outer.regionCode.size() < significant || innerRegion.size() < significant)
        return false;
    return innerRegion.startsWith(outer.regionCode.left(significant));
}

bool WorkflowContext::governs(const domain::Organ& outer, const domain::Organ& inner) {
    if (outer.id == inner.id)
        return true;
    return outer.level > inner.level && regionContains(outer, inner.regionCode);
}

Status WorkflowContext::requireOwnOrgan(QSqlDatabase& db, qint64 owner, const QString& what,
                                        const QStringList& provisionIds, QDate on) {
    if (m_actor.organ.id == owner)
        return {};
    auto ownerOrgan = organ(db, owner);
    if (!ownerOrgan)
        return ownerOrgan.error();
    auto book = ruleBook();
    if (!book)
        return book.error();
    QStringList citations;
    for (const auto& id : provisionIds)
        citations << book->provision(id, on.isValid() ? on : today()).display();
    return Error::refused(tr("Only the users of %1 may %2; %3 works at %4. The act belongs to the organ that is "
                             "responsible for it.")
                              .arg(ownerOrgan->name, what, m_actor.name, m_actor.organ.name),
                          citations);
}

QString WorkflowContext::iso(QDate date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant WorkflowContext::isoOrNull(QDate date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate WorkflowContext::dateFrom(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString WorkflowContext::text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

QString WorkflowContext::timestampNow() {
    return Clock::realNow().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace creditcase::workflow
