#include "RecoveryCode.h"

#include "Sodium.h"

#include <QStringList>
#include <array>
#include <sodium.h>
#include <stdexcept>
#include <utility>

namespace creditcase::crypto {

namespace {

constexpr int dataPerGroup = RecoveryCode::groupLength - 1;
constexpr int symbolCount = RecoveryCode::groupCount * dataPerGroup; // 32 symbols of 5 bits
static_assert(symbolCount * 5 == RecoveryCode::entropyBytes * 8, "the data symbols carry exactly the entropy");
constexpr int codeLength = RecoveryCode::groupCount * RecoveryCode::groupLength;

// Crockford's base32: no I, L, O, U.
constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// Personalisation of the BLAKE2b that turns the entropy into the master key (16 bytes, NUL padded).
constexpr unsigned char masterKeyPersonal[crypto_generichash_blake2b_PERSONALBYTES] = {
    'C', 'C', 'v', 'a', 'u', 'l', 't', '1', '/', 'm', 'a', 's', 't', 'e', 'r', '\0'};

// Arithmetic in GF(32) = GF(2)[x] / (x^5 + x^2 + 1); alpha = x = 2 generates the multiplicative group.
constexpr unsigned gfMultiply(unsigned a, unsigned b) {
    unsigned product = 0;
    for (int bit = 0; bit < 5; ++bit) {
        if ((b >> bit) & 1U) {
            product ^= a;
        }
        a <<= 1;
        if (a & 0x20U) {
            a ^= 0x25U;
        }
    }
    return product;
}

constexpr unsigned gfInverse(unsigned a) {
    for (unsigned candidate = 1; candidate < 32; ++candidate) {
        if (gfMultiply(a, candidate) == 1) {
            return candidate;
        }
    }
    return 0;
}

// Position p of a group weighs alpha^p. A group is valid when sum(alpha^p * s_p) == 0: a single wrong
// symbol adds alpha^p * delta != 0, two swapped neighbours add (alpha^p + alpha^(p+1)) * delta != 0.
constexpr std::array<unsigned, RecoveryCode::groupLength> weights = {1, 2, 4, 8, 16};
constexpr unsigned lastWeightInverse = gfInverse(weights[RecoveryCode::groupLength - 1]);
static_assert(gfMultiply(lastWeightInverse, 16) == 1);

unsigned groupSyndrome(const unsigned char* group) {
    unsigned sum = 0;
    for (int p = 0; p < RecoveryCode::groupLength; ++p) {
        sum ^= gfMultiply(weights[p], group[p]);
    }
    return sum;
}

unsigned checkSymbol(const unsigned char* data) {
    unsigned sum = 0;
    for (int p = 0; p < dataPerGroup; ++p) {
        sum ^= gfMultiply(weights[p], data[p]);
    }
    return gfMultiply(lastWeightInverse, sum);
}

// Value of a typed character, or -1. O reads as 0, I and L as 1 (Crockford's rule).
int symbolValue(QChar c) {
    const char16_t u = QChar::toUpper(c.unicode());
    if (u == u'O') {
        return 0;
    }
    if (u == u'I' || u == u'L') {
        return 1;
    }
    for (int v = 0; v < 32; ++v) {
        if (u == static_cast<char16_t>(alphabet[v])) {
            return v;
        }
    }
    return -1;
}

bool isSeparator(QChar c) {
    return c.isSpace() || c.category() == QChar::Punctuation_Dash;
}

QString groupList(const QList<int>& groups) {
    QStringList numbers;
    for (int g : groups) {
        numbers << QString::number(g + 1);
    }
    return numbers.join(QStringLiteral(", "));
}

} // namespace

RecoveryCode::RecoveryCode(SecretBytes entropy)
    : m_entropy(std::move(entropy)) {}

RecoveryCode RecoveryCode::generate() {
    return RecoveryCode(SecretBytes::random(entropyBytes));
}

RecoveryCode RecoveryCode::fromEntropy(const SecretBytes& entropy) {
    if (entropy.size() != entropyBytes) {
        throw std::invalid_argument("a recovery code needs exactly 20 bytes of entropy");
    }
    return RecoveryCode(SecretBytes::copyOf(reinterpret_cast<const char*>(entropy.data()), entropy.size()));
}

QString RecoveryCode::formatted() const {
    // Big-endian bit stream of the entropy, cut into 5-bit symbols.
    SecretBytes symbols(symbolCount);
    unsigned buffer = 0;
    int bits = 0;
    int next = 0;
    for (std::size_t i = 0; i < entropyBytes; ++i) {
        buffer = (buffer << 8) | m_entropy.data()[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            symbols.data()[next++] = static_cast<unsigned char>((buffer >> bits) & 0x1FU);
        }
    }
    buffer = 0;

    QString text;
    text.reserve(codeLength + groupCount - 1);
    for (int g = 0; g < groupCount; ++g) {
        if (g > 0) {
            text += u'-';
        }
        const unsigned char* data = symbols.data() + g * dataPerGroup;
        for (int p = 0; p < dataPerGroup; ++p) {
            text += QLatin1Char(alphabet[data[p]]);
        }
        text += QLatin1Char(alphabet[checkSymbol(data)]);
    }
    return text;
}

Result<RecoveryCode> RecoveryCode::parse(const QString& text) {
    // Full-width letters, digits and dashes typed with a Chinese input method become plain ASCII.
    QString normalised = text.normalized(QString::NormalizationForm_KC);

    // Symbols as typed, and the user's own grouping (used to point at a group of the wrong length).
    SecretBytes symbols(codeLength);
    int count = 0;
    QList<int> typedGroupLengths;
    int currentGroupLength = 0;
    QChar badCharacter;
    int badCharacterTypedGroup = -1; // in the user's own grouping
    int badCharacterPosition = -1;   // among the characters that are not separators
    for (const QChar c : std::as_const(normalised)) {
        if (isSeparator(c)) {
            if (currentGroupLength > 0) {
                typedGroupLengths << currentGroupLength;
            }
            currentGroupLength = 0;
            continue;
        }
        const int value = symbolValue(c);
        if (value < 0 && badCharacterPosition < 0) {
            badCharacter = c;
            badCharacterTypedGroup = static_cast<int>(typedGroupLengths.size());
            badCharacterPosition = count;
        }
        if (value >= 0 && count < codeLength) {
            symbols.data()[count] = static_cast<unsigned char>(value);
        }
        ++count;
        ++currentGroupLength;
    }
    if (currentGroupLength > 0) {
        typedGroupLengths << currentGroupLength;
    }
    wipe(normalised);
    const bool typedInGroups = typedGroupLengths.size() == groupCount;

    if (count == 0) {
        return Error::usage(
            tr("Enter the recovery code: %1 groups of %2 characters.").arg(groupCount).arg(groupLength));
    }
    if (badCharacterPosition >= 0) {
        // Name the group if the user's grouping, or the plain length, says which one it is.
        int group = -1;
        if (typedInGroups) {
            group = badCharacterTypedGroup;
        } else if (count == codeLength) {
            group = badCharacterPosition / groupLength;
        }
        if (group >= 0) {
            return Error::usage(tr("The recovery code is not valid: \"%1\" never appears in a recovery code. "
                                   "Check group %2.")
                                    .arg(badCharacter)
                                    .arg(group + 1));
        }
        return Error::usage(tr("The recovery code is not valid: \"%1\" never appears in a recovery code. "
                               "Recovery codes use only digits and the letters A to Z without U.")
                                .arg(badCharacter));
    }
    if (count != codeLength) {
        QList<int> wrongLength;
        if (typedInGroups) {
            for (int g = 0; g < groupCount; ++g) {
                if (typedGroupLengths[g] != groupLength) {
                    wrongLength << g;
                }
            }
        }
        if (wrongLength.size() == 1) {
            return Error::usage(tr("The recovery code is not valid: group %1 should have %2 characters.")
                                    .arg(wrongLength.first() + 1)
                                    .arg(groupLength));
        }
        if (!wrongLength.isEmpty()) {
            return Error::usage(tr("The recovery code is not valid: groups %1 should each have %2 characters.")
                                    .arg(groupList(wrongLength))
                                    .arg(groupLength));
        }
        return Error::usage(tr("The recovery code is not valid: it has %1 characters instead of %2. Check for a "
                               "missing or an extra character.")
                                .arg(count)
                                .arg(codeLength));
    }

    QList<int> failedGroups;
    for (int g = 0; g < groupCount; ++g) {
        if (groupSyndrome(symbols.data() + g * groupLength) != 0) {
            failedGroups << g;
        }
    }
    if (failedGroups.size() == 1) {
        return Error::usage(tr("The recovery code is not valid: check group %1.").arg(failedGroups.first() + 1));
    }
    if (!failedGroups.isEmpty()) {
        return Error::usage(tr("The recovery code is not valid: check groups %1.").arg(groupList(failedGroups)));
    }

    // Drop the check symbols and pack the 5-bit data symbols back into bytes.
    SecretBytes entropy(entropyBytes);
    unsigned buffer = 0;
    int bits = 0;
    std::size_t next = 0;
    for (int g = 0; g < groupCount; ++g) {
        for (int p = 0; p < dataPerGroup; ++p) {
            buffer = (buffer << 5) | symbols.data()[g * groupLength + p];
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                entropy.data()[next++] = static_cast<unsigned char>((buffer >> bits) & 0xFFU);
            }
        }
    }
    buffer = 0;
    return RecoveryCode(std::move(entropy));
}

SecretBytes RecoveryCode::masterKey() const {
    Sodium::ensureInitialised();
    SecretBytes key(masterKeyBytes);
    crypto_generichash_blake2b_salt_personal(key.data(), key.size(), m_entropy.data(), m_entropy.size(), nullptr, 0,
                                             nullptr, masterKeyPersonal);
    return key;
}

} // namespace creditcase::crypto
