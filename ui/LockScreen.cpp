#include "LockScreen.h"

#include "PasswordInput.h"
#include "UnlockFeedback.h"
#include "VaultGateway.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditcase::ui {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("lockScreen"));

    m_title = new QLabel(tr("CreditCase is locked"), this);
    m_title->setObjectName(QStringLiteral("lockTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("lockReasonLabel"));
    m_reason->setWordWrap(true);

    m_vault = new QLabel(this);
    m_vault->setObjectName(QStringLiteral("lockVaultLabel"));
    m_vault->setWordWrap(true);
    m_vault->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("lockUserNameEdit"));
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setReadOnly(true);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("lockPasswordEdit"));
    m_password->setAccessibleName(tr("Password"));
    PasswordInput::configure(m_password);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lockMessageLabel"));
    UnlockFeedback::prepare(m_message);

    auto* userLabel = new QLabel(tr("User &name:"), this);
    userLabel->setBuddy(m_userName);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);

    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("lockUnlockButton"));
    m_unlock->setDefault(true);
    m_switchUser = new QPushButton(tr("S&witch user…"), this);
    m_switchUser->setObjectName(QStringLiteral("lockSwitchUserButton"));
    m_switchUser->setAccessibleName(tr("Switch user"));

    auto* form = new QFormLayout;
    form->addRow(userLabel, m_userName);
    form->addRow(passwordLabel, m_password);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_switchUser);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("lockPanel"));
    panel->setMaximumWidth(560);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(m_title);
    panelLayout->addWidget(m_reason);
    panelLayout->addWidget(m_vault);
    panelLayout->addSpacing(12);
    panelLayout->addLayout(form);
    panelLayout->addWidget(m_message);
    panelLayout->addLayout(buttons);

    auto* centring = new QHBoxLayout;
    centring->addStretch(1);
    centring->addWidget(panel, 3);
    centring->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(centring);
    layout->addStretch(2);

    setTabOrder(m_userName, m_password);
    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, m_switchUser);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlockRequested);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlockRequested);
    connect(m_userName, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_switchUser, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
}

void LockScreen::prepare(const QString& userName, const QString& vaultPath, const QString& reason) {
    m_userChangeAllowed = false;
    m_userName->setText(userName);
    m_userName->setReadOnly(true);
    m_userName->setFocusPolicy(Qt::ClickFocus);
    m_switchUser->setEnabled(true);
    QString leftover = PasswordInput::take(m_password); // normally empty; never kept across locks
    VaultGateway::wipe(leftover);
    m_reason->setText(reason);
    m_vault->setText(tr("Vault: %1").arg(QDir::toNativeSeparators(vaultPath)));
    clearMessage();
}

QString LockScreen::userName() const {
    return m_userName->text().trimmed();
}

QString LockScreen::takePassword() {
    return PasswordInput::take(m_password);
}

bool LockScreen::passwordIsEmpty() const {
    return m_password->text().isEmpty();
}

void LockScreen::showFailure(const creditcase::Error& error) {
    UnlockFeedback::show(m_message, error);
}

void LockScreen::showHint(const QString& hint) {
    UnlockFeedback::showHint(m_message, hint);
}

void LockScreen::clearMessage() {
    UnlockFeedback::clear(m_message);
}

void LockScreen::allowUserChange() {
    m_userChangeAllowed = true;
    m_userName->clear();
    m_userName->setReadOnly(false);
    m_userName->setFocusPolicy(Qt::StrongFocus);
    m_switchUser->setEnabled(false);
    clearMessage();
    m_userName->setFocus();
}

void LockScreen::focusInput() {
    if (m_userChangeAllowed && m_userName->text().trimmed().isEmpty()) {
        m_userName->setFocus();
    } else {
        m_password->setFocus();
    }
}

QWidget* LockScreen::unlockButton() const {
    return m_unlock;
}

} // namespace creditcase::ui
