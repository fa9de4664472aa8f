#include "CoreVaultGateway.h"

#include "crypto/KdfParams.h"
#include "crypto/SecretBytes.h"
#include "workflow/UserAdministration.h"

#include <QFileInfo>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

using namespace creditcase;

namespace {

crypto::SecretBytes takeSecret(QString& password)
{
    QString copy = password; // fromUtf8 wipes its argument; the caller's string is wiped below as well
    crypto::SecretBytes secret = crypto::SecretBytes::fromUtf8(std::move(copy));
    ui::VaultGateway::wipe(password);
    return secret;
}

} // namespace

Status CoreVaultGateway::unlock(const QString& vaultPath, const QString& userName, QString& password)
{
    crypto::SecretBytes secret = takeSecret(password);
    lock();
    m_path = QFileInfo(vaultPath).absoluteFilePath();
    auto vault = storage::Vault::open(vaultPath, storage::Vault::Credential::withPassword(userName, std::move(secret)));
    if (!vault) {
        return vault.error();
    }
    workflow::UserAdministration users(**vault);
    if (Status active = users.requireActiveSession(); !active) {
        return active;
    }
    m_vault = vault.take();
    rememberSession();
    return {};
}

Result<QString> CoreVaultGateway::createVault(const CreateRequest& request, QString& password)
{
    crypto::SecretBytes secret = takeSecret(password);
    const auto level = domain::RoleNames::levelFromId(request.organLevel);
    if (!level) {
        return Error::usage(tr("Choose the organ's level."));
    }
    workflow::UserAdministration::NewUser administrator{request.adminName, domain::Role::Administrator,
                                                        request.organName, *level, request.regionCode};
    if (Status valid = workflow::UserAdministration::validate(administrator); !valid) {
        return valid.error();
    }
    if (Status strong = workflow::UserAdministration::checkPasswordStrength(secret); !strong) {
        return strong.error();
    }
    lock();
    auto created = storage::Vault::create(request.vaultPath, request.adminName, secret, crypto::KdfParams::interactive(),
                                          workflow::UserAdministration::firstAdministrator(administrator));
    if (!created) {
        return created.error();
    }
    m_vault = std::move(created->vault);
    m_path = m_vault->path();
    rememberSession();
    return created->recoveryCode.formatted();
}

void CoreVaultGateway::lock()
{
    if (m_vault) {
        m_vault->close();
        m_vault.reset();
    }
}

void CoreVaultGateway::rememberSession()
{
    workflow::UserAdministration users(*m_vault);
    auto user = users.actingUser();
    m_userName = m_vault->userName();
    if (user) {
        m_role = domain::RoleNames::displayName(user->role);
        m_organ = user->organ.name;
    }
}

QString CoreVaultGateway::backendDiagnostics() const
{
    return QStringLiteral("SQLCipher over SQLite %1, libsodium %2")
        .arg(QString::fromLatin1(sqlite3_libversion()), QString::fromLatin1(sodium_version_string()));
}
