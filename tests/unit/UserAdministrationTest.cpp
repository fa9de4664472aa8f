#include "CliRunner.h"
#include "TempDir.h"
#include "TestVault.h"

#include "audit/AuditLog.h"
#include "workflow/UserAdministration.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using domain::OrganLevel;
using domain::Role;
using workflow::UserAdministration;

namespace {

UserAdministration::NewUser officer(const QString& name)
{
    return {name, Role::Officer, QStringLiteral("Test County Market Regulation Bureau"), OrganLevel::County,
            QStringLiteral("110105")};
}

qint64 count(storage::Vault& vault, const QString& table)
{
    QSqlDatabase db = vault.database();
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("The first administrator is recorded with the organ, and the act is audited")
{
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    UserAdministration users(*created.vault);
    auto admin = users.actingUser();
    REQUIRE(admin.ok());
    CHECK(admin->role == Role::Administrator);
    CHECK(admin->organ.level == OrganLevel::County);
    CHECK(admin->organ.regionCode == QStringLiteral("110105"));
    CHECK(count(*created.vault, QStringLiteral("audit_log")) == 2); // the administrator and the seeded rule data
}

TEST_CASE("An administrator adds users who can then unlock with their own password")
{
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    UserAdministration users(*created.vault);
    auto added = users.addUser(officer(QStringLiteral("li.ming")), secret("first password 123"),
                               crypto::KdfParams::cheapestForTests());
    REQUIRE(added.ok());
    CHECK(added->mustChangePassword);
    created.vault->close();

    auto asOfficer = openAs(created.path, QStringLiteral("li.ming"), "first password 123");
    UserAdministration officerView(*asOfficer);
    REQUIRE(officerView.changeOwnPassword(secret("second password 456"), crypto::KdfParams::cheapestForTests()).ok());
    CHECK_FALSE(officerView.actingUser()->mustChangePassword);
    asOfficer->close();
    CHECK_FALSE(storage::Vault::open(created.path, storage::Vault::Credential::withPassword(
                                                       QStringLiteral("li.ming"), secret("first password 123")))
                    .ok());
    CHECK(openAs(created.path, QStringLiteral("li.ming"), "second password 456"));
}

TEST_CASE("Refused user administration writes nothing")
{
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    UserAdministration users(*created.vault);
    REQUIRE(users.addUser(officer(QStringLiteral("officer1")), secret("officer password 1"),
                          crypto::KdfParams::cheapestForTests())
                .ok());
    const qint64 usersBefore = count(*created.vault, QStringLiteral("users"));
    const qint64 auditBefore = count(*created.vault, QStringLiteral("audit_log"));

    SECTION("a duplicate name")
    {
        auto again = users.addUser(officer(QStringLiteral("officer1")), secret("officer password 1"),
                                   crypto::KdfParams::cheapestForTests());
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().kind == ErrorKind::Refused);
    }
    SECTION("a bad region code")
    {
        auto bad = officer(QStringLiteral("officer2"));
        bad.regionCode = QStringLiteral("12AB");
        auto added = users.addUser(bad, secret("officer password 2"), crypto::KdfParams::cheapestForTests());
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().kind == ErrorKind::Usage);
    }
    SECTION("a short password")
    {
        auto added = users.addUser(officer(QStringLiteral("officer3")), secret("short"),
                                   crypto::KdfParams::cheapestForTests());
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().message.contains(QStringLiteral("too short")));
    }
    SECTION("an officer may not add users")
    {
        created.vault->close();
        auto asOfficer = openAs(created.path, QStringLiteral("officer1"), "officer password 1");
        auto added = UserAdministration(*asOfficer).addUser(officer(QStringLiteral("x1")), secret("officer password 9"),
                                                            crypto::KdfParams::cheapestForTests());
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().kind == ErrorKind::Refused);
        CHECK(count(*asOfficer, QStringLiteral("users")) == usersBefore);
        CHECK(count(*asOfficer, QStringLiteral("audit_log")) == auditBefore);
        return;
    }
    SECTION("the last administrator cannot be disabled, nor oneself")
    {
        CHECK(users.disableUser(QStringLiteral("admin")).error().kind == ErrorKind::Refused);
    }
    CHECK(count(*created.vault, QStringLiteral("users")) == usersBefore);
    CHECK(count(*created.vault, QStringLiteral("audit_log")) == auditBefore);
}

TEST_CASE("A disabled user's password no longer opens the vault")
{
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    UserAdministration users(*created.vault);
    REQUIRE(users.addUser(officer(QStringLiteral("leaver")), secret("leaver password 1"),
                          crypto::KdfParams::cheapestForTests())
                .ok());
    REQUIRE(users.disableUser(QStringLiteral("leaver")).ok());
    CHECK_FALSE(created.vault->hasSlot(QStringLiteral("leaver")));
    auto attempt = storage::Vault::open(created.path, storage::Vault::Credential::withPassword(
                                                          QStringLiteral("leaver"), secret("leaver password 1")));
    REQUIRE_FALSE(attempt.ok());
    CHECK(attempt.error().kind == ErrorKind::AuthenticationFailed);
    QSqlDatabase db = created.vault->database();
    CHECK(audit::AuditLog::verify(db).intact);
}
