#pragma once

#include "Result.h"
#include "domain/Attachment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>

namespace creditcase::workflow {

// Scanned papers kept as BLOBs inside the encrypted vault (never copied beside it): scans of basis documents,
// commitment letters and evidence of restoration applications.
class AttachmentStore {
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    // The content of a file given on the command line or picked in a dialog; the name is kept for display.
    struct File {
        QString fileName;
        QByteArray content;
    };

    // Reads a file the user named. NotFound/Failure with the path in the message; refused when it is empty.
    static Result<File> readFile(const QString& path);

    /* Stores one attachment (inside the caller's transaction); returns it without its content. */
    static Result<domain::Attachment> store(QSqlDatabase& db, const QString& ownerKind, qint64 ownerId,
                                            const QString& role, const File& file, const QString& actor);
    // The attachments of an owner, without their content (size and digest only).
    static Result<QList<domain::Attachment>> list(QSqlDatabase& db, const QString& ownerKind, qint64 ownerId);
    // One attachment with its content.
    static Result<domain::Attachment> fetch(QSqlDatabase& db, qint64 attachmentId);
};

} // namespace creditcase::workflow
