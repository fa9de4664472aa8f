#include "UnlockDialog.h"

#include "BusyScope.h"
#include "CreateVaultDialog.h"
#include "PasswordInput.h"
#include "UiSettings.h"
#include "UnlockFeedback.h"
#include "VaultGateway.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditcase::ui {

UnlockDialog::UnlockDialog(VaultGateway& gateway, QWidget* parent)
    : QDialog(parent)
    , m_gateway(gateway) {
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock vault — CreditCase"));

    auto* intro = new QLabel(tr("Open a CreditCase vault with your user name and password."), this);
    intro->setWordWrap(true);

    m_vaultPath = new QComboBox(this);
    m_vaultPath->setObjectName(QStringLiteral("vaultPathCombo"));
    m_vaultPath->setEditable(true);
    m_vaultPath->setInsertPolicy(QComboBox::NoInsert);
    m_vaultPath->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vaultPath->setMinimumContentsLength(40);
    m_vaultPath->addItems(UiSettings().recentVaults());
    m_vaultPath->setAccessibleName(tr("Vault file"));
    m_vaultPath->setAccessibleDescription(tr("Path of the encrypted vault file; recently opened vaults are listed"));
    m_vaultPath->setToolTip(tr("The encrypted vault file. Recently opened vaults are in the list."));

    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAccessibleName(tr("Browse for a vault file"));
    m_browse->setAutoDefault(false);

    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setAccessibleName(tr("User name"));

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    PasswordInput::configure(m_password);
    m_password->setAccessibleName(tr("Password"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    UnlockFeedback::prepare(m_message);

    auto* vaultLabel = new QLabel(tr("Vault &file:"), this);
    vaultLabel->setBuddy(m_vaultPath);
    auto* userLabel = new QLabel(tr("User &name:"), this);
    userLabel->setBuddy(m_userName);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_vaultPath, 1);
    pathRow->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->addRow(vaultLabel, pathRow);
    form->addRow(userLabel, m_userName);
    form->addRow(passwordLabel, m_password);

    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    m_createVault = new QPushButton(tr("Create a &new vault…"), this);
    m_createVault->setObjectName(QStringLiteral("createVaultButton"));
    m_createVault->setAccessibleName(tr("Create a new vault"));
    m_createVault->setAutoDefault(false);
    m_createVault->setFlat(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_createVault);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(buttons);

    setTabOrder(m_vaultPath, m_browse);
    setTabOrder(m_browse, m_userName);
    setTabOrder(m_userName, m_password);
    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, m_cancel);
    setTabOrder(m_cancel, m_createVault);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockDialog::attemptUnlock);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &UnlockDialog::browseForVault);
    connect(m_createVault, &QPushButton::clicked, this, &UnlockDialog::createNewVault);

    focusFirstEmptyField();
}

void UnlockDialog::setVaultPath(const QString& path) {
    m_vaultPath->setEditText(path);
    focusFirstEmptyField();
}

void UnlockDialog::setUserName(const QString& userName) {
    m_userName->setText(userName);
    focusFirstEmptyField();
}

QString UnlockDialog::vaultPath() const {
    return m_vaultPath->currentText().trimmed();
}

QString UnlockDialog::userName() const {
    return m_userName->text().trimmed();
}

void UnlockDialog::focusFirstEmptyField() {
    if (vaultPath().isEmpty()) {
        m_vaultPath->setFocus();
    } else if (userName().isEmpty()) {
        m_userName->setFocus();
    } else {
        m_password->setFocus();
    }
}

void UnlockDialog::attemptUnlock() {
    m_lastErrorKind.reset();
    const QString path = vaultPath();
    const QString user = userName();
    if (path.isEmpty()) {
        UnlockFeedback::showHint(m_message, tr("Choose the vault file to open, or create a new vault."));
        m_vaultPath->setFocus();
        return;
    }
    if (user.isEmpty()) {
        UnlockFeedback::showHint(m_message, tr("Type your user name."));
        m_userName->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        UnlockFeedback::showHint(m_message, tr("Type your password."));
        m_password->setFocus();
        return;
    }
    UnlockFeedback::clear(m_message);

    QString password = PasswordInput::take(m_password);
    creditcase::Status status = [&] {
        BusyScope busy(this, {m_unlock, m_createVault, m_browse});
        return m_gateway.unlock(path, user, password);
    }();
    VaultGateway::wipe(password);

    if (status.ok()) {
        UiSettings().addRecentVault(path);
        accept();
        return;
    }
    m_lastErrorKind = status.error().kind;
    UnlockFeedback::show(m_message, status.error());
    if (status.error().kind == creditcase::ErrorKind::NotFound) {
        m_vaultPath->setFocus();
        m_vaultPath->lineEdit()->selectAll();
    } else {
        m_password->setFocus();
    }
}

void UnlockDialog::browseForVault() {
    QString start = vaultPath();
    if (start.isEmpty() || !QFileInfo(start).absoluteDir().exists()) {
        start = QDir::homePath();
    }
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Open vault"), start,
        tr("CreditCase vaults (*.%1);;All files (*)").arg(CreateVaultDialog::vaultFileSuffix()));
    if (!chosen.isEmpty()) {
        setVaultPath(QDir::toNativeSeparators(chosen));
    }
}

void UnlockDialog::createNewVault() {
    CreateVaultDialog create(m_gateway, this);
    if (create.exec() == QDialog::Accepted) {
        UiSettings().addRecentVault(create.vaultPath());
        m_vaultPath->setEditText(create.vaultPath());
        accept();
    }
}

} // namespace creditcase::ui
