#include "InactivityTimer.h"

#include "UiTestSupport.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using creditcase::ui::InactivityTimer;
using namespace std::chrono_literals;

namespace {

// Wall-clock time the test moves by hand; the monotonic QTimer is driven by calling expire().
struct TravellingClock {
    QDateTime now = QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);
    void advance(std::chrono::seconds by) { now = now.addSecs(by.count()); }
};

struct TimerFixture {
    TravellingClock clock;
    InactivityTimer timer;
    QSignalSpy reports{&timer, &InactivityTimer::inactivityDetected};
    QLineEdit field;

    TimerFixture() {
        timer.setWallClock([this] { return clock.now; });
        timer.setIdleMinutes(10);
        creditcase::test::showAndActivate(&field);
        timer.activate();
    }

    InactivityTimer::Reason lastReason() const { return reports.last().at(0).value<InactivityTimer::Reason>(); }
};

} // namespace

TEST_CASE("InactivityTimer reports Idle when its timer runs out, once, and stops") {
    TimerFixture f;
    REQUIRE(f.timer.isActive());
    // A coarse timer may be scheduled up to 5 % late.
    CHECK(f.timer.remainingTime() > 9 * 60 * 1000);
    CHECK(f.timer.remainingTime() <= 10 * 60 * 1000 * 105 / 100);

    f.timer.expire();
    REQUIRE(f.reports.count() == 1);
    CHECK(f.lastReason() == InactivityTimer::Reason::Idle);
    CHECK_FALSE(f.timer.isActive());
    CHECK(f.timer.remainingTime() == -1);

    f.timer.expire(); // a stray timeout after the report changes nothing
    CHECK(f.reports.count() == 1);
}

TEST_CASE("InactivityTimer restarts on keyboard and mouse input anywhere in the application") {
    TimerFixture f;
    f.clock.advance(9min);
    QTest::keyClick(&f.field, Qt::Key_A);
    CHECK(f.reports.isEmpty());
    CHECK(f.field.text() == QStringLiteral("a"));

    // Nine more minutes: eighteen since the start, but only nine since the key press.
    f.clock.advance(9min);
    CHECK_FALSE(f.timer.checkWallClock());
    QTest::mouseClick(&f.field, Qt::LeftButton);
    f.clock.advance(9min);
    CHECK_FALSE(f.timer.checkWallClock());
    CHECK(f.reports.isEmpty());
}

TEST_CASE("InactivityTimer counts wall-clock time a suspended computer did not count") {
    TimerFixture f;
    SECTION("the first input after the pause locks and is not delivered") {
        f.clock.advance(11min); // the monotonic timer did not run during suspend
        QTest::keyClick(&f.field, Qt::Key_A);
        REQUIRE(f.reports.count() == 1);
        CHECK(f.lastReason() == InactivityTimer::Reason::Away);
        CHECK(f.field.text().isEmpty());
        CHECK_FALSE(f.timer.isActive());
    }
    SECTION("becoming active again checks the wall clock") {
        f.clock.advance(10min);
        CHECK(f.timer.checkWallClock());
        REQUIRE(f.reports.count() == 1);
        CHECK(f.lastReason() == InactivityTimer::Reason::Away);
    }
    SECTION("a clock set backwards does not lock") {
        f.clock.advance(-2h);
        CHECK_FALSE(f.timer.checkWallClock());
        QTest::keyClick(&f.field, Qt::Key_B);
        CHECK(f.reports.isEmpty());
        CHECK(f.field.text() == QStringLiteral("b"));
    }
}

TEST_CASE("InactivityTimer with zero minutes is off") {
    TimerFixture f;
    f.timer.setIdleMinutes(0);
    CHECK_FALSE(f.timer.isActive());
    f.timer.activate();
    CHECK_FALSE(f.timer.isActive());
    f.clock.advance(24h);
    QTest::keyClick(&f.field, Qt::Key_A);
    f.timer.expire();
    CHECK(f.reports.isEmpty());
}

TEST_CASE("InactivityTimer fires by itself after a short interval") {
    TimerFixture f;
    f.timer.setIdleInterval(20ms);
    CHECK(f.reports.wait(2000));
    CHECK(f.lastReason() == InactivityTimer::Reason::Idle);
}
