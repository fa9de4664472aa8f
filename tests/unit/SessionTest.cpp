#include "service/Session.h"

#include "WorkflowFixture.h"
#include "audit/AuditLog.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using service::Session;

TEST_CASE("A session unlocked with a password acts as its user, with role and organ", "[service]") {
    TempDir dir;
    TestVault created = createTestVault(dir.file(QStringLiteral("s.vault")));
    const QString path = created.path;
    created.vault.reset();
    auto session =
        Session::unlock(path, storage::Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
    REQUIRE(session.ok());
    REQUIRE((*session)->actor().ok());
    CHECK((*session)->actor()->role == domain::Role::Administrator);
    CHECK_FALSE((*session)->actor()->organ.name.isEmpty());
    CHECK((*session)->actorName() == QStringLiteral("admin"));
}

TEST_CASE("A wrong password unlocks no session", "[service]") {
    TempDir dir;
    TestVault created = createTestVault(dir.file(QStringLiteral("s.vault")));
    const QString path = created.path;
    created.vault.reset();
    auto session = Session::unlock(
        path, storage::Vault::Credential::withPassword(QStringLiteral("admin"), secret("not the password")));
    REQUIRE_FALSE(session.ok());
    CHECK(session.error().kind == ErrorKind::AuthenticationFailed);
}

TEST_CASE("A refused role is recorded once as <event>.refused with its reason and citations, nothing else",
          "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.officer);
    const auto before = f.snapshot();
    auto refused =
        session.requireRole({domain::Role::Auditor}, QStringLiteral("test.act"), QStringLiteral("x:1"),
                            QStringLiteral("Only auditors; %1 is a %2."), {QStringLiteral("Opinions VII(13)")});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Refused);
    CHECK(refused.error().message.contains(f.officer.name));
    CHECK(refused.error().citations == QStringList{QStringLiteral("Opinions VII(13)")});
    f.requireOnlyRefusalAudited(before, QStringLiteral("test.act"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'test.act.refused' AND actor = "
                                 "'li.officer' AND payload LIKE '%Opinions VII(13)%'")) == 1);
    QSqlDatabase db = f.db();
    CHECK(audit::AuditLog::verify(db).intact);
}

TEST_CASE("A permitted role writes nothing by being checked", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.auditor);
    const auto before = f.snapshot();
    REQUIRE(session
                .requireRole({domain::Role::Auditor}, QStringLiteral("test.act"), QStringLiteral("x:1"),
                             QStringLiteral("%1 %2"))
                .ok());
    CHECK(f.snapshot().auditEntries == before.auditEntries);
}

TEST_CASE("A locked session refuses everything and says it is locked", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.admin);
    QSignalSpy locked(&session, &Session::lockedChanged);
    session.lock();
    CHECK_FALSE(session.isUnlocked());
    CHECK(locked.count() == 1);
    CHECK_FALSE(session.actor().ok());
    CHECK(session.requireUnlocked().error().kind == ErrorKind::Refused);
    CHECK_FALSE(session.record(QStringLiteral("test.act"), QStringLiteral("x")).ok());
}

TEST_CASE("changed(kind, id) reaches every listener of the session", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.admin);
    QSignalSpy changed(&session, &Session::changed);
    session.notifyChanged(QStringLiteral("case"), 7);
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toString() == QStringLiteral("case"));
    CHECK(changed.at(0).at(1).toLongLong() == 7);
}
