#include "StandardStatus.h"

#include <QCoreApplication>

namespace creditcase::domain {

QString standardStatusId(StandardStatus status) {
    switch (status) {
    case StandardStatus::Draft:
        return QStringLiteral("draft");
    case StandardStatus::OpenForComment:
        return QStringLiteral("open-for-comment");
    case StandardStatus::Adopted:
        return QStringLiteral("adopted");
    case StandardStatus::InForce:
        return QStringLiteral("in-force");
    case StandardStatus::Revised:
        return QStringLiteral("revised");
    case StandardStatus::Abolished:
        return QStringLiteral("abolished");
    }
    return {};
}

std::optional<StandardStatus> standardStatusFromId(const QString& id) {
    for (auto status : {StandardStatus::Draft, StandardStatus::OpenForComment, StandardStatus::Adopted,
                        StandardStatus::InForce, StandardStatus::Revised, StandardStatus::Abolished}) {
        if (standardStatusId(status) == id)
            return status;
    }
    return std::nullopt;
}

QString standardStatusName(StandardStatus status) {
    switch (status) {
    case StandardStatus::Draft:
        return QCoreApplication::translate("StandardStatus", "draft");
    case StandardStatus::OpenForComment:
        return QCoreApplication::translate("StandardStatus", "open for public comment");
    case StandardStatus::Adopted:
        return QCoreApplication::translate("StandardStatus", "adopted, not yet in force");
    case StandardStatus::InForce:
        return QCoreApplication::translate("StandardStatus", "in force");
    case StandardStatus::Revised:
        return QCoreApplication::translate("StandardStatus", "revised (superseded)");
    case StandardStatus::Abolished:
        return QCoreApplication::translate("StandardStatus", "abolished");
    }
    return {};
}

} // namespace creditcase::domain
