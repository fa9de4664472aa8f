#pragma once

#include "Result.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace creditcase::ui {

class VaultGateway;

// The first thing an officer sees: which vault file, who, and the password. A failed attempt keeps the
// dialog open, says what went wrong in a label that stays visible (wrong password, damaged file with
// the latest backup named, missing file), clears the password field and puts the cursor back into it.
// "Create a new vault…" opens CreateVaultDialog; a vault created there is already unlocked.
// Accepted means the gateway is unlocked.
class UnlockDialog : public QDialog {
    Q_OBJECT

public:
    explicit UnlockDialog(VaultGateway& gateway, QWidget* parent = nullptr);

    void setVaultPath(const QString& path);
    void setUserName(const QString& userName);
    QString vaultPath() const;
    QString userName() const;

    // The kind of the last failed attempt, if the last attempt failed in the gateway.
    std::optional<creditcase::ErrorKind> lastErrorKind() const { return m_lastErrorKind; }

public slots:
    void attemptUnlock();
    void browseForVault();
    void createNewVault();

private:
    void focusFirstEmptyField();

    VaultGateway& m_gateway;
    QComboBox* m_vaultPath = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_createVault = nullptr;
    std::optional<creditcase::ErrorKind> m_lastErrorKind;
};

} // namespace creditcase::ui
