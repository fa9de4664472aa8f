#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace creditcase::storage {

// One backup = one file that carries everything needed to open it: a short header (format, vault id,
// time, schema version, and the key-slot file of that day, whose slots are themselves encrypted),
// followed by the vault's encrypted pages. So a backup made months ago opens with the recovery code
// or with the passwords of that day, even when it travels alone on a USB stick.
//
//   "CCBACKUP" | u32 format | u32 header length | header (compact JSON) | encrypted SQLCipher file
class BackupFile {
    Q_DECLARE_TR_FUNCTIONS(BackupFile)

public:
    QString vaultId;
    QDateTime createdAt;
    int schemaVersion = 0;
    QByteArray keySlotFile; // the KeySlotFile bytes as they were when the backup was made
    QByteArray database;    // encrypted SQLCipher pages, exactly as on disk

    QByteArray serialize() const;
    static Result<BackupFile> parse(const QByteArray& bytes, const QString& fileName);
    static Result<BackupFile> read(const QString& path);
};

} // namespace creditcase::storage
