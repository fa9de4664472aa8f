#include "documents/DocumentRenderer.h"

#include "PdfTools.h"
#include "Skip.h"
#include "TempDir.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::documents;
using namespace creditcase::test;

namespace {

DocumentText lines(int count) {
    DocumentText text;
    text.title = QStringLiteral("测试文书");
    for (int i = 1; i <= count; ++i)
        text.blocks.append({DocumentBlock::Type::Field, {}, QStringLiteral("第%1行").arg(i)});
    text.signOrgan = QStringLiteral("示范县市场监督管理局");
    text.signDate = QStringLiteral("2026年6月30日");
    return text;
}

} // namespace

TEST_CASE("A document is laid out on A4 with 22 lines a page and page numbers and the fingerprint", "[documents]") {
    if (const QString missing = pdfToolsMissing(); !missing.isEmpty()) {
        skipTest(missing);
        return;
    }
    TempDir dir;
    const QString path = dir.file(QStringLiteral("lines.pdf"));
    PageMarks marks;
    marks.footer = QStringLiteral("文书指纹 12-ABCD-EFGH");
    marks.copyMark = QStringLiteral("副本 2");
    // Title and the empty line under it take two lines, so fields 1..20 fill the first page.
    auto pages = DocumentRenderer().writePdf(lines(30), marks, path);
    REQUIRE(pages.ok());
    CHECK(*pages == 2);

    const PdfInfo info = pdfInfo(path);
    CHECK(info.pages == 2);
    CHECK(info.pageSizePoints.width() == Approx(595.28).margin(0.5));
    CHECK(info.pageSizePoints.height() == Approx(841.89).margin(0.5));

    const QString first = compact(pdfText(path, false, 1, 1));
    const QString second = compact(pdfText(path, false, 2, 2));
    CHECK(first.contains(QStringLiteral("第20行")));
    CHECK_FALSE(first.contains(QStringLiteral("第21行")));
    CHECK(second.contains(QStringLiteral("第21行")));
    CHECK_FALSE(second.contains(QStringLiteral("第20行"))); // nothing of page 1 hidden on page 2
    CHECK(first.contains(QStringLiteral("—1—")));
    CHECK(second.contains(QStringLiteral("—2—")));
    CHECK(first.contains(QStringLiteral("文书指纹12-ABCD-EFGH")));
    CHECK(second.contains(QStringLiteral("副本2")));
    CHECK(second.contains(QStringLiteral("2026年6月30日")));

    const auto fonts = pdfFonts(path);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const auto& font : fonts) {
        INFO(font.name.toStdString());
        CHECK(font.embedded);
    }
}

TEST_CASE("Body text is set 28 characters to the line with a two-character indent", "[documents]") {
    if (const QString missing = pdfToolsMissing(); !missing.isEmpty()) {
        skipTest(missing);
        return;
    }
    TempDir dir;
    const QString path = dir.file(QStringLiteral("paragraph.pdf"));
    DocumentText text;
    text.title = QStringLiteral("测试");
    text.blocks.append({DocumentBlock::Type::Paragraph, {}, QString(26 + 28 + 5, QChar(0x4E2D))}); // 中
    REQUIRE(DocumentRenderer().writePdf(text, {}, path).ok());
    QStringList bodyLines;
    for (const QString& line : pdfText(path).split(QLatin1Char('\n')))
        if (line.startsWith(QChar(0x4E2D)))
            bodyLines << line;
    REQUIRE(bodyLines.size() == 3);
    CHECK(bodyLines.at(0).size() == 26);
    CHECK(bodyLines.at(1).size() == 28);
    CHECK(bodyLines.at(2).size() == 5);
}

TEST_CASE("The fonts are the official faces when installed and Noto Serif CJK SC otherwise", "[documents]") {
    const DocumentFonts fonts = DocumentFonts::installed();
    CHECK_FALSE(fonts.body.isEmpty());
    CHECK_FALSE(fonts.title.isEmpty());
    if (fonts.title == QStringLiteral("Noto Serif CJK SC"))
        CHECK(fonts.titleBold);
}

TEST_CASE("A PDF that cannot be written leaves no file and says why", "[documents]") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("no-such-folder/out.pdf"));
    auto written = DocumentRenderer().writePdf(lines(3), {}, path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("out.pdf")));
    CHECK_FALSE(QFile::exists(path));
}
