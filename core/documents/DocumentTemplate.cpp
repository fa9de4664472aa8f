#include "DocumentTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace creditcase::documents {

const QString DocumentTemplate::organTemplateName = QStringLiteral("organ");

namespace {
const QStringList kBlockTypes{QStringLiteral("heading"), QStringLiteral("paragraph"), QStringLiteral("field"),
                              QStringLiteral("row"), QStringLiteral("blank")};

const QRegularExpression& placeholderPattern() {
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z][A-Za-z0-9_.]*)\\}"));
    return pattern;
}

DocumentBlock::Type blockType(const QString& id) {
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

Result<DocumentTemplate> DocumentTemplate::parse(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error::usage(
            tr("The template is not a JSON object (%1 at character %2).").arg(error.errorString()).arg(error.offset));
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("name")).toString().isEmpty())
        return Error::usage(tr("The template has no \"name\"."));
    const QJsonArray blocks = object.value(QStringLiteral("blocks")).toArray();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QJsonObject block = blocks.at(i).toObject();
        const QString type = block.value(QStringLiteral("type")).toString(QStringLiteral("paragraph"));
        if (!kBlockTypes.contains(type))
            return Error::usage(tr("Block %1 of the template has the unknown type \"%2\" (known: %3).")
                                    .arg(i + 1)
                                    .arg(type, kBlockTypes.join(QStringLiteral(", "))));
        if (type != QLatin1String("blank") && !block.contains(QStringLiteral("text")))
            return Error::usage(tr("Block %1 of the template has no \"text\".").arg(i + 1));
    }
    return DocumentTemplate(object);
}

Result<DocumentTemplate> DocumentTemplate::builtIn(const QString& name) {
    QFile file(QStringLiteral(":/documents/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return Error::corrupt(tr("The built-in document template \"%1\" is missing from this program.").arg(name));
    auto parsed = parse(file.readAll());
    if (!parsed)
        return Error::corrupt(
            tr("The built-in document template \"%1\" is damaged: %2").arg(name, parsed.error().message));
    return parsed;
}

QByteArray DocumentTemplate::text() const {
    return QJsonDocument(m_json).toJson(QJsonDocument::Indented);
}

QSet<QString> DocumentTemplate::placeholders() const {
    QSet<QString> keys;
    const auto scan = [&](const QString& text) {
        auto it = placeholderPattern().globalMatch(text);
        while (it.hasNext())
            keys.insert(it.next().captured(1));
    };
    for (auto it = m_json.begin(); it != m_json.end(); ++it)
        if (it->isString())
            scan(it->toString());
    for (const QJsonValue& value : m_json.value(QStringLiteral("blocks")).toArray()) {
        const QJsonObject block = value.toObject();
        scan(block.value(QStringLiteral("text")).toString());
        scan(block.value(QStringLiteral("label")).toString());
        for (const char* condition : {"when", "unless"})
            if (const QString key = block.value(QLatin1String(condition)).toString(); !key.isEmpty())
                keys.insert(key);
    }
    return keys;
}

QSet<QString> DocumentTemplate::listKeys() const {
    QSet<QString> keys;
    for (const QJsonValue& value : m_json.value(QStringLiteral("blocks")).toArray())
        if (const QString each = value.toObject().value(QStringLiteral("each")).toString(); !each.isEmpty())
            keys.insert(each);
    return keys;
}

QString DocumentTemplate::span(const QString& modeId, int count) const {
    QString pattern = m_json.value(QStringLiteral("units")).toObject().value(modeId).toString();
    if (pattern.isEmpty())
        pattern = QStringLiteral("{n} ") + modeId;
    return QString(pattern).replace(QStringLiteral("{n}"), QString::number(count));
}

QString DocumentTemplate::fill(const QString& text, const QHash<QString, QString>& values) {
    QString result;
    result.reserve(text.size() + 32);
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += values.value(match.captured(1));
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

DocumentText DocumentTemplate::compose(const DocumentTemplate& organ, const DocumentValues& input) const {
    const QHash<QString, QString>& values = input.values;
    DocumentText text;
    text.kind = name();
    text.organName = fill(organ.field(QStringLiteral("organName")), values);
    text.title = fill(field(QStringLiteral("title")), values);
    text.signOrgan = fill(organ.field(QStringLiteral("signOrgan")), values);
    text.sealText = fill(organ.field(QStringLiteral("sealText")), values);
    text.note = fill(organ.field(QStringLiteral("note")), values);
    text.signDate = values.value(QStringLiteral("document.date"));
    if (!m_json.value(QStringLiteral("signature")).toBool(true)) {
        text.signOrgan.clear();
        text.signDate.clear();
        text.sealText.clear();
    }
    text.number = values.value(QStringLiteral("document.number"));

    for (const QJsonValue& value : m_json.value(QStringLiteral("blocks")).toArray()) {
        const QJsonObject block = value.toObject();
        const QString when = block.value(QStringLiteral("when")).toString();
        if (!when.isEmpty() && values.value(when).isEmpty() && input.lists.value(when).isEmpty())
            continue;
        const QString unless = block.value(QStringLiteral("unless")).toString();
        if (!unless.isEmpty() && !(values.value(unless).isEmpty() && input.lists.value(unless).isEmpty()))
            continue;
        const DocumentBlock::Type type =
            blockType(block.value(QStringLiteral("type")).toString(QStringLiteral("paragraph")));
        const QString label = block.value(QStringLiteral("label")).toString();
        const QString body = block.value(QStringLiteral("text")).toString();
        const QString each = block.value(QStringLiteral("each")).toString();
        if (each.isEmpty()) {
            text.blocks.append(DocumentBlock{type, fill(label, values), fill(body, values)});
            continue;
        }
        const auto items = input.lists.value(each);
        for (qsizetype i = 0; i < items.size(); ++i) {
            QHash<QString, QString> scoped = values;
            for (auto field = items.at(i).begin(); field != items.at(i).end(); ++field)
                scoped.insert(QStringLiteral("item.") + field.key(), field.value());
            scoped.insert(QStringLiteral("item.n"), QString::number(i + 1));
            text.blocks.append(DocumentBlock{type, fill(label, scoped), fill(body, scoped)});
        }
    }
    return text;
}

} // namespace creditcase::documents
