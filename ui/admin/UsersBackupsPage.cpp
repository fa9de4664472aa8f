#include "UsersBackupsPage.h"

#include "Clock.h"
#include "PasswordInput.h"
#include "UserDialog.h"
#include "service/UserService.h"
#include "service/VaultService.h"
#include "work/FormSupport.h"
#include "work/LongJob.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace creditcase::ui {

using domain::RoleNames;

UsersBackupsPage::UsersBackupsPage(service::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_kdf(crypto::KdfParams::interactive()) {
    setObjectName(QStringLiteral("usersBackupsPage"));

    auto* users = new QGroupBox(tr("Users"), this);
    m_model = new RowsModel({tr("Name"), tr("Role"), tr("Organ"), tr("Level"), tr("Region"), tr("Status"), tr("Added")},
                            this);
    m_table = makeTable(m_model, "usersTable", tr("Users of the vault"), users);
    m_add = new QPushButton(tr("&Add user…"), users);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_disable = new QPushButton(tr("&Disable…"), users);
    m_disable->setObjectName(QStringLiteral("disableUserButton"));
    m_reset = new QPushButton(tr("New &password…"), users);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    auto* userButtons = new QHBoxLayout;
    userButtons->addWidget(m_add);
    userButtons->addWidget(m_disable);
    userButtons->addWidget(m_reset);
    userButtons->addStretch(1);
    auto* usersLayout = new QVBoxLayout(users);
    usersLayout->addLayout(userButtons);
    usersLayout->addWidget(m_table);

    auto* backups = new QGroupBox(tr("Backups"), this);
    m_lastBackup = new QLabel(backups);
    m_lastBackup->setObjectName(QStringLiteral("lastBackupLabel"));
    m_lastBackup->setWordWrap(true);
    m_lastBackup->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backup = new QPushButton(tr("&Back up now…"), backups);
    m_backup->setObjectName(QStringLiteral("backupButton"));
    m_restore = new QPushButton(tr("&Restore from a backup…"), backups);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    auto* backupButtons = new QHBoxLayout;
    backupButtons->addWidget(m_backup);
    backupButtons->addWidget(m_restore);
    backupButtons->addStretch(1);
    auto* backupsLayout = new QVBoxLayout(backups);
    backupsLayout->addWidget(m_lastBackup);
    backupsLayout->addLayout(backupButtons);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
    m_outcome->setWordWrap(true);
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(users, 1);
    layout->addWidget(backups);
    layout->addWidget(m_outcome);
    layout->addWidget(m_problem);
    setTabOrder(m_add, m_disable);
    setTabOrder(m_disable, m_reset);
    setTabOrder(m_reset, m_table);
    setTabOrder(m_table, m_backup);
    setTabOrder(m_backup, m_restore);

    connect(m_add, &QPushButton::clicked, this, &UsersBackupsPage::addUser);
    connect(m_disable, &QPushButton::clicked, this, &UsersBackupsPage::disableSelected);
    connect(m_reset, &QPushButton::clicked, this, &UsersBackupsPage::resetSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersBackupsPage::updateButtons);
    connect(m_backup, &QPushButton::clicked, this, [this] {
        const QString suggested =
            QStringLiteral("%1-%2.backup")
                .arg(QFileInfo(m_session.vault().path()).completeBaseName(), Clock::today().toString(Qt::ISODate));
        const QString path = QFileDialog::getSaveFileName(this, tr("Back up the vault"), suggested,
                                                          tr("Vault backups (*.backup);;All files (*)"));
        if (!path.isEmpty())
            backupTo(path);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Restore the vault from a backup"), QString(),
                                                          tr("Vault backups (*.backup);;All files (*)"));
        if (path.isEmpty())
            return;
        const auto answer = QMessageBox::warning(
            this, tr("Restore from a backup"),
            tr("Everything recorded after the backup %1 was made will be replaced by the backup. The vault is locked "
               "for the restore and you sign in again afterwards. Continue?")
                .arg(QFileInfo(path).fileName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        bool ok = false;
        QString typed = QInputDialog::getText(this, tr("Restore from a backup"),
                                              tr("Your password (you must have been an administrator on the day of "
                                                 "the backup):"),
                                              QLineEdit::Password, QString(), &ok);
        if (ok)
            restoreFrom(path, crypto::SecretBytes::fromUtf8(std::move(typed)));
    });
    connect(&m_session, &service::Session::changed, this, [this](const QString& kind, qint64) {
        if (kind == QLatin1String("user") || kind == QLatin1String("audit") || kind.isEmpty())
            refresh();
    });
    refresh();
}

void UsersBackupsPage::refresh() {
    if (!m_session.isUnlocked())
        return;
    const QString selected = selectedUser();
    auto users = service::UserService(m_session).users();
    if (!users) {
        m_problem->showError(users.error());
        m_model->setRows({});
    } else {
        QList<RowsModel::Row> rows;
        for (const domain::User& u : *users) {
            RowsModel::Row row;
            row.cells = {u.name,
                         RoleNames::displayName(u.role),
                         u.organ.name,
                         RoleNames::displayName(u.organ.level),
                         u.organ.regionCode,
                         u.isActive() ? (u.mustChangePassword ? tr("active, must change password") : tr("active"))
                                      : tr("disabled on %1").arg(FormText::date(u.disabledAt->date())),
                         FormText::date(u.createdAt.date())};
            row.key = u.name;
            row.attention = !u.isActive();
            rows << row;
        }
        m_model->setRows(std::move(rows));
        fitColumns(m_table);
        for (int i = 0; i < m_model->rowCount(); ++i)
            if (m_model->row(i).key.toString() == selected)
                m_table->selectRow(i);
    }
    updateLastBackup();
    updateButtons();
}

void UsersBackupsPage::updateLastBackup() {
    const auto latest = service::VaultService(m_session).lastBackup();
    if (!latest) {
        m_lastBackup->setText(tr("⚠ No backup of this vault is recorded on this computer. Make one now and keep it "
                                 "on another disk."));
        return;
    }
    const qint64 days = latest->madeAt.date().daysTo(Clock::today());
    QString text = tr("Latest backup: %1, %2 (%n day(s) ago).", nullptr, static_cast<int>(days))
                       .arg(latest->madeAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            QDir::toNativeSeparators(latest->path));
    if (days >= 7)
        text = QStringLiteral("⚠ ") + text + QLatin1Char(' ') + tr("Make a new backup.");
    m_lastBackup->setText(text);
}

QString UsersBackupsPage::selectedUser() const {
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : m_model->row(rows.first().row()).key.toString();
}

void UsersBackupsPage::updateButtons() {
    const bool selected = !selectedUser().isEmpty();
    m_disable->setEnabled(selected);
    m_reset->setEnabled(selected);
}

void UsersBackupsPage::addUser() {
    UserDialog dialog(m_session, UserDialog::Mode::Add, QString(), m_kdf, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_outcome->setText(dialog.outcome());
        refresh();
    }
}

void UsersBackupsPage::resetSelected() {
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    UserDialog dialog(m_session, UserDialog::Mode::ResetPassword, name, m_kdf, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_outcome->setText(dialog.outcome());
        refresh();
    }
}

void UsersBackupsPage::disableSelected() {
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Disable a user"),
                              tr("%1 will no longer be able to sign in. Their cases and audit entries stay as they "
                                 "are. Disable %1?")
                                  .arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const Status disabled = service::UserService(m_session).disable(name);
    if (!disabled) {
        m_problem->showError(disabled.error());
        return;
    }
    m_problem->clearProblem();
    m_outcome->setText(tr("%1 was disabled.").arg(name));
    refresh();
}

bool UsersBackupsPage::backupTo(const QString& path) {
    std::optional<service::VaultService::Done> done;
    LongJob::Options options;
    options.title = tr("Backing up the vault");
    options.firstStep = tr("Writing and checking %1…").arg(QFileInfo(path).fileName());
    options.cancellingText = tr("Cancelling: a backup that is already being written is finished and checked; "
                                "otherwise nothing is written and nothing is recorded.");
    options.session = &m_session;
    options.changedKind = QStringLiteral("audit");
    // In the background, on a connection of its own: the window stays usable while the copy is written and checked.
    const Status ok = LongJob::runOnWorker(
        this, options, [&](service::Session& worker, const JobProgress& progress, const CancelToken& cancel) -> Status {
            auto made = service::VaultService(worker).backup(path, LongJob::serviceProgress(progress, cancel));
            if (!made)
                return made.error();
            done = made.take();
            return {};
        });
    if (!ok) {
        m_problem->showError(ok.error());
        return false;
    }
    m_problem->clearProblem();
    QString text = tr("Backup written to %1 and checked.").arg(QDir::toNativeSeparators(path));
    if (!done->auditProblem.isEmpty())
        text += QLatin1Char(' ') + done->auditProblem;
    m_outcome->setText(text);
    updateLastBackup();
    return true;
}

bool UsersBackupsPage::restoreFrom(const QString& path, crypto::SecretBytes password) {
    if (!m_session.isUnlocked())
        return false;
    const QString vaultPath = m_session.vault().path();
    const QString user = m_session.actorName();
    m_session.lock();
    const auto restored = service::VaultService::restore(
        vaultPath, path, storage::Vault::Credential::withPassword(user, std::move(password)));
    if (!restored) {
        m_problem->showError(restored.error());
        emit message(FormText::describe(restored.error()));
        return false;
    }
    QString text = tr("The vault was restored from %1. Sign in again to continue.").arg(QFileInfo(path).fileName());
    if (!restored->auditProblem.isEmpty())
        text += QLatin1Char(' ') + restored->auditProblem;
    m_problem->clearProblem();
    m_outcome->setText(text);
    emit message(text);
    return true;
}

} // namespace creditcase::ui
