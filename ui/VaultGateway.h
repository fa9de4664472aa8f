#pragma once

#include "Result.h"

#include <QString>
#include <memory>

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

// What the GUI needs from an encrypted vault, and nothing more. The GUI never includes a storage or
// crypto header: the application supplies an implementation over core's Vault (see makeVaultGateway),
// tests supply a fake. All messages in returned errors are already translated and written for the
// officer in front of the screen.
//
// Passwords are passed as non-const references: the callee wipes them (VaultGateway::wipe) as soon as
// it has derived the key, on success and on failure alike. Callers wipe again afterwards; wiping an
// empty string is harmless.
class VaultGateway {
public:
    virtual ~VaultGateway() = default;

    struct CreateRequest {
        QString vaultPath;
        QString adminName;
        QString organName;
        QString organLevel; // county | municipal | provincial | national
        QString regionCode; // six-digit administrative division code
    };

    // Opens the vault at vaultPath as userName. Failure kinds the GUI tells apart:
    // AuthenticationFailed (wrong user name or password), Corrupt (damaged file; the message names the
    // latest backup), NotFound, InUse; anything else is shown as a general failure.
    virtual creditcase::Status unlock(const QString& vaultPath, const QString& userName, QString& password) = 0;

    // Creates a new vault (refusing to overwrite an existing file), with request.adminName as its first
    // administrator, and leaves it unlocked as that administrator. Any vault open before is locked first.
    // Returns the recovery code, which is shown to the user exactly once.
    virtual creditcase::Result<QString> createVault(const CreateRequest& request, QString& password) = 0;

    // Closes the connection and wipes the key. Safe to call when already locked.
    virtual void lock() = 0;

    virtual bool isUnlocked() const = 0;
    virtual QString userName() const = 0;
    virtual QString userRole() const = 0;  // translated display name of the user's role
    virtual QString organName() const = 0; // the organ the vault belongs to
    virtual QString vaultPath() const = 0; // the path of the open (or last opened) vault

    // One line naming the storage engine and crypto library versions for "Copy diagnostics", e.g.
    // "SQLCipher 3.4.1, libsodium 1.0.18". Never key material, paths or personal data.
    virtual QString backendDiagnostics() const = 0;

    // The services' session of the open vault, the same object across lock and unlock (SessionGateway); nullptr
    // for a gateway without one (the tests' fake), whose window shows only the overview.
    virtual service::Session* session() const { return nullptr; }

    // Overwrites the characters of a secret held in a QString and empties it. The string must not share
    // its buffer with another QString that is still needed (take it from a QLineEdit, then clear the edit).
    static void wipe(QString& secret);
};

// The gateway the application uses. Declared here, defined by the application (app/gui/main.cpp), so
// the GUI library never links against the storage layer directly.
std::unique_ptr<VaultGateway> makeVaultGateway();

} // namespace creditcase::ui
