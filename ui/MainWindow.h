#pragma once

#include "WindowConcealer.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;

namespace creditcase::ui {

class InactivityTimer;
class LockScreen;
class OverviewPage;
class VaultGateway;

// The application window around an unlocked vault. The title names the vault file; the status bar
// always says who is signed in, with which role, for which organ, in which file, and why and when the
// vault last locked.
//
// Locking (File ▸ Lock, the idle timer, or a return from suspend) never loses work: every other window
// is hidden, not closed (WindowConcealer), the page content is replaced by the lock screen, and the
// gateway closes the vault and wipes its key. The same user's password brings everything back exactly
// as it was. Another user may sign in only after confirming that the open forms will be closed.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class LockReason {
        User, // File ▸ Lock
        Idle, // no input for the configured minutes
        Away, // the computer was suspended or unused longer than that
    };
    Q_ENUM(LockReason)

    // The gateway must be unlocked and must outlive the window.
    explicit MainWindow(VaultGateway& gateway, QWidget* parent = nullptr);
    ~MainWindow() override;

    static QString applicationTitle();

    bool isLocked() const { return m_locked; }

    // Overrides the preference for this session (command line --lock-after-minutes); 0 turns it off.
    void setLockAfterMinutes(int minutes);
    int lockAfterMinutes() const { return m_lockAfterMinutes; }

    QString identityText() const;
    QString lockReasonText() const;
    InactivityTimer* inactivityTimer() const { return m_inactivity; }
    LockScreen* lockScreen() const { return m_lockScreen; }

    // Application, Qt, operating system and storage versions; no path, user or case data.
    static QString diagnosticsText(const VaultGateway& gateway);

public slots:
    void lock(creditcase::ui::MainWindow::LockReason reason = creditcase::ui::MainWindow::LockReason::User);
    void attemptUnlock();
    void switchUser();
    void newVault();
    void showPreferences();
    void showAbout();
    void copyDiagnostics();

signals:
    // After the vault closed (views holding query results must drop them) ...
    void locked();
    // ... and after it opened again, possibly for another user.
    void unlocked();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void refreshSession();
    void updateActionsForLock();
    void onInactivity(int reason);
    QString lockReasonPhrase(LockReason reason) const;
    QList<QWidget*> otherVisibleWindows() const;

    VaultGateway& m_gateway;
    QString m_vaultPath;
    QString m_userName;
    bool m_locked = false;
    int m_lockAfterMinutes = 0;
    QString m_lockReasonText;

    QStackedWidget* m_stack = nullptr;
    OverviewPage* m_overview = nullptr;
    LockScreen* m_lockScreen = nullptr;
    QLabel* m_identityLabel = nullptr;
    QLabel* m_lockReasonLabel = nullptr;
    InactivityTimer* m_inactivity = nullptr;
    WindowConcealer m_concealer;

    QAction* m_newVaultAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_diagnosticsAction = nullptr;
};

} // namespace creditcase::ui
