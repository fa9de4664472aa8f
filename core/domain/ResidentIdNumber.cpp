#include "ResidentIdNumber.h"

#include <array>

namespace creditcase::domain {

namespace {

// GB 11643-1999: weights of digits 1-17 and the check character for each remainder mod 11.
constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t kCheckCharacters[] = u"10X98765432";
constexpr int kModulus = 11;
constexpr int kLength = 18;
constexpr int kLegacyLength = 15;
constexpr int kBirthDateStart = 6; // 0-based: characters 7-14 (18 digits), 7-12 (15 digits, yymmdd)
constexpr int kBirthDateLength = 8;
constexpr int kAddressLength = 6;
// Old 15-digit numbers carry a two-digit birth year of the 1900s (GB 11643-1989).
constexpr QLatin1StringView kLegacyCentury{"19"};
constexpr int kLegacyCenturyValue = 1900;

// GB 11643-1999 4.1: characters 1-6 are the address code of GB/T 2260 (行政区划代码); its first two digits name
// the province-level division. A standard code table, not a legal number: the province-level codes of GB/T 2260
// (11-15 North China, 21-23 North-east, 31-37 East, 41-46 Central-South, 50-54 South-west, 61-65 North-west,
// 71 Taiwan, 81 Hong Kong, 82 Macao) and 83, which the residence permits for residents of Taiwan carry (as 81 and
// 82 do for Hong Kong and Macao; State Council General Office, 港澳台居民居住证申领发放办法, 2018).
constexpr int kProvinceCodes[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
                                  44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
constexpr int kProvinceDigits = 2;

struct ProvinceTable {
    std::array<bool, 100> known{};
    constexpr ProvinceTable() {
        for (const int code : kProvinceCodes)
            known[std::size_t(code)] = true;
    }
};
constexpr ProvinceTable kProvinces;

bool isDigit(QChar c) {
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}
int digit(QChar c) {
    return c.unicode() - u'0';
}
int number(QStringView digits) {
    int value = 0;
    for (const QChar c : digits)
        value = value * 10 + digit(c);
    return value;
}

QChar checkCharacter(QStringView first17) {
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i)
        sum += digit(first17.at(qsizetype(i))) * kWeights[i];
    return QChar(kCheckCharacters[sum % kModulus]);
}

enum class Problem {
    None,
    Empty,
    Length,
    Character,
    LegacyCharacter,
    Region,
    BirthDateNotReal,
    BirthDateFuture,
    Check
};

struct Finding {
    Problem problem = Problem::None;
    int position = 0;
    QChar found;
    QChar expected;
};

// Everything check() decides, without building a message or the converted number. `value` is trimmed; a final x
// may be lower-case.
Finding examine(QStringView value, const QDate& today) {
    if (value.isEmpty())
        return {Problem::Empty, 0, {}, {}};
    const bool legacy = value.size() == kLegacyLength;
    if (!legacy && value.size() != kLength)
        return {Problem::Length, 0, {}, {}};
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (isDigit(c))
            continue;
        if (legacy)
            return {Problem::LegacyCharacter, i, c, {}};
        if (i != kLength - 1 || (c != u'X' && c != u'x'))
            // A wrong final character can still be answered with the right one.
            return {Problem::Character, i, c.toUpper(), i == kLength - 1 ? checkCharacter(value) : QChar()};
    }
    if (!kProvinces.known[std::size_t(number(value.left(kProvinceDigits)))])
        return {Problem::Region, 0, {}, {}};
    QDate birthDate;
    if (legacy)
        birthDate = QDate(kLegacyCenturyValue + number(value.mid(kBirthDateStart, 2)),
                          number(value.mid(kBirthDateStart + 2, 2)), number(value.mid(kBirthDateStart + 4, 2)));
    else
        birthDate = QDate(number(value.mid(kBirthDateStart, 4)), number(value.mid(kBirthDateStart + 4, 2)),
                          number(value.mid(kBirthDateStart + 6, 2)));
    if (!birthDate.isValid())
        return {Problem::BirthDateNotReal, 0, {}, {}};
    if (today.isValid() && birthDate > today)
        return {Problem::BirthDateFuture, 0, {}, {}};
    if (!legacy) {
        const QChar expected = checkCharacter(value);
        const QChar found = value.at(kLength - 1).toUpper();
        if (found != expected)
            return {Problem::Check, kLength - 1, found, expected};
    }
    return {};
}

} // namespace

IdentifierCheckResult ResidentIdNumber::check(const QString& value, const QDate& today) {
    static const QString kind(IdentifierCheck::residentIdKind); // shared, so no allocation per check
    IdentifierCheckResult result;
    result.kind = kind;
    result.normalized = value.trimmed().toUpper();
    QString& normalized = result.normalized;

    const Finding finding = examine(normalized, today);
    const bool legacy = normalized.size() == kLegacyLength && finding.problem != Problem::LegacyCharacter;
    if (legacy) {
        const QString old = normalized;
        normalized = old.left(kBirthDateStart) + kLegacyCentury + old.mid(kBirthDateStart);
        normalized.append(checkCharacter(normalized));
        result.note = tr("converted from the old 15-digit number %1").arg(old);
    }
    switch (finding.problem) {
    case Problem::None:
        result.valid = true;
        break;
    case Problem::Empty:
        result.reason = tr("the number is empty");
        break;
    case Problem::Length:
        result.reason =
            tr("length is %1, expected %2 (or %3 for an old number)")
                .arg(QString::number(normalized.size()), QString::number(kLength), QString::number(kLegacyLength));
        break;
    case Problem::LegacyCharacter:
        result.reason = tr("character %1 '%2' is not allowed: an old 15-digit number has only digits")
                            .arg(QString::number(finding.position + 1), QString(finding.found));
        break;
    case Problem::Character:
        result.reason = tr("character %1 '%2' is not allowed: only digits are used, and X as the last character")
                            .arg(QString::number(finding.position + 1), QString(finding.found));
        if (!finding.expected.isNull())
            result.reason += tr("; the check character should be %1").arg(QString(finding.expected));
        break;
    case Problem::Region:
        result.reason =
            tr("the address code %1 does not start with a province-level code of GB/T 2260 (%2 is none)")
                .arg(QStringView(normalized).left(kAddressLength), QStringView(normalized).left(kProvinceDigits));
        break;
    case Problem::BirthDateNotReal:
        result.reason = tr("the birth date %1 is not a real date")
                            .arg(QStringView(normalized).mid(kBirthDateStart, kBirthDateLength));
        break;
    case Problem::BirthDateFuture:
        result.reason = tr("the birth date %1 is in the future")
                            .arg(QStringView(normalized).mid(kBirthDateStart, kBirthDateLength));
        break;
    case Problem::Check:
        result.reason =
            tr("the check character should be %1, not %2").arg(QString(finding.expected), QString(finding.found));
        break;
    }
    return result;
}

bool ResidentIdNumber::isValid(QStringView value, const QDate& today) {
    return examine(value.trimmed(), today).problem == Problem::None;
}

QDate ResidentIdNumber::birthDate(const QString& value) {
    const IdentifierCheckResult checked = check(value, QDate());
    if (!checked.valid)
        return {};
    const QString& n = checked.normalized;
    return QDate(n.mid(kBirthDateStart, 4).toInt(), n.mid(kBirthDateStart + 4, 2).toInt(),
                 n.mid(kBirthDateStart + 6, 2).toInt());
}

int ResidentIdNumber::ageOn(const QDate& birth, const QDate& on) {
    if (!birth.isValid() || !on.isValid() || on < birth)
        return -1;
    int age = on.year() - birth.year();
    // Not yet had this year's birthday (29 February: the birthday is 1 March in a common year).
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

} // namespace creditcase::domain
