#include "UserService.h"

namespace creditcase::service {

using workflow::UserAdministration;

UserService::UserService(Session& session)
    : m_session(session) {}

Status UserService::checkPasswordStrength(const crypto::SecretBytes& password) {
    return workflow::UserAdministration::checkPasswordStrength(password);
}

Result<QList<domain::User>> UserService::users() {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    return UserAdministration(m_session.vault()).listUsers();
}

Result<domain::User> UserService::add(const UserAdministration::NewUser& user,
                                      const crypto::SecretBytes& initialPassword, const crypto::KdfParams& kdf) {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    auto added = UserAdministration(m_session.vault()).addUser(user, initialPassword, kdf);
    if (!added) {
        return m_session.refuse(QStringLiteral("user.add"), QStringLiteral("user:%1").arg(user.name), added.error());
    }
    m_session.notifyChanged(QStringLiteral("user"), added->id);
    return added;
}

Status UserService::disable(const QString& name) {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open;
    }
    if (Status done = UserAdministration(m_session.vault()).disableUser(name); !done) {
        return m_session.refuse(QStringLiteral("user.disable"), QStringLiteral("user:%1").arg(name), done.error());
    }
    m_session.notifyChanged(QStringLiteral("user"));
    return {};
}

Status UserService::changeOwnPassword(const crypto::SecretBytes& newPassword, const crypto::KdfParams& kdf) {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open;
    }
    if (Status done = UserAdministration(m_session.vault()).changeOwnPassword(newPassword, kdf); !done) {
        return m_session.refuse(QStringLiteral("password.change"), QStringLiteral("user:%1").arg(m_session.actorName()),
                                done.error());
    }
    m_session.notifyChanged(QStringLiteral("user"));
    return {};
}

Result<UserService::Reset> UserService::resetPassword(const QString& name, const crypto::SecretBytes& newPassword,
                                                      const crypto::KdfParams& kdf) {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    UserAdministration users(m_session.vault());
    if (Status done = users.resetPassword(name, newPassword, kdf); !done) {
        return m_session.refuse(QStringLiteral("password.reset"), QStringLiteral("user:%1").arg(name), done.error());
    }
    m_session.notifyChanged(QStringLiteral("user"));
    Reset reset;
    reset.keyFileNotice = m_session.vault().keyFileNotice();
    if (auto without = users.usersWithoutKeySlot()) {
        reset.usersWithoutKeySlot = without.take();
    }
    return reset;
}

} // namespace creditcase::service
