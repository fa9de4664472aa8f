#include "DocumentKind.h"

#include <QCoreApplication>

namespace creditcase::documents {

namespace {
struct KindRow {
    DocumentKind kind;
    const char* id;
    const char* name;
};
constexpr KindRow kKinds[] = {
    {DocumentKind::Notice, "notice", QT_TRANSLATE_NOOP("DocumentKind", "pre-designation notice")},
    {DocumentKind::ObjectionAnswer, "objection-answer", QT_TRANSLATE_NOOP("DocumentKind", "objection answer")},
    {DocumentKind::ReExaminationOpinion, "reexam-opinion", QT_TRANSLATE_NOOP("DocumentKind", "re-examination opinion")},
    {DocumentKind::Decision, "decision", QT_TRANSLATE_NOOP("DocumentKind", "designation decision")},
    {DocumentKind::RestorationNotice, "restoration-notice",
     QT_TRANSLATE_NOOP("DocumentKind", "credit restoration notice")},
    {DocumentKind::RestorationDecision, "restoration-decision",
     QT_TRANSLATE_NOOP("DocumentKind", "credit restoration decision")},
    {DocumentKind::RemovalNotice, "removal", QT_TRANSLATE_NOOP("DocumentKind", "notice of removal from the list")},
    {DocumentKind::ServiceProof, "service-proof", QT_TRANSLATE_NOOP("DocumentKind", "proof of service")},
};
} // namespace

QString documentKindId(DocumentKind kind) {
    for (const auto& row : kKinds)
        if (row.kind == kind)
            return QString::fromLatin1(row.id);
    return {};
}

std::optional<DocumentKind> documentKindFromId(const QString& id) {
    for (const auto& row : kKinds)
        if (id == QLatin1String(row.id))
            return row.kind;
    return std::nullopt;
}

QString documentKindName(DocumentKind kind) {
    for (const auto& row : kKinds)
        if (row.kind == kind)
            return QCoreApplication::translate("DocumentKind", row.name);
    return {};
}

QList<DocumentKind> allDocumentKinds() {
    QList<DocumentKind> kinds;
    for (const auto& row : kKinds)
        kinds << row.kind;
    return kinds;
}

} // namespace creditcase::documents
