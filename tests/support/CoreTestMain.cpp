// The Catch2 main for core tests: a QCoreApplication exists (QSqlDatabase and translations need one),
// and Argon2id runs with its cheapest parameters unless a test asks otherwise.
#define CATCH_CONFIG_RUNNER
#include "Skip.h"
#include "TestVault.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
    // Started as a helper child process by a fault test (SIGKILL mid-write, a second process holding the vault)?
    if (const int child = creditcase::test::runChildRole(argc, argv); child >= 0) {
        return child;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CreditCaseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("creditcase_tests"));
    return creditcase::test::exitCodeOfRun(Catch::Session().run(argc, argv));
}
