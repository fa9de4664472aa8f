#include "CreateVaultDialog.h"

#include "FakeVaultGateway.h"
#include "UiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <catch2/catch.hpp>

using creditcase::test::child;
using creditcase::test::click;
using creditcase::test::FakeVaultGateway;
using creditcase::test::IsolatedSettings;
using creditcase::test::TempDir;
using creditcase::ui::CreateVaultDialog;

namespace {

struct CreateFixture {
    IsolatedSettings settings;
    TempDir dir;
    FakeVaultGateway gateway;
    CreateVaultDialog dialog{gateway};
    QLineEdit* path = child<QLineEdit>(&dialog, "vaultPathEdit");
    QLineEdit* admin = child<QLineEdit>(&dialog, "adminNameEdit");
    QLineEdit* organ = child<QLineEdit>(&dialog, "organNameEdit");
    QComboBox* level = child<QComboBox>(&dialog, "organLevelCombo");
    QLineEdit* region = child<QLineEdit>(&dialog, "regionCodeEdit");
    QLineEdit* password = child<QLineEdit>(&dialog, "passwordEdit");
    QLineEdit* confirm = child<QLineEdit>(&dialog, "confirmPasswordEdit");
    QPushButton* create = child<QPushButton>(&dialog, "createButton");
    QLabel* message = child<QLabel>(&dialog, "messageLabel");

    CreateFixture() { creditcase::test::showAndActivate(&dialog); }

    void fillDetails(const QString& regionCode = QStringLiteral("330110")) {
        QTest::keyClicks(path, dir.file(QStringLiteral("county.ccvault")));
        QTest::keyClicks(admin, QStringLiteral("zhang.wei"));
        QTest::keyClicks(organ, QStringLiteral("Example County Development and Reform Bureau"));
        level->setCurrentIndex(level->findData(QStringLiteral("municipal")));
        QTest::keyClicks(region, regionCode);
    }

    void typePasswords(const QString& first, const QString& second) {
        QTest::keyClicks(password, first);
        QTest::keyClicks(confirm, second);
    }
};

} // namespace

TEST_CASE("CreateVaultDialog refuses mismatched passwords with a specific message and creates nothing") {
    CreateFixture f;
    f.fillDetails();
    f.typePasswords(QStringLiteral("long enough password"), QStringLiteral("long enough passwort"));
    click(f.create);

    CHECK(f.gateway.createCalls == 0);
    CHECK_FALSE(QFile::exists(f.dir.file(QStringLiteral("county.ccvault"))));
    CHECK(f.message->isVisible());
    CHECK(f.message->text().contains(QStringLiteral("do not match")));
    CHECK(f.password->text().isEmpty());
    CHECK(f.confirm->text().isEmpty());
    CHECK(f.password->hasFocus());
    CHECK_FALSE(f.dialog.isShowingRecoveryCode());
    // The other details are kept for the next attempt.
    CHECK(f.admin->text() == QStringLiteral("zhang.wei"));
}

TEST_CASE("CreateVaultDialog refuses a password shorter than the minimum") {
    CreateFixture f;
    f.fillDetails();
    f.typePasswords(QStringLiteral("short"), QStringLiteral("short"));
    click(f.create);

    CHECK(f.gateway.createCalls == 0);
    CHECK(f.message->text().contains(QStringLiteral("too short")));
    CHECK(f.message->text().contains(QString::number(CreateVaultDialog::kMinimumPasswordLength)));
}

TEST_CASE("CreateVaultDialog accepts only a six-digit region code") {
    CreateFixture f;
    SECTION("letters cannot be typed") {
        QTest::keyClicks(f.region, QStringLiteral("33a0b1"));
        CHECK(f.region->text() == QStringLiteral("3301"));
    }
    SECTION("no more than six digits can be typed") {
        QTest::keyClicks(f.region, QStringLiteral("33011099"));
        CHECK(f.region->text() == QStringLiteral("330110"));
    }
    SECTION("fewer than six digits are refused with a message") {
        f.fillDetails(QStringLiteral("3301"));
        f.typePasswords(QStringLiteral("long enough password"), QStringLiteral("long enough password"));
        click(f.create);
        CHECK(f.gateway.createCalls == 0);
        CHECK(f.message->text().contains(QStringLiteral("region code")));
        CHECK(f.message->text().contains(QStringLiteral("6")));
        CHECK(f.region->hasFocus());
    }
}

TEST_CASE("CreateVaultDialog refuses to overwrite an existing file") {
    CreateFixture f;
    QFile existing(f.dir.file(QStringLiteral("county.ccvault")));
    REQUIRE(existing.open(QIODevice::WriteOnly));
    existing.write("precious");
    existing.close();

    f.fillDetails();
    f.typePasswords(QStringLiteral("long enough password"), QStringLiteral("long enough password"));
    click(f.create);

    CHECK(f.gateway.createCalls == 0);
    CHECK(f.message->text().contains(QStringLiteral("already exists")));
    REQUIRE(existing.open(QIODevice::ReadOnly));
    CHECK(existing.readAll() == QByteArray("precious"));
}

TEST_CASE("CreateVaultDialog shows the recovery code once and finishes only after the confirmation") {
    CreateFixture f;
    f.fillDetails();
    f.typePasswords(QStringLiteral("long enough password"), QStringLiteral("long enough password"));
    click(f.create);

    REQUIRE(f.gateway.createCalls == 1);
    REQUIRE(f.gateway.lastCreateRequest.has_value());
    const auto& request = *f.gateway.lastCreateRequest;
    CHECK(request.vaultPath == f.dir.file(QStringLiteral("county.ccvault")));
    CHECK(request.adminName == QStringLiteral("zhang.wei"));
    CHECK(request.organName == QStringLiteral("Example County Development and Reform Bureau"));
    CHECK(request.organLevel == QStringLiteral("municipal"));
    CHECK(request.regionCode == QStringLiteral("330110"));
    CHECK(f.gateway.lastCreatePassword == QStringLiteral("long enough password"));
    CHECK(f.password->text().isEmpty());
    CHECK(f.confirm->text().isEmpty());

    REQUIRE(f.dialog.isShowingRecoveryCode());
    auto* code = child<QLabel>(&f.dialog, "recoveryCodeLabel");
    CHECK(code->isVisible());
    CHECK(code->text() == f.gateway.recoveryCode);
    CHECK(code->textInteractionFlags() == Qt::NoTextInteraction);
    const QFontMetrics metrics(code->font());
    CHECK(metrics.horizontalAdvance(QStringLiteral("iiii")) == metrics.horizontalAdvance(QStringLiteral("WWWW")));
    CHECK(code->font().pointSizeF() > f.dialog.font().pointSizeF());
    const QString explanation = child<QLabel>(&f.dialog, "recoveryExplanationLabel")->text();
    CHECK(explanation.contains(QStringLiteral("shown only once")));
    CHECK(explanation.contains(QStringLiteral("every password is lost")));
    for (const QPushButton* button : f.dialog.findChildren<QPushButton*>()) {
        CHECK_FALSE(button->text().contains(QStringLiteral("Copy"), Qt::CaseInsensitive));
    }

    auto* finish = child<QPushButton>(&f.dialog, "finishButton");
    auto* writtenDown = child<QCheckBox>(&f.dialog, "writtenDownCheck");
    CHECK_FALSE(finish->isEnabled());
    // Escape and closing the window do not skip the confirmation.
    QTest::keyClick(&f.dialog, Qt::Key_Escape);
    f.dialog.close();
    CHECK(f.dialog.isVisible());
    CHECK(f.dialog.result() == 0);

    click(writtenDown);
    CHECK(writtenDown->isChecked());
    CHECK(finish->isEnabled());
    click(finish);
    CHECK(f.dialog.result() == QDialog::Accepted);
    CHECK_FALSE(f.dialog.isVisible());
    CHECK(code->text().isEmpty()); // not kept in memory longer than shown
    CHECK(f.gateway.isUnlocked());
}

TEST_CASE("CreateVaultDialog adds the vault suffix to a typed path without one") {
    CreateFixture f;
    QTest::keyClicks(f.path, f.dir.file(QStringLiteral("county")));
    QTest::keyClicks(f.admin, QStringLiteral("zhang.wei"));
    QTest::keyClicks(f.organ, QStringLiteral("Example County Bureau"));
    QTest::keyClicks(f.region, QStringLiteral("330110"));
    f.typePasswords(QStringLiteral("long enough password"), QStringLiteral("long enough password"));
    click(f.create);
    REQUIRE(f.gateway.lastCreateRequest.has_value());
    CHECK(f.gateway.lastCreateRequest->vaultPath == f.dir.file(QStringLiteral("county.ccvault")));
}

TEST_CASE("CreateVaultDialog shows a gateway failure and stays on the details page") {
    CreateFixture f;
    f.gateway.failNextCall = creditcase::Error::failure(QStringLiteral("The disk is full."));
    f.fillDetails();
    f.typePasswords(QStringLiteral("long enough password"), QStringLiteral("long enough password"));
    click(f.create);
    CHECK(f.gateway.createCalls == 1);
    CHECK_FALSE(f.dialog.isShowingRecoveryCode());
    CHECK(f.message->text().contains(QStringLiteral("The disk is full.")));
    CHECK(f.dialog.isVisible());
}

TEST_CASE("CreateVaultDialog tab order follows the form from top to bottom") {
    CreateFixture f;
    f.admin->setFocus();
    for (const char* name : {"organNameEdit", "organLevelCombo", "regionCodeEdit", "passwordEdit",
                             "confirmPasswordEdit", "createButton"}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() != nullptr);
        CHECK(QApplication::focusWidget()->objectName() == QLatin1String(name));
    }
}
