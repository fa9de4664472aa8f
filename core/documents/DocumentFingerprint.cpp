#include "DocumentFingerprint.h"

#include <QByteArray>

namespace creditcase::documents {

namespace {
const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
}

DocumentFingerprint DocumentFingerprint::of(qint64 auditSeq, const QString& hexHash) {
    const QByteArray bytes = QByteArray::fromHex(hexHash.left(10).toLatin1());
    quint64 bits = 0;
    for (const char byte : bytes)
        bits = (bits << 8) | static_cast<unsigned char>(byte);
    bits <<= 8 * (5 - bytes.size()); // fewer than 5 bytes only for a malformed hash
    QString code;
    for (int i = 7; i >= 0; --i)
        code += QLatin1Char(kAlphabet[(bits >> (5 * i)) & 31]);
    return DocumentFingerprint{auditSeq, code};
}

std::optional<DocumentFingerprint> DocumentFingerprint::parse(const QString& text) {
    QString cleaned;
    for (const QChar c : text.trimmed().toUpper()) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            cleaned += QLatin1Char('-');
        else if (c == QLatin1Char('O'))
            cleaned += QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            cleaned += QLatin1Char('1');
        else
            cleaned += c;
    }
    const qsizetype dash = cleaned.indexOf(QLatin1Char('-'));
    if (dash <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 seq = cleaned.left(dash).toLongLong(&ok);
    if (!ok || seq <= 0)
        return std::nullopt;
    QString code = cleaned.mid(dash + 1);
    code.remove(QLatin1Char('-'));
    if (code.size() != 8)
        return std::nullopt;
    for (const QChar c : code)
        if (!QByteArrayView(kAlphabet).contains(c.toLatin1()))
            return std::nullopt;
    return DocumentFingerprint{seq, code};
}

QString DocumentFingerprint::text() const {
    return QStringLiteral("%1-%2-%3").arg(auditSeq).arg(code.left(4), code.mid(4));
}

} // namespace creditcase::documents
