#include "VaultService.h"

#include "workflow/UserAdministration.h"

#include <QDir>

namespace creditcase::service {

namespace {

QString vaultObject() {
    return QStringLiteral("vault");
}

QString problemOf(const Status& recorded) {
    return recorded ? QString() : recorded.error().message;
}

} // namespace

VaultService::VaultService(Session& session)
    : m_session(session) {}

Result<VaultService::Created> VaultService::create(const QString& path,
                                                   const workflow::UserAdministration::NewUser& administrator,
                                                   const crypto::SecretBytes& password, const crypto::KdfParams& kdf) {
    using workflow::UserAdministration;
    if (Status valid = UserAdministration::validate(administrator); !valid) {
        return valid.error();
    }
    if (Status strong = UserAdministration::checkPasswordStrength(password); !strong) {
        return strong.error();
    }
    auto created = storage::Vault::create(path, administrator.name, password, kdf,
                                          UserAdministration::firstAdministrator(administrator));
    if (!created) {
        return created.error();
    }
    return Created{created->vault->path(), administrator.name, std::move(created->recoveryCode)};
}

Status VaultService::validateFirstAdministrator(const workflow::UserAdministration::NewUser& administrator,
                                                const crypto::SecretBytes& password) {
    using workflow::UserAdministration;
    if (Status valid = UserAdministration::validate(administrator); !valid) {
        return valid;
    }
    return UserAdministration::checkPasswordStrength(password);
}

Result<VaultService::Check> VaultService::check() {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    storage::Vault& vault = m_session.vault();
    Check report;
    if (vault.openedWithRecoveryCode()) {
        report.keyFileProblem = vault.keyFileProblem();
    }
    report.integrity = vault.checkIntegrity();
    QSqlDatabase db = vault.database();
    report.chain = audit::AuditLog::verify(db);
    return report;
}

Result<VaultService::Done> VaultService::backup(const QString& outPath, const Progress& progress) {
    const QString event = QStringLiteral("vault.backup");
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    if (auto user = m_session.actor(); !user) {
        return m_session.refuse(event, vaultObject(), user.error());
    }
    const QString step = tr("writing the backup");
    if (!progress.proceed(0, 1, step)) {
        return Progress::cancelled();
    }
    if (Status done = m_session.vault().backup(outPath); !done) {
        return done.error();
    }
    (void)progress.proceed(1, 1, step); // written: a cancel now comes too late
    const Status recorded =
        m_session.record(event, vaultObject(), {{QStringLiteral("file"), QDir::toNativeSeparators(outPath)}});
    m_session.notifyChanged(QStringLiteral("audit"));
    return Done{problemOf(recorded)};
}

std::optional<storage::Vault::BackupRecord> VaultService::lastBackup() const {
    if (!m_session.isUnlocked())
        return std::nullopt;
    return storage::Vault::latestBackup(m_session.vault().path());
}

Result<VaultService::Rekeyed> VaultService::rekey() {
    const QString event = QStringLiteral("vault.rekey");
    auto admin = m_session.requireRole({domain::Role::Administrator}, event, vaultObject(),
                                       tr("Only an administrator may rekey the vault; %1 is a %2."));
    if (!admin) {
        return admin.error();
    }
    auto code = m_session.vault().rekey();
    if (!code) {
        return code.error();
    }
    const Status recorded = m_session.record(event, vaultObject());
    m_session.notifyChanged(QStringLiteral("vault"));
    return Rekeyed{code.take(), problemOf(recorded)};
}

Result<VaultService::Done> VaultService::restore(const QString& vaultPath, const QString& backupPath,
                                                 const storage::Vault::Credential& credential) {
    const QString event = QStringLiteral("vault.restore");
    const QString user = credential.userName;
    const bool viaCode = credential.usesRecoveryCode();
    // Read in the backup, as it was on its day: the users of today may differ.
    const auto authorise = [user, viaCode](QSqlDatabase& db) -> Status {
        if (viaCode) {
            return {};
        }
        auto administrator = workflow::UserAdministration::isActiveAdministrator(db, user);
        if (!administrator) {
            return administrator.error();
        }
        if (!*administrator) {
            return Error::refused(tr("Only an administrator (in the backup) or the recovery code may restore a "
                                     "backup."));
        }
        return {};
    };
    const QJsonObject payload{{QStringLiteral("from"), QDir::toNativeSeparators(backupPath)}};
    if (Status done = storage::Vault::restore(vaultPath, backupPath, credential, authorise); !done) {
        if (done.error().kind != ErrorKind::Refused) {
            return done.error();
        }
        // The vault is unchanged; record the refusal there if the same credential still opens it.
        auto current = Session::unlock(vaultPath, credential);
        if (!current) {
            return done.error();
        }
        return (*current)->refuse(event, vaultObject(), done.error());
    }
    // Record the restore in the restored vault's own chain.
    auto reopened = Session::unlock(vaultPath, credential);
    if (!reopened) {
        return Done{
            tr("The restored vault could not be opened to record the restore: %1").arg(reopened.error().message)};
    }
    return Done{problemOf((*reopened)->record(event, vaultObject(), payload))};
}

Result<VaultService::Accepted> VaultService::acceptMissingHead(const QString& vaultPath,
                                                               const storage::Vault::Credential& credential) {
    if (credential.usesRecoveryCode()) {
        return Error::refused(tr("Only an administrator, with a user name and password, may accept a vault whose "
                                 "head file is missing."));
    }
    storage::Vault::OpenOptions options;
    options.acceptMissingHead = true;
    auto session = Session::unlock(vaultPath, credential, options);
    if (!session) {
        return session.error();
    }
    const auto accepted = (*session)->vault().missingHeadAccepted();
    if (!accepted) {
        return Error::refused(tr("The head file of this vault is present; there is nothing to accept."));
    }
    // Checked without recording: recording a refusal would write the head this decision is about.
    if (auto admin = (*session)->checkRole({domain::Role::Administrator},
                                           tr("%1 (%2) may not accept a vault whose head file is missing; only an "
                                              "administrator may."));
        !admin) {
        return admin.error();
    }
    const Status recorded = (*session)->record(QStringLiteral("vault.head-accepted"), vaultObject(),
                                               {{QStringLiteral("changes"), QString::number(*accepted)}});
    if (!recorded) {
        return recorded.error(); // rolled back: no head was written, nothing is accepted
    }
    return Accepted{*accepted};
}

} // namespace creditcase::service
