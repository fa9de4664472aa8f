#pragma once

#include "Result.h"
#include "crypto/KdfParams.h"
#include "crypto/SecretBytes.h"
#include "domain/User.h"
#include "storage/Vault.h"

#include <QCoreApplication>

namespace creditcase::workflow {

// Who may use the vault and as what. Every change is a permitted act of an administrator (or, for a
// password reset, of whoever holds the recovery code), is recorded in the audit chain in the same
// transaction, and keeps the key slots in step: a disabled user's slot is removed, so that password no
// longer opens the vault at all.
class UserAdministration {
    Q_DECLARE_TR_FUNCTIONS(UserAdministration)

public:
    struct NewUser {
        QString name;
        domain::Role role = domain::Role::Officer;
        QString organName;
        domain::OrganLevel organLevel = domain::OrganLevel::County;
        QString regionCode;
    };

    explicit UserAdministration(storage::Vault& vault);

    static Status validate(const NewUser& user);
    static Status checkPasswordStrength(const crypto::SecretBytes& password);
    // For Vault::create: records the first administrator and its organ, and seeds the built-in rule data,
    // inside the creating transaction.
    static storage::Vault::Initialiser firstAdministrator(const NewUser& administrator);
    // Whether `name` is an active administrator in the vault open on `db` (e.g. a backup being restored, whose
    // users may differ from today's). An unknown user is false; a failed read is an error.
    static Result<bool> isActiveAdministrator(QSqlDatabase& db, const QString& name);

    /* After a password unlock: the user must exist and be active, otherwise AuthenticationFailed.
       A recovery-code session has no user and passes. */
    Status requireActiveSession() const;
    // The logged-in user; an error for a recovery-code session.
    Result<domain::User> actingUser() const;
    Result<domain::User> findUser(const QString& name) const;
    Result<QList<domain::User>> listUsers() const;

    /* Adds a user with an initial password (which the user should change). Administrators only; refused
       when the name is taken or the organ data is invalid; nothing is written then. */
    Result<domain::User> addUser(const NewUser& user, const crypto::SecretBytes& initialPassword,
                                 const crypto::KdfParams& kdf);
    /* Disables a user and removes the key slot. Administrators only; an administrator cannot disable
       themself, and the last active administrator cannot be disabled. */
    Status disableUser(const QString& name);
    // The logged-in user changes their own password.
    Status changeOwnPassword(const crypto::SecretBytes& newPassword, const crypto::KdfParams& kdf);
    // An administrator, or a recovery-code session, sets a new password for someone.
    Status resetPassword(const QString& name, const crypto::SecretBytes& newPassword, const crypto::KdfParams& kdf);
    /* Active users who cannot sign in with a password now (no usable key slot), sorted by name: after the
       recovery code was used, these are the people who still need a password reset. Administrators or a
       recovery-code session only. */
    Result<QStringList> usersWithoutKeySlot() const;

private:
    QString actorName() const;
    Status requireAdministrator() const;
    Status setPasswordOf(const domain::User& user, const crypto::SecretBytes& newPassword, const crypto::KdfParams& kdf,
                         bool byAnother);

    storage::Vault& m_vault;
};

} // namespace creditcase::workflow
