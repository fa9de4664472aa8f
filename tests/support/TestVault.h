#pragma once

#include "storage/Vault.h"

#include <QString>

#include <memory>

namespace creditcase::test {

// A vault in a temp dir with an administrator "admin" (organ in region 110105) and the cheapest Argon2id
// parameters. kPassword is every test user's password.
inline const char* const kPassword = "correct horse battery";

struct TestVault {
    std::unique_ptr<storage::Vault> vault;
    QString recoveryCode;
    QString path;
};

TestVault createTestVault(const QString& path, const QString& admin = QStringLiteral("admin"));
crypto::SecretBytes secret(const char* text);
std::unique_ptr<storage::Vault> openAs(const QString& path, const QString& user, const char* password = kPassword);

// Entry points that CoreTestMain runs when the test binary is started as a helper child process:
//   --crash-writer VAULT USER PASSWORD   appends audit entries in a loop, printing each committed seq
//   --hold VAULT USER PASSWORD           opens the vault, prints "ready", waits until stdin closes
//   --writer VAULT USER PASSWORD N [--die]  N audit entries, each in its own transaction, printing each
//                                        committed seq; --die exits without closing anything
int runChildRole(int argc, char* argv[]);

} // namespace creditcase::test
