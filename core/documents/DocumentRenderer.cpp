#include "DocumentRenderer.h"

#include "PdfTextLayer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

// The resolution QTextDocument's layout takes the lengths of block, table and frame formats in (line heights, indents,
// margins, borders): it scales them by the paint device's resolution over this one. Exported by QtGui.
Q_GUI_EXPORT int qt_defaultDpiY();

namespace creditcase::documents {

namespace {

QString firstInstalled(const QStringList& preferences, const QStringList& installed) {
    for (const QString& family : preferences)
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    return {};
}

// The PDF is written at this resolution; every length is computed from it, so it only sets the precision.
constexpr int kPdfDpi = 600;

} // namespace

DocumentFonts DocumentFonts::installed() {
    const QStringList families = QFontDatabase::families();
    const QString noto = QStringLiteral("Noto Serif CJK SC");
    DocumentFonts fonts;
    fonts.body =
        firstInstalled({QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋"),
                        QStringLiteral("FangSong"), QStringLiteral("STFangsong"), QStringLiteral("华文仿宋"), noto},
                       families);
    fonts.title = firstInstalled({QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"),
                                  QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("小标宋"),
                                  QStringLiteral("SimSun"), QStringLiteral("宋体"), QStringLiteral("STSong")},
                                 families);
    if (fonts.title.isEmpty()) {
        fonts.title = firstInstalled({noto}, families);
        fonts.titleBold = true; // a bold serif comes nearest to 小标宋
    }
    fonts.heading = firstInstalled({QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("STHeiti"),
                                    QStringLiteral("Noto Sans CJK SC"), noto},
                                   families);
    fonts.pageNumber =
        firstInstalled({QStringLiteral("SimSun"), QStringLiteral("宋体"), QStringLiteral("STSong"), noto}, families);
    fonts.latin = firstInstalled({QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"),
                                  QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif")},
                                 families);
    // Whatever is installed: Qt's own fallback still finds a face with the glyphs.
    for (QString* family : {&fonts.body, &fonts.title, &fonts.heading, &fonts.pageNumber})
        if (family->isEmpty())
            *family = noto;
    return fonts;
}

namespace {
// A face for Latin text first, the CJK face for everything it lacks.
QFont documentFont(const QString& latin, const QString& cjk, double points) {
    QFont font(cjk);
    if (!latin.isEmpty())
        font.setFamilies({latin, cjk});
    font.setPointSizeF(points);
    return font;
}
} // namespace

struct DocumentRenderer::LayoutMetrics {
    double dpi = kPdfDpi;
    // Device pixels to the unit of line heights, borders and cell padding (see qt_defaultDpiY above); fonts, indents
    // and the page size are in device pixels already.
    double formatLength(double devicePixels) const { return devicePixels * qt_defaultDpiY() / dpi; }
    double mm(double millimetres) const { return millimetres / 25.4 * dpi; }
    double pt(double points) const { return points / 72.0 * dpi; }
    double bodyWidth() const { return mm(PageGeometry::bodyWidthMm()); }
    double linePitch() const { return mm(PageGeometry::bodyHeightMm()) / PageGeometry::linesPerPage; }
    double charPitch() const { return bodyWidth() / PageGeometry::charsPerLine; }
    // The letter spacing, in points, that sets 16 pt full-width glyphs (one em wide) at the character pitch.

    // Pages break where a line would end below the 22nd line; half a line of slack keeps rounding from losing one.
    double pageHeight() const { return linePitch() * (PageGeometry::linesPerPage + 0.5); }
};

DocumentRenderer::DocumentRenderer()
    : m_fonts(DocumentFonts::installed()) {}

DocumentRenderer::DocumentRenderer(DocumentFonts fonts)
    : m_fonts(std::move(fonts)) {}

QPageLayout DocumentRenderer::pageLayout() {
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

namespace {
// The letter spacing that sets 28 full-width characters of `font` in the body width (GB/T 9704: 28 characters to the
// line). Qt takes the spacing in units of qt_defaultDpiY() pixels and rounds it on the device, so the value is found
// by measuring: the widest spacing whose 28 characters still fit.
double letterSpacing(QFont font, const DocumentRenderer::LayoutMetrics& layout, QPaintDevice* device) {
    const QString line(PageGeometry::charsPerLine, QChar(0x4E2D)); // 中
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0);
    const double natural = QFontMetricsF(font, device).horizontalAdvance(line) / PageGeometry::charsPerLine;
    double spacing = layout.formatLength(layout.charPitch() - natural);
    for (int step = 0; step < 50; ++step) {
        font.setLetterSpacing(QFont::AbsoluteSpacing, spacing);
        if (QFontMetricsF(font, device).horizontalAdvance(line) <= layout.bodyWidth())
            break;
        spacing -= 0.01;
    }
    return spacing;
}
} // namespace

double DocumentRenderer::spacingFor(const QFont& font, const LayoutMetrics& layout, QPaintDevice* device) const {
    // Measured once per face and resolution: the measurement is a noticeable part of a one-page document.
    const QString key = font.families().join(QLatin1Char(',')) + QLatin1Char('@') + QString::number(layout.dpi);
    {
        QMutexLocker lock(&m_spacingLock);
        if (const auto found = m_spacing.constFind(key); found != m_spacing.constEnd())
            return *found;
    }
    // Measured outside the lock: two threads may measure the same face once each, with the same result.
    const double spacing = letterSpacing(font, layout, device);
    QMutexLocker lock(&m_spacingLock);
    m_spacing.insert(key, spacing);
    return spacing;
}

void DocumentRenderer::build(const DocumentText& text, QTextDocument& document, const LayoutMetrics& layout) const {
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(layout.bodyWidth(), layout.pageHeight()));
    // The document is built once and never edited: no undo history, and one layout when it is complete instead of
    // one after every block, table row and cell inserted (the layout is the same, done once).
    document.setUndoRedoEnabled(false);
    QTextCursor wholeEdit(&document);
    wholeEdit.beginEditBlock();
    const auto layOutOnce = qScopeGuard([&wholeEdit] { wholeEdit.endEditBlock(); });

    // Body type: 16 pt, set 28 to the line. A full-width glyph is one em wide; the letter spacing makes up the
    // difference to the 156 mm / 28 character pitch.
    QFont body = documentFont(m_fonts.latin, m_fonts.body, PageGeometry::bodyPt);
    body.setLetterSpacing(QFont::AbsoluteSpacing, spacingFor(body, layout, document.documentLayout()->paintDevice()));
    QFont title = documentFont(m_fonts.latin, m_fonts.title, PageGeometry::titlePt);
    title.setBold(m_fonts.titleBold);
    QFont heading = documentFont(m_fonts.latin, m_fonts.heading, PageGeometry::bodyPt);
    heading.setLetterSpacing(QFont::AbsoluteSpacing,
                             spacingFor(heading, layout, document.documentLayout()->paintDevice()));
    document.setDefaultFont(body);

    QTextCharFormat bodyFormat;
    bodyFormat.setFont(body);
    QTextCharFormat titleFormat;
    titleFormat.setFont(title);
    QTextCharFormat headingFormat;
    headingFormat.setFont(heading);

    QTextBlockFormat line;
    line.setLineHeight(layout.formatLength(layout.linePitch()), QTextBlockFormat::FixedHeight);
    line.setTopMargin(0);
    line.setBottomMargin(0);
    QTextBlockFormat centred = line;
    centred.setAlignment(Qt::AlignHCenter);
    QTextBlockFormat paragraph = line;
    paragraph.setAlignment(Qt::AlignJustify);
    paragraph.setTextIndent(2 * layout.charPitch());
    QTextBlockFormat left = line;
    left.setAlignment(Qt::AlignLeft);

    QTextCursor cursor(&document);
    bool first = true;
    const auto add = [&](const QTextBlockFormat& blockFormat, const QTextCharFormat& charFormat,
                         const QString& content) {
        if (first) {
            cursor.setBlockFormat(blockFormat);
            cursor.setBlockCharFormat(charFormat);
            first = false;
        } else {
            cursor.insertBlock(blockFormat, charFormat);
        }
        cursor.insertText(content, charFormat);
    };

    if (!text.organName.isEmpty())
        add(centred, titleFormat, text.organName);
    add(centred, titleFormat, text.title);
    if (!text.number.isEmpty())
        add(centred, bodyFormat, text.number);
    add(line, bodyFormat, QString()); // one empty line between the title and the body (GB/T 9704 7.3.1)

    QTextTable* table = nullptr;
    for (const DocumentBlock& block : text.blocks) {
        if (block.type == DocumentBlock::Type::Row) {
            if (!table) {
                QTextTableFormat tableFormat;
                tableFormat.setBorder(layout.formatLength(layout.mm(0.25)));
                tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                tableFormat.setBorderBrush(Qt::black);
                tableFormat.setCellSpacing(0);
                tableFormat.setCellPadding(layout.formatLength(layout.mm(0.5)));
                tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
                tableFormat.setColumnWidthConstraints(
                    {QTextLength(QTextLength::PercentageLength, 36), QTextLength(QTextLength::PercentageLength, 64)});
                table = cursor.insertTable(1, 2, tableFormat);
            } else {
                table->appendRows(1);
            }
            const int row = table->rows() - 1;
            QTextCursor labelCursor = table->cellAt(row, 0).firstCursorPosition();
            labelCursor.setBlockFormat(centred);
            labelCursor.insertText(block.label, bodyFormat);
            QTextCursor textCursor = table->cellAt(row, 1).firstCursorPosition();
            textCursor.setBlockFormat(left);
            textCursor.insertText(block.text, bodyFormat);
            cursor = QTextCursor(&document);
            cursor.movePosition(QTextCursor::End);
            continue;
        }
        table = nullptr;
        switch (block.type) {
        case DocumentBlock::Type::Heading: {
            QTextBlockFormat headingBlock = line;
            headingBlock.setTextIndent(2 * layout.charPitch());
            add(headingBlock, headingFormat, block.text);
            break;
        }
        case DocumentBlock::Type::Field:
            add(left, bodyFormat, block.label.isEmpty() ? block.text : block.label + QStringLiteral("：") + block.text);
            break;
        case DocumentBlock::Type::Blank:
            add(line, bodyFormat, QString());
            break;
        case DocumentBlock::Type::Paragraph:
        case DocumentBlock::Type::Row:
            add(paragraph, bodyFormat, block.text);
            break;
        }
    }

    // Signature and date (GB/T 9704 7.3.5.1): two empty lines leave room for the seal, which presses on both; the
    // date stands four characters in from the right, the organ centred above it.
    if (text.signOrgan.isEmpty() && text.signDate.isEmpty())
        return; // a form without signature (proof of service)
    add(line, bodyFormat, QString());
    add(line, bodyFormat, QString());
    const QFontMetricsF metrics(body, document.documentLayout()->paintDevice());
    const double dateWidth = metrics.horizontalAdvance(text.signDate);
    const double organWidth = metrics.horizontalAdvance(text.signOrgan);
    QTextBlockFormat organLine = line;
    organLine.setAlignment(Qt::AlignRight);
    organLine.setRightMargin(std::max(0.0, 4 * layout.charPitch() + (dateWidth - organWidth) / 2));
    add(organLine, bodyFormat, text.signOrgan);
    QTextBlockFormat dateLine = line;
    dateLine.setAlignment(Qt::AlignRight);
    dateLine.setRightMargin(4 * layout.charPitch());
    add(dateLine, bodyFormat, text.signDate);
    if (!text.note.isEmpty()) {
        // 附注: in parentheses, two characters in, one line below the date (GB/T 9704 7.3.6).
        QTextBlockFormat noteLine = line;
        noteLine.setTextIndent(2 * layout.charPitch());
        add(line, bodyFormat, QString());
        add(noteLine, bodyFormat, QStringLiteral("（") + text.note + QStringLiteral("）"));
    }
}

Result<int> DocumentRenderer::paint(const DocumentText& text, const PageMarks& marks, QPagedPaintDevice& device) const {
    device.setPageLayout(pageLayout());
    LayoutMetrics layout;
    layout.dpi = device.logicalDpiY();
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    build(text, document, layout);
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return Error::failure(tr("The document could not be printed: the printer or file refused it."));
    painter.setRenderHint(QPainter::Antialiasing);
    const double pageHeight = layout.mm(PageGeometry::pageHeightMm);
    const double left = layout.mm(PageGeometry::leftMm);
    const double top = layout.mm(PageGeometry::topMm);
    const double bodyWidth = layout.bodyWidth();
    const double bodyBottom = top + layout.mm(PageGeometry::bodyHeightMm());

    const QFont pageFont = documentFont(m_fonts.latin, m_fonts.pageNumber, PageGeometry::pageNumberPt);
    const QFont footerFont = documentFont(m_fonts.latin, m_fonts.body, PageGeometry::footerPt);
    const QFont markFont = documentFont(m_fonts.latin, m_fonts.heading, PageGeometry::bodyPt);
    const double pageNumberIndent = layout.pt(PageGeometry::pageNumberPt);

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error::failure(tr("The document could not be printed: a new page was refused."));
        }
        painter.save();
        const double offset = page * layout.pageHeight();
        painter.translate(left, top - offset);
        const QRectF pageRect(0, offset, bodyWidth, layout.pageHeight());
        painter.setClipRect(pageRect);
        painter.setPen(Qt::black);
        // Text is painted line by line, each line on the page its top falls on. (QTextDocumentLayout::draw would
        // also paint the last line above its clip, hidden by the clip but still in the PDF's text, twice.)
        auto* documentLayout = document.documentLayout();
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (QTextCursor(block).currentTable())
                continue; // tables below
            const QRectF blockRect = documentLayout->blockBoundingRect(block);
            if (blockRect.bottom() < pageRect.top() || blockRect.top() > pageRect.bottom())
                continue;
            const QTextLayout* textLayout = block.layout();
            for (int i = 0; i < textLayout->lineCount(); ++i) {
                const QTextLine textLine = textLayout->lineAt(i);
                // A line belongs to the page its middle falls on (a title line may start above the body).
                const double middle = blockRect.top() + textLine.y() + textLine.height() / 2;
                if (middle >= pageRect.top() && middle < pageRect.bottom())
                    textLine.draw(&painter, blockRect.topLeft());
            }
        }
        // Tables (the proof of service) with their rules, through the document layout, clipped to the page.
        for (QTextFrame* frame : document.rootFrame()->childFrames()) {
            if (!qobject_cast<QTextTable*>(frame))
                continue;
            const QRectF tableRect = documentLayout->frameBoundingRect(frame).intersected(pageRect);
            if (tableRect.isEmpty())
                continue;
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = tableRect.adjusted(0, 1, 0, -1);
            context.palette.setColor(QPalette::Text, Qt::black);
            documentLayout->draw(&painter, context);
        }
        painter.restore();

        painter.setPen(Qt::black);
        // Page number: odd pages right, even pages left, one character in; the dashes 7 mm below the body.
        painter.setFont(pageFont);
        const QString number = QString(marks.pageNumber).replace(QStringLiteral("{n}"), QString::number(page + 1));
        const QRectF numberRect(left + pageNumberIndent,
                                bodyBottom + layout.mm(PageGeometry::pageNumberBelowBodyMm) -
                                    layout.pt(PageGeometry::pageNumberPt) / 2,
                                bodyWidth - 2 * pageNumberIndent, layout.pt(PageGeometry::pageNumberPt) * 1.5);
        painter.drawText(numberRect, ((page + 1) % 2 == 1 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, number);

        // Footer: the fingerprint and, on a public copy, that identifiers are masked.
        painter.setFont(footerFont);
        const QRectF footerRect(left, pageHeight - layout.mm(14), bodyWidth, layout.mm(6));
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, marks.footer);
        if (!marks.channelMark.isEmpty())
            painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, marks.channelMark);

        // A reprint says so at the top of every page.
        if (!marks.copyMark.isEmpty()) {
            painter.setFont(markFont);
            painter.drawText(QRectF(left, layout.mm(18), bodyWidth, layout.mm(10)), Qt::AlignRight | Qt::AlignVCenter,
                             marks.copyMark);
        }
    }
    painter.end();
    return pages;
}

Result<int> DocumentRenderer::writePdf(const DocumentText& text, const PageMarks& marks, const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failure(tr("Cannot write the PDF file %1: %2").arg(path, file.errorString()));
    int pages = 0;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfDpi);
        writer.setCreator(QStringLiteral("CreditCase"));
        writer.setTitle(text.number.isEmpty() ? text.title : text.title + QLatin1Char(' ') + text.number);
        auto painted = paint(text, marks, writer);
        if (!painted) {
            file.cancelWriting();
            return painted.error();
        }
        pages = *painted;
    }
    // The text layer says what was printed (not the radicals CJK fonts share glyphs with; see PdfTextLayer).
    QByteArray pdf = buffer.buffer();
    PdfTextLayer::repair(pdf, PdfTextLayer::radicalMap(
                                  {m_fonts.body, m_fonts.title, m_fonts.heading, m_fonts.pageNumber, m_fonts.latin}));
    if (file.write(pdf) != pdf.size()) {
        file.cancelWriting();
        return Error::failure(tr("Cannot write the PDF file %1: %2").arg(path, file.errorString()));
    }
    if (!file.commit())
        return Error::failure(tr("Cannot write the PDF file %1: %2").arg(path, file.errorString()));
    return pages;
}

int DocumentRenderer::pageCount(const DocumentText& text) const {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kPdfDpi);
    writer.setPageLayout(pageLayout());
    LayoutMetrics layout;
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    build(text, document, layout);
    return document.pageCount();
}

} // namespace creditcase::documents
