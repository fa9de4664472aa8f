#include "service/VaultService.h"

#include "WorkflowFixture.h"
#include "audit/AuditLog.h"
#include "workflow/UserAdministration.h"

#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using service::Session;
using service::VaultService;

namespace {

QString lastEvent(const QString& path, const QString& user) {
    auto vault = openAs(path, user);
    QSqlDatabase db = vault->database();
    auto latest = audit::AuditLog::latest(db, 1);
    REQUIRE(latest.ok());
    REQUIRE(latest->size() == 1);
    return latest->first().event;
}

qint64 entries(const QString& path, const QString& user) {
    auto vault = openAs(path, user);
    QSqlDatabase db = vault->database();
    return audit::AuditLog::verify(db).entries;
}

int filesBeside(const QString& path) {
    return static_cast<int>(QFileInfo(path).dir().entryList(QDir::Files).size());
}

} // namespace

TEST_CASE("Only an administrator may rekey, the refusal is recorded once and nothing else changes", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.officer);
    const auto before = f.snapshot();
    auto rekeyed = VaultService(session).rekey();
    REQUIRE_FALSE(rekeyed.ok());
    CHECK(rekeyed.error().kind == ErrorKind::Refused);
    CHECK(rekeyed.error().message.contains(QStringLiteral("administrator")));
    f.requireOnlyRefusalAudited(before, QStringLiteral("vault.rekey"));
}

TEST_CASE("A rekey by an administrator returns the new code and records vault.rekey", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.admin);
    const auto before = f.snapshot();
    auto rekeyed = VaultService(session).rekey();
    REQUIRE(rekeyed.ok());
    CHECK(rekeyed->auditProblem.isEmpty());
    CHECK_FALSE(rekeyed->recoveryCode.formatted().isEmpty());
    CHECK(f.snapshot().auditEntries == before.auditEntries + 1);
    CHECK(f.lastAuditEvent() == QStringLiteral("vault.rekey"));
}

TEST_CASE("A backup is written and recorded by the service", "[service]") {
    WorkflowFixture f;
    TempDir out;
    Session session(f.vault(), f.officer);
    const auto before = f.snapshot();
    const QString file = out.file(QStringLiteral("friday.ccbackup"));
    auto done = VaultService(session).backup(file);
    REQUIRE(done.ok());
    CHECK(done->auditProblem.isEmpty());
    CHECK(QFileInfo::exists(file));
    CHECK(f.snapshot().auditEntries == before.auditEntries + 1);
    CHECK(f.lastAuditEvent() == QStringLiteral("vault.backup"));
}

TEST_CASE("A backup cancelled before it is written leaves no file and records nothing", "[service]") {
    WorkflowFixture f;
    TempDir out;
    Session session(f.vault(), f.officer);
    const auto before = f.snapshot();
    const QString file = out.file(QStringLiteral("friday.ccbackup"));
    service::CancelToken token;
    QList<qint64> reported;
    const service::Progress progress(
        [&](qint64 done, qint64, const QString&) {
            reported << done;
            token.cancel(); // the user presses Cancel when the dialog first shows
        },
        token);
    auto done = VaultService(session).backup(file, progress);
    REQUIRE_FALSE(done.ok());
    CHECK(done.error().message == service::Progress::cancelled().message);
    CHECK(reported == QList<qint64>{0});
    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    CHECK(f.snapshot().auditEntries == before.auditEntries);

    SECTION("a progress that is not cancelled hears the start and the end") {
        reported.clear();
        const service::Progress reporting([&](qint64 d, qint64, const QString&) { reported << d; },
                                          service::CancelToken());
        REQUIRE(VaultService(session).backup(file, reporting).ok());
        CHECK(reported == QList<qint64>{0, 1});
        CHECK(QFileInfo::exists(file));
    }
}

TEST_CASE("A backup that cannot be written records nothing", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.admin);
    const auto before = f.snapshot();
    auto done = VaultService(session).backup(QStringLiteral("/nonexistent-folder/creditcase/friday.ccbackup"));
    CHECK_FALSE(done.ok());
    CHECK(f.snapshot().auditEntries == before.auditEntries);
}

TEST_CASE("Only an administrator of the backup may restore it with a password, the refusal is recorded", "[service]") {
    TempDir dir;
    TestVault created = createTestVault(dir.file(QStringLiteral("office.vault")));
    const QString path = created.path;
    workflow::UserAdministration users(*created.vault);
    REQUIRE(users
                .addUser({QStringLiteral("li.officer"), domain::Role::Officer, QStringLiteral("测试局"),
                          domain::OrganLevel::County, QStringLiteral("110105")},
                         secret(kPassword), crypto::KdfParams::cheapestForTests())
                .ok());
    TempDir out;
    const QString backup = out.file(QStringLiteral("friday.ccbackup"));
    REQUIRE(created.vault->backup(backup).ok());
    created.vault->close();
    created.vault.reset();
    const qint64 before = entries(path, QStringLiteral("admin"));
    const int filesBefore = filesBeside(path);

    auto refused = VaultService::restore(
        path, backup, storage::Vault::Credential::withPassword(QStringLiteral("li.officer"), secret(kPassword)));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Refused);
    CHECK(entries(path, QStringLiteral("admin")) == before + 1);
    CHECK(lastEvent(path, QStringLiteral("admin")) == QStringLiteral("vault.restore.refused"));
    CHECK(filesBeside(path) == filesBefore); // no replaced vault kept beside it: nothing was restored

    auto restored = VaultService::restore(
        path, backup, storage::Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
    REQUIRE(restored.ok());
    CHECK(restored->auditProblem.isEmpty());
    CHECK(lastEvent(path, QStringLiteral("admin")) == QStringLiteral("vault.restore"));
}

TEST_CASE("A vault check writes nothing and reports an intact vault", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.officer);
    const auto before = f.snapshot();
    auto check = VaultService(session).check();
    REQUIRE(check.ok());
    CHECK(check->intact());
    CHECK(check->chain.entries == before.auditEntries);
    CHECK(f.snapshot().auditEntries == before.auditEntries);
}
