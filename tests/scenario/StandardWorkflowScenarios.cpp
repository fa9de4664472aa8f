// Designation standards (Guiding Opinions IV(7)): public comment for at least the minimum period, adoption only after
// it closed, periodic assessment, revision and abolition.
#include "WorkflowFixture.h"
#include "workflow/StandardWorkflow.h"

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using domain::StandardStatus;
using workflow::StandardWorkflow;

SCENARIO("A designation standard is open for public comment for at least 30 days [Opinions IV(7)]") {
    WorkflowFixture f;
    auto asOfficer = f.as(f.officer);
    StandardWorkflow drafting(asOfficer);
    auto draft = drafting.add(QStringLiteral("samr-serious-illegal"), QStringLiteral("Standard"));
    REQUIRE(draft.ok());
    CHECK(draft->stage == StandardStatus::Draft);

    WHEN("the comment period is 20 days") {
        const auto before = f.snapshot();
        auto opened = drafting.openComment(draft->id, QDate(2026, 3, 2), QDate(2026, 3, 21));
        THEN("it is refused, naming the earliest closing day and the provision") {
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().kind == ErrorKind::Refused);
            CHECK(opened.error().message.contains(QStringLiteral("2026-04-01")));
            CHECK(opened.error().citations.join(QLatin1Char(' ')).contains(QStringLiteral("IV(7)")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("standard.open-comment"));
        }
    }
    WHEN("the comment period would open in the future") {
        const auto before = f.snapshot();
        auto opened = drafting.openComment(draft->id, QDate(2026, 7, 1), QDate(2026, 8, 15));
        THEN("it is refused") {
            REQUIRE_FALSE(opened.ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("standard.open-comment"));
        }
    }
    WHEN("the period lasts 31 days") {
        auto opened = drafting.openComment(draft->id, QDate(2026, 3, 2), QDate(2026, 4, 1));
        REQUIRE(opened.ok());
        CHECK(opened->stage == StandardStatus::OpenForComment);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'comment-close' AND due_on = "
                                     "'2026-04-01'")) == 1);
        auto asSupervisor = f.as(f.supervisor);
        StandardWorkflow adopting(asSupervisor);
        THEN("adoption on the last day of comment is refused") {
            const auto before = f.snapshot();
            auto adopted = adopting.adopt(draft->id, QDate(2026, 4, 1));
            REQUIRE_FALSE(adopted.ok());
            CHECK(adopted.error().message.contains(QStringLiteral("only after the period has closed")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("standard.adopt"));
        }
        THEN("an officer may not adopt it") {
            const auto before = f.snapshot();
            auto adopted = drafting.adopt(draft->id, QDate(2026, 4, 2));
            REQUIRE_FALSE(adopted.ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("standard.adopt"));
        }
        THEN("a supervisor adopts it after the period; it is in force and its assessment is due") {
            auto adopted = adopting.adopt(draft->id, QDate(2026, 4, 2), {}, QDate(2027, 4, 2));
            REQUIRE(adopted.ok());
            CHECK(adopted->stage == StandardStatus::InForce);
            CHECK(adopted->inForceFrom == QDate(2026, 4, 2));
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'comment-close' AND status = "
                                         "'met'")) == 1);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'assessment-due' AND due_on = "
                                         "'2027-04-02' AND status = 'open'")) == 1);
        }
    }
}

SCENARIO("A standard in force is assessed periodically, revised by a newer one, or abolished [Opinions IV(7)]") {
    WorkflowFixture f;
    const qint64 first = f.adoptStandard();
    auto asSupervisor = f.as(f.supervisor);
    StandardWorkflow standards(asSupervisor);

    WHEN("an assessment is dated before the standard came into force") {
        const auto before = f.snapshot();
        auto assessed = standards.assess(first, QDate(2024, 11, 1));
        THEN("it is refused") {
            REQUIRE_FALSE(assessed.ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("standard.assess"));
        }
    }
    WHEN("it is assessed") {
        auto assessed = standards.assess(first, QDate(2025, 11, 10), QDate(2026, 11, 10));
        THEN("the assessment is recorded and the next one is due") {
            REQUIRE(assessed.ok());
            CHECK(assessed->lastAssessedOn == QDate(2025, 11, 10));
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'assessment-due' AND status = "
                                         "'open' AND due_on = '2026-11-10'")) == 1);
        }
    }
    WHEN("a newer standard for the same list is adopted") {
        auto asOfficer = f.as(f.officer);
        auto newer = StandardWorkflow(asOfficer).add(QStringLiteral("samr-serious-illegal"), QStringLiteral("v2"));
        REQUIRE(newer.ok());
        REQUIRE(StandardWorkflow(asOfficer).openComment(newer->id, QDate(2026, 1, 5), QDate(2026, 2, 10)).ok());
        auto adopted = standards.adopt(newer->id, QDate(2026, 2, 12), QDate(2026, 3, 1));
        THEN("the older one is revised from the day the newer one comes into force") {
            REQUIRE(adopted.ok());
            QSqlDatabase db = f.db();
            auto old = StandardWorkflow::find(db, first);
            REQUIRE(old.ok());
            CHECK(old->stage == StandardStatus::Revised);
            CHECK(old->endedOn == QDate(2026, 3, 1));
            auto governing = StandardWorkflow::governing(db, QStringLiteral("samr-serious-illegal"), QDate(2026, 2, 20),
                                                         f.officer.organ);
            REQUIRE(governing.ok());
            REQUIRE(governing->has_value());
            CHECK((*governing)->id == first);
            CHECK(StandardWorkflow::facts(**governing, {}, QDate(2026, 2, 20)).status == StandardStatus::InForce);
        }
    }
    WHEN("it is abolished") {
        auto abolished = standards.abolish(first, QDate(2026, 1, 1));
        THEN("it no longer counts as in force") {
            REQUIRE(abolished.ok());
            CHECK(abolished->stage == StandardStatus::Abolished);
            CHECK(StandardWorkflow::facts(*abolished, {}, QDate(2026, 2, 1)).status == StandardStatus::Abolished);
            const auto before = f.snapshot();
            REQUIRE_FALSE(standards.assess(first, QDate(2026, 2, 1)).ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("standard.assess"));
        }
    }
    WHEN("an auditor tries to record a standard") {
        auto asAuditor = f.as(f.auditor);
        const auto before = f.snapshot();
        auto added = StandardWorkflow(asAuditor).add(QStringLiteral("samr-serious-illegal"), QStringLiteral("x"));
        THEN("the table refuses it") {
            REQUIRE_FALSE(added.ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("standard.add"));
        }
    }
    WHEN("a standard is recorded for a list type the rules do not know") {
        auto asOfficer = f.as(f.officer);
        const auto before = f.snapshot();
        auto added = StandardWorkflow(asOfficer).add(QStringLiteral("no-such-list"), QStringLiteral("x"));
        THEN("it is refused: lists need a legal basis") {
            REQUIRE_FALSE(added.ok());
            CHECK(added.error().citations.join(QLatin1Char(' ')).contains(QStringLiteral("IV(6)")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("standard.add"));
        }
    }
}
