#pragma once

#include <QDate>
#include <QDateTime>

#include <functional>

namespace creditcase {

// Where "now" comes from. Production code asks the Clock; tests replace it so deadlines can be checked
// without waiting, and the app can answer "what is due as of date X". The audit chain always records
// the real time of the act (Clock::realNow), never a travelled one.
class Clock {
public:
    static QDateTime now();
    static QDate today();
    static QDateTime realNow();

    // Replaces the clock for this process (tests, `--as-of`-style tooling); pass nullptr to restore it.
    static void setOverride(std::function<QDateTime()> source);
};

} // namespace creditcase
