#include "TestVault.h"

#include "audit/AuditLog.h"
#include "workflow/UserAdministration.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <stdexcept>

namespace creditcase::test {

crypto::SecretBytes secret(const char* text)
{
    return crypto::SecretBytes::copyOf(text, std::strlen(text));
}

TestVault createTestVault(const QString& path, const QString& admin)
{
    workflow::UserAdministration::NewUser administrator{admin, domain::Role::Administrator,
                                                        QStringLiteral("Test County Market Regulation Bureau"),
                                                        domain::OrganLevel::County, QStringLiteral("110105")};
    auto created = storage::Vault::create(path, admin, secret(kPassword), crypto::KdfParams::cheapestForTests(),
                                          workflow::UserAdministration::firstAdministrator(administrator));
    if (!created) {
        throw std::runtime_error(created.error().message.toStdString());
    }
    TestVault result;
    result.recoveryCode = created->recoveryCode.formatted();
    result.vault = std::move(created->vault);
    result.path = path;
    return result;
}

std::unique_ptr<storage::Vault> openAs(const QString& path, const QString& user, const char* password)
{
    auto vault = storage::Vault::open(path, storage::Vault::Credential::withPassword(user, secret(password)));
    if (!vault) {
        throw std::runtime_error(vault.error().message.toStdString());
    }
    return vault.take();
}

int runChildRole(int argc, char* argv[])
{
    if (argc < 5) {
        return -1;
    }
    const QString role = QString::fromLocal8Bit(argv[1]);
    if (role != QStringLiteral("--crash-writer") && role != QStringLiteral("--hold") &&
        role != QStringLiteral("--writer")) {
        return -1;
    }
    // --writer VAULT USER PASSWORD COUNT [--die]: COUNT writes, then a normal close, or with --die an exit
    // that closes nothing (the -wal stays behind, as after a crash).
    const int count = role == QStringLiteral("--writer") && argc >= 6 ? std::atoi(argv[5]) : -1;
    const bool die = argc >= 7 && std::strcmp(argv[6], "--die") == 0;
    QCoreApplication app(argc, argv);
    auto vault = storage::Vault::open(QString::fromLocal8Bit(argv[2]),
                                      storage::Vault::Credential::withPassword(QString::fromLocal8Bit(argv[3]),
                                                                               secret(argv[4])));
    if (!vault) {
        std::cerr << vault.error().message.toStdString() << std::endl;
        return 10;
    }
    if (role == QStringLiteral("--hold")) {
        std::cout << "ready" << std::endl;
        std::string line;
        while (std::getline(std::cin, line)) {
        }
        return 0;
    }
    for (int i = 0; count < 0 || i < count; ++i) {
        qint64 committed = 0;
        Status done = (*vault)->transact([&](QSqlDatabase& db) -> Status {
            auto position = audit::AuditLog::append(db, QStringLiteral("writer"), QStringLiteral("test.write"),
                                                    QStringLiteral("row:%1").arg(i),
                                                    {{QStringLiteral("marker"), QStringLiteral("row %1").arg(i)}});
            if (!position) {
                return position.error();
            }
            committed = position->seq;
            return {};
        });
        if (!done) {
            std::cerr << done.error().message.toStdString() << std::endl;
            return 11;
        }
        std::cout << committed << std::endl; // printed only after the commit returned
    }
    if (die) {
        std::_Exit(0);
    }
    return 0;
}

} // namespace creditcase::test
