// The Catch2 main for widget tests. QT_QPA_PLATFORM defaults to offscreen *before* QApplication
// exists: otherwise test discovery at build time dies looking for a display and CTest finds no test.
#define CATCH_CONFIG_RUNNER
#include "Skip.h"

#include <QApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CreditCaseTests"));
    QApplication::setApplicationName(QStringLiteral("creditcase_ui_tests"));
    return creditcase::test::exitCodeOfRun(Catch::Session().run(argc, argv));
}
