#pragma once

#include "Result.h"
#include "SecretBytes.h"

#include <QCoreApplication>
#include <QString>
#include <cstddef>

namespace creditcase::crypto {

// The vault's recovery code: 160 random bits that the administrator prints or writes down at creation and
// that open the vault when every password (or the key file itself) is lost. The vault's master key is
// derived from it, so it needs nothing else on disk.
//
// Written as 8 groups of 5 characters, e.g. "7GQ2M-0XH4R-...", in Crockford's base32 alphabet (digits and
// upper-case letters without I, L, O and U, so nothing is ambiguous when read aloud or handwritten). In
// each group the first 4 characters carry data and the 5th is a check character over the group (a
// weighted sum in GF(32)), so any single wrong character, and any two neighbouring characters swapped,
// is caught and the group it is in is named.
//
// Holds the entropy in protected memory and wipes it on destruction. Move-only.
class RecoveryCode {
    Q_DECLARE_TR_FUNCTIONS(RecoveryCode)

public:
    static constexpr std::size_t entropyBytes = 20; // 160 bits
    static constexpr std::size_t masterKeyBytes = 32;
    static constexpr int groupCount = 8;
    static constexpr int groupLength = 5;

    // A fresh code from the secure random source.
    static RecoveryCode generate();
    // A code with the given entropy (exactly entropyBytes bytes, else std::invalid_argument). For tests.
    static RecoveryCode fromEntropy(const SecretBytes& entropy);
    // Reads a code as typed: lower case, spaces, dashes (any kind, full width too) are accepted, O is read
    // as 0 and I or L as 1. Usage error naming the group to check when a character is not allowed, a group
    // has the wrong length or a group's check character does not match.
    static Result<RecoveryCode> parse(const QString& text);

    // "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX". This is the secret in plain form: show or print it
    // and wipe() the string afterwards.
    QString formatted() const;

    // The vault's 32-byte master key: BLAKE2b-256 of the entropy, personalised "CCvault1/master", so it
    // cannot collide with any other use of the same bytes. Same code, same key, on any machine.
    SecretBytes masterKey() const;

private:
    explicit RecoveryCode(SecretBytes entropy);

    SecretBytes m_entropy;
};

} // namespace creditcase::crypto
