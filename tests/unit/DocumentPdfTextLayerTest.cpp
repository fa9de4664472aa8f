#include "PdfTools.h"
#include "Skip.h"
#include "TempDir.h"
#include "documents/DocumentRenderer.h"
#include "documents/PdfTextLayer.h"

#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::documents;
using namespace creditcase::test;

namespace {

// Characters of every notice that CJK fonts share with a radical (一 人 入 日 月 生 用 行 食 民 见 门 ...).
const QString kShared = QStringLiteral("一人入日月生用行食民见门文身金非面高力工示自");

// The destination codes of every ToUnicode map in a PDF, as code points.
QList<char16_t> toUnicodeCodes(const QByteArray& pdf) {
    QList<char16_t> codes;
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = pdf.indexOf("beginbfrange", from);
        if (begin < 0)
            break;
        const qsizetype end = pdf.indexOf("endcmap", begin);
        static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]{4})>"));
        auto it = token.globalMatch(QString::fromLatin1(pdf.mid(begin, end - begin)));
        while (it.hasNext())
            codes << char16_t(it.next().captured(1).toUInt(nullptr, 16));
        from = end;
    }
    return codes;
}

bool anyRadical(const QList<char16_t>& codes) {
    for (char16_t c : codes)
        if (c >= 0x2E80 && c <= 0x2FDF)
            return true;
    return false;
}

} // namespace

TEST_CASE("The PDF's text layer gives the ideographs printed, not the radicals CJK fonts share glyphs with",
          "[documents]") {
    const DocumentFonts fonts = DocumentFonts::installed();
    const auto radicals =
        PdfTextLayer::radicalMap({fonts.body, fonts.title, fonts.heading, fonts.pageNumber, fonts.latin});
    // Unicode's compatibility mapping alone gives every Kangxi radical its ideograph.
    CHECK(radicals.value(0x2F8F) == u'行');
    CHECK(radicals.value(0x2F00) == u'一');

    DocumentText text;
    text.title = QStringLiteral("行政处罚决定书");
    text.blocks.append({DocumentBlock::Type::Paragraph, {}, kShared + QStringLiteral("食品人民")});
    text.signOrgan = QStringLiteral("示范县市场监督管理局");
    text.signDate = QStringLiteral("2026年6月30日");
    TempDir dir;
    const QString path = dir.file(QStringLiteral("shared.pdf"));
    REQUIRE(DocumentRenderer(fonts).writePdf(text, {}, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    const QList<char16_t> codes = toUnicodeCodes(pdf);
    REQUIRE_FALSE(codes.isEmpty());
    CHECK_FALSE(anyRadical(codes));
    CHECK(codes.contains(u'行'));
    CHECK(codes.contains(u'一'));

    SECTION("the repair is what removed them: the same map unrepaired names radicals, and the repair keeps the size") {
        QByteArray radicalPdf = pdf;
        // Put the radicals back where the repair wrote ideographs, as Qt wrote them.
        QHash<char16_t, char16_t> back;
        for (auto it = radicals.cbegin(); it != radicals.cend(); ++it)
            back.insert(it.value(), it.key());
        const auto ideographOf = [&](char16_t c) { return back.value(c, c); };
        QByteArray unrepaired = pdf;
        for (const QChar c : kShared) {
            const char16_t radical = ideographOf(c.unicode());
            if (radical == c.unicode())
                continue;
            unrepaired.replace(QStringLiteral("<%1>").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper().toLatin1(),
                               QStringLiteral("<%1>").arg(radical, 4, 16, QLatin1Char('0')).toUpper().toLatin1());
        }
        REQUIRE(anyRadical(toUnicodeCodes(unrepaired)));
        const qsizetype size = unrepaired.size();
        CHECK(PdfTextLayer::repair(unrepaired, radicals) > 0);
        CHECK(unrepaired.size() == size);
        CHECK_FALSE(anyRadical(toUnicodeCodes(unrepaired)));
    }
    SECTION("pdftotext reads the characters printed") {
        if (const QString missing = pdfToolsMissing(); !missing.isEmpty()) {
            skipTest(missing);
            return;
        }
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        REQUIRE(pdftotext.waitForFinished(30000));
        const QString read =
            QString::fromUtf8(pdftotext.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
        INFO(read.toStdString());
        CHECK(read.contains(QStringLiteral("行政处罚决定书")));
        CHECK(read.contains(kShared));
        CHECK(read.contains(QStringLiteral("示范县市场监督管理局")));
    }
}
