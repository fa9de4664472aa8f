#include "CliOffice.h"

#include "TestVault.h"
#include "crypto/RecoveryCode.h"
#include "storage/SqlCipherDriver.h"

#include <QJsonDocument>
#include <QUuid>
#include <stdexcept>

namespace creditcase::test {

namespace {
const QString kAdmin = QStringLiteral("admin");
const QString kOrgan = QStringLiteral("北京市东城区市场监督管理局");
// Support code throws (as TestVault does); Catch2 reports the message as the test's failure.
void require(bool condition, const QString& what, const CliOutcome& outcome = {}) {
    if (!condition) {
        throw std::runtime_error((what + QStringLiteral(": ") + outcome.err).toStdString());
    }
}

} // namespace

CliOffice::CliOffice() {
    vault = m_dir.file(QStringLiteral("county.vault"));
    passwordFile = writeFile(m_dir.file(QStringLiteral("password.txt")), QByteArray(kPassword) + '\n');
    const auto init = runCli({QStringLiteral("--vault"), vault, QStringLiteral("--password-file"), passwordFile,
                              QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--admin"), kAdmin,
                              QStringLiteral("--organ"), kOrgan, QStringLiteral("--organ-level"),
                              QStringLiteral("county"), QStringLiteral("--region"), QStringLiteral("110105")});
    require(init.exitCode == 0, QStringLiteral("init failed"), init);
    recoveryCode = jsonOf(init).value(QStringLiteral("recovery_code")).toString();
    require(!recoveryCode.isEmpty(), QStringLiteral("init printed no recovery code"), init);
}

void CliOffice::addUser(const QString& name, const QString& role) {
    const auto added = as(kAdmin, {QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role,
                                   QStringLiteral("--organ"), kOrgan, QStringLiteral("--organ-level"),
                                   QStringLiteral("county"), QStringLiteral("--region"), QStringLiteral("110105"),
                                   QStringLiteral("--initial-password-file"), passwordFile});
    require(added.exitCode == 0, QStringLiteral("user add %1 failed").arg(name), added);
}

CliOutcome CliOffice::as(const QString& user, const QStringList& command, const QProcessEnvironment& extra) const {
    return runCli(QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--user"), user,
                              QStringLiteral("--password-file"), passwordFile, QStringLiteral("--json")} +
                      command,
                  {}, extra);
}

void CliOffice::withRawKey(const std::function<void(QSqlDatabase&)>& work) const {
    auto code = crypto::RecoveryCode::parse(recoveryCode);
    require(code.ok(), QStringLiteral("the recovery code does not parse"));
    const QString connection = QStringLiteral("raw-key-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool opened = false;
    {
        auto* driver = new storage::SqlCipherDriver;
        QByteArray key = code->masterKey().toByteArrayUnsafe();
        driver->setRawKey(key);
        crypto::wipe(key);
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, connection);
        db.setDatabaseName(vault);
        opened = db.open();
        if (opened) {
            work(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    require(opened, QStringLiteral("the vault does not open with the raw key"));
}

void CliOffice::asCore(const QString& user, const std::function<void(storage::Vault&)>& work) const {
    auto opened = openAs(vault, user);
    work(*opened);
}

QJsonObject jsonOf(const CliOutcome& outcome) {
    return QJsonDocument::fromJson(outcome.out.toUtf8()).object();
}

} // namespace creditcase::test
