#include "CaseSearchText.h"

#include <QList>
#include <QStringList>

namespace creditcase::service {

namespace {

// SQLite's substr() counts characters (code points), so the C++ side must too, not UTF-16 units.
QList<uint> codePoints(const QString& text) {
    return text.toUcs4();
}

QString fromCodePoints(const QList<uint>& points, qsizetype from, qsizetype count) {
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData() + from), count);
}

constexpr qsizetype kIdentifierOnlyLength = 8;

bool isAsciiAlnum(QChar c) {
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

// The query side: the bigrams alone. The index's trailing last character is there for one-character prefix
// queries; in a phrase it would demand that the typed text end the name.
QString bigrams(const QString& text) {
    const QList<uint> points = codePoints(text);
    QStringList parts;
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        parts << fromCodePoints(points, i, 2);
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString CaseSearchText::grams(const QString& text) {
    const QList<uint> points = codePoints(text);
    if (points.isEmpty())
        return QString();
    QStringList parts;
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        parts << fromCodePoints(points, i, 2);
    // The SQL concatenates group_concat(...) || ' ' || last character; group_concat of no row is NULL -> ''.
    return parts.join(QLatin1Char(' ')) + QLatin1Char(' ') + fromCodePoints(points, points.size() - 1, 1);
}

QString CaseSearchText::matchExpression(const QString& typed) {
    QString text = typed.trimmed();
    // Characters of the FTS query language would change the meaning of the phrase; they carry no search value.
    text.remove(QLatin1Char('"'));
    text.remove(QLatin1Char('*'));
    text = text.trimmed();
    bool searchable = false;
    for (const QChar c : text)
        searchable = searchable || c.unicode() >= 0x80 || isAsciiAlnum(c);
    if (!searchable)
        return QString();
    bool identifierLike = true;
    for (const QChar c : text)
        identifierLike = identifierLike && isAsciiAlnum(c);
    // A long run of Latin letters and digits is an identifier (18 characters in full); its bigrams ("00", "35") are
    // in nearly every row, so a phrase of them would cost a scan of most of the index for nothing.
    if (identifierLike && text.size() >= kIdentifierOnlyLength)
        return QStringLiteral("identifier:") + text + QLatin1Char('*');
    QString expression;
    if (codePoints(text).size() == 1)
        expression = QLatin1Char('"') + text + QStringLiteral("*\"");
    else
        expression = QLatin1Char('"') + bigrams(text) + QLatin1Char('"');
    if (identifierLike)
        expression += QStringLiteral(" OR identifier:") + text + QLatin1Char('*');
    return expression;
}

qint64 CaseSearchText::caseNumber(const QString& typed) {
    const QString text = typed.trimmed();
    if (text.isEmpty() || text.size() > 18)
        return 0;
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return 0;
    return text.toLongLong();
}

} // namespace creditcase::service
