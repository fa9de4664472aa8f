#pragma once

#include <QDateTime>
#include <QObject>
#include <chrono>
#include <functional>

class QTimer;

namespace creditcase::ui {

// Notices when nobody has used the application for a while. While active it watches every mouse,
// keyboard, wheel and touch event of the whole application (an event filter on qApp) and restarts a
// single-shot timer on each. A monotonic timer does not count the time a laptop spends suspended
// (KeePassXC #2014), so the wall-clock time since the last input is also checked when the application
// becomes active again and on the first input after a pause; if it exceeds the interval, inactivity is
// reported at once (reason Away) and that first input is swallowed, so it cannot reach a form that is
// about to be hidden.
//
// Reports once, then deactivates itself: the owner activates it again after the unlock.
class InactivityTimer : public QObject {
    Q_OBJECT

public:
    enum class Reason {
        Idle, // the timer ran out while the application was running
        Away, // more wall-clock time than the interval passed (suspend, hibernation, a stopped process)
    };
    Q_ENUM(Reason)

    using WallClock = std::function<QDateTime()>;

    explicit InactivityTimer(QObject* parent = nullptr);
    ~InactivityTimer() override;

    // Zero turns the timer off (activate() then does nothing).
    void setIdleInterval(std::chrono::milliseconds interval);
    void setIdleMinutes(int minutes);
    std::chrono::milliseconds idleInterval() const { return m_interval; }

    // Where wall-clock time comes from; tests replace it. Defaults to the system UTC time.
    void setWallClock(WallClock clock);

    void activate();
    void deactivate();
    bool isActive() const { return m_active; }
    // Milliseconds until the timer fires, or -1 when inactive.
    int remainingTime() const;

public slots:
    // The timer's timeout. Public so tests can make it fire without waiting.
    void expire();
    // Reports Away if more wall-clock time than the interval has passed since the last input.
    bool checkWallClock();

signals:
    void inactivityDetected(creditcase::ui::InactivityTimer::Reason reason);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report(Reason reason);
    void restart();

    QTimer* m_timer = nullptr;
    std::chrono::milliseconds m_interval{0};
    WallClock m_wallClock;
    QDateTime m_lastActivity;
    bool m_active = false;
    bool m_reporting = false;
};

} // namespace creditcase::ui
