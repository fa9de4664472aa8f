#include "Session.h"

#include "audit/AuditLog.h"
#include "workflow/RuleAdministration.h"
#include "workflow/UserAdministration.h"

#include <QJsonArray>

namespace creditcase::service {

Result<std::unique_ptr<Session>> Session::unlock(const QString& vaultPath, const storage::Vault::Credential& credential,
                                                 const storage::Vault::OpenOptions& options) {
    auto vault = storage::Vault::open(vaultPath, credential, options);
    if (!vault) {
        return vault.error();
    }
    if (Status active = workflow::UserAdministration(**vault).requireActiveSession(); !active) {
        return active.error();
    }
    return std::make_unique<Session>(vault.take());
}

Session::Session(std::unique_ptr<storage::Vault> vault, QObject* parent)
    : QObject(parent) {
    adopt(std::move(vault));
}

Status Session::reopen(const QString& vaultPath, const storage::Vault::Credential& credential) {
    lock();
    auto vault = storage::Vault::open(vaultPath, credential);
    if (!vault) {
        return vault.error();
    }
    if (Status active = workflow::UserAdministration(**vault).requireActiveSession(); !active) {
        return active.error();
    }
    adopt(vault.take());
    emit lockedChanged(false);
    return {};
}

void Session::adopt(std::unique_ptr<storage::Vault> vault) {
    m_owned = std::move(vault);
    m_vault = m_owned.get();
    m_actor.reset();
    m_actorError = Error{};
    if (m_vault->openedWithRecoveryCode()) {
        m_actorError = Error::refused(tr("The vault was opened with the recovery code, which acts for no user. Log "
                                         "in with your user name and password for this."));
        return;
    }
    auto user = workflow::UserAdministration(*m_vault).actingUser();
    if (user) {
        m_actor = user.take();
    } else {
        m_actorError = user.error();
    }
}

Session::Session(storage::Vault& vault, const domain::User& actor, QObject* parent)
    : QObject(parent)
    , m_vault(&vault)
    , m_actor(actor) {}

Session::Session(WorkerTag, std::unique_ptr<storage::Vault> vault)
    : m_owned(std::move(vault))
    , m_vault(m_owned.get()) {}

Session::~Session() = default;

Session::WorkerTicket Session::workerTicket() const {
    WorkerTicket ticket;
    if (!m_vault) {
        ticket.actorError = Error::refused(tr("The vault is locked. Unlock it to continue."));
        return ticket;
    }
    ticket.writer = m_vault->writer();
    ticket.actor = m_actor;
    ticket.actorError = m_actorError;
    return ticket;
}

Result<std::unique_ptr<Session>> Session::openWorker(const WorkerTicket& ticket) {
    if (!ticket.writer.isValid()) {
        return ticket.actorError.message.isEmpty() ? Error::refused(tr("The vault is locked. Unlock it to continue."))
                                                   : ticket.actorError;
    }
    auto vault = ticket.writer.open();
    if (!vault) {
        return vault.error();
    }
    std::unique_ptr<Session> worker(new Session(WorkerTag{}, vault.take()));
    worker->m_actor = ticket.actor;
    worker->m_actorError = ticket.actorError;
    return worker;
}

void Session::lock() {
    if (!m_vault) {
        return;
    }
    m_vault = nullptr;
    m_owned.reset();
    m_actor.reset();
    m_rules.reset();
    m_calendar.reset();
    m_actorError = Error::refused(tr("The vault is locked. Unlock it to continue."));
    emit lockedChanged(true);
}

Status Session::requireUnlocked() const {
    if (!m_vault) {
        return Error::refused(tr("The vault is locked. Unlock it to continue."));
    }
    return {};
}

bool Session::viaRecoveryCode() const {
    return m_vault && m_vault->openedWithRecoveryCode();
}

Result<domain::User> Session::actor() const {
    if (!m_vault || !m_actor) {
        return m_actorError;
    }
    return *m_actor;
}

QString Session::actorName() const {
    if (m_actor) {
        return m_actor->name;
    }
    return viaRecoveryCode() ? QStringLiteral("(recovery code)") : QString();
}

Result<domain::User> Session::requireRole(std::initializer_list<domain::Role> roles, const QString& event,
                                          const QString& object, const QString& refusal, const QStringList& citations) {
    if (Status open = requireUnlocked(); !open) {
        return open.error();
    }
    auto user = actor();
    if (!user) {
        return refuse(event, object, user.error());
    }
    for (domain::Role role : roles) {
        if (user->role == role) {
            return user;
        }
    }
    return refuse(event, object,
                  Error::refused(refusal.arg(user->name, domain::RoleNames::displayName(user->role)), citations));
}

Result<domain::User> Session::checkRole(std::initializer_list<domain::Role> roles, const QString& refusal) const {
    if (Status open = requireUnlocked(); !open) {
        return open.error();
    }
    auto user = actor();
    if (!user) {
        return user.error();
    }
    for (domain::Role role : roles) {
        if (user->role == role) {
            return user;
        }
    }
    return Error::refused(refusal.arg(user->name, domain::RoleNames::displayName(user->role)));
}

Error Session::refuse(const QString& event, const QString& object, const Error& refusal) {
    if (refusal.kind != ErrorKind::Refused || !m_vault) {
        return refusal;
    }
    const QJsonObject payload{{QStringLiteral("reason"), refusal.message},
                              {QStringLiteral("citations"), QJsonArray::fromStringList(refusal.citations)}};
    Status recorded = record(event + QStringLiteral(".refused"), object, payload);
    if (recorded) {
        return refusal;
    }
    Error unrecorded = refusal;
    unrecorded.message +=
        QLatin1Char(' ') +
        tr("(The refusal could not be recorded in the audit chain: %1)").arg(recorded.error().message);
    return unrecorded;
}

Status Session::record(const QString& event, const QString& object, const QJsonObject& payload) {
    if (Status open = requireUnlocked(); !open) {
        return open;
    }
    return m_vault->transact([&](QSqlDatabase& db) -> Status {
        auto appended = audit::AuditLog::append(db, actorName(), event, object, payload);
        return appended ? Status{} : Status{appended.error()};
    });
}

Status Session::forgetStaleRules() {
    QSqlDatabase db = m_vault->database();
    auto generation = workflow::RuleAdministration::storedGeneration(db);
    if (!generation) {
        return generation.error();
    }
    if (*generation != m_rulesGeneration) {
        m_rules.reset();
        m_calendar.reset();
        m_rulesGeneration = *generation;
    }
    return {};
}

Result<rules::RuleSet> Session::ruleSet() {
    if (Status open = requireUnlocked(); !open) {
        return open.error();
    }
    if (Status fresh = forgetStaleRules(); !fresh) {
        return fresh.error();
    }
    if (!m_rules) {
        QSqlDatabase db = m_vault->database();
        auto loaded = workflow::RuleAdministration::loadRuleSet(db);
        if (!loaded) {
            return loaded.error();
        }
        m_rules = loaded.take();
    }
    return *m_rules;
}

Result<calendar::WorkCalendar> Session::calendar() {
    if (Status open = requireUnlocked(); !open) {
        return open.error();
    }
    if (Status fresh = forgetStaleRules(); !fresh) {
        return fresh.error();
    }
    if (!m_calendar) {
        QSqlDatabase db = m_vault->database();
        auto loaded = workflow::RuleAdministration::loadCalendar(db);
        if (!loaded) {
            return loaded.error();
        }
        m_calendar = loaded.take();
    }
    return *m_calendar;
}

void Session::notifyChanged(const QString& kind, qint64 id) {
    // Imported rule data or holiday schedules: the next act reads them afresh (a schedule arrives as rule data).
    if (kind == QStringLiteral("rules") || kind == QStringLiteral("calendar")) {
        m_rules.reset();
        m_calendar.reset();
    }
    emit changed(kind, id);
}

} // namespace creditcase::service
