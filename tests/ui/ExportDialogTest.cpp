// The disclosure export in the window: through ReportService, in the background, to the file the officer chose.
#include "documents/ExportDialog.h"

#include "TempDir.h"
#include "UiTestSupport.h"
#include "WorkflowFixture.h"
#include "service/Session.h"
#include "work/FormSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace creditcase;
using creditcase::test::child;
using creditcase::test::WorkflowFixture;

TEST_CASE("The disclosure export runs from the window to the chosen file, masked and recorded [Opinions III(5)]",
          "[ui][export]") {
    WorkflowFixture f(QDate(2025, 3, 6));
    f.addRecord(f.addSubject());
    service::Session session(f.vault(), f.officer);
    test::TempDir dir;
    ui::ExportDialog dialog(session);
    auto* confirm = child<QPushButton>(&dialog, "confirmButton");
    CHECK_FALSE(confirm->isEnabled()); // no file chosen yet

    dialog.setPath(dir.file(QStringLiteral("disclosure.txt")));
    CHECK_FALSE(confirm->isEnabled()); // neither .csv nor .json
    CHECK(child<ui::ProblemLabel>(&dialog, "problemLabel")->text().contains(QStringLiteral(".csv")));

    const QString path = dir.file(QStringLiteral("disclosure.csv"));
    dialog.setPath(path);
    REQUIRE(confirm->isEnabled());
    const int auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'export.disclosure'"));
    QTest::mouseClick(confirm, Qt::LeftButton);
    INFO(child<ui::ProblemLabel>(&dialog, "problemLabel")->text().toStdString());
    REQUIRE(dialog.outcome().has_value());
    CHECK(dialog.outcome()->records == 1);
    CHECK(QFile::exists(path));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'export.disclosure'")) ==
          auditBefore + 1);
    CHECK(confirm->text() == QStringLiteral("Close"));
    CHECK_FALSE(child<QComboBox>(&dialog, "exportChannelCombo")->isEnabled());

    SECTION("an existing file is not replaced unless asked") {
        ui::ExportDialog again(session);
        again.setPath(path);
        QTest::mouseClick(child<QPushButton>(&again, "confirmButton"), Qt::LeftButton);
        CHECK_FALSE(again.outcome().has_value());
        CHECK_FALSE(child<ui::ProblemLabel>(&again, "problemLabel")->text().isEmpty());
        child<QCheckBox>(&again, "exportReplaceCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(&again, "confirmButton"), Qt::LeftButton);
        CHECK(again.outcome().has_value());
    }
}
