#pragma once

#include "DocumentText.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QPageLayout>
#include <QString>

class QFont;
class QPagedPaintDevice;
class QPaintDevice;
class QTextDocument;

namespace creditcase::documents {

// The page of an official document per GB/T 9704-2012 (党政机关公文格式): A4; margins top 37 mm, left (binding
// side) 28 mm, right 26 mm, bottom 35 mm, so the body is 156 mm x 225 mm; 22 lines of 28 characters of 3号 (16 pt)
// 仿宋 body type; title in 2号 (22 pt) 小标宋; page numbers in 4号 (14 pt) as "— 1 —", 7 mm below the body,
// right on odd pages and left on even pages, one character in from the edge of the body.
struct PageGeometry {
    static constexpr double pageWidthMm = 210.0;
    static constexpr double pageHeightMm = 297.0;
    static constexpr double topMm = 37.0;
    static constexpr double leftMm = 28.0;
    static constexpr double rightMm = 26.0;
    static constexpr double bottomMm = 35.0;
    static constexpr int linesPerPage = 22;
    static constexpr int charsPerLine = 28;
    static constexpr double titlePt = 22.0;
    static constexpr double bodyPt = 16.0;
    static constexpr double pageNumberPt = 14.0;
    static constexpr double pageNumberBelowBodyMm = 7.0;
    static constexpr double footerPt = 8.0;

    static constexpr double bodyWidthMm() { return pageWidthMm - leftMm - rightMm; }
    static constexpr double bodyHeightMm() { return pageHeightMm - topMm - bottomMm; }
};

// The faces used: a 仿宋 face for the body, a 小标宋 (or 宋体-like) face for titles, a 黑体 face for headings. The
// first installed family of each preference list is taken; Noto Serif / Sans CJK SC (fonts-noto-cjk) are the last
// resort, with the title set bold to come near 小标宋.
struct DocumentFonts {
    QString body;
    QString title;
    bool titleBold = false;
    QString heading;
    QString pageNumber;
    // Digits and Latin letters (identifiers, dates, document numbers): a Latin serif face when one is installed. Qt
    // writes the CJK faces' digits into the PDF without a usable character map, so a PDF reader could not find or
    // copy an identifier set in them.
    QString latin;

    // Needs a QGuiApplication (the font database).
    static DocumentFonts installed();
};

// What is printed around the text of one copy: the footer (fingerprint), the copy mark (副本 N) and whether the
// copy is public; all wording comes from the organ template.
struct PageMarks {
    QString footer;      // e.g. 文书指纹 1042-7F3K-9QX2
    QString copyMark;    // e.g. 副本 2; empty for the original
    QString channelMark; // e.g. 公开文本（身份信息已遮蔽）; empty for the party's copy
    QString pageNumber = QStringLiteral("— {n} —");
};

// Lays out a composed document per GB/T 9704-2012 with QTextDocument and paints it page by page onto a PDF writer
// or a printer, so the preview, the printer and the PDF show the same pages. Needs a QGuiApplication (fonts); never
// QtWidgets. One renderer may write PDFs from several threads at once (a batch renders a group of notices in
// parallel): every document, writer and painter belongs to the call, and the measured spacing is shared under a
// lock.
class DocumentRenderer {
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    DocumentRenderer();
    explicit DocumentRenderer(DocumentFonts fonts);

    const DocumentFonts& fonts() const { return m_fonts; }

    // A4 portrait without device margins: the renderer places everything from the paper's edge.
    static QPageLayout pageLayout();

    /* Paints every page onto `device` (a QPdfWriter, or a QPrinter set to full page); returns the page count.
       Fails if the device cannot be painted on (a printer that refused the job). */
    Result<int> paint(const DocumentText& text, const PageMarks& marks, QPagedPaintDevice& device) const;

    /* Writes the PDF to `path` through a temporary file in the same folder renamed into place, so a failure leaves
       no half-written file and never touches an existing one. Fails (Failure) if the folder cannot be written. */
    Result<int> writePdf(const DocumentText& text, const PageMarks& marks, const QString& path) const;

    // The number of pages the text takes (layout only).
    int pageCount(const DocumentText& text) const;

    // Lengths on the device the document is painted on (implementation detail of the layout).
    struct LayoutMetrics;

private:
    void build(const DocumentText& text, QTextDocument& document, const LayoutMetrics& layout) const;
    double spacingFor(const QFont& font, const LayoutMetrics& layout, QPaintDevice* device) const;

    DocumentFonts m_fonts;
    mutable QMutex m_spacingLock;
    mutable QHash<QString, double> m_spacing; // letter spacing per face and resolution, under m_spacingLock
};

} // namespace creditcase::documents
