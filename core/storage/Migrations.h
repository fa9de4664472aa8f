#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace creditcase::storage {

// Schema migrations shipped as resources/migrations/NNNN_name.sql (embedded as ":/migrations/").
// Each migration runs in one transaction together with the bump of PRAGMA user_version, so a crash
// leaves the schema at the old or at the new version, never in between.
class Migrations {
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    struct Script {
        int version = 0;
        QString name;
        QByteArray sql;
    };

    // All scripts, ordered by version; the version of the last one is latestVersion().
    static QList<Script> scripts();
    static int latestVersion();

    static Result<int> currentVersion(QSqlDatabase& db);

    // Brings the schema up to targetVersion (default: latest). Refuses a vault written by a newer
    // CreditCase (its version is above what this build knows) rather than guessing.
    static Status migrate(QSqlDatabase& db, int targetVersion = -1);
};

} // namespace creditcase::storage
