#include "PdfTextLayer.h"

#include <QChar>
#include <QFont>
#include <QMutex>
#include <QRawFont>
#include <QString>

namespace creditcase::documents {

namespace {

bool isRadical(char16_t code) {
    return (code >= 0x2E80 && code <= 0x2EFF) || (code >= 0x2F00 && code <= 0x2FDF);
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

char hexDigit(int value) {
    return "0123456789ABCDEF"[value & 0xF];
}

} // namespace

QHash<char16_t, char16_t> PdfTextLayer::radicalMap(const QStringList& families) {
    static QMutex mutex;
    static QHash<QString, QHash<char16_t, char16_t>> cache;
    const QString key = families.join(QLatin1Char('\n'));
    const QMutexLocker lock(&mutex);
    if (auto found = cache.constFind(key); found != cache.constEnd())
        return *found;

    QHash<char16_t, char16_t> map;
    QString radicals;
    for (char16_t code = 0x2E80; code <= 0x2FDF; ++code)
        radicals.append(QChar(code));
    QString ideographs;
    for (char16_t code = 0x4E00; code <= 0x9FFF; ++code)
        ideographs.append(QChar(code));
    for (const QString& family : families) {
        QFont font(family);
        font.setPixelSize(32);
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid())
            continue;
        const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
        const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
        QHash<quint32, char16_t> ideographOfGlyph;
        for (qsizetype i = 0; i < ideographGlyphs.size(); ++i)
            if (ideographGlyphs.at(i) != 0 && !ideographOfGlyph.contains(ideographGlyphs.at(i)))
                ideographOfGlyph.insert(ideographGlyphs.at(i), char16_t(0x4E00 + i));
        for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
            const char16_t radical = char16_t(0x2E80 + i);
            if (radicalGlyphs.at(i) == 0 || map.contains(radical))
                continue;
            if (auto ideograph = ideographOfGlyph.constFind(radicalGlyphs.at(i)); ideograph != ideographOfGlyph.cend())
                map.insert(radical, *ideograph);
        }
    }
    // Unicode's own compatibility mapping (every Kangxi radical has one) where the fonts did not tell.
    for (char16_t code = 0x2E80; code <= 0x2FDF; ++code) {
        if (map.contains(code))
            continue;
        const QString decomposed = QChar(code).decomposition();
        if (QChar(code).decompositionTag() == QChar::Compat && decomposed.size() == 1)
            map.insert(code, decomposed.at(0).unicode());
    }
    cache.insert(key, map);
    return map;
}

int PdfTextLayer::repair(QByteArray& pdf, const QHash<char16_t, char16_t>& radicals) {
    int replaced = 0;
    qsizetype from = 0;
    // Each ToUnicode map is an uncompressed stream that begins with "/CIDInit /ProcSet findresource" and ends at
    // "endcmap".
    while (true) {
        const qsizetype begin = pdf.indexOf("begincmap", from);
        if (begin < 0)
            break;
        const qsizetype end = pdf.indexOf("endcmap", begin);
        if (end < 0)
            break;
        // Every four-digit <XXXX> token in the map is either a source (a glyph number of the subset font, which Qt
        // numbers from 0 for each document and so never reaches 0x2E80) or a destination code: a token in the
        // radical ranges is a destination.
        for (qsizetype i = begin; i + 5 < end; ++i) {
            if (pdf.at(i) != '<' || pdf.at(i + 5) != '>')
                continue;
            int value = 0;
            bool hex = true;
            for (int d = 1; d <= 4 && hex; ++d) {
                const int v = hexValue(pdf.at(i + d));
                hex = v >= 0;
                value = value * 16 + v;
            }
            if (!hex || !isRadical(char16_t(value)))
                continue;
            const auto ideograph = radicals.constFind(char16_t(value));
            if (ideograph == radicals.cend())
                continue;
            for (int d = 0; d < 4; ++d)
                pdf[i + 4 - d] = hexDigit(*ideograph >> (4 * d));
            ++replaced;
        }
        from = end;
    }
    return replaced;
}

} // namespace creditcase::documents
