#include "workflow/SubjectRegister.h"

#include "WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using domain::SubjectKind;
using workflow::SubjectRegister;

TEST_CASE("Subjects are recorded with a validated, normalised identifier, one per identifier") {
    WorkflowFixture f;
    auto context = f.as(f.officer);
    SubjectRegister subjects(context);

    auto added = subjects.add(
        {SubjectKind::Enterprise, QStringLiteral(" Test Co. "), QStringLiteral("91350100m000100y43"), {}, {}});
    REQUIRE(added.ok());
    CHECK(added->identifier == QStringLiteral("91350100M000100Y43"));
    CHECK(added->name == QStringLiteral("Test Co."));
    CHECK(added->identifierKind == QStringLiteral("uscc"));
    CHECK(f.lastAuditEvent() == QStringLiteral("subject.add"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE payload LIKE '%91350100M000100Y43%'")) == 0);

    SECTION("the same identifier again is refused, naming the existing subject") {
        const auto before = f.snapshot();
        auto again = subjects.add(
            {SubjectKind::Enterprise, QStringLiteral("Other"), QStringLiteral("91350100M000100Y43"), {}, {}});
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().kind == ErrorKind::Refused);
        CHECK(again.error().message.contains(QStringLiteral("subject %1").arg(added->id)));
        f.requireOnlyRefusalAudited(before, QStringLiteral("subject.add"));
    }
    SECTION("an invalid check character is a usage error naming the check") {
        auto bad =
            subjects.add({SubjectKind::Enterprise, QStringLiteral("X"), QStringLiteral("91350100M000100Y4Z"), {}, {}});
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().kind == ErrorKind::Usage);
    }
    SECTION("an individual needs a resident ID number; an old 15-digit one is converted") {
        auto wrong = subjects.add(
            {SubjectKind::Individual, QStringLiteral("Zhang San"), QStringLiteral("91350100M000100Y43"), {}, {}});
        REQUIRE_FALSE(wrong.ok());
        auto person = subjects.add(
            {SubjectKind::Individual, QStringLiteral("Zhang San"), QStringLiteral("440524800101001"), {}, {}});
        REQUIRE(person.ok());
        CHECK(person->identifier.size() == 18);
        CHECK(person->identifier.startsWith(QStringLiteral("44052419800101001")));
    }
    SECTION("an auditor may not record subjects") {
        auto asAuditor = f.as(f.auditor);
        const auto before = f.snapshot();
        auto refused = SubjectRegister(asAuditor).add(
            {SubjectKind::Individual, QStringLiteral("Li Si"), QStringLiteral("11010519491231002X"), {}, {}});
        REQUIRE_FALSE(refused.ok());
        f.requireOnlyRefusalAudited(before, QStringLiteral("subject.add"));
    }
}
