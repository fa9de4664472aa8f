#include "UnlockDialog.h"

#include "CreateVaultDialog.h"
#include "FakeVaultGateway.h"
#include "UiSettings.h"
#include "UiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <catch2/catch.hpp>

using creditcase::ErrorKind;
using creditcase::test::child;
using creditcase::test::click;
using creditcase::test::FakeVaultGateway;
using creditcase::test::IsolatedSettings;
using creditcase::ui::CreateVaultDialog;
using creditcase::ui::UiSettings;
using creditcase::ui::UnlockDialog;

namespace {

struct UnlockFixture {
    IsolatedSettings settings;
    FakeVaultGateway gateway;
    UnlockDialog dialog{gateway};
    QComboBox* path = child<QComboBox>(&dialog, "vaultPathCombo");
    QLineEdit* user = child<QLineEdit>(&dialog, "userNameEdit");
    QLineEdit* password = child<QLineEdit>(&dialog, "passwordEdit");
    QPushButton* unlock = child<QPushButton>(&dialog, "unlockButton");
    QLabel* message = child<QLabel>(&dialog, "messageLabel");

    UnlockFixture() { creditcase::test::showAndActivate(&dialog); }

    void typeCredentials(const QString& typedUser, const QString& typedPassword) {
        path->lineEdit()->clear();
        QTest::keyClicks(path->lineEdit(), gateway.knownVaultPath);
        user->clear();
        QTest::keyClicks(user, typedUser);
        QTest::keyClicks(password, typedPassword);
    }
};

} // namespace

TEST_CASE("UnlockDialog keeps the dialog open after a wrong password and unlocks with the right one") {
    UnlockFixture f;
    REQUIRE(f.password->echoMode() == QLineEdit::Password);

    f.typeCredentials(QStringLiteral("wang.fang"), QStringLiteral("wrong password"));
    click(f.unlock);

    CHECK(f.gateway.unlockCalls == 1);
    CHECK(f.gateway.lastUnlockUser == QStringLiteral("wang.fang"));
    CHECK(f.gateway.lastUnlockPath == f.gateway.knownVaultPath);
    CHECK_FALSE(f.gateway.isUnlocked());
    CHECK(f.dialog.isVisible());
    CHECK(f.dialog.result() == 0);
    // The message stays in a visible label, names the kind, and carries the gateway's words.
    CHECK(f.message->isVisible());
    CHECK(f.message->text().contains(QStringLiteral("Wrong user name or password")));
    CHECK(f.message->text().contains(QStringLiteral("Check Caps Lock")));
    REQUIRE(f.dialog.lastErrorKind().has_value());
    CHECK(*f.dialog.lastErrorKind() == ErrorKind::AuthenticationFailed);
    // Password cleared and ready for the next attempt; the other fields are kept.
    CHECK(f.password->text().isEmpty());
    CHECK(f.password->hasFocus());
    CHECK(f.user->text() == QStringLiteral("wang.fang"));
    CHECK(f.unlock->isEnabled());

    QTest::keyClicks(f.password, QStringLiteral("correct horse battery"));
    click(f.unlock);

    CHECK(f.gateway.unlockCalls == 2);
    CHECK(f.gateway.isUnlocked());
    CHECK(f.dialog.result() == QDialog::Accepted);
    CHECK_FALSE(f.dialog.isVisible());
    CHECK(f.password->text().isEmpty());
    CHECK(UiSettings().recentVaults() == QStringList{f.gateway.knownVaultPath});
}

TEST_CASE("UnlockDialog shows a damaged vault differently from a wrong password, with the backup named") {
    UnlockFixture f;
    f.gateway.failNextCall = creditcase::Error::corrupt(QStringLiteral(
        "The file failed its integrity check. The latest backup is /srv/backup/county-20250301.ccvault."));
    f.typeCredentials(QStringLiteral("wang.fang"), QStringLiteral("correct horse battery"));
    click(f.unlock);

    CHECK(f.dialog.isVisible());
    CHECK(f.message->isVisible());
    CHECK(f.message->text().contains(QStringLiteral("damaged")));
    CHECK(f.message->text().contains(QStringLiteral("/srv/backup/county-20250301.ccvault")));
    CHECK_FALSE(f.message->text().contains(QStringLiteral("Wrong user name or password")));
    REQUIRE(f.dialog.lastErrorKind().has_value());
    CHECK(*f.dialog.lastErrorKind() == ErrorKind::Corrupt);
    CHECK(f.password->text().isEmpty());
}

TEST_CASE("UnlockDialog names a missing vault file and puts the cursor on the path") {
    UnlockFixture f;
    f.path->lineEdit()->clear();
    QTest::keyClicks(f.path->lineEdit(), QStringLiteral("/nowhere/missing.ccvault"));
    QTest::keyClicks(f.user, QStringLiteral("wang.fang"));
    QTest::keyClicks(f.password, QStringLiteral("correct horse battery"));
    click(f.unlock);

    REQUIRE(f.dialog.lastErrorKind().has_value());
    CHECK(*f.dialog.lastErrorKind() == ErrorKind::NotFound);
    CHECK(f.message->text().contains(QStringLiteral("/nowhere/missing.ccvault")));
    CHECK(f.path->hasFocus());
}

TEST_CASE("UnlockDialog asks for empty fields before calling the gateway") {
    UnlockFixture f;
    f.path->lineEdit()->clear();
    QTest::keyClicks(f.path->lineEdit(), f.gateway.knownVaultPath);
    QTest::keyClicks(f.user, QStringLiteral("wang.fang"));
    click(f.unlock);

    CHECK(f.gateway.unlockCalls == 0);
    CHECK(f.message->isVisible());
    CHECK(f.message->text().contains(QStringLiteral("password")));
    CHECK(f.password->hasFocus());
}

TEST_CASE("UnlockDialog offers recently opened vaults and starts in the first empty field") {
    IsolatedSettings settings;
    UiSettings().addRecentVault(QStringLiteral("/srv/a.ccvault"));
    UiSettings().addRecentVault(QStringLiteral("/srv/b.ccvault"));
    FakeVaultGateway gateway;
    UnlockDialog dialog(gateway);
    dialog.setUserName(QStringLiteral("wang.fang"));
    creditcase::test::showAndActivate(&dialog);

    auto* path = child<QComboBox>(&dialog, "vaultPathCombo");
    REQUIRE(path->count() == 2);
    CHECK(path->itemText(0) == QStringLiteral("/srv/b.ccvault"));
    CHECK(dialog.vaultPath() == QStringLiteral("/srv/b.ccvault"));
    CHECK(child<QLineEdit>(&dialog, "passwordEdit")->hasFocus());
}

TEST_CASE("UnlockDialog tab order runs path, browse, user, password, unlock, cancel") {
    UnlockFixture f;
    f.user->setFocus();
    const char* expected[] = {"passwordEdit", "unlockButton", "cancelButton", "createVaultButton"};
    for (const char* name : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() != nullptr);
        CHECK(QApplication::focusWidget()->objectName() == QLatin1String(name));
    }
    f.path->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget()->objectName() == QLatin1String("browseButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget()->objectName() == QLatin1String("userNameEdit"));
}

TEST_CASE("UnlockDialog: a vault created from it is open when the dialog closes") {
    UnlockFixture f;
    creditcase::test::TempDir dir;
    const QString newPath = dir.file(QStringLiteral("new.ccvault"));
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto* create = qobject_cast<CreateVaultDialog*>(QApplication::activeModalWidget());
        CHECK(create != nullptr);
        if (create == nullptr) {
            return;
        }
        const std::pair<const char*, QString> fields[] = {
            {"vaultPathEdit", newPath},
            {"adminNameEdit", QStringLiteral("zhang.wei")},
            {"organNameEdit", QStringLiteral("Example County Bureau")},
            {"regionCodeEdit", QStringLiteral("330110")},
            {"passwordEdit", QStringLiteral("long enough password")},
            {"confirmPasswordEdit", QStringLiteral("long enough password")},
        };
        for (const auto& [name, text] : fields) {
            if (auto* edit = create->findChild<QLineEdit*>(QLatin1String(name))) {
                QTest::keyClicks(edit, text);
            }
        }
        create->attemptCreate();
        if (auto* check = create->findChild<QCheckBox*>(QStringLiteral("writtenDownCheck"))) {
            check->setChecked(true);
        }
        create->accept();
        answered = true;
    });
    click(child<QPushButton>(&f.dialog, "createVaultButton"));

    CHECK(answered);
    CHECK(f.gateway.createCalls == 1);
    CHECK(f.gateway.isUnlocked());
    CHECK(f.dialog.result() == QDialog::Accepted);
    CHECK(f.dialog.vaultPath() == newPath);
    CHECK(UiSettings().recentVaults().value(0) == newPath);
}

TEST_CASE("UnlockDialog: cancelling the create dialog leaves the unlock dialog open") {
    UnlockFixture f;
    QTimer::singleShot(0, [] {
        if (auto* create = qobject_cast<CreateVaultDialog*>(QApplication::activeModalWidget())) {
            create->reject();
        }
    });
    click(child<QPushButton>(&f.dialog, "createVaultButton"));
    CHECK(f.gateway.createCalls == 0);
    CHECK(f.dialog.isVisible());
    CHECK(f.dialog.result() == 0);
}
