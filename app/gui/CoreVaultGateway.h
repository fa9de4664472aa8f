#pragma once

#include "VaultGateway.h"
#include "storage/Vault.h"

#include <QCoreApplication>

#include <memory>

// The GUI's window onto core: the real VaultGateway over storage::Vault and workflow::UserAdministration.
// It lives in app/ so that ui/ never includes a storage or crypto header.
class CoreVaultGateway final : public creditcase::ui::VaultGateway {
    Q_DECLARE_TR_FUNCTIONS(CoreVaultGateway)

public:
    creditcase::Status unlock(const QString& vaultPath, const QString& userName, QString& password) override;
    creditcase::Result<QString> createVault(const CreateRequest& request, QString& password) override;
    void lock() override;
    bool isUnlocked() const override { return m_vault != nullptr; }
    QString userName() const override { return m_userName; }
    QString userRole() const override { return m_role; }
    QString organName() const override { return m_organ; }
    QString vaultPath() const override { return m_path; }
    QString backendDiagnostics() const override;

private:
    void rememberSession();

    std::unique_ptr<creditcase::storage::Vault> m_vault;
    QString m_path;
    QString m_userName;
    QString m_role;
    QString m_organ;
};
