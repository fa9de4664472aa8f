#include "PreferencesDialog.h"

#include "UiSettings.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <catch2/catch.hpp>

using creditcase::test::child;
using creditcase::test::click;
using creditcase::test::IsolatedSettings;
using creditcase::ui::PreferencesDialog;
using creditcase::ui::UiSettings;

TEST_CASE("PreferencesDialog shows the saved preferences and saves changes on OK") {
    IsolatedSettings settings;
    {
        UiSettings saved;
        saved.setLanguage(QStringLiteral("en"));
        saved.setLockAfterMinutes(15);
    }
    PreferencesDialog dialog;
    creditcase::test::showAndActivate(&dialog);
    auto* language = child<QComboBox>(&dialog, "languageCombo");
    auto* minutes = child<QSpinBox>(&dialog, "lockMinutesSpin");
    auto* note = child<QLabel>(&dialog, "languageNoteLabel");
    CHECK(language->currentData().toString() == QStringLiteral("en"));
    CHECK(minutes->value() == 15);
    CHECK_FALSE(note->text().contains(QStringLiteral("next time")));

    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    CHECK(note->text().contains(QStringLiteral("next time CreditCase starts")));
    minutes->setFocus();
    QTest::keyClick(minutes, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(minutes, QStringLiteral("5"));
    CHECK(minutes->value() == 5);
    click(child<QPushButton>(&dialog, "okButton"));

    CHECK(dialog.result() == QDialog::Accepted);
    const UiSettings reread;
    CHECK(reread.language() == QStringLiteral("zh_CN"));
    CHECK(reread.lockAfterMinutes() == 5);
}

TEST_CASE("PreferencesDialog Cancel changes nothing") {
    IsolatedSettings settings;
    PreferencesDialog dialog;
    creditcase::test::showAndActivate(&dialog);
    auto* language = child<QComboBox>(&dialog, "languageCombo");
    CHECK(language->currentData().toString().isEmpty()); // follows the system by default
    CHECK(child<QSpinBox>(&dialog, "lockMinutesSpin")->value() == UiSettings::kDefaultLockAfterMinutes);
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    child<QSpinBox>(&dialog, "lockMinutesSpin")->setValue(0);
    click(child<QPushButton>(&dialog, "cancelButton"));

    const UiSettings reread;
    CHECK(reread.language().isEmpty());
    CHECK(reread.lockAfterMinutes() == UiSettings::kDefaultLockAfterMinutes);
}

TEST_CASE("PreferencesDialog offers Never for the idle lock") {
    IsolatedSettings settings;
    PreferencesDialog dialog;
    auto* minutes = child<QSpinBox>(&dialog, "lockMinutesSpin");
    minutes->setValue(0);
    CHECK(minutes->text() == QStringLiteral("Never"));
    dialog.accept();
    CHECK(UiSettings().lockAfterMinutes() == 0);
}
