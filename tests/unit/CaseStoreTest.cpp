// workflow::CaseStore: the one place of the SQL of cases, notices, objections, re-examinations, decisions and
// applied measures. What is written reads back the same; a failed statement is an Error in storage::SqlError's words,
// never an empty answer.
#include "workflow/CaseStore.h"

#include "WorkflowFixture.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using domain::CaseStage;
using workflow::CaseStore;

namespace {

domain::Case newCase(WorkflowFixture& f) {
    const qint64 subject = f.addSubject();
    const qint64 record = f.addRecord(subject);
    domain::Case c;
    c.recordId = record;
    c.subjectId = subject;
    c.listType = QStringLiteral("samr-serious-illegal");
    c.scope = domain::ScopeCategory::PublicHealthAndSafety;
    c.ground = QStringLiteral("ground-a");
    c.circumstances = {QStringLiteral("adequate-security"), QStringLiteral("other")};
    c.stage = CaseStage::NoticePrepared;
    c.officer = f.officer.name;
    c.organId = f.officer.organ.id;
    c.openedOn = QDate(2025, 2, 20);
    return c;
}

void dropTable(WorkflowFixture& f, const QString& table) {
    QSqlQuery drop(f.db());
    REQUIRE(drop.exec(QStringLiteral("DROP TABLE %1").arg(table)));
}

} // namespace

TEST_CASE("CaseStore writes a case and reads it back, and finds the open case of a record and list") {
    WorkflowFixture f;
    QSqlDatabase db = f.db();
    const domain::Case c = newCase(f);
    auto id = CaseStore::insert(db, c);
    REQUIRE(id.ok());
    auto loaded = CaseStore::load(db, *id);
    REQUIRE(loaded.ok());
    CHECK(loaded->id == *id);
    CHECK(loaded->recordId == c.recordId);
    CHECK(loaded->subjectId == c.subjectId);
    CHECK(loaded->listType == c.listType);
    CHECK(loaded->standardId == 0);
    CHECK(loaded->scope == c.scope);
    CHECK(loaded->ground == c.ground);
    CHECK(loaded->circumstances == c.circumstances);
    CHECK(loaded->stage == CaseStage::NoticePrepared);
    CHECK(loaded->officer == c.officer);
    CHECK(loaded->organId == c.organId);
    CHECK(loaded->openedOn == c.openedOn);
    CHECK_FALSE(loaded->decidedOn.isValid());
    CHECK(loaded->createdAt.isValid());

    auto open = CaseStore::openCaseOn(db, c.recordId, c.listType);
    REQUIRE(open.ok());
    REQUIRE(open->has_value());
    CHECK(**open == *id);
    auto otherList = CaseStore::openCaseOn(db, c.recordId, QStringLiteral("another-list"));
    REQUIRE(otherList.ok());
    CHECK_FALSE(otherList->has_value());

    domain::Case changed = *loaded;
    changed.stage = CaseStage::Listed;
    changed.noticeServedOn = QDate(2025, 2, 21);
    changed.objectionWindowEnds = QDate(2025, 2, 28);
    changed.decidedOn = QDate(2025, 3, 6);
    changed.decidedBy = f.supervisor.name;
    changed.listedUntil = QDate(2028, 3, 6);
    changed.ruleEditions = QStringLiteral("catalog:2025:1");
    REQUIRE(CaseStore::save(db, changed).ok());
    auto saved = CaseStore::load(db, *id);
    REQUIRE(saved.ok());
    CHECK(saved->stage == CaseStage::Listed);
    CHECK(saved->noticeServedOn == changed.noticeServedOn);
    CHECK(saved->objectionWindowEnds == changed.objectionWindowEnds);
    CHECK(saved->decidedOn == changed.decidedOn);
    CHECK(saved->decidedBy == changed.decidedBy);
    CHECK(saved->listedUntil == changed.listedUntil);
    CHECK(saved->ruleEditions == changed.ruleEditions);

    REQUIRE(CaseStore::setStage(db, *id, CaseStage::Removed, QDate(2026, 1, 5), QStringLiteral("restoration-granted"))
                .ok());
    auto removed = CaseStore::load(db, *id);
    REQUIRE(removed.ok());
    CHECK(removed->stage == CaseStage::Removed);
    CHECK(removed->closedOn == QDate(2026, 1, 5));
    CHECK(removed->closedReason == QStringLiteral("restoration-granted"));
    auto noLongerOpen = CaseStore::openCaseOn(db, c.recordId, c.listType);
    REQUIRE(noLongerOpen.ok());
    CHECK_FALSE(noLongerOpen->has_value());

    auto summaries = CaseStore::summaries(db, {f.officer.organ.id}, std::nullopt, 0);
    REQUIRE(summaries.ok());
    REQUIRE(summaries->size() == 1);
    CHECK(summaries->first().id == *id);
    CHECK(summaries->first().stage == CaseStage::Removed);
    CHECK_FALSE(summaries->first().subjectName.isEmpty());
    auto ofStage = CaseStore::summaries(db, {f.officer.organ.id}, CaseStage::Listed, 0);
    REQUIRE(ofStage.ok());
    CHECK(ofStage->isEmpty());
    auto noOrgan = CaseStore::summaries(db, {}, std::nullopt, 0);
    REQUIRE(noOrgan.ok());
    CHECK(noOrgan->isEmpty());

    auto missing = CaseStore::load(db, *id + 100);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("CaseStore keeps a case's notice, objection and re-examination as they were written") {
    WorkflowFixture f;
    QSqlDatabase db = f.db();
    auto caseId = CaseStore::insert(db, newCase(f));
    REQUIRE(caseId.ok());

    domain::Notice notice;
    notice.caseId = *caseId;
    notice.preparedOn = QDate(2025, 2, 20);
    notice.preparedBy = f.officer.name;
    notice.chainSeq = 7;
    notice.chainHash = QStringLiteral("abc123");
    REQUIRE(CaseStore::insertNotice(db, notice).ok());
    REQUIRE(CaseStore::markNoticeServed(db, *caseId, QDate(2025, 2, 21), f.officer2.name).ok());
    auto notices = CaseStore::notices(db, *caseId);
    REQUIRE(notices.ok());
    REQUIRE(notices->size() == 1);
    CHECK(notices->first().preparedOn == notice.preparedOn);
    CHECK(notices->first().chainSeq == 7);
    CHECK(notices->first().chainHash == notice.chainHash);
    CHECK(notices->first().servedOn == QDate(2025, 2, 21));
    CHECK(notices->first().servedBy == f.officer2.name);

    auto none = CaseStore::latestProceedingDate(db, *caseId);
    REQUIRE(none.ok());
    CHECK_FALSE(none->isValid());

    domain::Objection objection;
    objection.caseId = *caseId;
    objection.receivedOn = QDate(2025, 2, 25);
    objection.receivedBy = f.officer.name;
    objection.text = QStringLiteral("The facts are wrong.");
    objection.answerDue = QDate(2025, 3, 4);
    auto objectionId = CaseStore::insertObjection(db, objection);
    REQUIRE(objectionId.ok());
    auto pending = CaseStore::pendingObjection(db, *caseId);
    REQUIRE(pending.ok());
    REQUIRE(pending->has_value());
    CHECK((*pending)->id == *objectionId);
    CHECK((*pending)->answerDue == objection.answerDue);
    CHECK_FALSE((*pending)->outcome.has_value());
    domain::Objection answered = **pending;
    answered.answeredOn = QDate(2025, 2, 27);
    answered.answeredBy = f.supervisor.name;
    answered.outcome = domain::ObjectionOutcome::Rejected;
    answered.answerText = QStringLiteral("The facts are proven.");
    REQUIRE(CaseStore::answerObjection(db, answered).ok());
    auto noneLeft = CaseStore::pendingObjection(db, *caseId);
    REQUIRE(noneLeft.ok());
    CHECK_FALSE(noneLeft->has_value());
    auto objections = CaseStore::objections(db, *caseId);
    REQUIRE(objections.ok());
    REQUIRE(objections->size() == 1);
    CHECK(objections->first().text == objection.text);
    CHECK(objections->first().outcome == domain::ObjectionOutcome::Rejected);
    CHECK(objections->first().answerText == answered.answerText);
    CHECK(objections->first().answeredOn == answered.answeredOn);

    domain::ReExamination review;
    review.caseId = *caseId;
    review.submittedOn = QDate(2025, 3, 3);
    review.submittedBy = f.officer.name;
    review.submitText = QStringLiteral("Please re-examine.");
    auto reviewId = CaseStore::insertReExamination(db, review);
    REQUIRE(reviewId.ok());
    auto pendingReview = CaseStore::pendingReExamination(db, *caseId);
    REQUIRE(pendingReview.ok());
    REQUIRE(pendingReview->has_value());
    domain::ReExamination decided = **pendingReview;
    CHECK(decided.id == *reviewId);
    decided.decidedOn = QDate(2025, 3, 5);
    decided.decidedBy = f.provincial.name;
    decided.outcome = domain::ReExaminationOutcome::Approved;
    decided.decideText = QStringLiteral("Approved.");
    REQUIRE(CaseStore::decideReExamination(db, decided).ok());
    auto reviews = CaseStore::reExaminations(db, *caseId);
    REQUIRE(reviews.ok());
    REQUIRE(reviews->size() == 1);
    CHECK(reviews->first().submitText == review.submitText);
    CHECK(reviews->first().outcome == domain::ReExaminationOutcome::Approved);
    CHECK(reviews->first().decidedBy == f.provincial.name);
    auto noReviewLeft = CaseStore::pendingReExamination(db, *caseId);
    REQUIRE(noReviewLeft.ok());
    CHECK_FALSE(noReviewLeft->has_value());

    auto latest = CaseStore::latestProceedingDate(db, *caseId);
    REQUIRE(latest.ok());
    CHECK(*latest == QDate(2025, 3, 5));
}

TEST_CASE("CaseStore keeps a decision with its measures and lifts and reinstates them") {
    WorkflowFixture f;
    QSqlDatabase db = f.db();
    auto caseId = CaseStore::insert(db, newCase(f));
    REQUIRE(caseId.ok());
    auto before = CaseStore::decision(db, *caseId);
    REQUIRE(before.ok());
    CHECK_FALSE(before->has_value());

    domain::Decision d;
    d.caseId = *caseId;
    d.decidedOn = QDate(2025, 3, 6);
    d.decidedBy = f.supervisor.name;
    d.termId = QStringLiteral("fixed-3y");
    d.listedFrom = d.decidedOn;
    d.listedUntil = QDate(2028, 3, 6);
    d.ruleEditions = QStringLiteral("catalog:2025:1");
    d.reason = QStringLiteral("Serious illegal conduct.");
    d.citations = {QStringLiteral("Provision A"), QStringLiteral("Provision B")};
    d.chainSeq = 12;
    d.chainHash = QStringLiteral("def456");
    auto decisionId = CaseStore::insertDecision(db, d);
    REQUIRE(decisionId.ok());
    domain::AppliedMeasure m;
    m.measureId = QStringLiteral("measure-1");
    m.measureUse = QStringLiteral("order");
    m.measuresEdition = QStringLiteral("2025");
    m.citations = {QStringLiteral("Provision C")};
    REQUIRE(CaseStore::insertMeasure(db, *decisionId, *caseId, m).ok());

    auto read = CaseStore::decision(db, *caseId);
    REQUIRE(read.ok());
    REQUIRE(read->has_value());
    const domain::Decision& r = **read;
    CHECK(r.id == *decisionId);
    CHECK(r.termId == d.termId);
    CHECK(r.listedUntil == d.listedUntil);
    CHECK(r.reason == d.reason);
    CHECK(r.citations == d.citations);
    CHECK(r.chainSeq == 12);
    CHECK(r.chainHash == d.chainHash);
    REQUIRE(r.measures.size() == 1);
    CHECK(r.measures.first().measureId == m.measureId);
    CHECK(r.measures.first().measureUse == m.measureUse);
    CHECK(r.measures.first().measuresEdition == m.measuresEdition);
    CHECK(r.measures.first().citations == m.citations);
    CHECK_FALSE(r.measures.first().liftedOn.isValid());

    REQUIRE(CaseStore::setListingTerm(db, *caseId, QDate(2025, 3, 10), QDate(2028, 3, 10)).ok());
    REQUIRE(CaseStore::liftMeasures(db, *caseId, QDate(2026, 1, 5)).ok());
    auto lifted = CaseStore::decision(db, *caseId);
    REQUIRE(lifted.ok());
    CHECK((*lifted)->listedFrom == QDate(2025, 3, 10));
    CHECK((*lifted)->listedUntil == QDate(2028, 3, 10));
    CHECK((*lifted)->measures.first().liftedOn == QDate(2026, 1, 5));

    REQUIRE(CaseStore::reinstateMeasures(db, *caseId, QDate(2026, 1, 5), QDate(2026, 2, 1)).ok());
    auto reinstated = CaseStore::decision(db, *caseId);
    REQUIRE(reinstated.ok());
    CHECK((*reinstated)->measures.first().reinstatedOn == QDate(2026, 2, 1));
}

TEST_CASE("A failed statement of CaseStore is an error in the SQL error helper's words, not an empty answer") {
    WorkflowFixture f;
    QSqlDatabase db = f.db();
    auto caseId = CaseStore::insert(db, newCase(f));
    REQUIRE(caseId.ok());
    const QString what = QStringLiteral("The case could not be read or written: ");

    SECTION("the objections of a case") {
        dropTable(f, QStringLiteral("objections"));
        auto objections = CaseStore::objections(db, *caseId);
        REQUIRE_FALSE(objections.ok());
        CHECK(objections.error().kind == ErrorKind::Failure);
        CHECK(objections.error().message.startsWith(what));
        CHECK(objections.error().message.contains(QStringLiteral("objections")));
        auto pending = CaseStore::pendingObjection(db, *caseId);
        REQUIRE_FALSE(pending.ok());
        CHECK(pending.error().message.startsWith(what));
        // The date of the case's latest step was read as "none" when its query failed; now the failure is said.
        auto latest = CaseStore::latestProceedingDate(db, *caseId);
        REQUIRE_FALSE(latest.ok());
        CHECK(latest.error().message.startsWith(what));
    }
    SECTION("the decision and its measures") {
        dropTable(f, QStringLiteral("applied_measures"));
        auto decision = CaseStore::decision(db, *caseId);
        CHECK(decision.ok()); // no decision: the measures are not read
        domain::Decision d;
        d.caseId = *caseId;
        d.decidedOn = QDate(2025, 3, 6);
        d.decidedBy = f.supervisor.name;
        d.termId = QStringLiteral("fixed-3y");
        d.listedFrom = d.decidedOn;
        d.ruleEditions = QStringLiteral("catalog:2025:1");
        d.reason = QStringLiteral("Serious illegal conduct.");
        d.citations = {QStringLiteral("Provision A")};
        d.chainHash = QStringLiteral("def456");
        REQUIRE(CaseStore::insertDecision(db, d).ok());
        auto withMeasures = CaseStore::decision(db, *caseId);
        REQUIRE_FALSE(withMeasures.ok());
        CHECK(withMeasures.error().message.startsWith(what));
        CHECK(withMeasures.error().message.contains(QStringLiteral("applied_measures")));
        Status lifted = CaseStore::liftMeasures(db, *caseId, QDate(2026, 1, 5));
        REQUIRE_FALSE(lifted.ok());
        CHECK(lifted.error().message.startsWith(what));
    }
}

TEST_CASE("A case step whose earlier steps cannot be read fails instead of taking them as none") {
    WorkflowFixture f;
    const qint64 caseId = f.servedCase();
    auto context = f.as(f.officer);
    workflow::CaseWorkflow cases(context);
    dropTable(f, QStringLiteral("objections"));
    auto submitted = cases.submitReExamination(caseId, QDate(2025, 3, 3), QStringLiteral("Please re-examine."));
    REQUIRE_FALSE(submitted.ok());
    CHECK(submitted.error().kind == ErrorKind::Failure);
    CHECK(submitted.error().message.startsWith(QStringLiteral("The case could not be read or written: ")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM re_examinations")) == 0);
}
