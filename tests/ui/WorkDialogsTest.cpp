// The dialogs of New work (ui/work) over a real vault: they validate as the officer types, submit through the case
// and rule services (checked in the vault afterwards), show a refusal with its citation and write nothing else.
#include "AccessibleInputs.h"
#include "UiTestSupport.h"
#include "WorkflowFixture.h"
#include "service/Session.h"
#include "work/AttachmentPicker.h"
#include "work/FormSupport.h"
#include "work/NewCaseDialog.h"
#include "work/NewRecordDialog.h"
#include "work/NewSubjectDialog.h"
#include "work/StandardStepDialog.h"
#include "workflow/SubjectRegister.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using creditcase::test::child;
using creditcase::test::WorkflowFixture;

namespace {

QString visibleProblem(const QWidget* dialog, const char* name = "problemLabel") {
    auto* label = child<ui::ProblemLabel>(dialog, name);
    return label->isVisibleTo(const_cast<QWidget*>(dialog)) ? label->text() : QString();
}

void selectData(QComboBox* combo, const QVariant& data) {
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("New subject dialog names the identifier's exact problem as it is typed and records the subject",
          "[ui][work]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.officer);
    ui::NewSubjectDialog dialog(session);
    auto* confirm = child<QPushButton>(&dialog, "confirmButton");
    auto* identifierProblem = child<ui::ProblemLabel>(&dialog, "identifierProblemLabel");

    QTest::keyClicks(child<QLineEdit>(&dialog, "subjectNameEdit"), QStringLiteral("Test Food Co., Ltd."));
    QTest::keyClicks(child<QLineEdit>(&dialog, "identifierEdit"), QStringLiteral("91350100M000100Y44"));
    CHECK(identifierProblem->hasProblem());
    CHECK_FALSE(identifierProblem->text().isEmpty());
    CHECK_FALSE(confirm->isEnabled());

    // An individual's kind with an enterprise's code: the kind is what is wrong.
    child<QLineEdit>(&dialog, "identifierEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(&dialog, "identifierEdit"), QStringLiteral("91350100M000100Y43"));
    CHECK_FALSE(identifierProblem->hasProblem());
    CHECK(confirm->isEnabled());
    selectData(child<QComboBox>(&dialog, "subjectKindCombo"), static_cast<int>(domain::SubjectKind::Individual));
    CHECK(identifierProblem->hasProblem());
    CHECK_FALSE(confirm->isEnabled());
    selectData(child<QComboBox>(&dialog, "subjectKindCombo"), static_cast<int>(domain::SubjectKind::Enterprise));

    const qint64 before = f.count(QStringLiteral("SELECT count(*) FROM subjects"));
    QTest::mouseClick(confirm, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.subject().has_value());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM subjects")) == before + 1);
    CHECK(f.lastAuditEvent() == QStringLiteral("subject.add"));
}

TEST_CASE("New subject dialog shows the refusal of a subject already recorded and writes nothing else", "[ui][work]") {
    WorkflowFixture f;
    f.addSubject();
    service::Session session(f.vault(), f.officer);
    ui::NewSubjectDialog dialog(session);
    QTest::keyClicks(child<QLineEdit>(&dialog, "subjectNameEdit"), QStringLiteral("Another name"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "identifierEdit"), QStringLiteral("91350100M000100Y43"));
    const auto before = f.snapshot();
    QTest::mouseClick(child<QPushButton>(&dialog, "confirmButton"), Qt::LeftButton);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(visibleProblem(&dialog).isEmpty());
    f.requireOnlyRefusalAudited(before, QStringLiteral("subject.add"));
}

TEST_CASE("New subject dialog has a deliberate tab order", "[ui][work]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.officer);
    ui::NewSubjectDialog dialog(session);
    const QStringList chain = test::tabChain(child<QComboBox>(&dialog, "subjectKindCombo"), 7);
    CHECK(chain == QStringList{QStringLiteral("subjectKindCombo"), QStringLiteral("subjectNameEdit"),
                               QStringLiteral("identifierEdit"), QStringLiteral("addressEdit"),
                               QStringLiteral("representativeEdit"), QStringLiteral("confirmButton"),
                               QStringLiteral("cancelButton")});
}

TEST_CASE("New record and restoration dialogs have a deliberate tab order", "[ui][work]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.officer);
    ui::NewRecordDialog record(session);
    const QStringList chain = test::tabChain(child<QSpinBox>(&record, "subjectIdSpin"), 14);
    INFO(chain.join(QLatin1Char(' ')).toStdString());
    CHECK(chain == QStringList{QStringLiteral("subjectIdSpin"), QStringLiteral("catalogItemCombo"),
                               QStringLiteral("severityCombo"), QStringLiteral("basisKindCombo"),
                               QStringLiteral("basisNumberEdit"), QStringLiteral("basisOrganEdit"),
                               QStringLiteral("basisDateEdit"), QStringLiteral("effectiveOnEdit"),
                               QStringLiteral("conductStatedCheck"), QStringLiteral("conductOnEdit"),
                               QStringLiteral("statutoryProvisionEdit"), QStringLiteral("sectorCombo"),
                               QStringLiteral("factsEdit"), QStringLiteral("addAttachmentButton")});
}

TEST_CASE("New record dialog checks dates as typed and stores the scans inside the vault", "[ui][work]") {
    WorkflowFixture f;
    const qint64 subjectId = f.addSubject();
    service::Session session(f.vault(), f.officer);
    auto db = f.db();
    auto subject = workflow::SubjectRegister::find(db, subjectId);
    REQUIRE(subject.ok());

    ui::NewRecordDialog dialog(session);
    dialog.setSubject(*subject);
    auto* confirm = child<QPushButton>(&dialog, "confirmButton");
    selectData(child<QComboBox>(&dialog, "catalogItemCombo"), QStringLiteral("administrative-penalty-legal-person"));
    CHECK(child<QLabel>(&dialog, "catalogItemNote")->text().contains(QLatin1Char('[')));
    selectData(child<QComboBox>(&dialog, "severityCombo"), static_cast<int>(domain::Severity::Serious));
    QTest::keyClicks(child<QLineEdit>(&dialog, "basisNumberEdit"), QStringLiteral("TEST-PEN-2025-8"));
    CHECK_FALSE(confirm->isEnabled()); // the organ is still missing
    QTest::keyClicks(child<QLineEdit>(&dialog, "basisOrganEdit"), QStringLiteral("Test County Bureau"));
    child<QDateEdit>(&dialog, "basisDateEdit")->setDate(QDate(2025, 1, 10));
    child<QDateEdit>(&dialog, "effectiveOnEdit")->setDate(QDate(2025, 1, 9));
    CHECK_FALSE(confirm->isEnabled());
    CHECK(visibleProblem(&dialog).contains(QStringLiteral("2025-01-09")));
    child<QDateEdit>(&dialog, "effectiveOnEdit")->setDate(QDate(2025, 2, 10));
    CHECK(confirm->isEnabled());
    // The day of the conduct is optional; when stated, not after the basis document.
    auto* conductOn = child<QDateEdit>(&dialog, "conductOnEdit");
    CHECK_FALSE(conductOn->isEnabled());
    QTest::mouseClick(child<QCheckBox>(&dialog, "conductStatedCheck"), Qt::LeftButton);
    CHECK(conductOn->isEnabled());
    conductOn->setDate(QDate(2025, 1, 11));
    CHECK_FALSE(confirm->isEnabled());
    CHECK(visibleProblem(&dialog).contains(QStringLiteral("2025-01-11")));
    conductOn->setDate(QDate(2024, 12, 1));
    CHECK(confirm->isEnabled());
    // Acts cannot be dated in the future.
    CHECK(child<QDateEdit>(&dialog, "basisDateEdit")->maximumDate() == QDate(2026, 6, 30));

    test::TempDir scans;
    const QByteArray scanBytes("%PDF-1.4 scan of the penalty decision");
    {
        QFile file(scans.file(QStringLiteral("decision.pdf")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(scanBytes);
    }
    QString why;
    REQUIRE(dialog.scans()->addFile(scans.file(QStringLiteral("decision.pdf")), &why));
    CHECK_FALSE(dialog.scans()->addFile(scans.file(QStringLiteral("missing.pdf")), &why));
    CHECK_FALSE(why.isEmpty());

    QTest::mouseClick(confirm, Qt::LeftButton);
    INFO(visibleProblem(&dialog).toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.recorded().has_value());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM credit_records WHERE subject_id = %1").arg(subjectId)) == 1);
    CHECK(dialog.recorded()->record.conductOn == QDate(2024, 12, 1));
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT content FROM attachments")));
    REQUIRE(q.next());
    CHECK(q.value(0).toByteArray() == scanBytes);
}

TEST_CASE("New record dialog shows the citation when the basis is not a legally effective document", "[ui][work]") {
    WorkflowFixture f;
    const qint64 subjectId = f.addSubject();
    service::Session session(f.vault(), f.officer);
    auto db = f.db();
    auto subject = workflow::SubjectRegister::find(db, subjectId);
    REQUIRE(subject.ok());
    ui::NewRecordDialog dialog(session);
    dialog.setSubject(*subject);
    selectData(child<QComboBox>(&dialog, "catalogItemCombo"), QStringLiteral("administrative-penalty-legal-person"));
    selectData(child<QComboBox>(&dialog, "basisKindCombo"), static_cast<int>(domain::BasisDocumentKind::MediaReport));
    QTest::keyClicks(child<QLineEdit>(&dialog, "basisNumberEdit"), QStringLiteral("Evening paper 3 May"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "basisOrganEdit"), QStringLiteral("Evening paper"));
    child<QDateEdit>(&dialog, "basisDateEdit")->setDate(QDate(2025, 1, 10));
    child<QDateEdit>(&dialog, "effectiveOnEdit")->setDate(QDate(2025, 1, 10));
    const auto before = f.snapshot();
    QTest::mouseClick(child<QPushButton>(&dialog, "confirmButton"), Qt::LeftButton);
    CHECK(dialog.result() != QDialog::Accepted);
    const QString shown = visibleProblem(&dialog);
    INFO(shown.toStdString());
    CHECK(shown.contains(ui::FormText::tr("Legal basis: %1").arg(QString()).trimmed()));
    CHECK(shown.contains(QLatin1Char('[')));
    f.requireOnlyRefusalAudited(before, QStringLiteral("record.add"));
}

TEST_CASE("New case dialog opens a case on a record under an adopted standard", "[ui][work]") {
    WorkflowFixture f;
    const qint64 record = f.addRecord(f.addSubject());
    f.adoptStandard();
    service::Session session(f.vault(), f.officer);
    ui::NewCaseDialog dialog(session);
    auto* confirm = child<QPushButton>(&dialog, "confirmButton");
    CHECK_FALSE(confirm->isEnabled()); // no record yet
    dialog.setRecord(record);
    selectData(child<QComboBox>(&dialog, "listTypeCombo"), QStringLiteral("samr-serious-illegal"));
    CHECK_FALSE(child<QLabel>(&dialog, "listTypeNote")->text().isEmpty());
    selectData(child<QComboBox>(&dialog, "scopeCombo"), static_cast<int>(domain::ScopeCategory::PublicHealthAndSafety));
    child<QDateEdit>(&dialog, "openedOnEdit")->setDate(QDate(2025, 2, 20));
    REQUIRE(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    INFO(visibleProblem(&dialog).toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.opened().has_value());
    CHECK(dialog.opened()->stage == domain::CaseStage::NoticePrepared);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM cases WHERE record_id = %1").arg(record)) == 1);
}

TEST_CASE("New case dialog asks for the day the time to decide counts from and shows the notes before it closes "
          "[MOHRSS Order 45 Art. 8]",
          "[ui][work]") {
    WorkflowFixture f;
    const qint64 subject = f.addSubject();
    service::Session session(f.vault(), f.officer);
    auto open = [&](ui::NewCaseDialog& dialog, qint64 record) {
        dialog.setRecord(record);
        selectData(child<QComboBox>(&dialog, "listTypeCombo"), QStringLiteral("wage-arrears"));
        child<QDateEdit>(&dialog, "openedOnEdit")->setDate(QDate(2025, 2, 20));
    };
    SECTION("the day stated: the decision deadline is kept") {
        ui::NewCaseDialog dialog(session);
        open(dialog, f.addRecord(subject));
        auto* known = child<QCheckBox>(&dialog, "decisionLimitKnownCheck");
        auto* from = child<QDateEdit>(&dialog, "decisionLimitFromEdit");
        REQUIRE(known->isVisibleTo(&dialog));
        CHECK(child<QLabel>(&dialog, "decisionLimitNote")->text().contains(QStringLiteral("Art. 8")));
        CHECK_FALSE(from->isEnabled());
        known->setChecked(true);
        CHECK(from->isEnabled());
        from->setDate(QDate(2025, 2, 14));
        QTest::mouseClick(child<QPushButton>(&dialog, "confirmButton"), Qt::LeftButton);
        INFO(visibleProblem(&dialog).toStdString());
        REQUIRE(dialog.opened().has_value());
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'decision-due' AND case_id = %1 "
                                     "AND due_on = '2025-03-14'")
                          .arg(dialog.opened()->id)) == 1);
    }
    SECTION("the day not stated: the case opens, and the dialog stays to say no decision deadline is kept") {
        ui::NewCaseDialog dialog(session);
        open(dialog, f.addRecord(subject));
        auto* confirm = child<QPushButton>(&dialog, "confirmButton");
        QTest::mouseClick(confirm, Qt::LeftButton);
        REQUIRE(dialog.opened().has_value());
        CHECK(dialog.result() != QDialog::Accepted);
        const QString shown = visibleProblem(&dialog);
        INFO(shown.toStdString());
        CHECK(shown.contains(QStringLiteral("not stated")));
        CHECK(shown.contains(QStringLiteral("[U]")));
        CHECK_FALSE(child<QComboBox>(&dialog, "listTypeCombo")->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM cases")) == 1);
    }
    SECTION("a list type without a time to decide does not ask for it") {
        ui::NewCaseDialog dialog(session);
        dialog.setRecord(f.addRecord(subject));
        selectData(child<QComboBox>(&dialog, "listTypeCombo"), QStringLiteral("samr-serious-illegal"));
        CHECK_FALSE(child<QCheckBox>(&dialog, "decisionLimitKnownCheck")->isVisibleTo(&dialog));
    }
}

TEST_CASE("New case dialog shows the refusal and its citation when the record's severity does not reach the list",
          "[ui][work]") {
    WorkflowFixture f;
    const qint64 record = f.addRecord(f.addSubject(), domain::Severity::Minor);
    service::Session session(f.vault(), f.officer);
    ui::NewCaseDialog dialog(session);
    dialog.setRecord(record);
    selectData(child<QComboBox>(&dialog, "listTypeCombo"), QStringLiteral("samr-serious-illegal"));
    child<QDateEdit>(&dialog, "openedOnEdit")->setDate(QDate(2025, 2, 20));
    const auto before = f.snapshot();
    QTest::mouseClick(child<QPushButton>(&dialog, "confirmButton"), Qt::LeftButton);
    CHECK(dialog.result() != QDialog::Accepted);
    const QString shown = visibleProblem(&dialog);
    INFO(shown.toStdString());
    CHECK(shown.contains(QLatin1Char('[')));
    f.requireOnlyRefusalAudited(before, QStringLiteral("case.open"));
}

TEST_CASE("Standard dialogs show the law's minimum comment period and its refusal", "[ui][work]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.officer);
    domain::Standard none;
    ui::StandardStepDialog add(session, ui::StandardStepDialog::Step::Add, none);
    selectData(child<QComboBox>(&add, "listTypeCombo"), QStringLiteral("samr-serious-illegal"));
    CHECK_FALSE(child<QPushButton>(&add, "confirmButton")->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&add, "standardTitleEdit"), QStringLiteral("Designation standard (draft)"));
    QTest::mouseClick(child<QPushButton>(&add, "confirmButton"), Qt::LeftButton);
    REQUIRE(add.result().has_value());
    const domain::Standard draft = *add.result();
    CHECK(draft.stage == domain::StandardStatus::Draft);

    ui::StandardStepDialog tooShort(session, ui::StandardStepDialog::Step::OpenComment, draft);
    const QString minimum = child<QLabel>(&tooShort, "commentMinimumLabel")->text();
    INFO(minimum.toStdString());
    CHECK(minimum.contains(QLatin1Char('[')));
    child<QDateEdit>(&tooShort, "commentFromEdit")->setDate(QDate(2026, 6, 1));
    child<QDateEdit>(&tooShort, "commentToEdit")->setDate(QDate(2026, 5, 30));
    CHECK_FALSE(child<QPushButton>(&tooShort, "confirmButton")->isEnabled());
    child<QDateEdit>(&tooShort, "commentToEdit")->setDate(QDate(2026, 6, 5));
    const auto before = f.snapshot();
    QTest::mouseClick(child<QPushButton>(&tooShort, "confirmButton"), Qt::LeftButton);
    CHECK_FALSE(tooShort.result().has_value());
    CHECK(visibleProblem(&tooShort).contains(QLatin1Char('[')));
    f.requireOnlyRefusalAudited(before, QStringLiteral("standard.open-comment"));

    ui::StandardStepDialog open(session, ui::StandardStepDialog::Step::OpenComment, draft);
    child<QDateEdit>(&open, "commentFromEdit")->setDate(QDate(2026, 5, 1));
    child<QDateEdit>(&open, "commentToEdit")->setDate(QDate(2026, 6, 15));
    QTest::mouseClick(child<QPushButton>(&open, "confirmButton"), Qt::LeftButton);
    INFO(visibleProblem(&open).toStdString());
    REQUIRE(open.result().has_value());
    CHECK(open.result()->stage == domain::StandardStatus::OpenForComment);
    CHECK(open.result()->commentClosedOn == QDate(2026, 6, 15));
}

TEST_CASE("New-work dialogs name and label every input", "[ui][work][accessibility]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.officer);
    ui::NewSubjectDialog subject(session);
    test::requireAccessibleInputs(&subject);
    ui::NewRecordDialog record(session);
    test::requireAccessibleInputs(&record);
    ui::NewCaseDialog caseDialog(session);
    test::requireAccessibleInputs(&caseDialog);
    domain::Standard standard;
    standard.listType = QStringLiteral("samr-serious-illegal");
    for (auto step : {ui::StandardStepDialog::Step::Add, ui::StandardStepDialog::Step::OpenComment,
                      ui::StandardStepDialog::Step::Adopt, ui::StandardStepDialog::Step::Abolish}) {
        ui::StandardStepDialog dialog(session, step, standard);
        test::requireAccessibleInputs(&dialog);
    }
}
