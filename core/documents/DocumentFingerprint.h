#pragma once

#include <QString>
#include <optional>

namespace creditcase::documents {

// The fingerprint printed in a document's footer: the audit chain position of the print and the first 40 bits of
// that entry's hash in Crockford base32 (no I, L, O, U), so it can be read aloud over the phone and typed back:
// "1042-7F3K-9QX2". `document verify --fingerprint` finds the entry and checks the document against it.
struct DocumentFingerprint {
    qint64 auditSeq = 0;
    QString code; // eight base32 characters, upper case, without the dash

    // From an audit entry's position and hex hash.
    static DocumentFingerprint of(qint64 auditSeq, const QString& hexHash);
    // Reads what a person typed: case, spaces and dashes do not matter; O is read as 0, I and L as 1.
    static std::optional<DocumentFingerprint> parse(const QString& text);

    QString text() const; // "1042-7F3K-9QX2"
    bool matchesHash(const QString& hexHash) const { return of(auditSeq, hexHash).code == code; }
};

} // namespace creditcase::documents
