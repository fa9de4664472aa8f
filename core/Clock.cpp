#include "Clock.h"

namespace creditcase {

namespace {
std::function<QDateTime()>& overrideSource()
{
    static std::function<QDateTime()> source;
    return source;
}
} // namespace

QDateTime Clock::now()
{
    const auto& source = overrideSource();
    return source ? source() : QDateTime::currentDateTime();
}

QDate Clock::today()
{
    return now().date();
}

QDateTime Clock::realNow()
{
    return QDateTime::currentDateTime();
}

void Clock::setOverride(std::function<QDateTime()> source)
{
    overrideSource() = std::move(source);
}

} // namespace creditcase
