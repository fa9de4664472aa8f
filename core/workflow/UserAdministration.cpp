#include "UserAdministration.h"

#include "RuleAdministration.h"
#include "audit/AuditLog.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace creditcase::workflow {

using domain::Role;
using domain::RoleNames;
using domain::User;

namespace {

constexpr int kMinimumPasswordLength = 10; // a security setting, not a legal number

const QString kSelectUsers =
    QStringLiteral("SELECT u.id, u.name, u.role, u.created_at, u.disabled_at, u.must_change_password, "
                   "o.id, o.name, o.level, o.region_code FROM users u JOIN organs o ON o.id = u.organ_id");

User userFrom(const QSqlQuery& query) {
    User user;
    user.id = query.value(0).toLongLong();
    user.name = query.value(1).toString();
    user.role = RoleNames::fromId(query.value(2).toString()).value_or(Role::Officer);
    user.createdAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
    if (!query.value(4).isNull() && !query.value(4).toString().isEmpty()) {
        user.disabledAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
    }
    user.mustChangePassword = query.value(5).toInt() != 0;
    user.organ.id = query.value(6).toLongLong();
    user.organ.name = query.value(7).toString();
    user.organ.level = RoleNames::levelFromId(query.value(8).toString()).value_or(domain::OrganLevel::County);
    user.organ.regionCode = query.value(9).toString();
    return user;
}

Error sqlFailure(const QSqlQuery& query) {
    return Error::failure(UserAdministration::tr("The vault could not be updated: %1").arg(query.lastError().text()));
}

Result<qint64> organId(QSqlDatabase& db, const UserAdministration::NewUser& user) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, level FROM organs WHERE name = ? AND region_code = ?"));
    query.addBindValue(user.organName.trimmed());
    query.addBindValue(user.regionCode);
    if (!query.exec()) {
        return sqlFailure(query);
    }
    if (query.next()) {
        if (query.value(1).toString() != RoleNames::id(user.organLevel)) {
            return Error::refused(
                UserAdministration::tr("The organ \"%1\" (%2) is already recorded at %3, not at %4.")
                    .arg(user.organName, user.regionCode,
                         RoleNames::displayName(
                             RoleNames::levelFromId(query.value(1).toString()).value_or(domain::OrganLevel::County)),
                         RoleNames::displayName(user.organLevel)));
        }
        return query.value(0).toLongLong();
    }
    query.prepare(QStringLiteral("INSERT INTO organs (name, level, region_code) VALUES (?, ?, ?)"));
    query.addBindValue(user.organName.trimmed());
    query.addBindValue(RoleNames::id(user.organLevel));
    query.addBindValue(user.regionCode);
    if (!query.exec()) {
        return sqlFailure(query);
    }
    return query.lastInsertId().toLongLong();
}

Result<User> insertUser(QSqlDatabase& db, const UserAdministration::NewUser& user, const QString& createdBy,
                        bool mustChangePassword) {
    auto organ = organId(db, user);
    if (!organ) {
        return organ.error();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM users WHERE name = ?"));
    query.addBindValue(user.name);
    if (!query.exec()) {
        return sqlFailure(query);
    }
    if (query.next()) {
        return Error::refused(UserAdministration::tr("A user named \"%1\" already exists.").arg(user.name));
    }
    query.prepare(QStringLiteral("INSERT INTO users (name, role, organ_id, created_at, created_by, "
                                 "must_change_password) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(user.name);
    query.addBindValue(RoleNames::id(user.role));
    query.addBindValue(*organ);
    query.addBindValue(QDateTime::currentDateTime().toString(Qt::ISODate));
    query.addBindValue(createdBy);
    query.addBindValue(mustChangePassword ? 1 : 0);
    if (!query.exec()) {
        return sqlFailure(query);
    }
    const qint64 id = query.lastInsertId().toLongLong();
    query.prepare(kSelectUsers + QStringLiteral(" WHERE u.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return sqlFailure(query);
    }
    User created = userFrom(query);
    auto logged = audit::AuditLog::append(db, createdBy, QStringLiteral("user.add"), QStringLiteral("user:%1").arg(id),
                                          {{QStringLiteral("name"), created.name},
                                           {QStringLiteral("role"), RoleNames::id(created.role)},
                                           {QStringLiteral("organ"), created.organ.name},
                                           {QStringLiteral("organ_level"), RoleNames::id(created.organ.level)},
                                           {QStringLiteral("region"), created.organ.regionCode}});
    if (!logged) {
        return logged.error();
    }
    return created;
}

} // namespace

UserAdministration::UserAdministration(storage::Vault& vault)
    : m_vault(vault) {}

Status UserAdministration::validate(const NewUser& user) {
    const QString name = user.name;
    if (name.trimmed().isEmpty() || name != name.trimmed() || name.size() > 64) {
        return Error::usage(tr("A user name must be 1 to 64 characters without leading or trailing spaces."));
    }
    for (const QChar c : name) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            return Error::usage(tr("A user name cannot contain spaces or control characters."));
        }
    }
    if (user.organName.trimmed().isEmpty()) {
        return Error::usage(tr("Every user belongs to an organ: give the organ's name."));
    }
    if (!RoleNames::isRegionCode(user.regionCode)) {
        return Error::usage(tr("The region code \"%1\" is not a six-digit administrative division code (e.g. 110105).")
                                .arg(user.regionCode));
    }
    return {};
}

Status UserAdministration::checkPasswordStrength(const crypto::SecretBytes& password) {
    // Count characters, not bytes: a Chinese character is three UTF-8 bytes.
    int characters = 0;
    for (std::size_t i = 0; i < password.size(); ++i) {
        if ((password.data()[i] & 0xC0) != 0x80) {
            ++characters;
        }
    }
    if (characters < kMinimumPasswordLength) {
        return Error::usage(tr("The password is too short: use at least %1 characters.").arg(kMinimumPasswordLength));
    }
    return {};
}

storage::Vault::Initialiser UserAdministration::firstAdministrator(const NewUser& administrator) {
    return [administrator](QSqlDatabase& db) -> Status {
        NewUser admin = administrator;
        admin.role = Role::Administrator;
        if (Status valid = validate(admin); !valid) {
            return valid;
        }
        auto created = insertUser(db, admin, admin.name, false);
        if (!created) {
            return created.error();
        }
        // Every vault starts with the rule data built into the program.
        return RuleAdministration::seedBuiltIn(db, admin.name);
    };
}

QString UserAdministration::actorName() const {
    return m_vault.openedWithRecoveryCode() ? QStringLiteral("(recovery code)") : m_vault.userName();
}

Result<User> UserAdministration::findUser(const QString& name) const {
    QSqlDatabase db = m_vault.database();
    QSqlQuery query(db);
    query.prepare(kSelectUsers + QStringLiteral(" WHERE u.name = ?"));
    query.addBindValue(name);
    // A query that fails is a damaged vault, not a missing user: callers tell the two apart by the kind.
    const auto unreadable = [&query] {
        return Error::failure(tr("The users could not be read: %1").arg(query.lastError().text()));
    };
    if (!query.exec()) {
        return unreadable();
    }
    if (!query.next()) {
        if (query.lastError().isValid()) {
            return unreadable();
        }
        return Error::notFound(tr("There is no user named \"%1\".").arg(name));
    }
    return userFrom(query);
}

Status UserAdministration::requireActiveSession() const {
    if (m_vault.openedWithRecoveryCode()) {
        return {};
    }
    auto user = findUser(m_vault.userName());
    if (!user && user.error().kind != ErrorKind::NotFound) {
        // The users could not be read: that is damage, never a wrong password (issue 7).
        return Error::corrupt(tr("The vault %1 is damaged: its list of users cannot be read (%2). %3")
                                  .arg(QDir::toNativeSeparators(m_vault.path()), user.error().message,
                                       storage::Vault::backupHint(m_vault.path())));
    }
    if (!user || !user->isActive()) {
        return Error::authentication(tr("Wrong user name or password, or the account has been disabled."));
    }
    return {};
}

Result<User> UserAdministration::actingUser() const {
    if (m_vault.openedWithRecoveryCode()) {
        return Error::refused(tr("The vault was opened with the recovery code, which acts for no user. Log in as a "
                                 "user for this."));
    }
    return findUser(m_vault.userName());
}

Status UserAdministration::requireAdministrator() const {
    auto user = actingUser();
    if (!user) {
        return user.error();
    }
    if (user->role != Role::Administrator || !user->isActive()) {
        return Error::refused(tr("Only an administrator may manage users; %1 is a %2.")
                                  .arg(user->name, RoleNames::displayName(user->role)));
    }
    return {};
}

Result<QList<User>> UserAdministration::listUsers() const {
    QSqlDatabase db = m_vault.database();
    QSqlQuery query(db);
    if (!query.exec(kSelectUsers + QStringLiteral(" ORDER BY u.name"))) {
        return sqlFailure(query);
    }
    QList<User> users;
    while (query.next()) {
        users.append(userFrom(query));
    }
    return users;
}

Result<User> UserAdministration::addUser(const NewUser& user, const crypto::SecretBytes& initialPassword,
                                         const crypto::KdfParams& kdf) {
    if (Status allowed = requireAdministrator(); !allowed) {
        return allowed.error();
    }
    if (Status valid = validate(user); !valid) {
        return valid.error();
    }
    if (Status strong = checkPasswordStrength(initialPassword); !strong) {
        return strong.error();
    }
    std::optional<User> created;
    Status done = m_vault.transact([&](QSqlDatabase& db) -> Status {
        auto inserted = insertUser(db, user, actorName(), true);
        if (!inserted) {
            return inserted.error();
        }
        created = inserted.take();
        return m_vault.setPassword(user.name, initialPassword, kdf);
    });
    if (!done) {
        return done.error();
    }
    return *created;
}

Status UserAdministration::disableUser(const QString& name) {
    if (Status allowed = requireAdministrator(); !allowed) {
        return allowed;
    }
    auto target = findUser(name);
    if (!target) {
        return target.error();
    }
    if (!target->isActive()) {
        return Error::refused(tr("The user \"%1\" is already disabled.").arg(name));
    }
    if (name == m_vault.userName()) {
        return Error::refused(tr("You cannot disable your own account; ask another administrator."));
    }
    return m_vault.transact([&](QSqlDatabase& db) -> Status {
        QSqlQuery query(db);
        if (target->role == Role::Administrator) {
            if (!query.exec(QStringLiteral(
                    "SELECT count(*) FROM users WHERE role = 'administrator' AND disabled_at IS NULL")) ||
                !query.next()) {
                return sqlFailure(query);
            }
            if (query.value(0).toInt() <= 1) {
                return Error::refused(tr("\"%1\" is the last active administrator and cannot be disabled.").arg(name));
            }
        }
        query.prepare(QStringLiteral("UPDATE users SET disabled_at = ?, disabled_by = ? WHERE id = ?"));
        query.addBindValue(QDateTime::currentDateTime().toString(Qt::ISODate));
        query.addBindValue(actorName());
        query.addBindValue(target->id);
        if (!query.exec()) {
            return sqlFailure(query);
        }
        auto logged =
            audit::AuditLog::append(db, actorName(), QStringLiteral("user.disable"),
                                    QStringLiteral("user:%1").arg(target->id), {{QStringLiteral("name"), name}});
        if (!logged) {
            return logged.error();
        }
        return m_vault.removeSlot(name);
    });
}

Status UserAdministration::changeOwnPassword(const crypto::SecretBytes& newPassword, const crypto::KdfParams& kdf) {
    auto user = actingUser();
    if (!user) {
        return user.error();
    }
    return setPasswordOf(*user, newPassword, kdf, false);
}

Status UserAdministration::resetPassword(const QString& name, const crypto::SecretBytes& newPassword,
                                         const crypto::KdfParams& kdf) {
    if (!m_vault.openedWithRecoveryCode()) {
        if (Status allowed = requireAdministrator(); !allowed) {
            return allowed;
        }
    }
    auto target = findUser(name);
    if (!target) {
        return target.error();
    }
    if (!target->isActive()) {
        return Error::refused(tr("The user \"%1\" is disabled; a disabled account gets no password.").arg(name));
    }
    return setPasswordOf(*target, newPassword, kdf, true);
}

Result<QStringList> UserAdministration::usersWithoutKeySlot() const {
    if (!m_vault.openedWithRecoveryCode()) {
        if (Status allowed = requireAdministrator(); !allowed) {
            return allowed.error();
        }
    }
    auto users = listUsers();
    if (!users) {
        return users.error();
    }
    QStringList active;
    for (const User& user : *users) {
        if (user.isActive()) {
            active << user.name;
        }
    }
    return m_vault.usersWithoutUsableSlot(active);
}

Status UserAdministration::setPasswordOf(const User& user, const crypto::SecretBytes& newPassword,
                                         const crypto::KdfParams& kdf, bool byAnother) {
    if (Status strong = checkPasswordStrength(newPassword); !strong) {
        return strong;
    }
    return m_vault.transact([&](QSqlDatabase& db) -> Status {
        // A password someone else set must be changed by its owner; the owner's own choice needs no change.
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE users SET must_change_password = ? WHERE id = ?"));
        query.addBindValue(byAnother ? 1 : 0);
        query.addBindValue(user.id);
        if (!query.exec()) {
            return sqlFailure(query);
        }
        auto logged = audit::AuditLog::append(
            db, actorName(), byAnother ? QStringLiteral("password.reset") : QStringLiteral("password.change"),
            QStringLiteral("user:%1").arg(user.id), {{QStringLiteral("name"), user.name}});
        if (!logged) {
            return logged.error();
        }
        return m_vault.setPassword(user.name, newPassword, kdf);
    });
}

Result<bool> UserAdministration::isActiveAdministrator(QSqlDatabase& db, const QString& name) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT role, disabled_at FROM users WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        return sqlFailure(query);
    }
    return query.next() && RoleNames::fromId(query.value(0).toString()) == Role::Administrator &&
           query.value(1).isNull();
}

} // namespace creditcase::workflow
