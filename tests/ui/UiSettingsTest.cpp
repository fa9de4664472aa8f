#include "UiSettings.h"

#include "UiTestSupport.h"

#include <QSettings>
#include <catch2/catch.hpp>

using creditcase::test::IsolatedSettings;
using creditcase::ui::UiSettings;

TEST_CASE("UiSettings defaults: follow the system language, lock after ten minutes, no recent vaults") {
    IsolatedSettings settings;
    const UiSettings fresh;
    CHECK(fresh.language().isEmpty());
    CHECK(fresh.lockAfterMinutes() == 10);
    CHECK(fresh.recentVaults().isEmpty());
}

TEST_CASE("UiSettings keeps recent vaults most recent first, without duplicates, at most eight") {
    IsolatedSettings settings;
    UiSettings ui;
    for (int i = 1; i <= 10; ++i) {
        ui.addRecentVault(QStringLiteral("/srv/vault%1.ccvault").arg(i));
    }
    ui.addRecentVault(QStringLiteral("/srv/vault5.ccvault"));
    const QStringList recent = UiSettings().recentVaults();
    REQUIRE(recent.size() == UiSettings::kMaximumRecentVaults);
    CHECK(recent.at(0) == QStringLiteral("/srv/vault5.ccvault"));
    CHECK(recent.at(1) == QStringLiteral("/srv/vault10.ccvault"));
    CHECK(recent.count(QStringLiteral("/srv/vault5.ccvault")) == 1);
    CHECK_FALSE(recent.contains(QStringLiteral("/srv/vault1.ccvault")));
}

TEST_CASE("UiSettings ignores values it does not understand") {
    IsolatedSettings settings;
    {
        QSettings raw;
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        raw.setValue(QStringLiteral("security/lockAfterMinutes"), QStringLiteral("soon"));
    }
    const UiSettings ui;
    CHECK(ui.language().isEmpty());
    CHECK(ui.lockAfterMinutes() == UiSettings::kDefaultLockAfterMinutes);

    UiSettings().setLockAfterMinutes(100000);
    CHECK(UiSettings().lockAfterMinutes() == UiSettings::kMaximumLockAfterMinutes);
    UiSettings().setLockAfterMinutes(-3);
    CHECK(UiSettings().lockAfterMinutes() == 0);
}
