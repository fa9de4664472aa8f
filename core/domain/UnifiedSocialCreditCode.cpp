#include "UnifiedSocialCreditCode.h"

#include <array>

namespace creditcase::domain {

namespace {

// GB 32100-2015: the code's alphabet in value order (0..30) and the weights of characters 1-17.
constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kAlphabetSize = 31;
constexpr std::array<int, 17> kWeights{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr int kLength = 18;

// GB 11714-1997: the organisation code is 8 body characters + 1 check character; letters count A=10 ... Z=35
// (the full alphabet, unlike the USCC's own values).
constexpr std::array<int, 8> kOrganisationWeights{3, 7, 9, 10, 5, 8, 4, 2};
constexpr int kOrganisationModulus = 11;
constexpr int kOrganisationStart = 8;  // 0-based index of character 9
constexpr int kOrganisationCheck = 16; // 0-based index of character 17
constexpr int kLetterBase = 10;

constexpr char16_t kRefusedLetters[] = u"IOSVZ";

struct ValueTable {
    std::array<signed char, 128> values{};
    constexpr ValueTable() {
        for (auto& value : values)
            value = -1;
        for (int i = 0; i < kAlphabetSize; ++i)
            values[kAlphabet[i]] = static_cast<signed char>(i);
    }
};
constexpr ValueTable kValues;

// ASCII upper-casing on the fly, so the yes/no path needs no normalised copy. (check() upper-cases the whole
// string with QString::toUpper(); for characters outside ASCII both paths refuse.)
char16_t upper(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') ? char16_t(u - u'a' + u'A') : u;
}

int usccValue(char16_t u) {
    return u < 128 ? kValues.values[u] : -1;
}

int organisationValue(char16_t u) {
    return (u >= u'0' && u <= u'9') ? u - u'0' : u - u'A' + kLetterBase;
}

bool isRefusedLetter(char16_t u) {
    for (const char16_t refused : kRefusedLetters) {
        if (refused != 0 && u == refused)
            return true;
    }
    return false;
}

enum class Problem { None, Empty, Length, Character, LastCharacter, OrganisationCheck, Check };

struct Finding {
    Problem problem = Problem::None;
    int position = 0; // 0-based, for Character / LastCharacter
    QChar found;
    QChar expected;
};

// Everything check() decides, without building a message. `code` is trimmed; letters may be lower-case.
Finding examine(QStringView code) {
    if (code.isEmpty())
        return {Problem::Empty, 0, {}, {}};
    if (code.size() != kLength)
        return {Problem::Length, 0, {}, {}};
    std::array<char16_t, kLength> chars{};
    for (int i = 0; i < kLength; ++i) {
        chars[std::size_t(i)] = upper(code.at(i));
        if (usccValue(chars[std::size_t(i)]) < 0 && i < kLength - 1)
            return {Problem::Character, i, QChar(chars[std::size_t(i)]), {}};
    }

    int organisationSum = 0;
    for (std::size_t i = 0; i < kOrganisationWeights.size(); ++i)
        organisationSum += organisationValue(chars[kOrganisationStart + i]) * kOrganisationWeights[i];
    const int organisationCheck = kOrganisationModulus - organisationSum % kOrganisationModulus;
    const char16_t expectedOrganisationCheck = organisationCheck == kOrganisationModulus - 1 ? u'X'
                                               : organisationCheck == kOrganisationModulus
                                                   ? u'0'
                                                   : char16_t(u'0' + organisationCheck);
    if (chars[kOrganisationCheck] != expectedOrganisationCheck)
        return {Problem::OrganisationCheck, kOrganisationCheck, QChar(chars[kOrganisationCheck]),
                QChar(expectedOrganisationCheck)};

    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i)
        sum += usccValue(chars[i]) * kWeights[i];
    const QChar expected(kAlphabet[(kAlphabetSize - sum % kAlphabetSize) % kAlphabetSize]);
    const QChar last(chars[kLength - 1]);
    if (usccValue(last.unicode()) < 0)
        return {Problem::LastCharacter, kLength - 1, last, expected};
    if (last != expected)
        return {Problem::Check, kLength - 1, last, expected};
    return {};
}

} // namespace

QString UnifiedSocialCreditCode::characterProblem(int position, QChar found) {
    if (isRefusedLetter(found.unicode()))
        return tr("character %1 '%2' is not allowed: the code never uses the letters I, O, S, V or Z")
            .arg(QString::number(position + 1), QString(found));
    return tr("character %1 '%2' is not allowed: the code uses only digits and capital letters")
        .arg(QString::number(position + 1), QString(found));
}

IdentifierCheckResult UnifiedSocialCreditCode::check(const QString& value) {
    static const QString kind(IdentifierCheck::usccKind); // shared, so no allocation per check
    IdentifierCheckResult result;
    result.kind = kind;
    result.normalized = value.trimmed().toUpper();

    const Finding finding = examine(result.normalized);
    switch (finding.problem) {
    case Problem::None:
        result.valid = true;
        break;
    case Problem::Empty:
        result.reason = tr("the code is empty");
        break;
    case Problem::Length:
        result.reason = tr("length is %1, expected %2").arg(result.normalized.size()).arg(kLength);
        break;
    case Problem::Character:
        result.reason = characterProblem(finding.position, finding.found);
        break;
    case Problem::LastCharacter:
        // A bad last character is most likely a mistyped check character: say which one it should be.
        result.reason = tr("%1; the check character should be %2")
                            .arg(characterProblem(finding.position, finding.found), QString(finding.expected));
        break;
    case Problem::OrganisationCheck:
        result.reason = tr("the organisation code inside it (characters 9–17) fails its own check: should be %1 "
                           "at character 17, not %2")
                            .arg(QString(finding.expected), QString(finding.found));
        break;
    case Problem::Check:
        result.reason =
            tr("the check character should be %1, not %2").arg(QString(finding.expected), QString(finding.found));
        break;
    }
    return result;
}

bool UnifiedSocialCreditCode::isValid(QStringView value) {
    return examine(value.trimmed()).problem == Problem::None;
}

} // namespace creditcase::domain
