#include "IdentifierCheck.h"

#include "ResidentIdNumber.h"
#include "UnifiedSocialCreditCode.h"

namespace creditcase::domain {

namespace {

constexpr int kLength = 18;
constexpr int kLegacyResidentIdLength = 15;
constexpr int kBirthDateStart = 6;

bool isDigit(QChar c) {
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// 17 digits then a digit or X, or 15 digits: the shapes of a resident ID.
bool hasResidentIdShape(const QString& value) {
    if (value.size() == kLegacyResidentIdLength) {
        for (const QChar c : value) {
            if (!isDigit(c))
                return false;
        }
        return true;
    }
    if (value.size() != kLength)
        return false;
    for (int i = 0; i < kLength - 1; ++i) {
        if (!isDigit(value.at(i)))
            return false;
    }
    return isDigit(value.at(kLength - 1)) || value.at(kLength - 1) == u'X';
}

bool hasRealBirthDate(const QString& value) {
    const QStringView birth = QStringView(value).mid(kBirthDateStart, 8);
    const auto number = [](QStringView digits) {
        int n = 0;
        for (const QChar c : digits)
            n = n * 10 + (c.unicode() - u'0');
        return n;
    };
    return QDate(number(birth.left(4)), number(birth.mid(4, 2)), number(birth.mid(6, 2))).isValid();
}

bool hasLetterOtherThanFinalX(const QString& value) {
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isLetter() && !(c == u'X' && i == value.size() - 1))
            return true;
    }
    return false;
}

} // namespace

IdentifierCheckResult IdentifierCheck::check(const QString& value, const QDate& today) {
    const QString normalized = value.trimmed().toUpper();
    if (normalized.isEmpty())
        return {false, QString(), QString(), tr("nothing to check: the value is empty"), QString()};

    if (hasResidentIdShape(normalized)) {
        // Decide with the cheap yes/no checks first, then build the full result (and message) for one kind only.
        if (normalized.size() != kLength || ResidentIdNumber::isValid(normalized, today))
            return ResidentIdNumber::check(normalized, today);
        if (UnifiedSocialCreditCode::isValid(normalized))
            return UnifiedSocialCreditCode::check(normalized);
        return hasRealBirthDate(normalized) ? ResidentIdNumber::check(normalized, today)
                                            : UnifiedSocialCreditCode::check(normalized);
    }
    // 17 digits with a real birth date and a wrong final letter: a mistyped resident ID, not a credit code.
    if (normalized.size() == kLength && hasResidentIdShape(normalized.left(kLength - 1) + QLatin1Char('0')) &&
        hasRealBirthDate(normalized) && !UnifiedSocialCreditCode::isValid(normalized))
        return ResidentIdNumber::check(normalized, today);
    if (normalized.size() == kLength || hasLetterOtherThanFinalX(normalized))
        return UnifiedSocialCreditCode::check(normalized);
    return ResidentIdNumber::check(normalized, today);
}

} // namespace creditcase::domain
