#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace creditcase::domain {

// What a user may do follows from the role (core/workflow decides); the organ says where the user works
// and at which level, which matters for re-examination and for accountability reports by organ.
enum class Role { Administrator, Officer, Supervisor, Auditor };
enum class OrganLevel { County, Municipal, Provincial, National };

struct Organ {
    qint64 id = 0;
    QString name;
    OrganLevel level = OrganLevel::County;
    QString regionCode; // six-digit administrative division code (GB/T 2260)
};

struct User {
    qint64 id = 0;
    QString name;
    Role role = Role::Officer;
    Organ organ;
    QDateTime createdAt;
    std::optional<QDateTime> disabledAt;
    bool mustChangePassword = false;

    bool isActive() const { return !disabledAt.has_value(); }
};

// Stable identifiers used in the vault, on the command line and in JSON.
class RoleNames {
    Q_DECLARE_TR_FUNCTIONS(RoleNames)

public:
    static QString id(Role role);
    static std::optional<Role> fromId(const QString& id);
    static QString displayName(Role role); // translated
    static QString id(OrganLevel level);
    static std::optional<OrganLevel> levelFromId(const QString& id);
    static QString displayName(OrganLevel level); // translated
    static bool isRegionCode(const QString& code);
};

} // namespace creditcase::domain
