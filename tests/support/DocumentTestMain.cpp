// The Catch2 main for the official-document tests: documents are laid out with Qt's text engine, which needs a
// QGuiApplication (fonts); it runs on the offscreen platform, so no display is needed.
#define CATCH_CONFIG_RUNNER
#include "Skip.h"

#include <QGuiApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CreditCaseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("creditcase_document_tests"));
    return creditcase::test::exitCodeOfRun(Catch::Session().run(argc, argv));
}
