// Deadlines keep their inputs and move when the holiday calendar changes (DESIGN.md "Deadlines keep their inputs";
// DOMAIN.md §8): every move is stored and audited, and `deadlines --as-of` answers from the stored dates.
#include "WorkflowFixture.h"
#include "audit/AuditLog.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/DeadlineRegister.h"
#include "workflow/RuleAdministration.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using workflow::DeadlineRegister;

namespace {

// The 2025 schedule with one more day off (a hypothetical extra holiday) and a new version.
QByteArray schedule2025WithExtraDayOff(const QString& date, const QString& version) {
    QFile file(QStringLiteral(":/rules/calendars/cn-holidays-2025.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray off = json.value(QStringLiteral("offDays")).toArray();
    off.append(QJsonObject{{QStringLiteral("date"), date}, {QStringLiteral("name"), QStringLiteral("extra")}});
    json.insert(QStringLiteral("offDays"), off);
    json.insert(QStringLiteral("version"), version);
    return QJsonDocument(json).toJson();
}

} // namespace

SCENARIO("A changed holiday calendar moves the open deadlines it affects, and the move is recorded [DOMAIN.md §8]") {
    WorkflowFixture f;
    const qint64 id = f.servedCase(); // objection window 2025-02-21 + 5 working days = 2025-02-28
    const qint64 auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));

    WHEN("the administrator imports a 2025 schedule that makes Wednesday 2025-02-26 a day off") {
        auto imported = workflow::RuleAdministration::importBytes(
            f.vault(), schedule2025WithExtraDayOff(QStringLiteral("2025-02-26"), QStringLiteral("2025.9")),
            QStringLiteral("cn-holidays-2025-v9.json"));
        THEN("the objection window moves to Monday 2025-03-03, on the deadline and on the case, with an audit entry") {
            REQUIRE(imported.ok());
            REQUIRE(imported->movedDeadlines.size() == 1);
            CHECK(imported->movedDeadlines.first().before == QDate(2025, 2, 28));
            CHECK(imported->movedDeadlines.first().after == QDate(2025, 3, 3));
            QSqlDatabase db = f.db();
            CHECK(workflow::CaseWorkflow::load(db, id)->objectionWindowEnds == QDate(2025, 3, 3));
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'objection-window' AND due_on = "
                                         "'2025-03-03' AND calendar_version LIKE '%2025.9%'")) == 1);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'deadline.moved' AND actor = "
                                         "'admin' AND payload LIKE '%\"before\":\"2025-02-28\"%' AND payload LIKE "
                                         "'%\"after\":\"2025-03-03\"%'")) == 1);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) > auditBefore);
            CHECK(audit::AuditLog::verify(db).intact);
        }
        AND_THEN("an objection received on 2025-03-03 is now within the window") {
            REQUIRE(imported.ok());
            auto context = f.as(f.officer);
            CHECK(workflow::CaseWorkflow(context).receiveObjection(id, QDate(2025, 3, 3), QStringLiteral("x")).ok());
        }
    }
    WHEN("the new schedule changes only days that no open deadline touches") {
        auto imported = workflow::RuleAdministration::importBytes(
            f.vault(), schedule2025WithExtraDayOff(QStringLiteral("2025-12-31"), QStringLiteral("2025.8")),
            QStringLiteral("cn-holidays-2025-v8.json"));
        THEN("nothing moves") {
            REQUIRE(imported.ok());
            CHECK(imported->movedDeadlines.isEmpty());
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'deadline.moved'")) == 0);
        }
    }
}

SCENARIO("Deadlines in a year without a published holiday schedule are provisional [DOMAIN.md §8]") {
    WorkflowFixture f(QDate(2027, 6, 30));
    const qint64 record =
        f.addRecord(f.addSubject(), domain::Severity::Serious, QDate(2027, 1, 11), QDate(2027, 2, 10));
    f.adoptStandard();
    auto context = f.as(f.officer);
    workflow::CaseWorkflow cases(context);
    workflow::CaseWorkflow::OpenCase request;
    request.recordId = record;
    request.listType = QStringLiteral("samr-serious-illegal");
    request.scope = domain::ScopeCategory::PublicHealthAndSafety;
    request.on = QDate(2027, 2, 20);
    auto opened = cases.open(request);
    REQUIRE(opened.ok());
    REQUIRE(cases.serveNotice(opened->id, QDate(2027, 2, 22)).ok());
    CHECK(f.count(QStringLiteral("SELECT provisional FROM deadlines WHERE kind = 'objection-window'")) == 1);

    QSqlDatabase db = f.db();
    DeadlineRegister::Query query;
    query.asOf = QDate(2027, 2, 25);
    query.within = 7;
    auto due = DeadlineRegister::due(db, query);
    REQUIRE(due.ok());
    bool found = false;
    for (const auto& row : *due) {
        if (row.deadline.kind == domain::DeadlineKind::ObjectionWindow) {
            found = true;
            CHECK(row.deadline.provisional);
            CHECK(row.daysLeft == 4); // 2027-03-01
            CHECK(row.subjectName == QStringLiteral("Test Food Co., Ltd."));
        }
    }
    CHECK(found);
}
