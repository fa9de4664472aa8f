#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace creditcase::documents {

// The official documents of a case (issue 11; Guiding Opinions IV(8), VI(11)).
enum class DocumentKind {
    Notice,               // 告知书: before designation, the matter, facts, reasons, basis and the party's rights
    ObjectionAnswer,      // 异议答复书
    ReExaminationOpinion, // 复核意见书
    Decision,             // 认定决定书
    RestorationNotice,    // 信用修复告知书, served with the decision
    RestorationDecision,  // 信用修复决定书
    RemovalNotice,        // 移出名单告知书
    ServiceProof,         // 送达回证
};

// "notice", "objection-answer", "reexam-opinion", "decision", "restoration-notice", "restoration-decision",
// "removal", "service-proof" (command line, templates, the documents table).
QString documentKindId(DocumentKind kind);
std::optional<DocumentKind> documentKindFromId(const QString& id);
// Translated name for the user interface ("pre-designation notice").
QString documentKindName(DocumentKind kind);
QList<DocumentKind> allDocumentKinds();

} // namespace creditcase::documents
