#include "workflow/DeadlineRegister.h"

#include "WorkflowFixture.h"
#include "calendar/WorkCalendar.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using domain::DeadlineKind;
using domain::DeadlineStatus;
using workflow::DeadlineRegister;

namespace {

rules::RuleDuration workingDays(int n) {
    rules::RuleDuration d;
    d.count = n;
    d.mode = rules::RuleDuration::Mode::WorkingDays;
    d.source = QStringLiteral("Test rule Art. 1");
    d.mark = rules::Mark::Verified;
    return d;
}

} // namespace

TEST_CASE("A deadline is stored with its inputs and computed with the work calendar") {
    WorkflowFixture f;
    const qint64 subject = f.addSubject();
    QSqlDatabase db = f.db();
    const auto calendar = calendar::WorkCalendar::builtIn();
    DeadlineRegister::Owner owner;
    owner.subjectId = subject;
    owner.standardId = 0;
    // Friday 2025-09-26 + 5 working days: Sunday 28 Sep (a make-up working day), 29, 30 Sep, then the holiday of
    // 1-8 Oct, then 9 and 10 Oct = 2025-10-10.
    auto opened =
        DeadlineRegister::open(db, DeadlineKind::ObjectionWindow, owner, QDate(2025, 9, 26), workingDays(5), calendar);
    REQUIRE(opened.ok());
    CHECK(opened->dueOn == QDate(2025, 10, 10));
    CHECK_FALSE(opened->provisional);
    CHECK(opened->ruleMode == QStringLiteral("working-days"));
    CHECK(opened->calendarVersion == calendar.versionTag());
    CHECK(opened->source == QStringLiteral("Test rule Art. 1 [V]"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE trigger_on = '2025-09-26' AND rule_count = 5 "
                                 "AND count_start_day = 0")) == 1);
}

TEST_CASE("Deadlines are listed as of a date: within N days, overdue, or all open ones") {
    WorkflowFixture f;
    const qint64 subject = f.addSubject();
    QSqlDatabase db = f.db();
    DeadlineRegister::Owner owner;
    owner.subjectId = subject;
    for (const QDate due : {QDate(2026, 6, 1), QDate(2026, 6, 29), QDate(2026, 7, 3), QDate(2026, 8, 1)})
        REQUIRE(DeadlineRegister::openFixed(db, DeadlineKind::AssessmentDue, owner, due, QStringLiteral("x")).ok());
    auto list = [&](std::optional<int> within, bool overdue) {
        DeadlineRegister::Query query;
        query.asOf = QDate(2026, 6, 30);
        query.within = within;
        query.overdue = overdue;
        auto due = DeadlineRegister::due(db, query);
        REQUIRE(due.ok());
        QList<qint64> days;
        for (const auto& row : *due)
            days << row.daysLeft;
        return days;
    };
    CHECK(list(std::nullopt, false) == QList<qint64>{-29, -1, 3, 32});
    CHECK(list(7, false) == QList<qint64>{3});
    CHECK(list(std::nullopt, true) == QList<qint64>{-29, -1});
    CHECK(list(7, true) == QList<qint64>{-29, -1, 3});
    CHECK(list(0, false).isEmpty());
}

TEST_CASE("Closing deadlines marks them met or cancelled and keeps them") {
    WorkflowFixture f;
    const qint64 id = f.openCase();
    QSqlDatabase db = f.db();
    DeadlineRegister::Owner owner;
    owner.caseId = id;
    REQUIRE(
        DeadlineRegister::close(db, owner, DeadlineKind::NoticeService, DeadlineStatus::Met, QDate(2025, 2, 21)).ok());
    auto all = DeadlineRegister::of(db, owner);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->first().status == DeadlineStatus::Met);
    CHECK(all->first().closedOn == QDate(2025, 2, 21));
    DeadlineRegister::Query query;
    query.asOf = QDate(2025, 2, 21);
    auto open = DeadlineRegister::due(db, query);
    REQUIRE(open.ok());
    for (const auto& row : *open)
        CHECK(row.deadline.caseId != id);
}

TEST_CASE("recomputeAll has the calendar-change handler's signature and leaves fixed dates alone") {
    WorkflowFixture f;
    const qint64 subject = f.addSubject();
    QSqlDatabase db = f.db();
    DeadlineRegister::Owner owner;
    owner.subjectId = subject;
    REQUIRE(DeadlineRegister::openFixed(db, DeadlineKind::CommentClose, owner, QDate(2025, 2, 26), QStringLiteral("x"))
                .ok());
    auto computed = DeadlineRegister::open(db, DeadlineKind::ObjectionAnswer, owner, QDate(2025, 2, 21), workingDays(3),
                                           calendar::WorkCalendar::builtIn());
    REQUIRE(computed.ok());
    CHECK(computed->dueOn == QDate(2025, 2, 26));
    // An empty calendar: weekends only, every 2025 holiday gone; 2025-02-26 stays (no holiday nearby) but the
    // deadline becomes provisional (no published schedule), which is stored without counting as a move.
    workflow::RuleAdministration::CalendarChangeHandler handler = &DeadlineRegister::recomputeAll;
    auto moved = handler(db, calendar::WorkCalendar::builtIn(), calendar::WorkCalendar());
    REQUIRE(moved.ok());
    CHECK(moved->isEmpty());
    CHECK(f.count(QStringLiteral("SELECT provisional FROM deadlines WHERE kind = 'objection-answer'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'comment-close' AND calendar_version = "
                                 "'fixed'")) == 1);
}
