#include "UnifiedSocialCreditCode.h"

#include <QStringList>
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

// GB 32100-2015 Annex A: character 1 is the registration authority (登记管理部门代码), character 2 the kind of
// organisation it registers (机构类别代码). A standard code table, not a legal number: the 2015 table (1 机构编制,
// 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商/市场监管, Y 其他) with the authorities and
// kinds the national code centre has assigned since (A 中央军委改革和编制办公室, G 公安 for representative offices of
// overseas NGOs, J 住房城乡建设 for owners' assemblies, N 农业农村 for collective economic organisations, Q 侨联;
// 3-6 commercial mediation, 5-4/5-5 residents' and villagers' committees, 8-2 trade unions without legal
// personality, 9-9 other market entities). "9" is each authority's "other" kind where the table has one.
struct RegistrationAuthority {
    char16_t code;
    const char16_t* kinds; // the allowed characters 2
};
constexpr RegistrationAuthority kAuthorities[] = {
    {u'1', u"1239"}, {u'2', u"19"},  {u'3', u"1234569"}, {u'4', u"19"},   {u'5', u"123459"},
    {u'6', u"129"},  {u'7', u"129"}, {u'8', u"129"},     {u'9', u"1239"}, {u'A', u"19"},
    {u'G', u"19"},   {u'J', u"19"},  {u'N', u"1239"},    {u'Q', u"1239"}, {u'Y', u"1"},
};

const RegistrationAuthority* authorityFor(char16_t code) {
    for (const auto& authority : kAuthorities) {
        if (authority.code == code)
            return &authority;
    }
    return nullptr;
}

bool allowsKind(const RegistrationAuthority& authority, char16_t kind) {
    for (const char16_t* k = authority.kinds; *k; ++k) {
        if (*k == kind)
            return true;
    }
    return false;
}

QString listed(const char16_t* characters) {
    QStringList items;
    for (const char16_t* c = characters; *c; ++c)
        items << QString(QChar(*c));
    return items.join(QStringLiteral(", "));
}

QString authorityCodes() {
    QStringList items;
    for (const auto& authority : kAuthorities)
        items << QString(QChar(authority.code));
    return items.join(QStringLiteral(", "));
}

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

enum class Problem { None, Empty, Length, Character, Authority, Kind, LastCharacter, OrganisationCheck, Check };

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
    const RegistrationAuthority* authority = authorityFor(chars[0]);
    if (!authority)
        return {Problem::Authority, 0, QChar(chars[0]), {}};
    if (!allowsKind(*authority, chars[1]))
        return {Problem::Kind, 1, QChar(chars[1]), QChar(chars[0])};

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
    case Problem::Authority:
        result.reason = tr("character 1 '%1' is not a registration authority code of GB 32100-2015 (valid: %2)")
                            .arg(QString(finding.found), authorityCodes());
        break;
    case Problem::Kind:
        result.reason = tr("character 2 '%1' is not an organisation kind that registration authority '%2' assigns "
                           "(GB 32100-2015; valid: %3)")
                            .arg(QString(finding.found), QString(finding.expected),
                                 listed(authorityFor(finding.expected.unicode())->kinds));
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
