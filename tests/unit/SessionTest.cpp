#include "service/Session.h"

#include "WorkflowFixture.h"
#include "audit/AuditLog.h"
#include "crypto/KdfParams.h"
#include "service/CaseService.h"
#include "workflow/UserAdministration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
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

namespace {

// The stored legal bases of the fixture's vault, rewritten behind the session's back: `purposes` replaces the
// inquiry purposes (an empty array: the key is removed, as in legal bases written before it existed).
void rewriteStoredPurposes(WorkflowFixture& f, const QJsonArray& purposes) {
    QSqlDatabase db = f.db();
    QSqlQuery read(db);
    REQUIRE(read.exec(QStringLiteral("SELECT id, content FROM rule_documents WHERE kind = 'legal-bases'")));
    REQUIRE(read.next());
    const qint64 id = read.value(0).toLongLong();
    QJsonObject root = QJsonDocument::fromJson(read.value(1).toByteArray()).object();
    REQUIRE(root.contains(QStringLiteral("inquiryPurposes")));
    if (purposes.isEmpty())
        root.remove(QStringLiteral("inquiryPurposes"));
    else
        root.insert(QStringLiteral("inquiryPurposes"), purposes);
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE rule_documents SET content = ? WHERE id = ?"));
    write.addBindValue(QJsonDocument(root).toJson(QJsonDocument::Compact));
    write.addBindValue(id);
    REQUIRE(write.exec());
}

domain::User neighbourAuditor(WorkflowFixture& f) {
    workflow::UserAdministration users(f.vault());
    auto added = users.addUser({QStringLiteral("qin.audit"), domain::Role::Auditor,
                                QStringLiteral("Neighbour County Market Regulation Bureau"), domain::OrganLevel::County,
                                QStringLiteral("110108")},
                               secret(kPassword), crypto::KdfParams::cheapestForTests());
    if (!added)
        FAIL(added.error().message.toStdString());
    return added.take();
}

} // namespace

TEST_CASE("The session reads the rule data once and again only after rules were imported through it", "[service]") {
    WorkflowFixture f;
    const qint64 id = f.openCase();
    const auto auditor = neighbourAuditor(f);
    Session session(f.vault(), auditor);
    service::CaseService cases(session);
    const QJsonObject purpose{
        {QStringLiteral("id"), QStringLiteral("cache-check")},
        {QStringLiteral("name"), QJsonObject{{QStringLiteral("zh"), QStringLiteral("缓存检查")},
                                             {QStringLiteral("en"), QStringLiteral("cache check")}}},
        {QStringLiteral("sharing"), QJsonArray{QStringLiteral("unconditional"), QStringLiteral("conditional")}},
        {QStringLiteral("provision"), QStringLiteral("opinions-VII-13")},
        {QStringLiteral("source"), QStringLiteral("test")},
        {QStringLiteral("mark"), QStringLiteral("U")}};

    REQUIRE(session.ruleSet().ok());
    rewriteStoredPurposes(f, QJsonArray{purpose});
    // Kept: the purpose written behind the session's back is not known to it yet.
    auto kept = session.ruleSet();
    REQUIRE(kept.ok());
    REQUIRE(kept->legalBasesOn(QDate(2026, 6, 30)));
    CHECK(kept->legalBasesOn(QDate(2026, 6, 30))->inquiryPurpose(QStringLiteral("cache-check")) == nullptr);
    CHECK_FALSE(cases.show(id, QStringLiteral("cache-check")).ok());

    QSignalSpy changed(&session, &Session::changed);
    session.notifyChanged(QStringLiteral("rules"));
    CHECK(changed.count() == 1);
    auto fresh = session.ruleSet();
    REQUIRE(fresh.ok());
    CHECK(fresh->legalBasesOn(QDate(2026, 6, 30))->inquiryPurpose(QStringLiteral("cache-check")) != nullptr);
    CHECK(cases.show(id, QStringLiteral("cache-check")).ok());
}

TEST_CASE("A vault whose legal bases name no inquiry purposes reads them from the rule data built in", "[service]") {
    WorkflowFixture f;
    const qint64 id = f.openCase();
    const auto auditor = neighbourAuditor(f);
    rewriteStoredPurposes(f, {});
    Session session(f.vault(), auditor);
    auto rules = session.ruleSet();
    REQUIRE(rules.ok());
    const auto* bases = rules->legalBasesOn(QDate(2026, 6, 30));
    REQUIRE(bases);
    CHECK_FALSE(bases->inquiryPurposes.isEmpty());
    const qint64 inquiries = f.count(QStringLiteral("SELECT count(*) FROM inquiry_register"));
    auto shown = service::CaseService(session).show(id, QStringLiteral("inquiry-review"));
    REQUIRE(shown.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM inquiry_register")) == inquiries + 1);
}
