#pragma once

#include "VaultGateway.h"

#include <QString>
#include <optional>

namespace creditcase::test {

// A VaultGateway without a vault: it knows one vault file, its users and their passwords, counts calls,
// and can be told to fail the next call with a given error. Like the real one, it wipes passwords.
class FakeVaultGateway : public creditcase::ui::VaultGateway {
public:
    struct Account {
        QString userName;
        QString password;
        QString role;
    };

    QString knownVaultPath = QStringLiteral("/srv/creditcase/county.ccvault");
    QString organ = QStringLiteral("Example County Market Regulation Bureau");
    QList<Account> accounts = {
        {QStringLiteral("wang.fang"), QStringLiteral("correct horse battery"), QStringLiteral("Officer")},
        {QStringLiteral("li.lei"), QStringLiteral("supervisor password 1"), QStringLiteral("Supervisor")},
    };
    QString recoveryCode = QStringLiteral("K7QF-2M9D-XR4T-8HWB-C3NV-5YJP");

    std::optional<creditcase::Error> failNextCall;
    int unlockCalls = 0;
    int createCalls = 0;
    int lockCalls = 0;
    QString lastUnlockPath;
    QString lastUnlockUser;
    std::optional<CreateRequest> lastCreateRequest;
    QString lastCreatePassword; // kept only by this fake, to check what the dialog sent

    creditcase::Status unlock(const QString& vaultPath, const QString& userName, QString& password) override {
        ++unlockCalls;
        lastUnlockPath = vaultPath;
        lastUnlockUser = userName;
        const QString typed = password;
        wipe(password);
        if (failNextCall) {
            const creditcase::Error error = *failNextCall;
            failNextCall.reset();
            return error;
        }
        if (vaultPath != knownVaultPath) {
            return creditcase::Error::notFound(QStringLiteral("There is no file at %1.").arg(vaultPath));
        }
        for (const Account& account : std::as_const(accounts)) {
            if (account.userName == userName && account.password == typed) {
                m_unlocked = true;
                m_user = account;
                return {};
            }
        }
        return creditcase::Error::authentication(
            QStringLiteral("The user name or the password is not right. Check Caps Lock and try again."));
    }

    creditcase::Result<QString> createVault(const CreateRequest& request, QString& password) override {
        ++createCalls;
        lastCreateRequest = request;
        lastCreatePassword = password;
        wipe(password);
        if (failNextCall) {
            const creditcase::Error error = *failNextCall;
            failNextCall.reset();
            return error;
        }
        m_unlocked = false;
        knownVaultPath = request.vaultPath;
        organ = request.organName;
        accounts = {{request.adminName, lastCreatePassword, QStringLiteral("Administrator")}};
        m_user = accounts.constFirst();
        m_unlocked = true;
        return recoveryCode;
    }

    void lock() override {
        ++lockCalls;
        m_unlocked = false;
    }

    bool isUnlocked() const override { return m_unlocked; }
    QString userName() const override { return m_user.userName; }
    QString userRole() const override { return m_user.role; }
    QString organName() const override { return organ; }
    QString vaultPath() const override { return knownVaultPath; }
    QString backendDiagnostics() const override { return QStringLiteral("FakeEngine 1.0"); }

    // Opens the vault directly as the first account, as the unlock dialog would have.
    bool openAsFirstAccount() {
        QString password = accounts.constFirst().password;
        const creditcase::Status status = unlock(knownVaultPath, accounts.constFirst().userName, password);
        unlockCalls = 0;
        return status.ok();
    }

private:
    bool m_unlocked = false;
    Account m_user;
};

} // namespace creditcase::test
