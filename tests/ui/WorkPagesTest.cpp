// The pages of New work and Administration (ui/work, ui/admin) over a real vault: their models pass
// QAbstractItemModelTester, they show what the services return, the role decides what is present, and long work
// runs off the GUI thread behind a cancellable progress dialog.
#include "AccessibleInputs.h"
#include "TestVault.h"
#include "UiTestSupport.h"
#include "WorkflowFixture.h"
#include "admin/AuditPage.h"
#include "admin/RulesBrowserPage.h"
#include "admin/UserDialog.h"
#include "admin/UsersBackupsPage.h"
#include "crypto/KdfParams.h"
#include "service/CaseService.h"
#include "service/Session.h"
#include "work/AttachmentPicker.h"
#include "work/FormSupport.h"
#include "work/LongJob.h"
#include "work/RestorationApplicationDialog.h"
#include "work/RestorationPage.h"
#include "work/RowsModel.h"
#include "work/StandardsPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace creditcase;
using creditcase::test::child;
using creditcase::test::WorkflowFixture;

namespace {

// What the officer does: click the dialog's Cancel button.
void pressCancel(QWidget* host) {
    auto* dialog = host->findChild<QProgressDialog*>(QStringLiteral("longJobProgress"));
    REQUIRE(dialog != nullptr);
    auto* cancel = dialog->findChild<QPushButton*>();
    REQUIRE(cancel != nullptr);
    cancel->click();
}

void testModel(QAbstractItemModel* model) {
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
}

} // namespace

TEST_CASE("Restoration dialog records an application for a listed case with its papers", "[ui][work]") {
    WorkflowFixture f(QDate(2026, 6, 30));
    const qint64 caseId = f.listedCase();
    service::Session session(f.vault(), f.officer);
    ui::RestorationPage page(session);
    testModel(page.model());
    CHECK(page.model()->rowCount() == 0);

    ui::RestorationApplicationDialog dialog(session);
    auto* cases = child<QComboBox>(&dialog, "caseCombo");
    REQUIRE(cases->findData(caseId) >= 0);
    cases->setCurrentIndex(cases->findData(caseId));
    // The kinds offered are the ones the service records; list removal is the first.
    CHECK(child<QComboBox>(&dialog, "restorationKindCombo")->count() >= 1);
    child<QDateEdit>(&dialog, "appliedOnEdit")->setDate(QDate(2026, 6, 29));
    child<QCheckBox>(&dialog, "correctedCheck")->setChecked(true);
    child<QDateEdit>(&dialog, "correctedOnEdit")->setDate(QDate(2026, 6, 30));
    CHECK_FALSE(child<QPushButton>(&dialog, "confirmButton")->isEnabled()); // corrected after receipt
    child<QDateEdit>(&dialog, "correctedOnEdit")->setDate(QDate(2026, 3, 1));
    REQUIRE(child<QPushButton>(&dialog, "confirmButton")->isEnabled());

    test::TempDir papers;
    {
        QFile letter(papers.file(QStringLiteral("commitment.pdf")));
        REQUIRE(letter.open(QIODevice::WriteOnly));
        letter.write("commitment letter");
    }
    QString why;
    REQUIRE(dialog.commitmentLetter()->addFile(papers.file(QStringLiteral("commitment.pdf")), &why));
    CHECK_FALSE(dialog.commitmentLetter()->addButton()->isEnabled()); // one letter only
    QTest::mouseClick(child<QPushButton>(&dialog, "confirmButton"), Qt::LeftButton);
    INFO(child<QLabel>(&dialog, "problemLabel")->text().toStdString());
    REQUIRE(dialog.recorded().has_value());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM restorations WHERE case_id = %1").arg(caseId)) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM attachments WHERE owner_kind = 'restoration'")) == 1);

    // The page lists it as waiting once it is shown, through the session's change signal (a hidden page does not
    // read the list, which would register an inquiry nobody made).
    CHECK(page.model()->rowCount() == 0);
    page.show();
    CHECK(page.model()->rowCount() == 1);
    CHECK(page.model()->data(page.model()->index(0, 0)).toString() == QString::number(caseId));
}

TEST_CASE("Restoration dialog shows a refusal with its reason and writes nothing else", "[ui][work]") {
    WorkflowFixture f(QDate(2026, 6, 30));
    const qint64 caseId = f.listedCase();
    service::Session session(f.vault(), f.officer);
    // An application that does not meet the conditions on its date is not accepted (不予受理): the dialog shows the
    // reason with its provisions, and only the refusal is written.
    ui::RestorationApplicationDialog dialog(session);
    dialog.setCase(caseId);
    const auto before = f.snapshot();
    QTest::mouseClick(child<QPushButton>(&dialog, "confirmButton"), Qt::LeftButton);
    CHECK_FALSE(dialog.recorded().has_value());
    auto* problem = child<ui::ProblemLabel>(&dialog, "problemLabel");
    INFO(problem->text().toStdString());
    CHECK(problem->hasProblem());
    CHECK(problem->text().contains(QLatin1Char('[')));
    f.requireOnlyRefusalAudited(before, QStringLiteral("restoration.apply"));
}

TEST_CASE("Standards page lists the standards and follows the session's changes", "[ui][work]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.officer);
    ui::StandardsPage page(session);
    testModel(page.model());
    CHECK(page.model()->rowCount() == 0);
    f.adoptStandard();
    session.notifyChanged(QStringLiteral("standard"), 1);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->data(page.model()->index(0, 3)).toString() ==
          domain::standardStatusName(domain::StandardStatus::InForce));
    CHECK(child<QPushButton>(&page, "adoptButton")->isEnabled() == false);
    CHECK(child<QPushButton>(&page, "abolishButton")->isEnabled()); // the only standard is selected
}

TEST_CASE("Rules browser shows every value with its source and mark", "[ui][admin]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.officer);
    ui::RulesBrowserPage page(session);
    testModel(page.model());
    CHECK_FALSE(child<QPushButton>(&page, "importRulesButton")->isVisibleTo(&page)); // officers do not import
    for (auto part : {ui::RulesBrowserPage::Part::Catalogue, ui::RulesBrowserPage::Part::Measures,
                      ui::RulesBrowserPage::Part::ListTypes, ui::RulesBrowserPage::Part::Regimes,
                      ui::RulesBrowserPage::Part::Calendar}) {
        page.show(part, QDate(2026, 6, 30));
        INFO("part " << static_cast<int>(part));
        REQUIRE(page.model()->rowCount() > 0);
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            const QString mark = page.model()->data(page.model()->index(row, 3)).toString();
            INFO(page.model()->data(page.model()->index(row, 0)).toString().toStdString()
                 << " / " << page.model()->data(page.model()->index(row, 1)).toString().toStdString());
            CHECK(mark.startsWith(QLatin1Char('[')));
            CHECK_FALSE(page.model()->data(page.model()->index(row, 4)).toString().isEmpty());
        }
    }
    test::requireAccessibleInputs(&page);
}

TEST_CASE("Rules browser imports a holiday schedule in the background as an administrator", "[ui][admin]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.admin);
    ui::RulesBrowserPage page(session);
    testModel(page.model());
    CHECK(child<QPushButton>(&page, "importRulesButton")->isVisibleTo(&page));
    test::TempDir dir;
    {
        QFile file(dir.file(QStringLiteral("holidays-2025.json")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(test::schedule2025WithExtraDayOff(QStringLiteral("2025-03-03"), QStringLiteral("2025-test")));
    }
    const qint64 before = f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'rules.import'"));
    const QStringList connections = QSqlDatabase::connectionNames();
    QStringList announced;
    QObject::connect(&session, &service::Session::changed, [&](const QString& kind) { announced << kind; });
    page.importFile(dir.file(QStringLiteral("holidays-2025.json")));
    INFO(child<QLabel>(&page, "problemLabel")->text().toStdString());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'rules.import'")) == before + 1);
    // Imported on a worker's own connection, closed afterwards; the window's session heard of the new rules.
    CHECK(QSqlDatabase::connectionNames() == connections);
    CHECK(announced.contains(QStringLiteral("rules")));
    page.show(ui::RulesBrowserPage::Part::Calendar, QDate(2026, 6, 30));
    bool found = false;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        found |= page.model()->data(page.model()->index(row, 2)).toString() == QStringLiteral("2025-test");
    CHECK(found);
}

TEST_CASE("Audit page checks the chain and reads the registers for an auditor", "[ui][admin]") {
    WorkflowFixture f;
    const qint64 caseId = f.listedCase();
    {
        service::Session officer(f.vault(), f.officer);
        REQUIRE(service::CaseService(officer).show(caseId, QString()).ok()); // one inquiry in the register
    }
    service::Session session(f.vault(), f.auditor);
    ui::AuditPage page(session);
    testModel(page.logModel());
    testModel(page.inquiryModel());
    testModel(page.reportModel());
    CHECK(child<QTabWidget>(&page, "auditTabs")->count() == 3);
    CHECK(page.logModel()->rowCount() > 0);
    page.verifyChain();
    CHECK(child<QLabel>(&page, "chainStateLabel")->text().startsWith(QStringLiteral("✔")));

    // Inquiries carry the real time of reading, whatever the test clock says.
    child<QDateEdit>(&page, "inquiryFromEdit")->setDate(QDate(2000, 1, 1));
    child<QDateEdit>(&page, "inquiryToEdit")->setDate(QDate::currentDate().addDays(1));
    page.showInquiries();
    REQUIRE(page.inquiryModel()->rowCount() > 0);
    child<QTableView>(&page, "inquiryTable")->selectRow(0);
    QTest::keyClicks(child<QLineEdit>(&page, "flagNoteEdit"), QStringLiteral("check the purpose"));
    page.flagSelectedInquiry();
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM inquiry_register WHERE flagged_at IS NOT NULL")) == 1);

    child<QDateEdit>(&page, "reportFromEdit")->setDate(QDate(2025, 1, 1));
    child<QDateEdit>(&page, "reportToEdit")->setDate(QDate(2025, 12, 31));
    page.makeReport();
    CHECK_FALSE(child<QLabel>(&page, "reportSummary")->text().isEmpty());
    CHECK(page.reportModel()->rowCount() > 0);
    test::requireAccessibleInputs(&page);
}

TEST_CASE("Audit page offers an officer only the chain check", "[ui][admin]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.officer);
    ui::AuditPage page(session);
    CHECK(child<QTabWidget>(&page, "auditTabs")->count() == 1);
    page.verifyChain();
    CHECK(child<QLabel>(&page, "chainStateLabel")->text().startsWith(QStringLiteral("✔")));
}

TEST_CASE("Users and backups page adds a user, sets a password and backs up in the background", "[ui][admin]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.admin);
    ui::UsersBackupsPage page(session);
    page.setKdf(crypto::KdfParams::cheapestForTests());
    testModel(page.model());
    const int usersBefore = page.model()->rowCount();
    CHECK(usersBefore >= 7);
    CHECK(child<QLabel>(&page, "lastBackupLabel")->text().startsWith(QStringLiteral("⚠")));

    ui::UserDialog add(session, ui::UserDialog::Mode::Add, QString(), crypto::KdfParams::cheapestForTests());
    test::requireAccessibleInputs(&add);
    QTest::keyClicks(child<QLineEdit>(&add, "userNameEdit"), QStringLiteral("wu.officer"));
    QTest::keyClicks(child<QLineEdit>(&add, "passwordEdit"), QStringLiteral("short"));
    CHECK_FALSE(child<QPushButton>(&add, "confirmButton")->isEnabled());
    child<QLineEdit>(&add, "passwordEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(&add, "passwordEdit"), QStringLiteral("a long enough passphrase 7"));
    QTest::keyClicks(child<QLineEdit>(&add, "repeatPasswordEdit"), QStringLiteral("a long enough passphrase 7"));
    INFO(child<QLabel>(&add, "problemLabel")->text().toStdString());
    REQUIRE(child<QPushButton>(&add, "confirmButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(&add, "confirmButton"), Qt::LeftButton);
    REQUIRE(add.result() == QDialog::Accepted);
    CHECK(page.model()->rowCount() == usersBefore + 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM users WHERE name = 'wu.officer'")) == 1);

    // Never oneself: the administrator cannot disable their own account, and the refusal says why.
    ui::UserDialog reset(session, ui::UserDialog::Mode::ResetPassword, QStringLiteral("wu.officer"),
                         crypto::KdfParams::cheapestForTests());
    QTest::keyClicks(child<QLineEdit>(&reset, "passwordEdit"), QStringLiteral("another long passphrase 8"));
    QTest::keyClicks(child<QLineEdit>(&reset, "repeatPasswordEdit"), QStringLiteral("another long passphrase 8"));
    QTest::mouseClick(child<QPushButton>(&reset, "confirmButton"), Qt::LeftButton);
    INFO(child<QLabel>(&reset, "problemLabel")->text().toStdString());
    CHECK(reset.result() == QDialog::Accepted);
    CHECK(child<QLineEdit>(&reset, "passwordEdit")->text().isEmpty());

    test::TempDir dir;
    const QString backup = dir.file(QStringLiteral("vault.backup"));
    REQUIRE(page.backupTo(backup));
    CHECK(QFile::exists(backup));
    CHECK(child<QLabel>(&page, "lastBackupLabel")->text().contains(QDir::toNativeSeparators(backup)));
    CHECK(f.lastAuditEvent() == QStringLiteral("vault.backup"));
}

TEST_CASE("Users and backups page backs up in the background while the window keeps turning", "[ui][admin]") {
    WorkflowFixture f;
    {
        // Ballast, so that writing and checking the backup takes long enough to watch the window meanwhile.
        QSqlQuery ballast(f.db());
        REQUIRE(ballast.exec(QStringLiteral("CREATE TABLE test_ballast (b BLOB)")));
        for (int i = 0; i < 16; ++i)
            REQUIRE(ballast.exec(QStringLiteral("INSERT INTO test_ballast (b) VALUES (randomblob(1048576))")));
    }
    service::Session session(f.vault(), f.admin);
    ui::UsersBackupsPage page(session);
    test::showAndActivate(&page);
    // Counts the turns of the window's event loop while the progress dialog exists (the job is running).
    int turnsDuringJob = 0;
    QTimer ticker;
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (page.findChild<QProgressDialog*>(QStringLiteral("longJobProgress")))
            ++turnsDuringJob;
    });
    ticker.start();
    const QStringList connections = QSqlDatabase::connectionNames();
    const qint64 backupsRecorded =
        f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'vault.backup'"));
    test::TempDir dir;
    const QString backup = dir.file(QStringLiteral("vault.backup"));
    REQUIRE(page.backupTo(backup));
    ticker.stop();
    CHECK(turnsDuringJob >= 5);
    CHECK(QFile::exists(backup));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'vault.backup'")) ==
          backupsRecorded + 1);
    CHECK(child<QLabel>(&page, "lastBackupLabel")->text().contains(QDir::toNativeSeparators(backup)));
    CHECK(QSqlDatabase::connectionNames() == connections); // the worker's connection was closed
}

TEST_CASE("Long job runs off the GUI thread and can be cancelled", "[ui][work]") {
    QWidget host;
    test::showAndActivate(&host);
    const Qt::HANDLE guiThread = QThread::currentThreadId();
    Qt::HANDLE workThread = nullptr;
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(5);
    // Press Cancel once the dialog is up.
    QTimer::singleShot(200, [&host] { pressCancel(&host); });
    ui::LongJob::Options options;
    options.title = QStringLiteral("test");
    options.showAfterMs = 0;
    int steps = 0;
    const Status result =
        ui::LongJob::run(&host, options, [&](const ui::JobProgress& progress, const ui::CancelToken& cancel) -> Status {
            workThread = QThread::currentThreadId();
            for (; steps < 1000; ++steps) {
                if (cancel.isCancelled())
                    return ui::LongJob::cancelled();
                progress(steps, 1000, QStringLiteral("step"));
                QThread::msleep(5);
            }
            return {};
        });
    CHECK(workThread != guiThread);
    CHECK_FALSE(result.ok());
    CHECK(steps < 1000);
    CHECK(ticks > 5); // the GUI thread kept running its timers while the work ran

    const Status done =
        ui::LongJob::run(&host, options, [](const ui::JobProgress&, const ui::CancelToken&) -> Status { return {}; });
    CHECK(done.ok());
}

TEST_CASE("Long job on the GUI thread repaints at each report and can be cancelled", "[ui][work]") {
    QWidget host;
    test::showAndActivate(&host);
    QTimer::singleShot(100, [&host] { pressCancel(&host); });
    ui::LongJob::Options options;
    options.title = QStringLiteral("test");
    options.runs = ui::LongJob::Runs::OnGuiThread;
    int steps = 0;
    Qt::HANDLE workThread = nullptr;
    const Status result =
        ui::LongJob::run(&host, options, [&](const ui::JobProgress& progress, const ui::CancelToken& cancel) -> Status {
            workThread = QThread::currentThreadId();
            for (; steps < 1000; ++steps) {
                if (cancel.isCancelled())
                    return ui::LongJob::cancelled();
                progress(steps, 1000, QStringLiteral("step"));
                QThread::msleep(5);
            }
            return {};
        });
    CHECK(workThread == QThread::currentThreadId());
    CHECK_FALSE(result.ok());
    CHECK(steps < 1000);
}

TEST_CASE("Restoration page and dialog name and label every input", "[ui][work][accessibility]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.officer);
    ui::RestorationApplicationDialog dialog(session);
    test::requireAccessibleInputs(&dialog);
}

TEST_CASE("Users and backups page shows why an administrator cannot disable themselves", "[ui][admin]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.admin);
    ui::UsersBackupsPage page(session);
    auto* table = child<QTableView>(&page, "usersTable");
    int adminRow = -1;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        if (page.model()->row(row).key.toString() == f.admin.name)
            adminRow = row;
    REQUIRE(adminRow >= 0);
    table->selectRow(adminRow);
    REQUIRE(child<QPushButton>(&page, "disableUserButton")->isEnabled());
    // The officer confirms the question; the service refuses.
    QTimer::singleShot(0, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    const auto before = f.snapshot();
    page.disableSelected();
    CHECK(child<ui::ProblemLabel>(&page, "problemLabel")->hasProblem());
    f.requireOnlyRefusalAudited(before, QStringLiteral("user.disable"));
}

TEST_CASE("Users and backups page restores a backup and locks the session for it", "[ui][admin]") {
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("office.vault"));
    test::createTestVault(path).vault.reset();
    auto unlocked = service::Session::unlock(
        path, storage::Vault::Credential::withPassword(QStringLiteral("admin"), test::secret(test::kPassword)));
    REQUIRE(unlocked.ok());
    service::Session& session = **unlocked;
    ui::UsersBackupsPage page(session);
    page.setKdf(crypto::KdfParams::cheapestForTests());
    const QString backup = dir.file(QStringLiteral("office.backup"));
    REQUIRE(page.backupTo(backup));

    bool lockedSeen = false;
    QObject::connect(&session, &service::Session::lockedChanged, [&lockedSeen](bool locked) { lockedSeen = locked; });
    // A wrong password: refused, and the vault is as it was (it opens again with the right one).
    CHECK_FALSE(page.restoreFrom(backup, test::secret("not the password")));
    CHECK(lockedSeen);
    CHECK(child<ui::ProblemLabel>(&page, "problemLabel")->hasProblem());

    auto again = service::Session::unlock(
        path, storage::Vault::Credential::withPassword(QStringLiteral("admin"), test::secret(test::kPassword)));
    REQUIRE(again.ok());
    ui::UsersBackupsPage second(**again);
    CHECK(second.restoreFrom(backup, test::secret(test::kPassword)));
    CHECK_FALSE((*again)->isUnlocked());
    CHECK(child<QLabel>(&second, "outcomeLabel")->text().contains(QStringLiteral("office.backup")));
}
