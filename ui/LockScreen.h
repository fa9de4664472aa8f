#pragma once

#include "Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace creditcase::ui {

// What the main window shows while the vault is locked: why and when it locked, which vault, and a
// password field for the same user (the user name is fixed). "Switch user…" asks the owner to confirm
// closing open forms first; only then does the user name become editable. The widget holds no vault
// data and talks to no gateway: MainWindow reacts to its signals.
class LockScreen : public QWidget {
    Q_OBJECT

public:
    explicit LockScreen(QWidget* parent = nullptr);

    // Resets the screen for a new lock: user name fixed, password empty, no message.
    void prepare(const QString& userName, const QString& vaultPath, const QString& reason);

    QString userName() const;
    // The typed password; the field is emptied so the returned string is the only copy.
    QString takePassword();
    bool passwordIsEmpty() const;

    void showFailure(const creditcase::Error& error);
    void showHint(const QString& hint);
    void clearMessage();

    // Lets another user sign in: the user name field becomes editable and empty.
    void allowUserChange();
    bool userChangeAllowed() const { return m_userChangeAllowed; }

    void focusInput();
    QWidget* unlockButton() const;

signals:
    void unlockRequested();
    void switchUserRequested();

private:
    QLabel* m_title = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_vault = nullptr;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_switchUser = nullptr;
    bool m_userChangeAllowed = false;
};

} // namespace creditcase::ui
