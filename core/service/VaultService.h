#pragma once

#include "Result.h"
#include "audit/AuditLog.h"
#include "crypto/KdfParams.h"
#include "crypto/RecoveryCode.h"
#include "crypto/SecretBytes.h"
#include "service/Progress.h"
#include "service/Session.h"
#include "storage/Vault.h"
#include "workflow/UserAdministration.h"

#include <QCoreApplication>

namespace creditcase::service {

// Keeping the vault itself: creating it, checking it, backing it up, restoring and rekeying it. Each act that
// changes something is recorded in the audit chain by this service and the result of recording is checked: an
// act that happened but could not be recorded says so (auditProblem) instead of passing silently.
class VaultService {
    Q_DECLARE_TR_FUNCTIONS(VaultService)

public:
    explicit VaultService(Session& session);

    struct Created {
        QString path;
        QString administrator;
        crypto::RecoveryCode recoveryCode;
    };
    /* Creates a new vault with its first administrator (validated, with a strong enough password) and the built-in
       rule data. Nothing is left behind when it fails. */
    static Result<Created> create(const QString& path, const workflow::UserAdministration::NewUser& administrator,
                                  const crypto::SecretBytes& password, const crypto::KdfParams& kdf);
    /* The checks create() makes of the first administrator and the password, without creating anything: a client
       asks before it closes the vault it has open. Usage error with the reason, as create() would return it. */
    static Status validateFirstAdministrator(const workflow::UserAdministration::NewUser& administrator,
                                             const crypto::SecretBytes& password);

    struct Check {
        QString keyFileProblem; // set only for a recovery-code session whose key file needs rewriting
        Status integrity;
        audit::AuditLog::Verification chain;
        bool intact() const { return integrity.ok() && chain.intact; }
    };
    /* Integrity of the database and of the audit chain, for any user and for the recovery code. Writes nothing,
       so it can run on a damaged vault without changing what it inspects. */
    Result<Check> check();

    struct Done {
        QString auditProblem; // empty when the act is in the audit chain
    };
    /* Writes a verified backup to outPath ("vault.backup"). Any named user; refused for the recovery code. On a
       failed backup nothing is recorded and the earlier file is intact. `progress` hears when writing starts and
       ends; a cancel is honoured until writing starts (Progress::cancelled(), nothing written or recorded). The
       writing itself is one atomic step of Vault::backup (a temporary file renamed into place), so it is never
       left half-done. */
    Result<Done> backup(const QString& outPath, const Progress& progress = Progress::none());

    // The latest backup recorded for the session's vault on this computer (where and when), if any; reads only the
    // backup index beside the vault. nullopt also when the session is locked.
    std::optional<storage::Vault::BackupRecord> lastBackup() const;

    struct Rekeyed {
        crypto::RecoveryCode recoveryCode;
        QString auditProblem; // empty when the rekey is in the audit chain
    };
    /* New master key and recovery code ("vault.rekey"). Administrators only; a refusal is recorded as
       "vault.rekey.refused" and changes nothing else. Once the key has changed the new recovery code is always
       returned, because it is the only one that works; a failure to record the act is reported with it. */
    Result<Rekeyed> rekey();

    /* Replaces the vault with a backup ("vault.restore", recorded in the restored vault's chain). A password must
       belong to a user who was an active administrator on the day of the backup; the recovery code of that day
       may always restore. A refusal leaves the vault as it was and is recorded there ("vault.restore.refused")
       when the credential still opens it. */
    static Result<Done> restore(const QString& vaultPath, const QString& backupPath,
                                const storage::Vault::Credential& credential);

    struct Accepted {
        quint64 changes = 0; // the saved changes the vault holds, now guarded by a new head file
    };
    /* An administrator's decision that a vault whose head file is missing is complete as it is
       ("vault.head-accepted", with the number of changes it holds). The head is written again by the transaction
       that records it, so the decision exists only if it is in the audit chain. Refused, with nothing written, for
       anyone but an active administrator (password only) and when the head file is not missing. */
    static Result<Accepted> acceptMissingHead(const QString& vaultPath, const storage::Vault::Credential& credential);

private:
    Session& m_session;
};

} // namespace creditcase::service
