#include "PdfTools.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace creditcase::test {

namespace {
QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

QString pdfToolsMissing() {
    QStringList missing;
    for (const char* tool : {"pdftotext", "pdffonts", "pdfinfo"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            missing << QLatin1String(tool);
    return missing.isEmpty()
               ? QString()
               : QStringLiteral("poppler-utils not installed (missing %1)").arg(missing.join(QStringLiteral(", ")));
}

// Qt's PDF writer maps some glyphs of the Noto CJK faces to CJK Radicals Supplement code points (⻅ for 见, ⺠ for
// 民), which NFKC leaves alone; the characters that appear in the documents are folded back here.
static QString foldRadicals(QString text) {
    static const QList<QPair<char16_t, char16_t>> radicals{
        {0x2EC5, 0x89C1}, {0x2EA0, 0x6C11}, {0x2EDD, 0x98DF}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2EDA, 0x9875},
        {0x2EE2, 0x9A6C}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2ECB, 0x8F66}, {0x2EC8, 0x8BA0}, {0x2EC9, 0x8D1D},
        {0x2EE5, 0x9C7C}, {0x2EEC, 0x9F50}, {0x2EF0, 0x9F99}, {0x2EC6, 0x89D2}, {0x2E9F, 0x6BCD}, {0x2EA7, 0x725B},
        {0x2EAA, 0x758B}, {0x2EBE, 0x8279}, {0x2ECA, 0x8DB3}, {0x2ED7, 0x96E8}, {0x2EE9, 0x9EC4}, {0x2EEA, 0x9EFE}};
    for (const auto& [from, to] : radicals)
        text.replace(QChar(from), QChar(to));
    return text;
}

QString pdfText(const QString& path, bool layout, int first, int last) {
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << path << QStringLiteral("-");
    return foldRadicals(run(QStringLiteral("pdftotext"), arguments).normalized(QString::NormalizationForm_KC));
}

QString compact(const QString& text) {
    QString result;
    result.reserve(text.size());
    for (const QChar c : text.normalized(QString::NormalizationForm_KC))
        if (!c.isSpace())
            result += c;
    return result;
}

QList<PdfFont> pdfFonts(const QString& path) {
    QList<PdfFont> fonts;
    const QStringList lines = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'));
    // name, type (may contain spaces), encoding, emb, sub, uni, object, generation
    static const QRegularExpression row(
        QStringLiteral("^(\\S+)\\s+(.+?)\\s+(\\S+)\\s+(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
    for (const QString& line : lines) {
        const auto match = row.match(line);
        if (match.hasMatch())
            fonts.append(PdfFont{match.captured(1), match.captured(2), match.captured(4) == QLatin1String("yes")});
    }
    return fonts;
}

PdfInfo pdfInfo(const QString& path) {
    PdfInfo info;
    const QString text = run(QStringLiteral("pdfinfo"), {path});
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    static const QRegularExpression size(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption);
    if (const auto m = pages.match(text); m.hasMatch())
        info.pages = m.captured(1).toInt();
    if (const auto m = size.match(text); m.hasMatch())
        info.pageSizePoints = QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    return info;
}

} // namespace creditcase::test
