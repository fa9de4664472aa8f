// Unlock time of a real vault: Argon2id (the default, interactive parameters) + unwrapping + opening the
// SQLCipher file + proving the key + migrations check. Prints figures; never fails on speed.
#include "TempDir.h"
#include "TestVault.h"

#include "crypto/KdfParams.h"
#include "storage/Vault.h"
#include "workflow/UserAdministration.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace creditcase;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("bench.vault"));
    workflow::UserAdministration::NewUser admin{QStringLiteral("admin"), domain::Role::Administrator,
                                                QStringLiteral("Bench County"), domain::OrganLevel::County,
                                                QStringLiteral("110105")};
    auto created = storage::Vault::create(path, QStringLiteral("admin"), test::secret(test::kPassword),
                                          crypto::KdfParams::interactive(),
                                          workflow::UserAdministration::firstAdministrator(admin));
    if (!created) {
        std::fprintf(stderr, "cannot create the vault: %s\n", qPrintable(created.error().message));
        return 1;
    }
    const QString code = created->recoveryCode.formatted();
    created->vault->close();

    const auto measure = [](auto&& open) {
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            open();
            times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        return times[times.size() / 2];
    };
    const double withPassword = measure([&] {
        auto vault = storage::Vault::open(path, storage::Vault::Credential::withPassword(QStringLiteral("admin"),
                                                                                        test::secret(test::kPassword)));
        if (!vault) {
            std::fprintf(stderr, "unlock failed: %s\n", qPrintable(vault.error().message));
        }
    });
    const double withCode = measure([&] {
        auto parsed = crypto::RecoveryCode::parse(code);
        auto vault = storage::Vault::open(path, storage::Vault::Credential::withRecoveryCode(parsed.take()));
    });
    const auto kdf = crypto::KdfParams::interactive();
    std::printf("Vault unlock (median of 5)\n");
    std::printf("  Argon2id parameters: %llu passes, %llu MiB\n", static_cast<unsigned long long>(kdf.opsLimit),
                static_cast<unsigned long long>(kdf.memLimitBytes / (1024 * 1024)));
    std::printf("  unlock with password:       %8.1f ms\n", withPassword);
    std::printf("  unlock with recovery code:  %8.1f ms  (no Argon2id: the code carries 160 bits)\n", withCode);
    return 0;
}
