#include "MainWindow.h"

#include "CreateVaultDialog.h"
#include "FakeVaultGateway.h"
#include "InactivityTimer.h"
#include "PreferencesDialog.h"
#include "UiSettings.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <catch2/catch.hpp>

using creditcase::test::child;
using creditcase::test::click;
using creditcase::test::FakeVaultGateway;
using creditcase::test::IsolatedSettings;
using creditcase::ui::MainWindow;
using creditcase::ui::UiSettings;

namespace {

struct MainWindowFixture {
    IsolatedSettings settings;
    FakeVaultGateway gateway;
    std::unique_ptr<MainWindow> window;

    MainWindowFixture() {
        UiSettings().setLockAfterMinutes(5);
        REQUIRE(gateway.openAsFirstAccount());
        window = std::make_unique<MainWindow>(gateway);
        creditcase::test::showAndActivate(window.get());
    }

    QLineEdit* lockPassword() const { return child<QLineEdit>(window.get(), "lockPasswordEdit"); }
    QLineEdit* lockUser() const { return child<QLineEdit>(window.get(), "lockUserNameEdit"); }
    QPushButton* lockUnlock() const { return child<QPushButton>(window.get(), "lockUnlockButton"); }
    QLabel* lockMessage() const { return child<QLabel>(window.get(), "lockMessageLabel"); }
    QWidget* overview() const { return child<QWidget>(window.get(), "overviewPage"); }
    QWidget* lockScreen() const { return child<QWidget>(window.get(), "lockScreen"); }

    // Does not throw, so it may run inside a nested event loop.
    void unlockWith(const QString& password) {
        auto* field = window->findChild<QLineEdit*>(QStringLiteral("lockPasswordEdit"));
        auto* button = window->findChild<QPushButton*>(QStringLiteral("lockUnlockButton"));
        CHECK(field != nullptr);
        CHECK(button != nullptr);
        if (field != nullptr && button != nullptr) {
            QTest::keyClicks(field, password);
            QTest::mouseClick(button, Qt::LeftButton);
        }
    }
};

// For code running inside a nested event loop: Catch's REQUIRE throws, which must not cross Qt's loop.
void clickInModal(QWidget* parent, const char* buttonName) {
    auto* button = parent->findChild<QPushButton*>(QLatin1String(buttonName));
    CHECK(button != nullptr);
    if (button != nullptr) {
        QTest::mouseClick(button, Qt::LeftButton);
    }
}

// An edit form with typed but unsaved text, as a case form will be.
struct DirtyForm {
    QDialog dialog;
    QLineEdit* field = new QLineEdit(&dialog);
    QSignalSpy finished{&dialog, &QDialog::finished};

    explicit DirtyForm(QWidget* parent)
        : dialog(parent) {
        dialog.setObjectName(QStringLiteral("caseForm"));
        field->setObjectName(QStringLiteral("formField"));
        auto* layout = new QVBoxLayout(&dialog);
        layout->addWidget(field);
    }
};

} // namespace

TEST_CASE("MainWindow names the vault file in the title and the session in the status bar") {
    MainWindowFixture f;
    CHECK(f.window->windowTitle() == QStringLiteral("CreditCase — county.ccvault"));
    const QString expected =
        QStringLiteral("wang.fang (Officer, Example County Market Regulation Bureau) — /srv/creditcase/county.ccvault");
    CHECK(f.window->identityText() == expected);
    auto* identity = child<QLabel>(f.window.get(), "statusIdentityLabel");
    CHECK(identity->text() == expected);
    CHECK(identity->isVisible());
    CHECK(f.overview()->isVisible());
    CHECK(child<QLabel>(f.window.get(), "overviewUserLabel")->text() == QStringLiteral("wang.fang (Officer)"));
    CHECK(child<QLabel>(f.window.get(), "overviewNoticeLabel")->text().contains(QStringLiteral("not part")));
}

TEST_CASE("MainWindow has the File, Settings and Help menus with their actions") {
    MainWindowFixture f;
    for (const char* name :
         {"actionNewVault", "actionLock", "actionQuit", "actionPreferences", "actionAbout", "actionCopyDiagnostics"}) {
        INFO(name);
        CHECK(f.window->findChild<QAction*>(QLatin1String(name)) != nullptr);
    }
    CHECK(child<QAction>(f.window.get(), "actionLock")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
}

TEST_CASE("Idle lock hides an open form with unsaved text and brings it back unchanged after the password") {
    MainWindowFixture f;
    DirtyForm form(f.window.get());
    form.dialog.open();
    REQUIRE(QTest::qWaitForWindowExposed(&form.dialog));
    QTest::keyClicks(form.field, QStringLiteral("Zhejiang Example Trading Co., Ltd."));
    QSignalSpy lockedSpy(f.window.get(), &MainWindow::locked);
    QSignalSpy unlockedSpy(f.window.get(), &MainWindow::unlocked);

    auto* timer = f.window->inactivityTimer();
    REQUIRE(timer->isActive());
    CHECK(timer->idleInterval() == std::chrono::minutes(5));
    timer->expire(); // the five minutes are up

    // Locked: the vault is closed, the form is hidden (not closed), the lock screen asks for the password.
    CHECK(f.window->isLocked());
    CHECK(lockedSpy.count() == 1);
    CHECK(f.gateway.lockCalls == 1);
    CHECK_FALSE(f.gateway.isUnlocked());
    CHECK_FALSE(form.dialog.isVisible());
    CHECK(form.finished.count() == 0);
    CHECK_FALSE(timer->isActive());
    CHECK(f.lockScreen()->isVisible());
    CHECK_FALSE(f.overview()->isVisible());
    CHECK(f.lockUser()->text() == QStringLiteral("wang.fang"));
    CHECK(f.lockUser()->isReadOnly());
    CHECK(f.window->lockReasonText().contains(QStringLiteral("after 5 min idle")));
    CHECK(child<QLabel>(f.window.get(), "statusLockReasonLabel")->text() == f.window->lockReasonText());
    CHECK(child<QLabel>(f.window.get(), "lockReasonLabel")->text() == f.window->lockReasonText());
    CHECK_FALSE(child<QAction>(f.window.get(), "actionLock")->isEnabled());
    CHECK(QApplication::activeModalWidget() == nullptr);

    // A wrong password keeps everything locked and says so.
    f.unlockWith(QStringLiteral("not my password"));
    CHECK(f.window->isLocked());
    CHECK(f.lockMessage()->isVisible());
    CHECK(f.lockMessage()->text().contains(QStringLiteral("Wrong user name or password")));
    CHECK(f.lockPassword()->text().isEmpty());
    CHECK_FALSE(form.dialog.isVisible());
    CHECK(unlockedSpy.count() == 0);

    f.unlockWith(QStringLiteral("correct horse battery"));
    CHECK_FALSE(f.window->isLocked());
    CHECK(unlockedSpy.count() == 1);
    CHECK(f.gateway.lastUnlockUser == QStringLiteral("wang.fang"));
    CHECK(f.gateway.lastUnlockPath == QStringLiteral("/srv/creditcase/county.ccvault"));
    CHECK(f.overview()->isVisible());
    CHECK(form.dialog.isVisible());
    CHECK(form.field->text() == QStringLiteral("Zhejiang Example Trading Co., Ltd."));
    CHECK(form.finished.count() == 0);
    CHECK(timer->isActive());
    CHECK(f.window->lockReasonText().startsWith(QStringLiteral("Last locked at")));
    // The form is still a live form: typing continues where it stopped.
    QTest::keyClicks(form.field, QStringLiteral(" (branch)"));
    CHECK(form.field->text() == QStringLiteral("Zhejiang Example Trading Co., Ltd. (branch)"));
}

TEST_CASE("Idle lock during a form running in exec() does not end the form's event loop") {
    MainWindowFixture f;
    DirtyForm form(f.window.get());
    bool lockedAndUnlocked = false;
    bool execReturnedEarly = false;
    bool execReturned = false;

    // Runs inside the form's exec(): type, lock, then (from the next event-loop turn, to prove exec() is
    // still running) unlock and check, then finish the form the normal way.
    QTimer::singleShot(0, &form.dialog, [&] {
        QTest::keyClicks(form.field, QStringLiteral("unsaved decision draft"));
        f.window->inactivityTimer()->expire();
        CHECK(f.window->isLocked());
        CHECK_FALSE(form.dialog.isVisible());
        QTimer::singleShot(0, f.window.get(), [&] {
            execReturnedEarly = execReturned;
            // The lock screen takes input although the form was application-modal.
            f.unlockWith(QStringLiteral("correct horse battery"));
            CHECK_FALSE(f.window->isLocked());
            CHECK(form.dialog.isVisible());
            CHECK(form.field->text() == QStringLiteral("unsaved decision draft"));
            lockedAndUnlocked = true;
            form.dialog.accept();
        });
    });
    const int result = form.dialog.exec();
    execReturned = true;

    CHECK(lockedAndUnlocked);
    CHECK_FALSE(execReturnedEarly);
    CHECK(result == QDialog::Accepted);
    CHECK(form.field->text() == QStringLiteral("unsaved decision draft"));
}

TEST_CASE("Switching user on the lock screen needs confirmation before open forms are closed") {
    MainWindowFixture f;
    DirtyForm form(f.window.get());
    form.dialog.open();
    QTest::keyClicks(form.field, QStringLiteral("draft"));
    f.window->lock();
    REQUIRE(f.window->isLocked());
    CHECK(f.window->lockReasonText().contains(QStringLiteral("on request")));

    auto answer = [](const char* buttonName) {
        QTimer::singleShot(0, [buttonName] {
            auto* question = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            CHECK(question != nullptr);
            if (question != nullptr) {
                CHECK(question->objectName() == QStringLiteral("switchUserQuestion"));
                CHECK(question->text().contains(QStringLiteral("Open windows of wang.fang: 1.")));
                clickInModal(question, buttonName);
            }
        });
    };
    auto* switchUser = child<QPushButton>(f.window.get(), "lockSwitchUserButton");

    SECTION("keeping the forms keeps the user fixed and the form alive") {
        answer("keepFormsButton");
        click(switchUser);
        CHECK(f.lockUser()->isReadOnly());
        CHECK(f.lockUser()->text() == QStringLiteral("wang.fang"));
        CHECK(form.finished.count() == 0);
        f.unlockWith(QStringLiteral("correct horse battery"));
        CHECK(form.dialog.isVisible());
        CHECK(form.field->text() == QStringLiteral("draft"));
    }
    SECTION("closing the forms lets another user sign in") {
        answer("closeFormsButton");
        click(switchUser);
        CHECK(form.finished.count() == 1);
        CHECK(form.dialog.result() == QDialog::Rejected);
        CHECK_FALSE(f.lockUser()->isReadOnly());
        CHECK(f.lockUser()->text().isEmpty());

        QTest::keyClicks(f.lockUser(), QStringLiteral("li.lei"));
        f.unlockWith(QStringLiteral("supervisor password 1"));
        CHECK_FALSE(f.window->isLocked());
        CHECK(f.gateway.lastUnlockUser == QStringLiteral("li.lei"));
        CHECK_FALSE(form.dialog.isVisible());
        CHECK(child<QLabel>(f.window.get(), "statusIdentityLabel")
                  ->text()
                  .startsWith(QStringLiteral("li.lei (Supervisor, ")));
    }
}

TEST_CASE("A form running in exec() closed by switching user ends with Rejected") {
    MainWindowFixture f;
    DirtyForm form(f.window.get());
    QTimer::singleShot(0, &form.dialog, [&] {
        QTest::keyClicks(form.field, QStringLiteral("draft"));
        f.window->lock();
        QTimer::singleShot(0, [] {
            auto* question = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            CHECK(question != nullptr);
            if (question != nullptr) {
                clickInModal(question, "closeFormsButton");
            }
        });
        clickInModal(f.window.get(), "lockSwitchUserButton");
    });
    CHECK(form.dialog.exec() == QDialog::Rejected);
    CHECK(f.window->isLocked());
    CHECK_FALSE(form.dialog.isVisible());
}

TEST_CASE("Lock via the File menu action and the lock-after override") {
    MainWindowFixture f;
    f.window->setLockAfterMinutes(0);
    CHECK_FALSE(f.window->inactivityTimer()->isActive());
    f.window->setLockAfterMinutes(2);
    CHECK(f.window->inactivityTimer()->isActive());
    CHECK(f.window->inactivityTimer()->idleInterval() == std::chrono::minutes(2));

    child<QAction>(f.window.get(), "actionLock")->trigger();
    CHECK(f.window->isLocked());
    CHECK(f.gateway.lockCalls == 1);
    CHECK(f.lockPassword()->hasFocus());
    // A second lock while locked changes nothing.
    f.window->lock(MainWindow::LockReason::Idle);
    CHECK(f.gateway.lockCalls == 1);
    CHECK(f.window->lockReasonText().contains(QStringLiteral("on request")));
}

TEST_CASE("Diagnostics name the program, Qt and the system but no path or user") {
    MainWindowFixture f;
    const QString text = MainWindow::diagnosticsText(f.gateway);
    CHECK(text.contains(QStringLiteral("CreditCase ")));
    CHECK(text.contains(QLatin1String(qVersion())));
    CHECK(text.contains(QStringLiteral("FakeEngine 1.0")));
    CHECK_FALSE(text.contains(QStringLiteral("county.ccvault")));
    CHECK_FALSE(text.contains(QStringLiteral("wang.fang")));
}

TEST_CASE("Closing the main window locks the vault") {
    MainWindowFixture f;
    f.window->close();
    CHECK(f.gateway.lockCalls == 1);
    CHECK_FALSE(f.gateway.isUnlocked());
}

TEST_CASE("Preferences accepted from the main window apply the idle lock at once") {
    MainWindowFixture f;
    bool answered = false;
    QTimer::singleShot(0, [&answered] {
        auto* preferences = qobject_cast<creditcase::ui::PreferencesDialog*>(QApplication::activeModalWidget());
        CHECK(preferences != nullptr);
        if (preferences != nullptr) {
            preferences->findChild<QSpinBox*>(QStringLiteral("lockMinutesSpin"))->setValue(3);
            clickInModal(preferences, "okButton");
            answered = true;
        }
    });
    child<QAction>(f.window.get(), "actionPreferences")->trigger();
    CHECK(answered);
    CHECK(UiSettings().lockAfterMinutes() == 3);
    CHECK(f.window->inactivityTimer()->idleInterval() == std::chrono::minutes(3));
    CHECK(f.window->inactivityTimer()->isActive());
}

TEST_CASE("New vault from the main window switches the window to the new vault") {
    MainWindowFixture f;
    creditcase::test::TempDir dir;
    const QString newPath = dir.file(QStringLiteral("city.ccvault"));
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto* create = qobject_cast<creditcase::ui::CreateVaultDialog*>(QApplication::activeModalWidget());
        CHECK(create != nullptr);
        if (create == nullptr) {
            return;
        }
        auto type = [create](const char* name, const QString& text) {
            auto* edit = create->findChild<QLineEdit*>(QLatin1String(name));
            CHECK(edit != nullptr);
            if (edit != nullptr) {
                edit->clear();
                QTest::keyClicks(edit, text);
            }
        };
        type("vaultPathEdit", newPath);
        type("adminNameEdit", QStringLiteral("zhao.min"));
        type("organNameEdit", QStringLiteral("Example City Credit Office"));
        type("regionCodeEdit", QStringLiteral("330100"));
        type("passwordEdit", QStringLiteral("a new long password"));
        type("confirmPasswordEdit", QStringLiteral("a new long password"));
        clickInModal(create, "createButton");
        CHECK(create->isShowingRecoveryCode());
        auto* check = create->findChild<QCheckBox*>(QStringLiteral("writtenDownCheck"));
        if (check != nullptr) {
            QTest::mouseClick(check, Qt::LeftButton);
        }
        clickInModal(create, "finishButton");
        answered = true;
    });
    child<QAction>(f.window.get(), "actionNewVault")->trigger();
    CHECK(answered);
    CHECK(f.window->windowTitle() == QStringLiteral("CreditCase — city.ccvault"));
    CHECK(f.window->identityText() ==
          QStringLiteral("zhao.min (Administrator, Example City Credit Office) — %1").arg(newPath));
    CHECK(UiSettings().recentVaults().value(0) == newPath);
}

TEST_CASE("New vault is refused while a form is open, so the form's vault is not closed under it") {
    MainWindowFixture f;
    DirtyForm form(f.window.get());
    form.dialog.show();
    QTimer::singleShot(0, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        CHECK(box != nullptr);
        if (box != nullptr) {
            CHECK(box->text().contains(QStringLiteral("Close the open forms first")));
            box->accept();
        }
    });
    child<QAction>(f.window.get(), "actionNewVault")->trigger();
    CHECK(f.gateway.createCalls == 0);
    CHECK(f.gateway.isUnlocked());
    CHECK(form.dialog.isVisible());
}
