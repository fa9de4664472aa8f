#include "User.h"

#include <QRegularExpression>

namespace creditcase::domain {

QString RoleNames::id(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> RoleNames::fromId(const QString& id)
{
    for (Role role : {Role::Administrator, Role::Officer, Role::Supervisor, Role::Auditor}) {
        if (RoleNames::id(role) == id) {
            return role;
        }
    }
    return std::nullopt;
}

QString RoleNames::displayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("administrator");
    case Role::Officer:
        return tr("case officer");
    case Role::Supervisor:
        return tr("supervisor");
    case Role::Auditor:
        return tr("auditor");
    }
    return {};
}

QString RoleNames::id(OrganLevel level)
{
    switch (level) {
    case OrganLevel::County:
        return QStringLiteral("county");
    case OrganLevel::Municipal:
        return QStringLiteral("municipal");
    case OrganLevel::Provincial:
        return QStringLiteral("provincial");
    case OrganLevel::National:
        return QStringLiteral("national");
    }
    return {};
}

std::optional<OrganLevel> RoleNames::levelFromId(const QString& id)
{
    for (OrganLevel level : {OrganLevel::County, OrganLevel::Municipal, OrganLevel::Provincial, OrganLevel::National}) {
        if (RoleNames::id(level) == id) {
            return level;
        }
    }
    return std::nullopt;
}

QString RoleNames::displayName(OrganLevel level)
{
    switch (level) {
    case OrganLevel::County:
        return tr("county level");
    case OrganLevel::Municipal:
        return tr("municipal level");
    case OrganLevel::Provincial:
        return tr("provincial level");
    case OrganLevel::National:
        return tr("national level");
    }
    return {};
}

bool RoleNames::isRegionCode(const QString& code)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[1-8][0-9]{5}$"));
    return sixDigits.match(code).hasMatch();
}

} // namespace creditcase::domain
