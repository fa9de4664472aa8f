#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace creditcase::documents {

/* The text layer of a PDF written by QPdfWriter, made to say what was printed.

   Qt writes each embedded font's ToUnicode map by asking, for every glyph, the first code point that the font maps to
   it. CJK fonts (Noto Serif CJK among them) map a Kangxi or supplementary radical and the unified ideograph of the same
   shape to one glyph, and the radical comes first: "行政" printed from U+884C reads back as U+2F8F "⾏政", so copying,
   searching and `pdftotext` give radicals for 27 common characters of a notice (一 人 入 日 月 生 用 行 ...). A
   document's text never contains radicals, so every radical in a ToUnicode map is replaced by the ideograph the same
   fonts draw with the same glyph (Unicode's compatibility mapping where the fonts do not say).

   The replacement keeps every hexadecimal code four digits long, so the file keeps its length and its cross-reference
   offsets stay right. Only ToUnicode streams are touched. */
class PdfTextLayer {
public:
    // The ideograph for each radical code point, from the fonts of these families (and Unicode's compatibility
    // mappings). Computed once per set of families.
    static QHash<char16_t, char16_t> radicalMap(const QStringList& families);

    // Rewrites the ToUnicode maps of `pdf` in place; returns how many codes were replaced.
    static int repair(QByteArray& pdf, const QHash<char16_t, char16_t>& radicals);
};

} // namespace creditcase::documents
