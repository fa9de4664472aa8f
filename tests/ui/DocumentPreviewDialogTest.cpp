#include "documents/DocumentPreviewDialog.h"

#include "PdfTools.h"
#include "WorkflowFixture.h"
#include "documents/NoticeBatchPrinter.h"
#include "service/Session.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
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
