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

QString pdfText(const QString& path, bool layout, int first, int last) {
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << path << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments).normalized(QString::NormalizationForm_KC);
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
