#include "AuthorityLevel.h"

#include <QCoreApplication>

namespace creditcase::domain {

QString authorityLevelId(AuthorityLevel level) {
    switch (level) {
    case AuthorityLevel::Township:
        return QStringLiteral("township");
    case AuthorityLevel::County:
        return QStringLiteral("county");
    case AuthorityLevel::Municipal:
        return QStringLiteral("municipal");
    case AuthorityLevel::Provincial:
        return QStringLiteral("provincial");
    case AuthorityLevel::National:
        return QStringLiteral("national");
    }
    return {};
}

std::optional<AuthorityLevel> authorityLevelFromId(const QString& id) {
    for (auto level : {AuthorityLevel::Township, AuthorityLevel::County, AuthorityLevel::Municipal,
                       AuthorityLevel::Provincial, AuthorityLevel::National}) {
        if (authorityLevelId(level) == id)
            return level;
    }
    return std::nullopt;
}

QString authorityLevelName(AuthorityLevel level) {
    switch (level) {
    case AuthorityLevel::Township:
        return QCoreApplication::translate("AuthorityLevel", "township level");
    case AuthorityLevel::County:
        return QCoreApplication::translate("AuthorityLevel", "county level");
    case AuthorityLevel::Municipal:
        return QCoreApplication::translate("AuthorityLevel", "municipal level");
    case AuthorityLevel::Provincial:
        return QCoreApplication::translate("AuthorityLevel", "provincial level");
    case AuthorityLevel::National:
        return QCoreApplication::translate("AuthorityLevel", "national level");
    }
    return {};
}

} // namespace creditcase::domain
