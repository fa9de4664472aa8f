#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace creditcase::ui {

class VaultGateway;

// Creates a new vault in two pages. The first asks where, for whom (administrator, organ, organ level,
// region code) and the administrator's password twice, and refuses with a specific message before
// anything is written. The second shows the recovery code once, in large type, with no way to copy it:
// it has to be written down (or printed). Finish stays disabled until the user confirms that, and the
// dialog cannot be dismissed before. Accepted means the new vault exists and is unlocked.
class CreateVaultDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kMinimumPasswordLength = 10;
    static QString vaultFileSuffix() { return QStringLiteral("ccvault"); }

    explicit CreateVaultDialog(VaultGateway& gateway, QWidget* parent = nullptr);
    ~CreateVaultDialog() override;

    void setVaultPath(const QString& path);
    QString vaultPath() const;
    bool isShowingRecoveryCode() const;

public slots:
    void attemptCreate();
    void browseForPath();
    void printRecoveryCode();
    void reject() override;
    void accept() override;

private:
    QWidget* buildDetailsPage();
    QWidget* buildRecoveryPage();
    void refuse(const QString& message, QWidget* field);

    VaultGateway& m_gateway;
    QStackedWidget* m_pages = nullptr;
    // details page
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_adminName = nullptr;
    QLineEdit* m_organName = nullptr;
    QComboBox* m_organLevel = nullptr;
    QLineEdit* m_regionCode = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirmPassword = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_cancel = nullptr;
    // recovery page
    QLabel* m_recoveryCode = nullptr;
    QCheckBox* m_writtenDown = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_finish = nullptr;
};

} // namespace creditcase::ui
