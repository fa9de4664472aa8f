#pragma once

#include "crypto/KdfParams.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

class ProblemLabel;

// A new user with an initial password, or a new password for an existing user, through UserService. The name,
// organ and region code are checked as typed and the password's strength is judged as it is typed; the password
// fields are wiped once the service has them.
class UserDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Add, ResetPassword };

    UserDialog(service::Session& session, Mode mode, const QString& userName, const crypto::KdfParams& kdf,
               QWidget* parent = nullptr);

    // What the administrator should know after a reset (e.g. users who still have no key slot).
    QString outcome() const { return m_outcome; }

public slots:
    void accept() override;

private:
    void validate();

    service::Session& m_session;
    Mode m_mode;
    QString m_userName;
    crypto::KdfParams m_kdf;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_organ = nullptr;
    QComboBox* m_level = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    ProblemLabel* m_problem = nullptr;
    QPushButton* m_confirm = nullptr;
    QString m_outcome;
};

} // namespace creditcase::ui
