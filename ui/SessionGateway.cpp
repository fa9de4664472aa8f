#include "SessionGateway.h"

#include "crypto/KdfParams.h"
#include "crypto/SecretBytes.h"
#include "service/Session.h"
#include "service/UserService.h"
#include "service/VaultService.h"

#include <QFileInfo>

namespace creditcase::ui {

namespace {

crypto::SecretBytes takeSecret(QString& password) {
    QString copy = password; // fromUtf8 wipes its argument; the caller's string is wiped below as well
    crypto::SecretBytes secret = crypto::SecretBytes::fromUtf8(std::move(copy));
    VaultGateway::wipe(password);
    return secret;
}

} // namespace

SessionGateway::SessionGateway() = default;

SessionGateway::~SessionGateway() {
    lock();
}

bool SessionGateway::isUnlocked() const {
    return m_session && m_session->isUnlocked();
}

Status SessionGateway::unlock(const QString& vaultPath, const QString& userName, QString& password) {
    crypto::SecretBytes secret = takeSecret(password);
    lock();
    m_path = QFileInfo(vaultPath).absoluteFilePath();
    const auto credential = storage::Vault::Credential::withPassword(userName, std::move(secret));
    if (m_session) {
        if (Status reopened = m_session->reopen(vaultPath, credential); !reopened) {
            return reopened;
        }
    } else {
        auto session = service::Session::unlock(vaultPath, credential);
        if (!session) {
            return session.error();
        }
        m_session = session.take();
    }
    rememberSession();
    return {};
}

Result<QString> SessionGateway::createVault(const CreateRequest& request, QString& password) {
    crypto::SecretBytes secret = takeSecret(password);
    const auto level = domain::RoleNames::levelFromId(request.organLevel);
    if (!level) {
        return Error::usage(tr("Choose the organ's level."));
    }
    const service::NewUser administrator{request.adminName, domain::Role::Administrator, request.organName, *level,
                                         request.regionCode};
    if (Status valid = service::VaultService::validateFirstAdministrator(administrator, secret); !valid) {
        return valid.error();
    }
    lock();
    auto created =
        service::VaultService::create(request.vaultPath, administrator, secret, crypto::KdfParams::interactive());
    if (!created) {
        return created.error();
    }
    const QString code = created->recoveryCode.formatted();
    QString again = QString::fromUtf8(reinterpret_cast<const char*>(secret.data()), static_cast<int>(secret.size()));
    Status opened = unlock(created->path, request.adminName, again);
    VaultGateway::wipe(again);
    if (!opened) {
        return opened.error();
    }
    return code;
}

void SessionGateway::lock() {
    if (m_session) {
        m_session->lock();
    }
}

void SessionGateway::rememberSession() {
    m_userName = m_session->vault().userName();
    m_path = m_session->vault().path();
    auto user = m_session->actor();
    if (user) {
        m_role = domain::RoleNames::displayName(user->role);
        m_organ = user->organ.name;
    } else {
        m_role.clear();
        m_organ.clear();
    }
}

QString SessionGateway::backendDiagnostics() const {
    return storage::Vault::backendVersions();
}

} // namespace creditcase::ui
