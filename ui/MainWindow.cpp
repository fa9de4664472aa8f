#include "MainWindow.h"

#include "BusyScope.h"
#include "CreateVaultDialog.h"
#include "InactivityTimer.h"
#include "LockScreen.h"
#include "OverviewPage.h"
#include "PreferencesDialog.h"
#include "Translator.h"
#include "UiSettings.h"
#include "VaultGateway.h"
#include "admin/AuditPage.h"
#include "admin/RulesBrowserPage.h"
#include "admin/UsersBackupsPage.h"
#include "cases/CaseListPage.h"
#include "cases/CaseViewPage.h"
#include "cases/DashboardPage.h"
#include "documents/DocumentKind.h"
#include "documents/DocumentPreviewDialog.h"
#include "documents/ExportDialog.h"
#include "documents/NoticeBatchPrinter.h"
#include "domain/User.h"
#include "service/Session.h"
#include "work/NewCaseDialog.h"
#include "work/NewRecordDialog.h"
#include "work/NewSubjectDialog.h"
#include "work/RestorationPage.h"
#include "work/StandardsPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSysInfo>
#include <QTime>

namespace creditcase::ui {

MainWindow::MainWindow(VaultGateway& gateway, QWidget* parent)
    : QMainWindow(parent)
    , m_gateway(gateway)
    , m_concealer(this) {
    setObjectName(QStringLiteral("mainWindow"));

    m_session = gateway.session();
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_workArea = new QWidget(m_stack);
    m_workArea->setObjectName(QStringLiteral("workArea"));
    m_nav = new QListWidget(m_workArea);
    m_nav->setObjectName(QStringLiteral("navigationList"));
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setVisible(m_session != nullptr);
    m_nav->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 8px; }"));
    m_pages = new QStackedWidget(m_workArea);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    auto* work = new QHBoxLayout(m_workArea);
    work->setContentsMargins(0, 0, 0, 0);
    work->setSpacing(0);
    work->addWidget(m_nav);
    work->addWidget(m_pages, 1);
    m_lockScreen = new LockScreen(m_stack);
    m_stack->addWidget(m_workArea);
    m_stack->addWidget(m_lockScreen);
    setCentralWidget(m_stack);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) {
            return;
        }
        auto* page = m_nav->item(row)->data(Qt::UserRole).value<QWidget*>();
        if (page) {
            m_pages->setCurrentWidget(page);
        }
    });

    m_identityLabel = new QLabel(this);
    m_identityLabel->setObjectName(QStringLiteral("statusIdentityLabel"));
    m_identityLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lockReasonLabel = new QLabel(this);
    m_lockReasonLabel->setObjectName(QStringLiteral("statusLockReasonLabel"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("statusSummaryLabel"));
    statusBar()->addPermanentWidget(m_identityLabel, 1);
    statusBar()->addPermanentWidget(m_summaryLabel);
    statusBar()->addPermanentWidget(m_lockReasonLabel);

    createActions();
    createPages();

    m_inactivity = new InactivityTimer(this);
    m_inactivity->setObjectName(QStringLiteral("inactivityTimer"));
    connect(m_inactivity, &InactivityTimer::inactivityDetected, this, [this](InactivityTimer::Reason reason) {
        lock(reason == InactivityTimer::Reason::Away ? LockReason::Away : LockReason::Idle);
    });
    setLockAfterMinutes(UiSettings().lockAfterMinutes());

    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::attemptUnlock);
    connect(m_lockScreen, &LockScreen::switchUserRequested, this, &MainWindow::switchUser);

    refreshSession();
    updateActionsForLock();
    resize(1280, 800);
}

void MainWindow::createPages() {
    if (!m_session) {
        m_overview = new OverviewPage(m_pages);
        m_pages->addWidget(m_overview);
        return;
    }
    m_dashboard = new DashboardPage(*m_session, m_pages);
    m_caseList = new CaseListPage(*m_session, m_pages);
    m_caseView = new CaseViewPage(*m_session, m_pages);
    addPage(tr("Dashboard"), m_dashboard);
    addPage(tr("Cases"), m_caseList);
    m_pages->addWidget(m_caseView); // reached by opening a case, not from the navigation
    m_pages->setCurrentWidget(m_dashboard);
    connect(m_dashboard, &DashboardPage::openCaseRequested, this, [this](qint64 id) { openCase(id); });
    connect(m_dashboard, &DashboardPage::openStageRequested, this, [this](domain::CaseStage stage, bool) {
        showPage(m_caseList);
        m_caseList->showStage(stage);
    });
    connect(m_dashboard, &DashboardPage::summaryChanged, this, [this](int overdue, bool more, int dueToday) {
        m_overdue = overdue;
        m_overdueMore = more;
        m_dueToday = dueToday;
        updateSummary();
    });
    connect(m_caseList, &CaseListPage::openCaseRequested, this,
            [this](qint64 id, const QString& officer) { openCase(id, officer); });
    m_overdue = m_dashboard->overdueCount();
    m_overdueMore = m_dashboard->overdueMore();
    m_dueToday = m_dashboard->dueTodayCount();
    addWorkPages();

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("globalSearchEdit"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F): name, USCC/ID, case or document number"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    menuBar()->setCornerWidget(m_search, Qt::TopRightCorner);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
}

// The pages beyond the cases, each shown only to the roles that work with it (the services refuse the others
// anyway; a page a role may not use is absent, not greyed).
void MainWindow::addWorkPages() {
    using domain::Role;
    const auto roles = [](std::initializer_list<Role> allowed) -> PageFilter {
        const QList<Role> list(allowed);
        return [list](const domain::User& user) { return list.contains(user.role); };
    };
    auto* restorations = new RestorationPage(*m_session, m_pages);
    restorations->setObjectName(QStringLiteral("restorationPage"));
    addPage(tr("Credit restoration"), restorations, roles({Role::Officer, Role::Supervisor}));
    connect(restorations, &RestorationPage::openCaseRequested, this, [this](qint64 id) { openCase(id); });
    auto* standards = new StandardsPage(*m_session, m_pages);
    standards->setObjectName(QStringLiteral("standardsPage"));
    addPage(tr("Designation standards"), standards, roles({Role::Officer, Role::Supervisor}));
    auto* rules = new RulesBrowserPage(*m_session, m_pages);
    rules->setObjectName(QStringLiteral("rulesPage"));
    addPage(tr("Rules"), rules);
    auto* audit = new AuditPage(*m_session, m_pages);
    audit->setObjectName(QStringLiteral("auditPage"));
    addPage(tr("Audit"), audit, roles({Role::Auditor, Role::Supervisor, Role::Administrator}));
    auto* users = new UsersBackupsPage(*m_session, m_pages);
    users->setObjectName(QStringLiteral("usersBackupsPage"));
    addPage(tr("Users and backups"), users, roles({Role::Administrator}));
    connect(users, &UsersBackupsPage::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });

    // Ctrl+N: subject, then its credit record, then (if the officer goes on) a case on that record.
    setNewWorkHandler([this] {
        NewSubjectDialog subject(*m_session, this);
        if (subject.exec() != QDialog::Accepted || !subject.subject()) {
            return;
        }
        NewRecordDialog record(*m_session, this);
        record.setSubject(*subject.subject());
        if (record.exec() != QDialog::Accepted || !record.recorded()) {
            return;
        }
        NewCaseDialog opened(*m_session, this);
        opened.setRecord(record.recorded()->record.id);
        if (opened.exec() == QDialog::Accepted && opened.opened()) {
            // The dialog showed what the rule data could not confirm ([U]) before it closed; the status bar
            // keeps it in view beside the case.
            openCase(opened.opened()->id);
            if (!opened.opened()->warnings.isEmpty()) {
                statusBar()->showMessage(tr("Case %1 opened. Note: %2")
                                             .arg(opened.opened()->id)
                                             .arg(opened.opened()->warnings.join(QStringLiteral("; "))),
                                         60000);
            }
        }
    });

    // 预览/打印 in the case view: every print goes through DocumentService (checked, numbered, audited).
    connect(m_caseView, &CaseViewPage::previewRequested, this, [this](qint64 caseId, const QString& kindId, qint64) {
        const auto kind = documents::documentKindFromId(kindId);
        if (!kind) {
            return;
        }
        DocumentPreviewDialog preview(*m_session, caseId, *kind, this);
        preview.exec();
        m_caseView->reload();
    });
    m_batchPrintAction = new QAction(tr("Print the notices due for service today…"), this);
    m_batchPrintAction->setObjectName(QStringLiteral("actionBatchPrint"));
    connect(m_batchPrintAction, &QAction::triggered, this, [this] {
        if (!m_locked) {
            NoticeBatchPrinter::printDueNotices(*m_session, QDate::currentDate(), this);
        }
    });
    m_exportAction = new QAction(tr("Export for disclosure…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExportDisclosure"));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (!m_locked) {
            ExportDialog dialog(*m_session, this);
            dialog.exec();
        }
    });
    if (m_fileMenu) {
        m_fileMenu->insertAction(m_searchAction, m_batchPrintAction);
        m_fileMenu->insertAction(m_searchAction, m_exportAction);
    }
}

int MainWindow::addPage(const QString& navTitle, QWidget* page, PageFilter visibleFor) {
    page->setParent(m_pages);
    m_pages->addWidget(page);
    m_entries.append({navTitle, page, std::move(visibleFor), 0});
    refreshNavigation();
    return static_cast<int>(m_entries.size()) - 1;
}

void MainWindow::setPageCount(QWidget* page, int count) {
    for (PageEntry& entry : m_entries) {
        if (entry.page == page) {
            entry.count = count;
        }
    }
    refreshNavigation();
}

void MainWindow::refreshNavigation() {
    if (!m_nav) {
        return;
    }
    QWidget* current = m_pages->currentWidget();
    const QSignalBlocker block(m_nav);
    m_nav->clear();
    std::optional<domain::User> user;
    if (m_session && m_session->isUnlocked()) {
        if (auto actor = m_session->actor()) {
            user = actor.take();
        }
    }
    int shortcut = 1;
    for (const PageEntry& entry : m_entries) {
        const bool visible = !entry.visibleFor || (user && entry.visibleFor(*user));
        if (!visible) {
            continue;
        }
        QString text = entry.count > 0 ? tr("%1 (%2)").arg(entry.title).arg(entry.count) : entry.title;
        auto* item = new QListWidgetItem(text, m_nav);
        item->setData(Qt::UserRole, QVariant::fromValue(entry.page));
        if (shortcut <= 9) {
            item->setToolTip(
                QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + shortcut)).toString(QKeySequence::NativeText));
        }
        ++shortcut;
        if (entry.page == current) {
            m_nav->setCurrentItem(item);
        }
    }
    int widest = 0;
    for (int row = 0; row < m_nav->count(); ++row) {
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(m_nav->item(row)->text()));
    }
    const int em = m_nav->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_nav->setFixedWidth(std::max(8 * em, widest + 3 * em));
}

bool MainWindow::showPage(QWidget* page) {
    if (page == m_caseView && m_caseView) {
        m_nav->setCurrentRow(-1);
        m_pages->setCurrentWidget(page);
        return true;
    }
    for (int row = 0; row < m_nav->count(); ++row) {
        if (m_nav->item(row)->data(Qt::UserRole).value<QWidget*>() == page) {
            m_nav->setCurrentRow(row);
            m_pages->setCurrentWidget(page);
            return true;
        }
    }
    return false;
}

QWidget* MainWindow::currentPage() const {
    return m_pages->currentWidget();
}

void MainWindow::selectNavigationRow(int visibleIndex) {
    if (m_locked || visibleIndex < 0 || visibleIndex >= m_nav->count()) {
        return;
    }
    m_nav->setCurrentRow(visibleIndex);
    if (QWidget* page = m_pages->currentWidget()) {
        page->setFocus(Qt::ShortcutFocusReason);
    }
}

void MainWindow::setNewWorkHandler(std::function<void()> handler) {
    m_newWork = std::move(handler);
    updateActionsForLock();
}

void MainWindow::openCase(qint64 caseId, const QString& officer) {
    if (!m_caseView || m_locked) {
        return;
    }
    if (m_caseView->openCase(caseId, officer) || m_caseView->caseId() == caseId) {
        showPage(m_caseView);
    }
}

void MainWindow::search(const QString& text) {
    if (!m_caseList || m_locked) {
        return;
    }
    showPage(m_caseList);
    m_caseList->search(text.trimmed());
}

QString MainWindow::summaryText() const {
    if (!m_session) {
        return QString();
    }
    QStringList parts;
    parts << (m_overdueMore ? tr("Overdue %1+").arg(m_overdue) : tr("Overdue %1").arg(m_overdue));
    parts << tr("Due today %1").arg(m_dueToday);
    parts << (m_lockAfterMinutes > 0 ? tr("Auto-lock after %n min", "", m_lockAfterMinutes) : tr("Auto-lock off"));
    return parts.join(QStringLiteral(" · "));
}

void MainWindow::updateSummary() {
    m_summaryLabel->setText(summaryText());
    m_summaryLabel->setStyleSheet(m_overdue > 0 ? QStringLiteral("color: #b00020;") : QString());
}

MainWindow::~MainWindow() = default;

QString MainWindow::applicationTitle() {
    return tr("CreditCase");
}

void MainWindow::createActions() {
    m_newVaultAction = new QAction(tr("&New vault…"), this);
    m_newVaultAction->setObjectName(QStringLiteral("actionNewVault"));
    m_lockAction = new QAction(tr("&Lock"), this);
    m_lockAction->setObjectName(QStringLiteral("actionLock"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_aboutAction = new QAction(tr("&About CreditCase"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_diagnosticsAction = new QAction(tr("&Copy diagnostics"), this);
    m_diagnosticsAction->setObjectName(QStringLiteral("actionCopyDiagnostics"));
    m_diagnosticsAction->setStatusTip(
        tr("Copies program, Qt and system versions for a support request; no case data, user or file name."));

    m_newWorkAction = new QAction(tr("New &record or case…"), this);
    m_newWorkAction->setObjectName(QStringLiteral("actionNewWork"));
    m_newWorkAction->setShortcut(QKeySequence::New);
    m_searchAction = new QAction(tr("&Search cases"), this);
    m_searchAction->setObjectName(QStringLiteral("actionSearch"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    addAction(m_searchAction);
    connect(m_newWorkAction, &QAction::triggered, this, [this] {
        if (m_newWork && !m_locked) {
            m_newWork();
        }
    });
    connect(m_searchAction, &QAction::triggered, this, [this] {
        if (m_search && !m_locked) {
            m_search->setFocus(Qt::ShortcutFocusReason);
            m_search->selectAll();
        }
    });
    for (int n = 1; n <= 9; ++n) {
        auto* go = new QAction(this);
        go->setObjectName(QStringLiteral("actionPage%1").arg(n));
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n)));
        connect(go, &QAction::triggered, this, [this, n] { selectNavigationRow(n - 1); });
        addAction(go);
    }

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu = fileMenu;
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_newWorkAction);
    fileMenu->addAction(m_searchAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_newVaultAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_lockAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    settingsMenu->addAction(m_preferencesAction);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_diagnosticsAction);

    connect(m_newVaultAction, &QAction::triggered, this, &MainWindow::newVault);
    connect(m_lockAction, &QAction::triggered, this, [this] { lock(LockReason::User); });
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_diagnosticsAction, &QAction::triggered, this, &MainWindow::copyDiagnostics);
}

void MainWindow::setLockAfterMinutes(int minutes) {
    m_lockAfterMinutes = std::clamp(minutes, 0, UiSettings::kMaximumLockAfterMinutes);
    m_inactivity->setIdleMinutes(m_lockAfterMinutes);
    if (!m_locked) {
        m_inactivity->activate(); // does nothing when the lock is off
    }
    if (m_summaryLabel) {
        updateSummary();
    }
}

QString MainWindow::identityText() const {
    return tr("%1 (%2, %3) — %4")
        .arg(m_gateway.userName(), m_gateway.userRole(), m_gateway.organName(), QDir::toNativeSeparators(m_vaultPath));
}

QString MainWindow::lockReasonText() const {
    return m_lockReasonText;
}

void MainWindow::refreshSession() {
    m_vaultPath = m_gateway.vaultPath();
    m_userName = m_gateway.userName();
    setWindowTitle(tr("%1 — %2").arg(applicationTitle(), QFileInfo(m_vaultPath).fileName()));
    m_identityLabel->setText(identityText());
    if (m_overview) {
        m_overview->showSession(m_gateway);
    }
    refreshNavigation();
    if (m_session && m_nav->count() > 0 && m_nav->currentRow() < 0 && m_pages->currentWidget() != m_caseView) {
        m_nav->setCurrentRow(0);
    }
    updateSummary();
}

QString MainWindow::lockReasonPhrase(LockReason reason) const {
    switch (reason) {
    case LockReason::Idle:
        // Number-neutral English ("min"), so the source text reads right without a plural translation.
        return tr("after %n min idle", "", m_lockAfterMinutes);
    case LockReason::Away:
        return tr("after the computer was asleep or unused for more than %n min", "", m_lockAfterMinutes);
    case LockReason::User:
        break;
    }
    return tr("on request");
}

void MainWindow::lock(LockReason reason) {
    if (m_locked) {
        return;
    }
    // The gateway knows best which vault and user are open (a vault created meanwhile counts).
    if (m_gateway.isUnlocked()) {
        m_vaultPath = m_gateway.vaultPath();
        m_userName = m_gateway.userName();
    }
    m_locked = true;
    m_inactivity->deactivate();
    if (m_caseList) {
        m_caseList->registerShownSubjects(); // while the vault is still open
    }
    m_concealer.conceal();
    m_gateway.lock();

    const QString at = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    const QString phrase = lockReasonPhrase(reason);
    m_lockReasonText = tr("Locked at %1 %2").arg(at, phrase);
    m_lockScreen->prepare(m_userName, m_vaultPath, m_lockReasonText);
    m_stack->setCurrentWidget(m_lockScreen);
    m_lockReasonLabel->setText(m_lockReasonText);
    m_lockReasonLabel->setProperty("lastLockAt", at);
    m_lockReasonLabel->setProperty("lastLockPhrase", phrase);
    updateActionsForLock();
    m_lockScreen->focusInput();
    emit locked();
}

void MainWindow::attemptUnlock() {
    if (!m_locked) {
        return;
    }
    const QString user = m_lockScreen->userName();
    if (user.isEmpty()) {
        m_lockScreen->showHint(tr("Type your user name."));
        m_lockScreen->focusInput();
        return;
    }
    if (m_lockScreen->passwordIsEmpty()) {
        m_lockScreen->showHint(tr("Type your password."));
        m_lockScreen->focusInput();
        return;
    }
    m_lockScreen->clearMessage();
    QString password = m_lockScreen->takePassword();
    creditcase::Status status = [&] {
        BusyScope busy(this, {m_lockScreen->unlockButton()});
        return m_gateway.unlock(m_vaultPath, user, password);
    }();
    VaultGateway::wipe(password);
    if (!status.ok()) {
        m_lockScreen->showFailure(status.error());
        m_lockScreen->focusInput();
        return;
    }

    m_locked = false;
    m_stack->setCurrentWidget(m_workArea);
    if (m_caseView && user != m_userName) {
        // Another user: the case read for the one before is not theirs to see without their own inquiry.
        m_caseView->clear();
        if (m_dashboard) {
            showPage(m_dashboard);
        }
    }
    refreshSession();
    m_lockReasonText = tr("Last locked at %1 %2")
                           .arg(m_lockReasonLabel->property("lastLockAt").toString(),
                                m_lockReasonLabel->property("lastLockPhrase").toString());
    m_lockReasonLabel->setText(m_lockReasonText);
    updateActionsForLock();
    m_concealer.reveal(); // after the page switch, so the forms come back on top
    m_inactivity->activate();
    emit unlocked();
}

void MainWindow::switchUser() {
    if (!m_locked) {
        return;
    }
    const int open = m_concealer.concealedCount();
    if (open > 0) {
        QMessageBox question(QMessageBox::Warning, tr("Switch user"),
                             tr("Open windows of %1: %n. They may hold unsaved input. "
                                "Switching the user closes them, and that input is lost.",
                                "", open)
                                 .arg(m_userName),
                             QMessageBox::NoButton, this);
        question.setObjectName(QStringLiteral("switchUserQuestion"));
        QPushButton* closeThem = question.addButton(tr("Close them and switch user"), QMessageBox::DestructiveRole);
        closeThem->setObjectName(QStringLiteral("closeFormsButton"));
        QPushButton* keep = question.addButton(tr("Keep them"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("keepFormsButton"));
        question.setDefaultButton(keep);
        question.setEscapeButton(keep);
        question.exec();
        if (question.clickedButton() != closeThem) {
            m_lockScreen->focusInput();
            return;
        }
        m_concealer.discard();
    }
    m_lockScreen->allowUserChange();
}

QList<QWidget*> MainWindow::otherVisibleWindows() const {
    QList<QWidget*> windows;
    const QWidgetList all = QApplication::topLevelWidgets();
    for (QWidget* window : all) {
        if (window != this && window->isVisible() && window->windowType() != Qt::Popup &&
            window->windowType() != Qt::ToolTip) {
            windows.append(window);
        }
    }
    return windows;
}

void MainWindow::newVault() {
    if (m_locked) {
        return;
    }
    if (!otherVisibleWindows().isEmpty()) {
        QMessageBox::information(this, tr("New vault"),
                                 tr("Close the open forms first: creating a new vault closes the vault that is "
                                    "open now."));
        return;
    }
    CreateVaultDialog create(m_gateway, this);
    create.setVaultPath(QFileInfo(m_vaultPath).absolutePath() + QLatin1Char('/'));
    const int result = create.exec();
    if (result == QDialog::Accepted) {
        UiSettings().addRecentVault(create.vaultPath());
    }
    if (m_locked) {
        return; // locked while the dialog was open; the lock screen has the vault now
    }
    if (!m_gateway.isUnlocked()) {
        // Creation failed after the old vault was closed: ask for the password again instead of
        // pretending it is still open.
        lock(LockReason::User);
        return;
    }
    refreshSession();
}

void MainWindow::showPreferences() {
    PreferencesDialog preferences(this);
    if (preferences.exec() == QDialog::Accepted) {
        setLockAfterMinutes(UiSettings().lockAfterMinutes());
    }
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About CreditCase"),
        tr("<h3>%1 %2</h3><p>Case management for public credit information: recording untrustworthy conduct, "
           "lists of seriously untrustworthy entities, and credit restoration.</p>"
           "<p>The vault is always encrypted. Built with Qt %3.</p>")
            .arg(applicationTitle().toHtmlEscaped(), QStringLiteral(CREDITCASE_VERSION), QLatin1String(qVersion())));
}

QString MainWindow::diagnosticsText(const VaultGateway& gateway) {
    QStringList lines;
    lines << QStringLiteral("CreditCase %1").arg(QStringLiteral(CREDITCASE_VERSION));
    lines << QStringLiteral("Qt %1 (built with %2), platform %3")
                 .arg(QLatin1String(qVersion()), QStringLiteral(QT_VERSION_STR), QGuiApplication::platformName());
    lines << QStringLiteral("OS: %1; kernel %2 %3; CPU %4")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                      QSysInfo::currentCpuArchitecture());
    lines << QStringLiteral("Interface language: %1; system locale: %2; Qt translations: %3")
                 .arg(Translator::installedLanguage(), QLocale::system().name(),
                      Translator::qtTranslationInstalled() ? QStringLiteral("yes") : QStringLiteral("no"));
    const QString backend = gateway.backendDiagnostics();
    lines << QStringLiteral("Storage: %1").arg(backend.isEmpty() ? QStringLiteral("unknown") : backend);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void MainWindow::copyDiagnostics() {
    QGuiApplication::clipboard()->setText(diagnosticsText(m_gateway));
    statusBar()->showMessage(tr("Diagnostics copied to the clipboard."), 5000);
}

void MainWindow::updateActionsForLock() {
    m_newWorkAction->setEnabled(!m_locked && static_cast<bool>(m_newWork));
    m_searchAction->setEnabled(!m_locked && m_search != nullptr);
    // Nothing read from the vault stays on screen while it is locked.
    if (m_search) {
        m_search->setEnabled(!m_locked);
    }
    m_summaryLabel->setVisible(!m_locked);
    m_newVaultAction->setEnabled(!m_locked);
    m_lockAction->setEnabled(!m_locked);
    m_preferencesAction->setEnabled(!m_locked);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_inactivity->deactivate();
    if (!m_locked && m_caseList) {
        m_caseList->registerShownSubjects();
    }
    if (m_locked) {
        m_concealer.discard();
    }
    m_gateway.lock();
    event->accept();
}

} // namespace creditcase::ui
