#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace creditcase::domain {

// A scanned paper kept inside the encrypted vault (never copied beside it): the scan of a basis document, a
// commitment letter (修复承诺书) or evidence for a restoration application.
struct Attachment {
    qint64 id = 0;
    QString ownerKind; // "basis", "restoration", "case"
    qint64 ownerId = 0;
    QString role;     // "scan", "commitment-letter", "evidence"
    QString fileName; // the name the file had, for display only
    qint64 size = 0;
    QString sha256;     // hex digest of the content
    QByteArray content; // empty when listed without content
    QDateTime addedAt;
    QString addedBy;
};

} // namespace creditcase::domain
