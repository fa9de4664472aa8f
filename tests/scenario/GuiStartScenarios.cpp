// Scripted starts of the GUI binary (creditcase --vault F --user U --pw-stdin), offscreen.
#include "CliRunner.h"
#include "TempDir.h"
#include "TestVault.h"

#include <QProcess>

#include <catch2/catch.hpp>

using namespace creditcase::test;

SCENARIO("A scripted GUI start with a wrong password exits 4 and changes nothing")
{
    GIVEN("a vault")
    {
        TempDir dir;
        auto created = createTestVault(dir.file(QStringLiteral("gui.vault")));
        created.vault->close();
        const QByteArray before = sha256OfFile(created.path);
        const QByteArray keysBefore = sha256OfFile(created.path + QStringLiteral(".keys"));
        WHEN("creditcase is started with --pw-stdin and a wrong password")
        {
            QProcess gui;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("CREDITCASE_LANG"), QStringLiteral("en"));
            gui.setProcessEnvironment(env);
            gui.start(QStringLiteral(CREDITCASE_GUI_PATH), {QStringLiteral("--vault"), created.path, QStringLiteral("--user"),
                                                            QStringLiteral("admin"), QStringLiteral("--pw-stdin")});
            REQUIRE(gui.waitForStarted());
            gui.write("not the password\n");
            gui.closeWriteChannel();
            REQUIRE(gui.waitForFinished(60000));
            THEN("it says why, exits 4 and leaves vault and key file as they were")
            {
                CHECK(gui.exitCode() == 4);
                CHECK_FALSE(gui.readAllStandardError().isEmpty());
                CHECK(sha256OfFile(created.path) == before);
                CHECK(sha256OfFile(created.path + QStringLiteral(".keys")) == keysBefore);
            }
        }
    }
}
