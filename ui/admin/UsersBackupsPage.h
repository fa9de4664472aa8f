#pragma once

#include "crypto/KdfParams.h"
#include "crypto/SecretBytes.h"
#include "work/RowsModel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

class ProblemLabel;

// 用户与备份, for administrators: the users of the vault (add, disable, new password) and its backups (the date of
// the latest, a backup now, a restore). Every act goes through UserService or VaultService, which refuse with the
// reason (never oneself, never the last administrator, only administrators). A backup runs in the background; a
// restore locks the vault first, because the file is replaced, and the window asks for the password again.
class UsersBackupsPage : public QWidget {
    Q_OBJECT

public:
    UsersBackupsPage(service::Session& session, QWidget* parent = nullptr);

    RowsModel* model() const { return m_model; }
    // Key-slot cost for passwords set here (interactive() unless a test sets the cheapest).
    void setKdf(const crypto::KdfParams& kdf) { m_kdf = kdf; }

    void refresh();
    void addUser();
    void disableSelected();
    void resetSelected();
    // A backup to `path` in the background; the buttons ask for the file and call these.
    bool backupTo(const QString& path);
    /* Replaces the vault with the backup at `path`, as the acting user with `password`. The session is locked
       first (the file is replaced under it); on success or failure the window then asks for the password again.
       Refusals (the user was no administrator on the day of the backup, a wrong password) leave the vault as it
       was. */
    bool restoreFrom(const QString& path, crypto::SecretBytes password);

signals:
    void message(const QString& text);

private:
    QString selectedUser() const;
    void updateLastBackup();
    void updateButtons();

    service::Session& m_session;
    crypto::KdfParams m_kdf;
    RowsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_lastBackup = nullptr;
    QPushButton* m_backup = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_outcome = nullptr;
    ProblemLabel* m_problem = nullptr;
};

} // namespace creditcase::ui
