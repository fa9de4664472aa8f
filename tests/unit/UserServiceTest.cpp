#include "service/UserService.h"

#include "TempDir.h"
#include "TestVault.h"
#include "audit/AuditLog.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using service::Session;
using service::UserService;
using workflow::UserAdministration;

namespace {

qint64 count(storage::Vault& vault, const QString& sql) {
    QSqlQuery query(vault.database());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

UserAdministration::NewUser officer(const QString& name) {
    return {name, domain::Role::Officer, QStringLiteral("测试局"), domain::OrganLevel::County,
            QStringLiteral("110105")};
}

// A vault with its administrator and one officer; the session is the officer's own login.
struct Office {
    TempDir dir;
    TestVault created = createTestVault(dir.file(QStringLiteral("office.vault")));
    Office() {
        REQUIRE(UserAdministration(*created.vault)
                    .addUser(officer(QStringLiteral("li.officer")), secret(kPassword),
                             crypto::KdfParams::cheapestForTests())
                    .ok());
    }
};

} // namespace

TEST_CASE("An officer may not add users, the refusal is recorded once and nothing else", "[service]") {
    Office office;
    Session session(openAs(office.created.path, QStringLiteral("li.officer")));
    const qint64 users = count(session.vault(), QStringLiteral("SELECT count(*) FROM users"));
    const qint64 entries = count(session.vault(), QStringLiteral("SELECT count(*) FROM audit_log"));
    auto added = UserService(session).add(officer(QStringLiteral("x.y")), secret(kPassword),
                                          crypto::KdfParams::cheapestForTests());
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().kind == ErrorKind::Refused);
    CHECK(added.error().message.contains(QStringLiteral("administrator")));
    CHECK(count(session.vault(), QStringLiteral("SELECT count(*) FROM users")) == users);
    CHECK(count(session.vault(), QStringLiteral("SELECT count(*) FROM audit_log")) == entries + 1);
    CHECK(count(session.vault(), QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'user.add.refused' "
                                                "AND actor = 'li.officer' AND object = 'user:x.y'")) == 1);
    CHECK_FALSE(session.vault().hasSlot(QStringLiteral("x.y")));
}

TEST_CASE("An administrator adds a user, the act is audited and announced", "[service]") {
    Office office;
    Session session(std::move(office.created.vault));
    QSignalSpy changed(&session, &Session::changed);
    const qint64 entries = count(session.vault(), QStringLiteral("SELECT count(*) FROM audit_log"));
    auto added = UserService(session).add(officer(QStringLiteral("he.officer")), secret(kPassword),
                                          crypto::KdfParams::cheapestForTests());
    REQUIRE(added.ok());
    CHECK(count(session.vault(), QStringLiteral("SELECT count(*) FROM audit_log")) == entries + 1);
    CHECK(count(session.vault(), QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'user.add'")) == 3);
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toString() == QStringLiteral("user"));
    CHECK(changed.at(0).at(1).toLongLong() == added->id);
}

TEST_CASE("An administrator cannot disable their own account, the refusal is recorded", "[service]") {
    Office office;
    Session session(std::move(office.created.vault));
    const qint64 entries = count(session.vault(), QStringLiteral("SELECT count(*) FROM audit_log"));
    Status done = UserService(session).disable(QStringLiteral("admin"));
    REQUIRE_FALSE(done.ok());
    CHECK(done.error().kind == ErrorKind::Refused);
    CHECK(count(session.vault(), QStringLiteral("SELECT count(*) FROM audit_log")) == entries + 1);
    CHECK(count(session.vault(), QStringLiteral("SELECT count(*) FROM users WHERE disabled_at IS NOT NULL")) == 0);
    QSqlDatabase db = session.vault().database();
    CHECK(audit::AuditLog::verify(db).intact);
}
