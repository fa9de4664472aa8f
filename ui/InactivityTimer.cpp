#include "InactivityTimer.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QTimer>
#include <algorithm>

namespace creditcase::ui {

namespace {
bool isUserInput(QEvent::Type type) {
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}
} // namespace

InactivityTimer::InactivityTimer(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_wallClock([] { return QDateTime::currentDateTimeUtc(); }) {
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &InactivityTimer::expire);
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive) {
                checkWallClock();
            }
        });
    }
}

InactivityTimer::~InactivityTimer() {
    deactivate();
}

void InactivityTimer::setIdleInterval(std::chrono::milliseconds interval) {
    m_interval = interval.count() > 0 ? interval : std::chrono::milliseconds(0);
    if (!m_active) {
        return;
    }
    if (m_interval.count() == 0) {
        deactivate();
    } else {
        restart();
    }
}

void InactivityTimer::setIdleMinutes(int minutes) {
    setIdleInterval(std::chrono::minutes(minutes > 0 ? minutes : 0));
}

void InactivityTimer::setWallClock(WallClock clock) {
    m_wallClock = std::move(clock);
    m_lastActivity = m_wallClock();
}

void InactivityTimer::activate() {
    if (m_interval.count() == 0) {
        deactivate();
        return;
    }
    if (!m_active) {
        QCoreApplication::instance()->installEventFilter(this);
        m_active = true;
    }
    restart();
}

void InactivityTimer::deactivate() {
    if (m_active) {
        if (QCoreApplication::instance() != nullptr) {
            QCoreApplication::instance()->removeEventFilter(this);
        }
        m_active = false;
    }
    m_timer->stop();
}

int InactivityTimer::remainingTime() const {
    return m_active ? m_timer->remainingTime() : -1;
}

void InactivityTimer::restart() {
    m_lastActivity = m_wallClock();
    m_timer->start(m_interval);
}

void InactivityTimer::expire() {
    if (m_active) {
        report(Reason::Idle);
    }
}

bool InactivityTimer::checkWallClock() {
    if (!m_active || !m_lastActivity.isValid()) {
        return false;
    }
    const qint64 elapsed = m_lastActivity.msecsTo(m_wallClock());
    if (elapsed >= 0 && elapsed >= m_interval.count()) {
        report(Reason::Away);
        return true;
    }
    return false;
}

void InactivityTimer::report(Reason reason) {
    if (m_reporting) {
        return;
    }
    m_reporting = true;
    deactivate();
    emit inactivityDetected(reason);
    m_reporting = false;
}

bool InactivityTimer::eventFilter(QObject* watched, QEvent* event) {
    if (m_active && !m_reporting && isUserInput(event->type())) {
        if (checkWallClock()) {
            return true; // the first input after a long absence is not delivered
        }
        // One mouse movement reaches the filter once per widget it propagates through; restarting the
        // timer for each is wasteful, so inputs closer together than a small fraction of the interval
        // (never more than a second) count once.
        const qint64 sinceLast = m_lastActivity.msecsTo(m_wallClock());
        const qint64 grain = std::min<qint64>(1000, m_interval.count() / 100);
        if (!m_timer->isActive() || sinceLast < 0 || sinceLast >= grain) {
            restart();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace creditcase::ui
