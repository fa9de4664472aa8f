#include "documents/DocumentPreviewDialog.h"

#include "DocumentCases.h"
#include "PdfTools.h"
#include "UiTestSupport.h"
#include "WorkflowFixture.h"
#include "documents/NoticeBatchPrinter.h"
#include "service/Session.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using documents::DocumentKind;

TEST_CASE("The preview shows the document and export records one copy", "[documents][ui]") {
    WorkflowFixture f;
    const qint64 caseId = f.servedCase();
    service::Session session(f.vault(), f.officer);
    ui::DocumentPreviewDialog dialog(session, caseId, DocumentKind::Notice);
    REQUIRE(dialog.shownCopy().has_value());
    CHECK(dialog.previewPageCount() >= 1);
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("exportPdfButton"))->isEnabled());
    // Previewing wrote nothing but the inquiry.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM documents")) == 0);

    QCheckBox* publicCopy = dialog.findChild<QCheckBox*>(QStringLiteral("publicCopyCheck"));
    QTest::mouseClick(publicCopy, Qt::LeftButton);
    CHECK(publicCopy->isChecked());
    CHECK_FALSE(dialog.shownCopy()->text.plainText().contains(QStringLiteral("91350100M000100Y43")));
    QTest::mouseClick(publicCopy, Qt::LeftButton);
    CHECK(dialog.shownCopy()->text.plainText().contains(QStringLiteral("91350100M000100Y43")));

    const QString path = QFileInfo(f.vault().path()).dir().filePath(QStringLiteral("notice.pdf"));
    REQUIRE(dialog.exportPdfTo(path));
    CHECK(QFileInfo::exists(path));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM document_copies")) == 1);
    // The preview now shows the issued document, the next print being copy 1.
    CHECK(dialog.shownCopy()->copyNo == 1);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("documentStatus"))->text().contains(QStringLiteral("副本 1")));
}

TEST_CASE("The preview of a document the case does not have says why and cannot print", "[documents][ui]") {
    WorkflowFixture f;
    const qint64 caseId = f.servedCase();
    service::Session session(f.vault(), f.officer);
    ui::DocumentPreviewDialog dialog(session, caseId, DocumentKind::Decision);
    CHECK_FALSE(dialog.shownCopy().has_value());
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("printButton"))->isEnabled());
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("exportPdfButton"))->isEnabled());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("documentStatus"))->text().contains(QStringLiteral("decision")));
}

TEST_CASE("The batch of notices due today is printed with progress", "[documents][ui]") {
    WorkflowFixture f;
    f.openCase();
    QSqlQuery due(f.db());
    REQUIRE(due.exec(QStringLiteral("SELECT due_on FROM deadlines WHERE kind = 'notice-service'")));
    REQUIRE(due.next());
    const QDate dueOn = QDate::fromString(due.value(0).toString(), Qt::ISODate);
    due.finish();
    service::Session session(f.vault(), f.officer);
    const QString folder = QFileInfo(f.vault().path()).dir().filePath(QStringLiteral("batch"));
    auto batch = ui::NoticeBatchPrinter::run(session, dueOn, folder, nullptr);
    REQUIRE(batch.ok());
    REQUIRE(batch->items.size() == 1);
    CHECK_FALSE(batch->items.first().error.has_value());
    CHECK(QFileInfo::exists(batch->items.first().file));
}

namespace {

// `count` cases opened on the same day, so that their notices fall due for service together; returns that day.
QDate noticesDueTogether(WorkflowFixture& f, int count) {
    f.adoptStandard();
    for (int i = 0; i < count; ++i)
        openCaseFor(f, usccFor(i), QStringLiteral("批量测试企业%1有限公司").arg(i));
    QSqlQuery due(f.db());
    REQUIRE(due.exec(QStringLiteral("SELECT min(due_on) FROM deadlines WHERE kind = 'notice-service'")));
    REQUIRE(due.next());
    return QDate::fromString(due.value(0).toString(), Qt::ISODate);
}

} // namespace

TEST_CASE("The batch of notices is printed in the background while the window keeps turning", "[documents][ui]") {
    WorkflowFixture f;
    const QDate dueOn = noticesDueTogether(f, 5);
    service::Session session(f.vault(), f.officer);
    QWidget window;
    showAndActivate(&window);
    // Counts the turns of the window's event loop while the progress dialog is up (the job is running).
    int turnsDuringJob = 0;
    QTimer ticker;
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (window.findChild<QProgressDialog*>(QStringLiteral("longJobProgress")))
            ++turnsDuringJob;
    });
    ticker.start();
    const QStringList connections = QSqlDatabase::connectionNames();
    const QString folder = QFileInfo(f.vault().path()).dir().filePath(QStringLiteral("batch"));
    auto batch = ui::NoticeBatchPrinter::run(session, dueOn, folder, &window);
    ticker.stop();
    REQUIRE(batch.ok());
    REQUIRE(batch->items.size() == 5);
    for (const auto& item : batch->items) {
        CHECK_FALSE(item.error.has_value());
        CHECK(QFileInfo::exists(item.file));
    }
    // Five notices take far longer than a few turns: the window was not waiting for them.
    CHECK(turnsDuringJob >= 15);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'document.issue'")) == 5);
    CHECK(QSqlDatabase::connectionNames() == connections); // the worker's connection was closed
}

TEST_CASE("Cancel in the batch dialog rolls back the notices of the group under way", "[documents][ui]") {
    WorkflowFixture f;
    const QDate dueOn = noticesDueTogether(f, 5);
    service::Session session(f.vault(), f.officer);
    QWidget window;
    showAndActivate(&window);
    // The officer presses Cancel as soon as the dialog is up: the batch sees it at its next notice, in the first
    // group, whatever the load on the machine.
    QString cancellingText;
    QTimer watcher;
    watcher.setInterval(2);
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        auto* dialog = window.findChild<QProgressDialog*>(QStringLiteral("longJobProgress"));
        if (!dialog || dialog->wasCanceled())
            return;
        if (auto* cancel = dialog->findChild<QPushButton*>())
            cancel->click();
        cancellingText = dialog->labelText();
    });
    watcher.start();
    const QString folder = QFileInfo(f.vault().path()).dir().filePath(QStringLiteral("batch"));
    auto batch = ui::NoticeBatchPrinter::run(session, dueOn, folder, &window);
    watcher.stop();
    REQUIRE(batch.ok());
    CHECK(batch->cancelled);
    CHECK(batch->rolledBack >= 1);
    CHECK(batch->items.isEmpty());
    // The dialog said what is undone while it waited; nothing of the group is left.
    CHECK(cancellingText.contains(QStringLiteral("rolled back")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM documents")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'document.issue'")) == 0);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
