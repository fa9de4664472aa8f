#pragma once

#include "VaultGateway.h"

#include <QCoreApplication>
#include <memory>

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

/* The real VaultGateway: one service::Session for the life of the window, locked and reopened (Session::reopen)
   rather than replaced, so every page and form built on it stays valid across a lock. The window calls the same
   services as the command line through session(): the same refusals, citations, jurisdiction and audit entries.
   This is the only class of ui/ that turns a typed password into key material. */
class SessionGateway final : public VaultGateway {
    Q_DECLARE_TR_FUNCTIONS(SessionGateway)

public:
    SessionGateway();
    ~SessionGateway() override;

    creditcase::Status unlock(const QString& vaultPath, const QString& userName, QString& password) override;
    creditcase::Result<QString> createVault(const CreateRequest& request, QString& password) override;
    void lock() override;
    bool isUnlocked() const override;
    QString userName() const override { return m_userName; }
    QString userRole() const override { return m_role; }
    QString organName() const override { return m_organ; }
    QString vaultPath() const override { return m_path; }
    QString backendDiagnostics() const override;
    service::Session* session() const override { return m_session.get(); }

private:
    void rememberSession();

    std::unique_ptr<service::Session> m_session;
    QString m_path;
    QString m_userName;
    QString m_role;
    QString m_organ;
};

} // namespace creditcase::ui
