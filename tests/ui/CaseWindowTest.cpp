// The window over a real vault (WorkflowFixture): unlock, the dashboard, the case list's search and filters, the
// case view's action bar and event forms driven through the widgets, and the idle lock over an unsaved event form.
#include "InactivityTimer.h"
#include "MainWindow.h"
#include "SessionGateway.h"
#include "UiTestSupport.h"
#include "WorkflowFixture.h"
#include "cases/CaseEventDialog.h"
#include "cases/CaseListPage.h"
#include "cases/CaseTableModel.h"
#include "cases/CaseViewPage.h"
#include "cases/DashboardPage.h"
#include "cases/ReaderThread.h"
#include "service/AuditService.h"
#include "service/Session.h"
#include "workflow/SubjectRegister.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using creditcase::test::child;
using creditcase::test::IsolatedSettings;
using creditcase::test::WorkflowFixture;
using namespace creditcase;
using creditcase::ui::MainWindow;

namespace {

bool waitUntil(const std::function<bool()>& condition, int ms = 10000) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms) {
            return false;
        }
        QTest::qWait(10);
    }
    return true;
}

struct Window {
    IsolatedSettings settings;
    ui::SessionGateway gateway;
    std::unique_ptr<MainWindow> window;

    Window(WorkflowFixture& f, const QString& user) {
        QString password = QString::fromLatin1(test::kPassword);
        const Status unlocked = gateway.unlock(f.vault().path(), user, password);
        REQUIRE(unlocked.ok());
        window = std::make_unique<MainWindow>(gateway);
        window->setLockAfterMinutes(0);
        test::showAndActivate(window.get());
    }

    ui::CaseViewPage* caseView() const { return window->caseViewPage(); }

    // Locks and signs in as `user` through the lock screen (switch user when it is another).
    void signInAs(const QString& user) {
        window->lock();
        if (user != gateway.userName()) {
            QTest::mouseClick(child<QPushButton>(window.get(), "lockSwitchUserButton"), Qt::LeftButton);
            auto* name = child<QLineEdit>(window.get(), "lockUserNameEdit");
            name->clear();
            QTest::keyClicks(name, user);
        }
        QTest::keyClicks(child<QLineEdit>(window.get(), "lockPasswordEdit"), QString::fromLatin1(test::kPassword));
        QTest::mouseClick(child<QPushButton>(window.get(), "lockUnlockButton"), Qt::LeftButton);
        REQUIRE_FALSE(window->isLocked());
        REQUIRE(gateway.userName() == user);
    }

    /* Clicks the action bar's button for `event`, fills the form that opens (date, text) from inside its exec()
       and confirms. Returns the dialog's result; `formProblems` receives what the form still complained about. */
    void fire(const QString& event, QDate on, const QString& text = {}, QStringList* formProblems = nullptr) {
        QPushButton* button = caseView()->actionButton(event);
        INFO("event " << event.toStdString());
        REQUIRE(button != nullptr);
        REQUIRE(button->isEnabled());
        QCoreApplication::processEvents(); // the layout shows new buttons from the event loop
        REQUIRE(button->isVisible());
        QTimer::singleShot(0, window.get(), [=] {
            auto* dialog = qobject_cast<ui::CaseEventDialog*>(QApplication::activeModalWidget());
            CHECK(dialog != nullptr);
            if (!dialog) {
                return;
            }
            dialog->findChild<QDateEdit*>(QStringLiteral("eventDateEdit"))->setDate(on);
            if (auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("eventTextEdit"))) {
                QTest::keyClicks(edit, text);
            }
            if (formProblems) {
                *formProblems = dialog->problems();
            }
            INFO("form problems: " << dialog->problems().join(QStringLiteral("; ")).toStdString());
            CHECK(dialog->confirmButton()->isEnabled());
            dialog->confirmButton()->click();
            if (dialog->isVisible()) { // refused: the reason is in the form
                CHECK(dialog->findChild<QLabel*>(QStringLiteral("eventResultLabel"))->text().toStdString() == "");
                dialog->reject();
            }
        });
        QTest::mouseClick(button, Qt::LeftButton); // runs the form's exec() and the timer above inside it
    }
};

} // namespace

TEST_CASE("The window unlocks a real vault with the right password and refuses a wrong one") {
    WorkflowFixture f(QDate(2025, 3, 6));
    IsolatedSettings settings;
    ui::SessionGateway gateway;
    QString wrong = QStringLiteral("not the password");
    const Status refused = gateway.unlock(f.vault().path(), QStringLiteral("li.officer"), wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::AuthenticationFailed);
    CHECK_FALSE(gateway.isUnlocked());

    QString right = QString::fromLatin1(test::kPassword);
    REQUIRE(gateway.unlock(f.vault().path(), QStringLiteral("li.officer"), right).ok());
    REQUIRE(gateway.session() != nullptr);
    MainWindow window(gateway);
    test::showAndActivate(&window);
    CHECK(window.currentPage() == window.dashboardPage());
    QListWidget* nav = window.navigation();
    REQUIRE(nav->count() >= 2);
    CHECK(nav->item(0)->text() == QStringLiteral("Dashboard"));
    CHECK(nav->item(1)->text() == QStringLiteral("Cases"));
    CHECK(child<QLabel>(&window, "statusIdentityLabel")->text().contains(QStringLiteral("li.officer")));
    CHECK(child<QLabel>(&window, "statusSummaryLabel")->text().contains(QStringLiteral("Overdue")));

    // Ctrl+2 goes to the case list; a page a role may not use is absent.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(window.currentPage() == window.caseListPage());
    auto* adminOnly = new QWidget;
    window.addPage(QStringLiteral("Users and backups"), adminOnly,
                   [](const domain::User& user) { return user.role == domain::Role::Administrator; });
    for (int row = 0; row < nav->count(); ++row) {
        CHECK(nav->item(row)->text() != QStringLiteral("Users and backups"));
    }
}

TEST_CASE("The dashboard lists what is overdue and due with days left and opens the case") {
    WorkflowFixture f(QDate(2025, 2, 20));
    const qint64 id = f.openCase(); // the notice must be served within the rule's period
    f.setToday(QDate(2025, 6, 30));
    Window w(f, QStringLiteral("li.officer"));
    auto* overdue = child<QTreeWidget>(w.window.get(), "dashboardOverdueList");
    REQUIRE(overdue->topLevelItemCount() >= 1);
    QTreeWidgetItem* first = overdue->topLevelItem(0);
    CHECK(first->text(0) == QString::number(id));
    CHECK(first->text(4).startsWith(QStringLiteral("Overdue by")));
    CHECK_FALSE(first->icon(0).isNull());
    const QString summary = child<QLabel>(w.window.get(), "statusSummaryLabel")->text();
    CHECK(summary.startsWith(QStringLiteral("Overdue ")));
    CHECK_FALSE(summary.startsWith(QStringLiteral("Overdue 0")));
    // Waiting for me: the officer's stage with an event of theirs, counted on the reader thread.
    auto* mine = child<QTreeWidget>(w.window.get(), "dashboardMineList");
    REQUIRE(mine->topLevelItemCount() >= 1);
    REQUIRE(waitUntil([&] {
        for (int i = 0; i < mine->topLevelItemCount(); ++i) {
            if (mine->topLevelItem(i)->text(1) == QStringLiteral("…"))
                return false;
        }
        return true;
    }));
    bool counted = false;
    for (int i = 0; i < mine->topLevelItemCount(); ++i) {
        counted = counted || mine->topLevelItem(i)->text(1) == QStringLiteral("1");
    }
    CHECK(counted);

    overdue->setCurrentItem(first);
    overdue->setFocus();
    QTest::keyClick(overdue, Qt::Key_Return);
    CHECK(w.window->currentPage() == w.caseView());
    CHECK(w.caseView()->caseId() == id);
}

TEST_CASE("A case goes from the notice through objection and answer to the decision by a second user") {
    WorkflowFixture f(QDate(2025, 3, 6));
    const qint64 id = f.openCase();
    Window w(f, QStringLiteral("li.officer"));
    w.window->openCase(id);
    REQUIRE(w.caseView()->caseId() == id);
    REQUIRE(w.caseView()->file().has_value());
    CHECK(child<QLabel>(w.window.get(), "caseHeaderLabel")->text().contains(QString::number(id)));

    QStringList problems;
    w.fire(QStringLiteral("serve-notice"), QDate(2025, 2, 21), {}, &problems);
    CHECK(problems.isEmpty());
    REQUIRE(w.caseView()->file()->theCase.stage == domain::CaseStage::ObjectionWindow);
    w.fire(QStringLiteral("receive-objection"), QDate(2025, 2, 25), QStringLiteral("The goods were not ours."));
    REQUIRE(w.caseView()->file()->theCase.stage == domain::CaseStage::ObjectionReview);

    w.signInAs(QStringLiteral("zhao.sup"));
    CHECK(w.caseView()->caseId() == 0); // another user: the case read for the officer is gone
    // Not the case officer: the purpose is asked before anything is read; cancelling reads nothing.
    int asked = 0;
    w.caseView()->askPurpose = [&asked](const QStringList&) {
        ++asked;
        return QString();
    };
    w.window->openCase(id);
    CHECK(asked == 1);
    CHECK_FALSE(w.caseView()->file().has_value());
    w.caseView()->askPurpose = [](const QStringList&) { return QStringLiteral("deciding the objection"); };
    w.window->openCase(id);
    REQUIRE(w.caseView()->file().has_value());
    w.fire(QStringLiteral("reject-objection"), QDate(2025, 2, 27),
           QStringLiteral("The inspection report shows "
                          "they were."));
    REQUIRE(w.caseView()->file()->theCase.stage == domain::CaseStage::ReadyToDecide);

    w.signInAs(QStringLiteral("li.officer"));
    w.window->openCase(id);
    w.fire(QStringLiteral("submit-re-examination"), QDate(2025, 3, 3), QStringLiteral("Please re-examine."));
    REQUIRE(w.caseView()->file()->theCase.stage == domain::CaseStage::ReExamination);
    // The provincial department re-examines (another organ; its own window is not part of this test).
    auto asProvince = f.as(f.provincial);
    REQUIRE(workflow::CaseWorkflow(asProvince).decideReExamination(id, QDate(2025, 3, 5), true, QString()));

    w.signInAs(QStringLiteral("zhao.sup"));
    w.window->openCase(id);
    REQUIRE(w.caseView()->file().has_value());
    REQUIRE(w.caseView()->file()->theCase.stage == domain::CaseStage::ReExamined);
    QPushButton* decide = w.caseView()->actionButton(QStringLiteral("decide"));
    REQUIRE(decide != nullptr);
    CHECK(decide->isEnabled());
    w.fire(QStringLiteral("decide"), QDate(2025, 3, 6));
    REQUIRE(w.caseView()->file()->theCase.stage == domain::CaseStage::Listed);
    REQUIRE(w.caseView()->file()->decision.has_value());
    CHECK(w.caseView()->file()->decision->decidedBy == QStringLiteral("zhao.sup"));
    CHECK_FALSE(w.caseView()->file()->decision->measures.isEmpty());
}

TEST_CASE("The decision form lists only the list type measures which may be removed and says what confirming does") {
    WorkflowFixture f(QDate(2025, 3, 6));
    const qint64 id = f.openCase();
    Window w(f, QStringLiteral("li.officer"));
    w.window->openCase(id);
    REQUIRE(w.caseView()->file().has_value());
    service::CaseAction decide;
    decide.event = QStringLiteral("decide");
    decide.name = QStringLiteral("decide");
    decide.allowed = true;
    ui::CaseEventDialog dialog(*w.gateway.session(), *w.caseView()->file(), decide);
    auto* measures = child<QListWidget>(&dialog, "eventMeasuresList");
    REQUIRE(measures->count() > 0);
    CHECK(dialog.confirmButton()->text() ==
          QStringLiteral("Issue the designation decision and generate the decision document"));
    CHECK(dialog.chosenMeasures().size() == measures->count());
    for (int i = 0; i < measures->count(); ++i) {
        CHECK(measures->item(i)->text().startsWith(QStringLiteral("[")));
        CHECK_FALSE(measures->item(i)->toolTip().isEmpty());
        measures->item(i)->setCheckState(Qt::Unchecked);
    }
    CHECK_FALSE(dialog.confirmButton()->isEnabled());
    CHECK(child<QLabel>(&dialog, "eventProblemsLabel")->text().contains(QStringLiteral("at least one measure")));
    // The date cannot be set after today.
    auto* date = child<QDateEdit>(&dialog, "eventDateEdit");
    date->setDate(QDate(2025, 12, 31));
    CHECK(date->date() == QDate(2025, 3, 6));
}

TEST_CASE("An event that is not allowed is disabled and says why with the citation under the bar") {
    WorkflowFixture f(QDate(2025, 3, 6));
    const qint64 id = f.openCase();
    Window w(f, QStringLiteral("li.officer"));
    w.window->openCase(id);
    const auto before = f.snapshot();
    QPushButton* decide = w.caseView()->actionButton(QStringLiteral("decide"));
    REQUIRE(decide != nullptr);
    CHECK_FALSE(decide->isEnabled());
    CHECK(decide->toolTip().startsWith(QStringLiteral("Not available: ")));
    auto* line = child<QLabel>(w.window.get(), "caseUnavailableLabel");
    CHECK(line->isVisible());
    service::CaseAction action;
    for (const auto& a : w.caseView()->actions()) {
        if (a.event == QLatin1String("decide"))
            action = a;
    }
    CHECK_FALSE(action.reason.isEmpty());
    CHECK(line->text().contains(action.reason));
    for (const QString& citation : action.citations) {
        CHECK(line->text().contains(citation));
    }
    // Drawing the bar wrote nothing.
    CHECK(f.snapshot().tables == before.tables);
}

TEST_CASE("The case list searches by case number and name and filters by stage and officer") {
    WorkflowFixture f(QDate(2025, 3, 6));
    const qint64 first = f.openCase();
    auto context = f.as(f.officer);
    auto other = workflow::SubjectRegister(context).add(
        {domain::SubjectKind::Enterprise, QStringLiteral("Green Valley Dairy"), QStringLiteral("91350100M000200YX8"),
         QStringLiteral("2 Test Road"), QStringLiteral("Li Si")});
    INFO((other ? QString() : other.error().message).toStdString());
    REQUIRE(other);
    const qint64 record = f.addRecord(other->id);
    workflow::CaseWorkflow::OpenCase request;
    request.recordId = record;
    request.listType = QStringLiteral("samr-serious-illegal");
    request.scope = domain::ScopeCategory::PublicHealthAndSafety;
    request.on = QDate(2025, 2, 22);
    auto second = workflow::CaseWorkflow(context).open(request);
    REQUIRE(second);
    REQUIRE(workflow::CaseWorkflow(context).serveNotice(second->id, QDate(2025, 2, 23)));

    Window w(f, QStringLiteral("li.officer"));
    ui::CaseListPage* page = w.window->caseListPage();
    ui::CaseTableModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(waitUntil([&] { return model->countKnown() && model->isRowLoaded(0); }));
    CHECK(model->totalCount() == 2);
    CHECK(child<QLabel>(page, "caseCountLabel")->text() == QStringLiteral("2 case(s) in total"));

    w.window->search(QStringLiteral("Green Valley"));
    REQUIRE(waitUntil([&] { return model->countKnown() && model->rowCount() == 1 && model->isRowLoaded(0); }));
    CHECK(model->caseIdAt(0) == second->id);
    CHECK(model->data(model->index(0, ui::CaseTableModel::Subject)).toString() == QStringLiteral("Green Valley Dairy"));

    w.window->search(QString::number(first));
    REQUIRE(waitUntil([&] { return model->countKnown() && model->isRowLoaded(0) && model->caseIdAt(0) == first; }));

    w.window->search(QString());
    auto* stage = child<QComboBox>(page, "caseStageFilter");
    stage->setCurrentIndex(stage->findData(domain::caseStageId(domain::CaseStage::ObjectionWindow)));
    REQUIRE(waitUntil([&] { return model->countKnown() && model->rowCount() == 1 && model->isRowLoaded(0); }));
    CHECK(model->caseIdAt(0) == second->id);

    auto* officer = child<QLineEdit>(page, "caseOfficerFilter");
    stage->setCurrentIndex(0);
    QTest::keyClicks(officer, QStringLiteral("nobody"));
    REQUIRE(waitUntil([&] { return model->countKnown() && model->rowCount() == 0; }));

    // Sorting by subject name, descending: the dairy comes after the food company in binary order.
    officer->clear();
    page->search(QString());
    REQUIRE(waitUntil([&] { return model->countKnown() && model->rowCount() == 2 && model->isRowLoaded(0); }));
    model->sort(ui::CaseTableModel::Subject, Qt::DescendingOrder);
    REQUIRE(waitUntil([&] { return model->isRowLoaded(0); }));
    CHECK(model->caseIdAt(0) == first);

    // Enter on a row opens the case.
    page->table()->setFocus();
    page->table()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(page->table(), Qt::Key_Return);
    CHECK(w.window->currentPage() == w.caseView());
    CHECK(w.caseView()->caseId() == first);
}

TEST_CASE("The case list shows days left in working days for a working-day deadline and sorts by any column") {
    // The objection window runs five working days from the service on Friday 2025-02-21 to Friday 2025-02-28. Seen
    // on Saturday 2025-02-22: five working days left, although six calendar days are.
    WorkflowFixture f(QDate(2025, 2, 21));
    const qint64 served = f.servedCase();
    f.setToday(QDate(2025, 2, 22));
    Window w(f, QStringLiteral("li.officer"));
    // The dashboard counts the same deadline in the same unit (both from calendar::DaysLeft).
    auto* due = child<QTreeWidget>(w.window.get(), "dashboardDueList");
    REQUIRE(due->topLevelItemCount() >= 1);
    CHECK(due->topLevelItem(0)->text(0) == QString::number(served));
    CHECK(due->topLevelItem(0)->text(4) == QStringLiteral("5 working day(s) left"));
    ui::CaseListPage* page = w.window->caseListPage();
    ui::CaseTableModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    w.window->showPage(page);
    REQUIRE(waitUntil([&] { return model->countKnown() && model->rowCount() == 1 && model->isRowLoaded(0); }));
    REQUIRE(model->caseIdAt(0) == served);
    CHECK(model->data(model->index(0, ui::CaseTableModel::NextDue)).toString() ==
          QLocale().toString(QDate(2025, 2, 28), QLocale::ShortFormat));
    CHECK(model->data(model->index(0, ui::CaseTableModel::DaysLeft)).toString() ==
          QStringLiteral("5 working day(s) left"));

    // A click on the stage header sorts by stage; the keyboard's sort box follows it.
    QHeaderView* header = page->table()->horizontalHeader();
    auto* sortColumn = child<QComboBox>(page, "caseSortColumn");
    auto* sortOrder = child<QComboBox>(page, "caseSortOrder");
    CHECK_FALSE(sortColumn->accessibleName().isEmpty());
    CHECK_FALSE(sortOrder->accessibleName().isEmpty());
    const int stageX =
        header->sectionViewportPosition(ui::CaseTableModel::Stage) + header->sectionSize(ui::CaseTableModel::Stage) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(stageX, header->height() / 2));
    CHECK(model->query().sort == service::CaseSortKey::Stage);
    CHECK(sortColumn->currentData().toInt() == ui::CaseTableModel::Stage);
    REQUIRE(waitUntil([&] { return model->isRowLoaded(0); }));
    CHECK(model->caseIdAt(0) == served);

    // From the keyboard: the sort box orders by officer, descending, and the header shows it.
    sortColumn->setFocus();
    sortColumn->setCurrentIndex(sortColumn->findData(int(ui::CaseTableModel::Officer)));
    sortOrder->setCurrentIndex(sortOrder->findData(int(Qt::DescendingOrder)));
    CHECK(model->query().sort == service::CaseSortKey::Officer);
    CHECK(model->query().direction == service::SortDirection::Descending);
    CHECK(header->sortIndicatorSection() == ui::CaseTableModel::Officer);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    page->table()->sortByColumn(ui::CaseTableModel::ListType, Qt::AscendingOrder);
    CHECK(model->query().sort == service::CaseSortKey::ListType);
    REQUIRE(waitUntil([&] { return model->isRowLoaded(0); }));
    CHECK(model->caseIdAt(0) == served);

    // The identifier column has no order: a click there leaves the list as it was.
    const int idX = header->sectionViewportPosition(ui::CaseTableModel::Identifier) +
                    header->sectionSize(ui::CaseTableModel::Identifier) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(idX, header->height() / 2));
    CHECK(model->query().sort == service::CaseSortKey::ListType);
    CHECK(header->sortIndicatorSection() == ui::CaseTableModel::ListType);
}

TEST_CASE("The idle lock keeps an unsaved event form and brings it back unchanged") {
    WorkflowFixture f(QDate(2025, 3, 6));
    const qint64 id = f.servedCase();
    Window w(f, QStringLiteral("li.officer"));
    w.window->setLockAfterMinutes(5);
    w.window->openCase(id);
    QPushButton* objection = w.caseView()->actionButton(QStringLiteral("receive-objection"));
    REQUIRE(objection != nullptr);
    QCoreApplication::processEvents();
    REQUIRE(objection->isVisible());
    bool checked = false;
    QTimer::singleShot(0, w.window.get(), [&] {
        auto* dialog = qobject_cast<ui::CaseEventDialog*>(QApplication::activeModalWidget());
        CHECK(dialog != nullptr);
        if (!dialog)
            return;
        auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("eventTextEdit"));
        QTest::keyClicks(text, QStringLiteral("unsaved objection"));
        w.window->inactivityTimer()->expire();
        CHECK(w.window->isLocked());
        CHECK_FALSE(dialog->isVisible());
        CHECK_FALSE(w.gateway.isUnlocked());
        QTimer::singleShot(0, w.window.get(), [&, dialog, text] {
            QTest::keyClicks(w.window->findChild<QLineEdit*>(QStringLiteral("lockPasswordEdit")),
                             QString::fromLatin1(test::kPassword));
            QTest::mouseClick(w.window->findChild<QPushButton*>(QStringLiteral("lockUnlockButton")), Qt::LeftButton);
            CHECK_FALSE(w.window->isLocked());
            CHECK(dialog->isVisible());
            CHECK(text->toPlainText() == QStringLiteral("unsaved objection"));
            checked = true;
            // The session is the same object: confirming after the unlock reaches the vault.
            dialog->findChild<QDateEdit*>(QStringLiteral("eventDateEdit"))->setDate(QDate(2025, 2, 25));
            QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
            if (dialog->isVisible()) {
                CHECK(dialog->findChild<QLabel*>(QStringLiteral("eventResultLabel"))->text().toStdString() == "");
                dialog->reject();
            }
        });
    });
    QTest::mouseClick(objection, Qt::LeftButton);
    CHECK(checked);
    REQUIRE(w.caseView()->file().has_value());
    CHECK(w.caseView()->file()->theCase.stage == domain::CaseStage::ObjectionReview);
}

TEST_CASE("The reader thread closes its connection when the session locks and reopens after the unlock") {
    WorkflowFixture f(QDate(2025, 3, 6));
    f.openCase();
    Window w(f, QStringLiteral("li.officer"));
    ui::CaseTableModel* model = w.window->caseListPage()->model();
    REQUIRE(waitUntil([&] { return model->countKnown() && model->rowCount() == 1; }));
    w.window->lock();
    CHECK(model->rowCount() == 0);
    CHECK_FALSE(child<QLabel>(w.window.get(), "statusSummaryLabel")->isVisible());
    CHECK_FALSE(w.window->searchField()->isEnabled());
    w.signInAs(QStringLiteral("li.officer"));
    REQUIRE(waitUntil([&] { return model->countKnown() && model->rowCount() == 1 && model->isRowLoaded(0); }));
}

TEST_CASE("The case view's timeline is the audit chain of the case, newest first, with who and when") {
    WorkflowFixture f(QDate(2025, 2, 20));
    const qint64 id = f.openCase();
    Window w(f, QStringLiteral("li.officer"));
    w.window->openCase(id);
    REQUIRE(w.caseView()->file().has_value());
    auto* timeline = child<QTreeWidget>(w.window.get(), "caseTimeline");
    const qint64 entries = f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE object IN ('case:%1', "
                                                  "'record:%2')")
                                       .arg(id)
                                       .arg(w.caseView()->file()->record.id));
    REQUIRE(entries >= 2); // opened, and read just now
    CHECK(timeline->topLevelItemCount() == entries);
    QTreeWidgetItem* newest = timeline->topLevelItem(0);
    CHECK(newest->text(1) == service::AuditService::eventText(QStringLiteral("record.inquiry")));
    CHECK(newest->text(2) == QStringLiteral("li.officer"));
    CHECK(newest->text(0).size() == QStringLiteral("yyyy-MM-dd HH:mm").size());
    // The case's opening is there too, after the credit record it was opened on (the record's own entries count).
    QStringList texts;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        texts << timeline->topLevelItem(i)->text(1);
    CHECK(texts.contains(service::AuditService::eventText(QStringLiteral("case.open"))));
}

TEST_CASE(
    "What the case list shows is registered as an inquiry naming the subjects and the filter [Opinions VII(13)]") {
    WorkflowFixture f(QDate(2025, 3, 6));
    const qint64 caseId = f.openCase();
    auto subjectOf = [&](qint64 id) {
        QSqlQuery q(f.db());
        REQUIRE(q.exec(QStringLiteral("SELECT subject_id FROM cases WHERE id = %1").arg(id)));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    const qint64 subject = subjectOf(caseId);
    const auto listInquiries = [&] {
        return f.count(QStringLiteral("SELECT count(*) FROM inquiry_register WHERE object = 'cases:list'"));
    };
    Window w(f, QStringLiteral("li.officer"));
    ui::CaseListPage* page = w.window->caseListPage();
    ui::CaseTableModel* model = page->model();
    REQUIRE(waitUntil([&] { return model->countKnown() && model->isRowLoaded(0); }));
    // Registered once the pages stop arriving, not with every page.
    REQUIRE(waitUntil([&] { return listInquiries() == 1; }, 5000));
    QSqlQuery q(f.db());
    REQUIRE(
        q.exec(QStringLiteral("SELECT subject_ref, purpose, actor FROM inquiry_register WHERE object = 'cases:list'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QString::number(subject)));
    CHECK(q.value(1).toString().contains(QStringLiteral("case list")));
    CHECK(q.value(2).toString() == QStringLiteral("li.officer"));
    q.finish(); // an open statement would keep this connection's snapshot from seeing later registrations

    // A new filter registers what the previous one showed first, then its own pages.
    auto* stage = child<QComboBox>(page, "caseStageFilter");
    stage->setCurrentIndex(stage->findData(domain::caseStageId(domain::CaseStage::NoticePrepared)));
    REQUIRE(waitUntil([&] { return model->countKnown() && model->rowCount() == 1 && model->isRowLoaded(0); }));
    REQUIRE(waitUntil([&] { return listInquiries() == 2; }, 5000));
    REQUIRE(
        q.exec(QStringLiteral("SELECT purpose FROM inquiry_register WHERE object = 'cases:list' ORDER BY id DESC")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(stage->currentText()));
    q.finish();
    // Nothing shown since: locking registers nothing more.
    w.window->lock();
    CHECK(listInquiries() == 2);
}

TEST_CASE("The head extends the time to decide from the case view, with the reason [MOHRSS Order 45 Art. 8]") {
    WorkflowFixture f(QDate(2025, 3, 6));
    auto context = f.as(f.officer);
    workflow::CaseWorkflow::OpenCase request;
    request.recordId = f.addRecord(f.addSubject());
    request.listType = QStringLiteral("wage-arrears");
    request.on = QDate(2025, 2, 20);
    request.decisionLimitFrom = QDate(2025, 2, 14);
    auto opened = workflow::CaseWorkflow(context).open(request);
    REQUIRE(opened);

    Window w(f, QStringLiteral("li.officer"));
    w.window->openCase(opened->id);
    REQUIRE(w.caseView()->caseId() == opened->id);
    // An officer sees the act and why it is not theirs; the head (a supervisor) may do it.
    REQUIRE(w.caseView()->actionButton(QStringLiteral("extend-decision")) != nullptr);
    CHECK_FALSE(w.caseView()->actionButton(QStringLiteral("extend-decision"))->isEnabled());
    w.signInAs(QStringLiteral("zhao.sup"));
    w.caseView()->askPurpose = [](const QStringList&) { return QStringLiteral("approving an extension"); };
    w.window->openCase(opened->id);
    REQUIRE(w.caseView()->actionButton(QStringLiteral("extend-decision")) != nullptr);
    CHECK(w.caseView()->actionButton(QStringLiteral("extend-decision"))->isEnabled());
    w.fire(QStringLiteral("extend-decision"), QDate(2025, 3, 5), QStringLiteral("Many workers are involved."));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'decision-due' AND status = 'open' "
                                 "AND due_on = '2025-04-14' AND case_id = %1")
                      .arg(opened->id)) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'case.extend-decision'")) == 1);
}
