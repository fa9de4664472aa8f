// Screenshots of the New work and Administration pages and dialogs, for a person to look at (tests/ui/
// screenshots_work.sh runs this under Xvfb in each language). Hidden from CTest ([.]): it needs an X display and
// ImageMagick's `import`, and it asserts nothing about pixels.
#include "Translator.h"
#include "UiTestSupport.h"
#include "WorkflowFixture.h"
#include "admin/AuditPage.h"
#include "admin/RulesBrowserPage.h"
#include "admin/UserDialog.h"
#include "admin/UsersBackupsPage.h"
#include "service/CaseService.h"
#include "service/RuleService.h"
#include "service/Session.h"
#include "work/NewCaseDialog.h"
#include "work/NewRecordDialog.h"
#include "work/NewSubjectDialog.h"
#include "work/RestorationApplicationDialog.h"
#include "work/RestorationPage.h"
#include "work/StandardStepDialog.h"
#include "work/StandardsPage.h"
#include "workflow/SubjectRegister.h"

#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QTranslator>
#include <QVBoxLayout>
#include <catch2/catch.hpp>

using namespace creditcase;
using creditcase::test::WorkflowFixture;

namespace {

struct Shooter {
    QString directory;
    QString language;

    // Shows `widget` at the top left of the screen at `size`, lets it paint, and photographs the screen.
    void shoot(QWidget* widget, const QString& name, QSize size = {}) {
        if (size.isValid())
            widget->resize(size);
        widget->move(0, 0);
        widget->show();
        widget->raise();
        widget->activateWindow();
        QTest::qWait(400);
        const QString file = QDir(directory).filePath(QStringLiteral("%1_%2.png").arg(name, language));
        const int rc = QProcess::execute(
            QStringLiteral("import"),
            {QStringLiteral("-window"), QStringLiteral("root"), QStringLiteral("-crop"),
             QStringLiteral("%1x%2+0+0").arg(widget->frameGeometry().width()).arg(widget->frameGeometry().height()),
             file});
        CHECK(rc == 0);
        widget->hide();
    }

    // A page inside a small host window, as the main window will show it.
    void shootPage(QWidget* page, const QString& name, QSize size = QSize(1100, 620)) {
        QWidget host;
        host.setWindowTitle(name);
        auto* layout = new QVBoxLayout(&host);
        page->setParent(&host);
        layout->addWidget(page);
        shoot(&host, name, size);
        page->setParent(nullptr);
    }
};

} // namespace

TEST_CASE("Screenshots of the new-work and administration pages", "[.][screenshots]") {
    const QString directory = qEnvironmentVariable("CREDITCASE_SCREENSHOT_DIR");
    REQUIRE_FALSE(directory.isEmpty());
    const QString language = qEnvironmentVariable("CREDITCASE_SCREENSHOT_LANG", QStringLiteral("zh_CN"));
    ui::Translator::install(language);
    QLocale::setDefault(QLocale(language));
    // A translation not yet merged into translations/*.ts can be previewed by pointing at its .qm.
    QTranslator extra;
    if (const QString qm = qEnvironmentVariable("CREDITCASE_SCREENSHOT_EXTRA_QM");
        !qm.isEmpty() && language != QLatin1String("en"))
        if (extra.load(qm))
            QCoreApplication::installTranslator(&extra);
    Shooter shooter{directory, language};

    WorkflowFixture f(QDate(2026, 6, 30));
    const qint64 listed = f.listedCase();
    const qint64 subjectId = f.addSubject(QStringLiteral("9144030071526726XG"));
    service::Session officer(f.vault(), f.officer);
    {
        service::RuleService rules(officer);
        REQUIRE(rules
                    .addStandard(QStringLiteral("samr-serious-illegal"),
                                 QStringLiteral("示范县严重违法失信名单认定标准（修订草案）"))
                    .ok());
        workflow::RestorationWorkflow::Application application;
        application.caseId = listed;
        application.on = QDate(2026, 6, 20);
        application.correctedOn = QDate(2026, 3, 1);
        (void)service::CaseService(officer).applyForRestoration(application);
        (void)service::CaseService(officer).show(listed, QString());
    }

    {
        ui::NewSubjectDialog dialog(officer);
        dialog.findChild<QLineEdit*>(QStringLiteral("subjectNameEdit"))->setText(QStringLiteral("示范食品有限公司"));
        dialog.findChild<QLineEdit*>(QStringLiteral("identifierEdit"))->setText(QStringLiteral("91350100M000100Y44"));
        shooter.shoot(&dialog, QStringLiteral("new_subject"));
    }
    {
        auto db = f.db();
        auto subject = workflow::SubjectRegister::find(db, subjectId);
        REQUIRE(subject.ok());
        ui::NewRecordDialog dialog(officer);
        dialog.setSubject(*subject);
        shooter.shoot(&dialog, QStringLiteral("new_record"));
    }
    {
        ui::NewCaseDialog dialog(officer);
        shooter.shoot(&dialog, QStringLiteral("new_case"));
    }
    {
        auto standards = service::RuleService(officer).standards();
        REQUIRE(standards.ok());
        ui::StandardStepDialog dialog(officer, ui::StandardStepDialog::Step::OpenComment, standards->last());
        shooter.shoot(&dialog, QStringLiteral("standard_comment"));
    }
    {
        ui::RestorationApplicationDialog dialog(officer);
        shooter.shoot(&dialog, QStringLiteral("restoration_application"));
    }
    shooter.shootPage(new ui::StandardsPage(officer), QStringLiteral("standards_page"));
    shooter.shootPage(new ui::RestorationPage(officer), QStringLiteral("restoration_page"));
    {
        auto* page = new ui::RulesBrowserPage(officer);
        page->show(ui::RulesBrowserPage::Part::ListTypes, QDate(2026, 6, 30));
        shooter.shootPage(page, QStringLiteral("rules_list_types"));
        page->show(ui::RulesBrowserPage::Part::Calendar, QDate(2026, 6, 30));
        shooter.shootPage(page, QStringLiteral("rules_calendar"));
        delete page;
    }
    service::Session auditor(f.vault(), f.auditor);
    {
        auto* page = new ui::AuditPage(auditor);
        page->verifyChain();
        shooter.shootPage(page, QStringLiteral("audit_page"));
        delete page;
    }
    service::Session admin(f.vault(), f.admin);
    {
        auto* page = new ui::UsersBackupsPage(admin);
        shooter.shootPage(page, QStringLiteral("users_backups_page"));
        delete page;
        ui::UserDialog dialog(admin, ui::UserDialog::Mode::Add, QString(), crypto::KdfParams::cheapestForTests());
        shooter.shoot(&dialog, QStringLiteral("user_dialog"));
    }
}
