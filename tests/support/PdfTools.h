#pragma once

#include <QList>
#include <QSizeF>
#include <QString>

namespace creditcase::test {

// Reading a PDF the way a reviewer would, with poppler-utils (pdftotext, pdffonts, pdfinfo). Tests that need them
// call pdfToolsMissing() first and skip (skipTest) when it names a missing tool.
QString pdfToolsMissing(); // empty when pdftotext, pdffonts and pdfinfo are all installed

// The text of the pages (all when first = 0), NFKC-normalised (full-width punctuation becomes ASCII). The renderer
// writes the ideographs themselves into the PDF's character map (documents::PdfTextLayer), so no radical is folded
// back here: a radical in the text is a regression.
QString pdfText(const QString& path, bool layout = false, int first = 0, int last = 0);

// The text with every space and line break removed: pdftotext breaks lines where the page does and drops the spaces
// between glyphs set apart by layout, so tests compare compacted text with compacted expectations. NFKC-normalised
// like pdfText (full-width punctuation becomes ASCII).
QString compact(const QString& text);

struct PdfFont {
    QString name;
    QString type;
    bool embedded = false;
};
QList<PdfFont> pdfFonts(const QString& path);

struct PdfInfo {
    int pages = 0;
    QSizeF pageSizePoints; // of the first page
};
PdfInfo pdfInfo(const QString& path);

} // namespace creditcase::test
