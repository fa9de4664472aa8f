#pragma once

#include "Result.h"
#include "calendar/WorkCalendar.h"
#include "domain/User.h"
#include "rules/RuleSet.h"
#include "storage/Vault.h"

#include <QJsonObject>
#include <QObject>
#include <initializer_list>
#include <memory>
#include <optional>

namespace creditcase::service {

// One unlocked vault and the person acting on it, shared by every service of a client (CLI, GUI, test). The
// services check the acting user's role and organ against the session, write their audit entries through it
// (refusals included) and announce every change of state with changed(kind, id), so that any view of the same
// session can refresh itself.
class Session : public QObject {
    Q_OBJECT

public:
    /* Opens the vault with a password or the recovery code. A password session must belong to an existing, active
       user (AuthenticationFailed otherwise, or Corrupt when the list of users cannot be read); nothing is written. */
    static Result<std::unique_ptr<Session>> unlock(const QString& vaultPath,
                                                   const storage::Vault::Credential& credential,
                                                   const storage::Vault::OpenOptions& options = {});

    // Takes an open vault; the acting user is the vault's login (none for a recovery-code session).
    explicit Session(std::unique_ptr<storage::Vault> vault, QObject* parent = nullptr);
    // Borrows an open vault and acts as `actor` in the role checks and audit entries of the services. The core
    // classes some services delegate to (UserAdministration, DisclosureExport) act as the vault's login, so
    // `actor` should be that login except in tests of the other services.
    Session(storage::Vault& vault, const domain::User& actor, QObject* parent = nullptr);
    ~Session() override;

    bool isUnlocked() const { return m_vault != nullptr; }
    // Closes the vault (if the session owns it) and forgets the user; every later call is refused.
    void lock();
    /* Unlocks a locked session again, possibly as another user, with the checks of unlock(); the services and
       views holding this session stay valid (the desktop client's lock screen keeps every open form). On failure
       the session stays locked and nothing is written. */
    Status reopen(const QString& vaultPath, const storage::Vault::Credential& credential);

    // The vault; only while unlocked (check requireUnlocked() first).
    storage::Vault& vault() const { return *m_vault; }
    Status requireUnlocked() const;
    bool viaRecoveryCode() const;

    // The acting user with role and organ; refused for a recovery-code session, which acts for no user.
    Result<domain::User> actor() const;
    // The name written into audit entries: the user, or "(recovery code)".
    QString actorName() const;

    /* The acting user, if their role is one of `roles`. Otherwise the refusal (`refusal` with %1 = user name and
       %2 = role, and the citations given) is recorded in the audit chain as "<event>.refused" on `object` and
       returned; nothing else is written. */
    Result<domain::User> requireRole(std::initializer_list<domain::Role> roles, const QString& event,
                                     const QString& object, const QString& refusal, const QStringList& citations = {});

    // The same check without recording the refusal, for the few refusals the command-line contract promises leave
    // the audit chain untouched (a refused "inquiry review").
    Result<domain::User> checkRole(std::initializer_list<domain::Role> roles, const QString& refusal) const;

    /* Records a refusal (only errors of kind Refused; others are returned unchanged) as "<event>.refused" with its
       reason and citations, in a transaction of its own. Returns the refusal; if it could not be recorded, the
       message says so (the refusal stands either way). */
    Error refuse(const QString& event, const QString& object, const Error& refusal);

    // Appends an audit entry in a transaction of its own (for acts that are not themselves a transaction).
    Status record(const QString& event, const QString& object, const QJsonObject& payload = {});

    /* The rule data and the work calendar stored in the vault, read once per session and kept until rule data is
       imported through it (changed("rules") or changed("calendar") forgets them) or the session is locked. Fails
       like RuleAdministration::loadRuleSet / loadCalendar; a failure is not kept. */
    Result<rules::RuleSet> ruleSet();
    Result<calendar::WorkCalendar> calendar();

    // Called by the services after a change of state has been committed.
    void notifyChanged(const QString& kind, qint64 id = 0);

    /* What long work on another thread needs to act as this session there (a backup, a rule import, a batch of
       prints that must not hold up the window): a Writer of the vault (storage::Vault::Writer) and the acting user
       as this session knows them. Taken in the session's thread; openWorker() fails with it while it is locked. */
    struct WorkerTicket {
        storage::Vault::Writer writer;
        std::optional<domain::User> actor;
        Error actorError;
    };
    WorkerTicket workerTicket() const;
    /* In the worker thread: a session of its own over a write connection opened there, acting as the ticket's user,
       so that every service run on it checks the same roles, writes the same audit entries and records the same
       refusals as on this session. It must be destroyed in that thread, which closes its connection. Its changed()
       signals are emitted in that thread: the client passes them on to its own session when the work is done. */
    static Result<std::unique_ptr<Session>> openWorker(const WorkerTicket& ticket);

signals:
    void changed(const QString& kind, qint64 id);
    void lockedChanged(bool locked);

private:
    struct WorkerTag {};
    Session(WorkerTag, std::unique_ptr<storage::Vault> vault);
    void adopt(std::unique_ptr<storage::Vault> vault);

    std::unique_ptr<storage::Vault> m_owned;
    storage::Vault* m_vault = nullptr;
    std::optional<domain::User> m_actor;
    Error m_actorError;
    std::optional<rules::RuleSet> m_rules;
    std::optional<calendar::WorkCalendar> m_calendar;
    qint64 m_rulesGeneration = -1; // RuleAdministration::storedGeneration when m_rules / m_calendar were read
    // Forgets the cached rule data and calendar when another process (or session) stored rule documents since.
    Status forgetStaleRules();
};

} // namespace creditcase::service
