#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace creditcase::storage {

// Files CreditCase keeps beside a vault (session markers, the head file, backups, the backup index) are
// readable by their owner only: mode 0600 for files and 0700 for folders, whatever the umask. None of these
// functions ever opens the vault database itself or its -wal/-shm (field-notes F.1).
class PrivateFile {
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)

public:
    PrivateFile() = delete;

    /* Replaces path with bytes atomically: a temporary file (0600) in the same folder is written, flushed to
       disk (fsync) and renamed over path. On any failure (disk full included) path keeps its earlier content
       and the temporary file is removed. */
    static Status writeAtomically(const QString& path, const QByteArray& bytes);

    // Creates the folder (0700) if it is missing and takes group and other permissions away from it.
    static bool makePrivateDirectory(const QString& path);

    // Takes group and other permissions away from an existing file (chmod; no descriptor is opened).
    static void restrictToOwner(const QString& path);
};

} // namespace creditcase::storage
