#pragma once

#include "CliRunner.h"
#include "TempDir.h"
#include "storage/Vault.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace creditcase::test {

// A vault made with `creditcase-cli init` in a temp dir, with users added through the CLI, for scenarios that
// drive the command line as an office would. Every user's password is kPassword (TestVault.h).
class CliOffice {
public:
    // Administrator "admin" of a county market-regulation bureau in region 110105.
    CliOffice();

    QString vault;
    QString recoveryCode; // as printed by init
    QString passwordFile;

    // Adds a user of the administrator's organ with kPassword (fails the test if it cannot).
    void addUser(const QString& name, const QString& role);
    // Runs a command as `user` with --json (extra: environment, e.g. CREDITCASE_TODAY); parse its output with
    // jsonOf().
    CliOutcome as(const QString& user, const QStringList& command, const QProcessEnvironment& extra = {}) const;
    // The vault with the master key derived from the recovery code, opened through the SQLCipher driver directly
    // (not through Vault): what someone holding the raw key could do to the file. The CLI must not be running.
    void withRawKey(const std::function<void(QSqlDatabase&)>& work) const;
    // The vault opened through the core API as `user` (for setting up data the CLI has no command for yet).
    void asCore(const QString& user, const std::function<void(storage::Vault&)>& work) const;

    QString file(const QString& name) const { return m_dir.file(name); }

private:
    TempDir m_dir;
};

// The JSON object a --json command printed on standard output (empty if none).
QJsonObject jsonOf(const CliOutcome& outcome);

} // namespace creditcase::test
