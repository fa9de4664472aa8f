// Not a test: the tour tests/ui/screenshots.sh runs under Xvfb (hidden tag, so CTest never lists it). It shows the
// dashboard, the case list, the case view and every event form over a WorkflowFixture vault in the language of
// CREDITCASE_SCREENSHOT_LANG and has ImageMagick's `import -window root` take each one into
// CREDITCASE_SCREENSHOT_DIR.
#include "MainWindow.h"
#include "SessionGateway.h"
#include "Translator.h"
#include "UiTestSupport.h"
#include "WorkflowFixture.h"
#include "cases/CaseEventDialog.h"
#include "cases/CaseListPage.h"
#include "cases/CaseTableModel.h"
#include "cases/CaseViewPage.h"
#include "service/CaseService.h"
#include "service/Session.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace creditcase;

namespace {

void snap(const QString& name) {
    for (int i = 0; i < 20; ++i) {
        QTest::qWait(25);
    }
    const QString dir = qEnvironmentVariable("CREDITCASE_SCREENSHOT_DIR");
    const QString lang = qEnvironmentVariable("CREDITCASE_SCREENSHOT_LANG", QStringLiteral("en"));
    const QString file = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(lang, name));
    const int code =
        QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), file});
    CHECK(code == 0);
}

} // namespace

TEST_CASE("Screenshot tour of the case pages and forms", "[.screenshots]") {
    if (qEnvironmentVariableIsEmpty("CREDITCASE_SCREENSHOT_DIR")) {
        SUCCEED("CREDITCASE_SCREENSHOT_DIR not set");
        return;
    }
    ui::Translator::install(qEnvironmentVariable("CREDITCASE_SCREENSHOT_LANG", QStringLiteral("en")));
    test::IsolatedSettings settings;
    test::WorkflowFixture f(QDate(2025, 2, 20));
    const qint64 waiting = f.openCase();
    f.setToday(QDate(2025, 3, 6));
    ui::SessionGateway gateway;
    QString password = QString::fromLatin1(test::kPassword);
    REQUIRE(gateway.unlock(f.vault().path(), QStringLiteral("li.officer"), password).ok());
    ui::MainWindow window(gateway);
    window.setLockAfterMinutes(10);
    window.move(0, 0);
    window.resize(1366, 768);
    window.show();
    snap(QStringLiteral("01-dashboard"));

    window.showPage(window.caseListPage());
    snap(QStringLiteral("02-case-list"));

    window.openCase(waiting);
    snap(QStringLiteral("03-case-view-notice-prepared"));

    // Every form of the workflow, as the officer or supervisor would see it, over the case that is waiting.
    auto file = service::CaseService(*gateway.session()).show(waiting, QString());
    REQUIRE(file);
    const QStringList events{QStringLiteral("serve-notice"),           QStringLiteral("receive-objection"),
                             QStringLiteral("reject-objection"),       QStringLiteral("submit-re-examination"),
                             QStringLiteral("approve-re-examination"), QStringLiteral("decide")};
    int n = 4;
    for (const QString& event : events) {
        service::CaseAction action;
        for (const auto& a : service::CaseActions::forStage(domain::Role::Supervisor, domain::CaseStage::ReExamined))
            if (a.event == event)
                action = a;
        for (const auto& a : service::CaseActions::forStage(domain::Role::Officer, domain::CaseStage::NoticePrepared))
            if (a.event == event)
                action = a;
        if (action.event.isEmpty()) {
            action.event = event;
            action.name = event;
        }
        ui::CaseEventDialog dialog(*gateway.session(), *file, action, &window);
        dialog.move(200, 100);
        dialog.show();
        snap(QStringLiteral("%1-form-%2").arg(n++, 2, 10, QLatin1Char('0')).arg(event));
        dialog.close();
    }

    window.lock();
    snap(QStringLiteral("%1-locked").arg(n++, 2, 10, QLatin1Char('0')));
}
