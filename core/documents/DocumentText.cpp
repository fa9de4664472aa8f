#include "DocumentText.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace creditcase::documents {

namespace {
QString typeId(DocumentBlock::Type type) {
    switch (type) {
    case DocumentBlock::Type::Heading:
        return QStringLiteral("heading");
    case DocumentBlock::Type::Paragraph:
        return QStringLiteral("paragraph");
    case DocumentBlock::Type::Field:
        return QStringLiteral("field");
    case DocumentBlock::Type::Row:
        return QStringLiteral("row");
    case DocumentBlock::Type::Blank:
        return QStringLiteral("blank");
    }
    return QStringLiteral("paragraph");
}

DocumentBlock::Type typeFrom(const QString& id) {
    if (id == QLatin1String("heading"))
        return DocumentBlock::Type::Heading;
    if (id == QLatin1String("field"))
        return DocumentBlock::Type::Field;
    if (id == QLatin1String("row"))
        return DocumentBlock::Type::Row;
    if (id == QLatin1String("blank"))
        return DocumentBlock::Type::Blank;
    return DocumentBlock::Type::Paragraph;
}
} // namespace

QJsonObject DocumentText::toJson() const {
    QJsonArray list;
    for (const DocumentBlock& block : blocks) {
        QJsonObject item{{QStringLiteral("type"), typeId(block.type)}, {QStringLiteral("text"), block.text}};
        if (!block.label.isEmpty())
            item.insert(QStringLiteral("label"), block.label);
        list.append(item);
    }
    return QJsonObject{{QStringLiteral("kind"), kind},         {QStringLiteral("organ"), organName},
                       {QStringLiteral("title"), title},       {QStringLiteral("number"), number},
                       {QStringLiteral("blocks"), list},       {QStringLiteral("signOrgan"), signOrgan},
                       {QStringLiteral("signDate"), signDate}, {QStringLiteral("seal"), sealText},
                       {QStringLiteral("note"), note}};
}

DocumentText DocumentText::fromJson(const QJsonObject& json) {
    DocumentText text;
    text.kind = json.value(QStringLiteral("kind")).toString();
    text.organName = json.value(QStringLiteral("organ")).toString();
    text.title = json.value(QStringLiteral("title")).toString();
    text.number = json.value(QStringLiteral("number")).toString();
    for (const QJsonValue& value : json.value(QStringLiteral("blocks")).toArray()) {
        const QJsonObject item = value.toObject();
        text.blocks.append(DocumentBlock{typeFrom(item.value(QStringLiteral("type")).toString()),
                                         item.value(QStringLiteral("label")).toString(),
                                         item.value(QStringLiteral("text")).toString()});
    }
    text.signOrgan = json.value(QStringLiteral("signOrgan")).toString();
    text.signDate = json.value(QStringLiteral("signDate")).toString();
    text.sealText = json.value(QStringLiteral("seal")).toString();
    text.note = json.value(QStringLiteral("note")).toString();
    return text;
}

QByteArray DocumentText::serialized() const {
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QString DocumentText::sha256() const {
    return QString::fromLatin1(QCryptographicHash::hash(serialized(), QCryptographicHash::Sha256).toHex());
}

DocumentText DocumentText::withReplacements(const QList<QPair<QString, QString>>& replacements) const {
    const auto apply = [&](QString text) {
        for (const auto& [from, to] : replacements)
            if (!from.isEmpty())
                text.replace(from, to);
        return text;
    };
    DocumentText copy = *this;
    copy.organName = apply(copy.organName);
    copy.title = apply(copy.title);
    for (DocumentBlock& block : copy.blocks) {
        block.label = apply(block.label);
        block.text = apply(block.text);
    }
    copy.signOrgan = apply(copy.signOrgan);
    copy.note = apply(copy.note);
    return copy;
}

QString DocumentText::plainText() const {
    QStringList lines{organName, title, number};
    for (const DocumentBlock& block : blocks)
        lines << (block.label.isEmpty() ? block.text : block.label + QStringLiteral("：") + block.text);
    lines << signOrgan << signDate << note;
    return lines.join(QLatin1Char('\n'));
}

QString chineseDate(const QDate& date) {
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace creditcase::documents
