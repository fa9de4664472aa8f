#include "RuleEditions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace creditcase::test {

QByteArray editedListTypes(const std::function<void(QJsonObject& listType)>& edit) {
    QFile file(QStringLiteral(":/rules/list-types.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root[QStringLiteral("version")] = 2;
    QJsonArray lists = root.value(QStringLiteral("listTypes")).toArray();
    for (qsizetype i = 0; i < lists.size(); ++i) {
        QJsonObject listType = lists.at(i).toObject();
        edit(listType);
        lists[i] = listType;
    }
    root[QStringLiteral("listTypes")] = lists;
    return QJsonDocument(root).toJson();
}

} // namespace creditcase::test
