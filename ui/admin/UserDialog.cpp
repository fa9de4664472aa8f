#include "UserDialog.h"

#include "PasswordInput.h"
#include "domain/User.h"
#include "service/UserService.h"
#include "work/FormSupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditcase::ui {

using domain::OrganLevel;
using domain::Role;
using domain::RoleNames;

UserDialog::UserDialog(service::Session& session, Mode mode, const QString& userName, const crypto::KdfParams& kdf,
                       QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_userName(userName)
    , m_kdf(kdf) {
    setObjectName(QStringLiteral("userDialog"));
    setMinimumWidth(500);
    auto* form = new QFormLayout;
    QList<QWidget*> order;
    if (mode == Mode::Add) {
        setWindowTitle(tr("New user"));
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("userNameEdit"));
        m_name->setAccessibleName(tr("User name"));
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("roleCombo"));
        m_role->setAccessibleName(tr("Role"));
        for (Role role : {Role::Officer, Role::Supervisor, Role::Auditor, Role::Administrator})
            m_role->addItem(RoleNames::displayName(role), static_cast<int>(role));
        m_organ = new QLineEdit(this);
        m_organ->setObjectName(QStringLiteral("organNameEdit"));
        m_organ->setAccessibleName(tr("Organ the user works for"));
        m_level = new QComboBox(this);
        m_level->setObjectName(QStringLiteral("organLevelCombo"));
        m_level->setAccessibleName(tr("Level of the organ"));
        for (OrganLevel level :
             {OrganLevel::County, OrganLevel::Municipal, OrganLevel::Provincial, OrganLevel::National})
            m_level->addItem(RoleNames::displayName(level), static_cast<int>(level));
        m_region = new QLineEdit(this);
        m_region->setObjectName(QStringLiteral("regionCodeEdit"));
        m_region->setAccessibleName(tr("Administrative division code of the organ"));
        m_region->setMaxLength(6);
        m_region->setPlaceholderText(tr("six digits, e.g. 110105"));
        // The current user's organ is the likeliest one for a new colleague.
        if (auto actor = m_session.actor()) {
            m_organ->setText(actor->organ.name);
            m_level->setCurrentIndex(m_level->findData(static_cast<int>(actor->organ.level)));
            m_region->setText(actor->organ.regionCode);
        }
        form->addRow(labelFor(tr("&Name:"), m_name, this), m_name);
        form->addRow(labelFor(tr("&Role:"), m_role, this), m_role);
        form->addRow(labelFor(tr("&Organ:"), m_organ, this), m_organ);
        form->addRow(labelFor(tr("&Level:"), m_level, this), m_level);
        form->addRow(labelFor(tr("Re&gion code:"), m_region, this), m_region);
        order = {m_name, m_role, m_organ, m_level, m_region};
        for (QLineEdit* edit : {m_name, m_organ, m_region})
            connect(edit, &QLineEdit::textChanged, this, &UserDialog::validate);
    } else {
        setWindowTitle(tr("New password for %1").arg(userName));
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(mode == Mode::Add ? tr("Initial password") : tr("New password"));
    PasswordInput::configure(m_password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_repeat->setAccessibleName(tr("Repeat the password"));
    PasswordInput::configure(m_repeat);
    form->addRow(labelFor(mode == Mode::Add ? tr("Initial &password:") : tr("New &password:"), m_password, this),
                 m_password);
    form->addRow(labelFor(tr("R&epeat:"), m_repeat, this), m_repeat);
    auto* note =
        new QLabel(tr("Give the password to the user in person; they must change it when they first sign in."), this);
    note->setWordWrap(true);
    form->addRow(note);
    order << m_password << m_repeat;
    connect(m_password, &QLineEdit::textChanged, this, &UserDialog::validate);
    connect(m_repeat, &QLineEdit::textChanged, this, &UserDialog::validate);

    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(mode == Mode::Add ? tr("Add the user") : tr("Set the new password"),
                                   QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    order << m_confirm << cancel;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    validate();
    order.first()->setFocus();
}

void UserDialog::validate() {
    QString problem;
    QString hint;
    if (m_mode == Mode::Add) {
        if (m_name->text().trimmed().isEmpty())
            hint = tr("Enter the user's name.");
        else if (m_organ->text().trimmed().isEmpty())
            hint = tr("Enter the organ the user works for.");
        else if (!RoleNames::isRegionCode(m_region->text().trimmed()))
            problem = tr("The region code must be the six-digit administrative division code of the organ.");
    }
    if (problem.isEmpty() && !m_password->text().isEmpty()) {
        QString typed = m_password->text();
        const Status strong =
            service::UserService::checkPasswordStrength(crypto::SecretBytes::fromUtf8(std::move(typed)));
        if (!strong)
            problem = strong.error().message;
        else if (m_repeat->text() != m_password->text())
            problem = tr("The two passwords differ.");
    } else if (problem.isEmpty() && hint.isEmpty()) {
        hint = tr("Enter a password.");
    }
    m_problem->showState(problem, hint);
    m_confirm->setEnabled(problem.isEmpty() && hint.isEmpty());
}

void UserDialog::accept() {
    if (!m_confirm->isEnabled())
        return;
    service::UserService users(m_session);
    QString typed = PasswordInput::take(m_password);
    m_repeat->setText(QString());
    const crypto::SecretBytes password = crypto::SecretBytes::fromUtf8(std::move(typed));
    if (m_mode == Mode::Add) {
        service::NewUser user{m_name->text().trimmed(), static_cast<Role>(m_role->currentData().toInt()),
                              m_organ->text().trimmed(), static_cast<OrganLevel>(m_level->currentData().toInt()),
                              m_region->text().trimmed()};
        auto added = users.add(user, password, m_kdf);
        if (!added) {
            m_problem->showError(added.error());
            return;
        }
        m_outcome = tr("%1 was added as %2.").arg(added->name, RoleNames::displayName(added->role));
    } else {
        auto reset = users.resetPassword(m_userName, password, m_kdf);
        if (!reset) {
            m_problem->showError(reset.error());
            return;
        }
        m_outcome = tr("The password of %1 was set.").arg(m_userName);
        if (!reset->keyFileNotice.isEmpty())
            m_outcome += QLatin1Char(' ') + reset->keyFileNotice;
        if (!reset->usersWithoutKeySlot.isEmpty())
            m_outcome += QLatin1Char(' ') +
                         tr("Still without a password: %1.").arg(reset->usersWithoutKeySlot.join(QStringLiteral(", ")));
    }
    QDialog::accept();
}

} // namespace creditcase::ui
