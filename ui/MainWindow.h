#pragma once

#include "WindowConcealer.h"

#include <QMainWindow>
#include <functional>

class QAction;
class QMenu;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace creditcase::domain {
struct User;
}
namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

class CaseListPage;
class CaseViewPage;
class DashboardPage;
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

    // ---- pages (UI.md "The window") -----------------------------------------------------------------------
    // The services' session (nullptr with a gateway that has none: then only the overview page is shown).
    service::Session* session() const { return m_session; }

    // Who may see a page; a page a role may not use is absent from the navigation, not greyed.
    using PageFilter = std::function<bool(const domain::User& user)>;
    /* Adds a page to the navigation on the left, after the pages already there (Ctrl+1 ... Ctrl+9 in that order).
       A page is a QWidget built with (service::Session&, QWidget* parent); the window takes ownership. `visibleFor`
       (default: everyone) is asked again after every unlock, since another user may sign in. Returns the page's
       position in the navigation. */
    int addPage(const QString& navTitle, QWidget* page, PageFilter visibleFor = {});
    // "复核 (3)": a count in brackets after the page's title where something waits for this user; 0 hides it.
    void setPageCount(QWidget* page, int count);
    // Shows a page (of the navigation or the case view); false if it is absent for this user.
    bool showPage(QWidget* page);
    QWidget* currentPage() const;
    // Ctrl+N "New record or case…" (File menu): part B's dialog. Without a handler the action is disabled.
    void setNewWorkHandler(std::function<void()> handler);
    QAction* newWorkAction() const { return m_newWorkAction; }

    DashboardPage* dashboardPage() const { return m_dashboard; }
    CaseListPage* caseListPage() const { return m_caseList; }
    CaseViewPage* caseViewPage() const { return m_caseView; }
    QListWidget* navigation() const { return m_nav; }
    QLineEdit* searchField() const { return m_search; }
    QString summaryText() const;

public slots:
    void lock(creditcase::ui::MainWindow::LockReason reason = creditcase::ui::MainWindow::LockReason::User);
    void attemptUnlock();
    void switchUser();
    void newVault();
    void showPreferences();
    void showAbout();
    void copyDiagnostics();
    // Opens a case in the case view (asking the purpose of the inquiry where needed). `officer`: see
    // CaseViewPage::openCase.
    void openCase(qint64 caseId, const QString& officer = {});
    // The global search (Ctrl+F): the case list with this text.
    void search(const QString& text);

signals:
    // After the vault closed (views holding query results must drop them) ...
    void locked();
    // ... and after it opened again, possibly for another user.
    void unlocked();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void addWorkPages();
    void refreshSession();
    void updateActionsForLock();
    void onInactivity(int reason);
    QString lockReasonPhrase(LockReason reason) const;
    QList<QWidget*> otherVisibleWindows() const;
    void createPages();
    void refreshNavigation();
    void updateSummary();
    void selectNavigationRow(int visibleIndex);

    struct PageEntry {
        QString title;
        QWidget* page = nullptr;
        PageFilter visibleFor;
        int count = 0;
    };

    VaultGateway& m_gateway;
    QString m_vaultPath;
    QString m_userName;
    bool m_locked = false;
    int m_lockAfterMinutes = 0;
    QString m_lockReasonText;

    QStackedWidget* m_stack = nullptr;
    QWidget* m_workArea = nullptr;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_pages = nullptr;
    QList<PageEntry> m_entries;
    service::Session* m_session = nullptr;
    DashboardPage* m_dashboard = nullptr;
    CaseListPage* m_caseList = nullptr;
    CaseViewPage* m_caseView = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_summaryLabel = nullptr;
    std::function<void()> m_newWork;
    QMenu* m_fileMenu = nullptr;
    QAction* m_batchPrintAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_newWorkAction = nullptr;
    QAction* m_searchAction = nullptr;
    int m_overdue = 0;
    bool m_overdueMore = false;
    int m_dueToday = 0;
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
