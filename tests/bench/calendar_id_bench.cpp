// Deadline arithmetic and identifier checks, 1,000,000 each, on inputs prepared beforehand. Prints ns per
// operation; never fails because a machine is slow.
#include "calendar/WorkCalendar.h"
#include "domain/IdentifierCheck.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <array>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace creditcase;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kOperations = 1'000'000;

double nanosecondsPer(Clock::duration elapsed, int operations) {
    return std::chrono::duration<double, std::nano>(elapsed).count() / operations;
}

// Independent generators for valid identifiers (the standard algorithms, GB 32100 / GB 11714 / GB 11643).
const QString kUsccAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

QString validUscc(QRandomGenerator& random) {
    static const std::array<int, 17> weights{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    static const std::array<int, 8> organisationWeights{3, 7, 9, 10, 5, 8, 4, 2};
    QString code = QStringLiteral("91");
    for (int i = 0; i < 6; ++i)
        code += QChar(u'0' + random.bounded(10));
    int organisationSum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = kUsccAlphabet.at(random.bounded(i == 0 ? 31 : 10)); // some letters, mostly digits
        code += c;
        const int value = c.isDigit() ? c.unicode() - u'0' : c.unicode() - u'A' + 10;
        organisationSum += value * organisationWeights[std::size_t(i)];
    }
    const int organisationCheck = 11 - organisationSum % 11;
    code += organisationCheck == 10   ? QChar(u'X')
            : organisationCheck == 11 ? QChar(u'0')
                                      : QChar(u'0' + organisationCheck);
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(kUsccAlphabet.indexOf(code.at(i))) * weights[std::size_t(i)];
    code += kUsccAlphabet.at((31 - sum % 31) % 31);
    return code;
}

QString residentCheck(const QString& first17) {
    static const std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * weights[std::size_t(i)];
    return first17 + QStringLiteral("10X98765432").at(sum % 11);
}

QString validResidentId(QRandomGenerator& random) {
    static const std::array<const char*, 4> addresses{"110105", "440524", "320102", "510104"};
    const QDate birth = QDate(1950, 1, 1).addDays(random.bounded(20000));
    return residentCheck(QString::fromLatin1(addresses[std::size_t(random.bounded(4))]) +
                         birth.toString(QStringLiteral("yyyyMMdd")) +
                         QStringLiteral("%1").arg(random.bounded(1000), 3, 10, QChar(u'0')));
}

QString withWrongLast(QString value, const QString& alphabet, QRandomGenerator& random) {
    const QChar right = value.back();
    QChar wrong = right;
    while (wrong == right)
        wrong = alphabet.at(random.bounded(int(alphabet.size())));
    value.back() = wrong;
    return value;
}

std::vector<QString> prepareIdentifiers() {
    QRandomGenerator random(7);
    std::vector<QString> values;
    values.reserve(kOperations);
    for (int i = 0; i < kOperations; ++i) {
        switch (i % 8) {
        case 0:
        case 1:
            values.push_back(validUscc(random));
            break;
        case 2:
        case 3:
            values.push_back(validResidentId(random));
            break;
        case 4:
            values.push_back(withWrongLast(validUscc(random), kUsccAlphabet, random));
            break;
        case 5:
            values.push_back(withWrongLast(validResidentId(random), QStringLiteral("0123456789X"), random));
            break;
        case 6: { // old 15-digit number
            const QString full = validResidentId(random);
            values.push_back(full.left(6) + full.mid(8, 9));
            break;
        }
        default: { // typing mistakes: a refused letter, lower case with spaces, a missing character
            QString code = validUscc(random);
            if (i % 3 == 0)
                code[4] = u'O';
            else if (i % 3 == 1)
                code = QStringLiteral(" ") + code.toLower() + QStringLiteral(" ");
            else
                code.chop(1);
            values.push_back(code);
        }
        }
    }
    return values;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);

    // ---- deadlines -------------------------------------------------------------------------------------------
    const calendar::WorkCalendar calendar = calendar::WorkCalendar::builtIn();
    std::printf("calendar %s\n", qPrintable(calendar.versionTag()));
    struct Input {
        QDate trigger;
        calendar::DeadlineRule rule;
    };
    std::vector<Input> inputs;
    inputs.reserve(kOperations);
    QRandomGenerator random(2025);
    const qint64 first = QDate(2025, 1, 1).toJulianDay();
    const qint64 days = QDate(2026, 12, 31).toJulianDay() - first + 1;
    for (int i = 0; i < kOperations; ++i) {
        const auto mode =
            (i % 2 == 0) ? calendar::DeadlineRule::Mode::WorkingDays : calendar::DeadlineRule::Mode::CalendarDays;
        inputs.push_back(
            {QDate::fromJulianDay(first + random.bounded(days)), {5 + int(random.bounded(26)), mode, (i % 5 == 0)}});
    }

    qint64 checksum = 0;
    int provisional = 0;
    auto start = Clock::now();
    for (const Input& input : inputs) {
        const calendar::DeadlineResult result = calendar.compute(input.trigger, input.rule);
        checksum += result.date.toJulianDay();
        provisional += result.provisional ? 1 : 0;
    }
    const auto deadlineTime = Clock::now() - start;
    std::printf("deadlines: %d computations (5-30 working/calendar days, starts 2025-2026): %.1f ns each "
                "(%d provisional, checksum %lld)\n",
                kOperations, nanosecondsPer(deadlineTime, kOperations), provisional, static_cast<long long>(checksum));

    start = Clock::now();
    qint64 lateSum = 0;
    for (int i = 0; i + 1 < kOperations; i += 2)
        lateSum += calendar.workingDaysBetween(inputs[std::size_t(i)].trigger, inputs[std::size_t(i) + 1].trigger);
    const auto betweenTime = Clock::now() - start;
    std::printf("workingDaysBetween: %d calls: %.1f ns each (checksum %lld)\n", kOperations / 2,
                nanosecondsPer(betweenTime, kOperations / 2), static_cast<long long>(lateSum));

    // ---- identifiers ----------------------------------------------------------------------------------------
    const std::vector<QString> identifiers = prepareIdentifiers();
    const QDate today(2026, 6, 1);
    int valid = 0;
    int uscc = 0;
    start = Clock::now();
    for (const QString& value : identifiers) {
        const domain::IdentifierCheckResult result = domain::IdentifierCheck::check(value, today);
        valid += result.valid ? 1 : 0;
        uscc += result.kind == domain::IdentifierCheck::usccKind ? 1 : 0;
    }
    const auto identifierTime = Clock::now() - start;
    std::printf("identifiers: %d checks (mixed USCC / resident ID, valid and invalid): %.1f ns each "
                "(%d valid, %d USCC)\n",
                kOperations, nanosecondsPer(identifierTime, kOperations), valid, uscc);
    return 0;
}
