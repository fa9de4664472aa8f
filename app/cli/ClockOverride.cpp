// Test builds only (CMake option CREDITCASE_TEST_HOOKS): CREDITCASE_TODAY=YYYY-MM-DD makes the command line
// believe today is that day (Clock::today), so command-line stories can be told with fixed dates. The audit chain
// still records the real time of every act (Clock::realNow). In a build without the option this file compiles to
// nothing and the variable is never read, so no user of a shipped program can move "today".
#ifdef CREDITCASE_TEST_HOOKS

#include "Clock.h"

#include <QByteArray>
#include <QDate>
#include <QTime>
#include <cstdlib>

namespace {

[[maybe_unused]] const bool todayOverridden = [] {
    const char* value = std::getenv("CREDITCASE_TODAY");
    if (!value)
        return false;
    const QDate today = QDate::fromString(QString::fromLatin1(QByteArray(value)), Qt::ISODate);
    if (!today.isValid())
        return false;
    creditcase::Clock::setOverride([today] { return QDateTime(today, QTime::currentTime()); });
    return true;
}();

} // namespace

#endif // CREDITCASE_TEST_HOOKS
