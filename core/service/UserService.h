#pragma once

#include "Result.h"
#include "crypto/KdfParams.h"
#include "crypto/SecretBytes.h"
#include "domain/User.h"
#include "service/Session.h"
#include "workflow/UserAdministration.h"

#include <QCoreApplication>

namespace creditcase::service {

// A user to add: name, role, organ (name, level, region code). Clients name it through the service.
using NewUser = workflow::UserAdministration::NewUser;

// Who may use the vault: adding and disabling users, passwords. The rules (administrators only, never oneself,
// never the last administrator) are UserAdministration's; this service records every refusal in the audit chain
// ("user.add.refused", "user.disable.refused", "password.reset.refused", "password.change.refused") and announces
// each change. The acts themselves are recorded by UserAdministration in their own transaction.
class UserService {
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(Session& session);

    // Every user with role and organ (any named user).
    Result<QList<domain::User>> users();

    Result<domain::User> add(const workflow::UserAdministration::NewUser& user,
                             const crypto::SecretBytes& initialPassword, const crypto::KdfParams& kdf);
    Status disable(const QString& name);
    // Whether a password is strong enough for any user (the rule add, resetPassword and changeOwnPassword apply),
    // for a dialog to say so while the password is typed. Usage error with the reason otherwise.
    static Status checkPasswordStrength(const crypto::SecretBytes& password);
    Status changeOwnPassword(const crypto::SecretBytes& newPassword, const crypto::KdfParams& kdf);

    struct Reset {
        QString keyFileNotice;           // what the key-file write had to repair, for the administrator
        QStringList usersWithoutKeySlot; // who else cannot sign in with a password yet
    };
    // An administrator, or the recovery code, sets a new password for someone.
    Result<Reset> resetPassword(const QString& name, const crypto::SecretBytes& newPassword,
                                const crypto::KdfParams& kdf);

private:
    Session& m_session;
};

} // namespace creditcase::service
