#include "Severity.h"

#include <QCoreApplication>

namespace creditcase::domain {

QString severityId(Severity severity) {
    switch (severity) {
    case Severity::Minor:
        return QStringLiteral("minor");
    case Severity::General:
        return QStringLiteral("general");
    case Severity::Serious:
        return QStringLiteral("serious");
    }
    return {};
}

std::optional<Severity> severityFromId(const QString& id) {
    for (auto severity : {Severity::Minor, Severity::General, Severity::Serious}) {
        if (severityId(severity) == id)
            return severity;
    }
    return std::nullopt;
}

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Minor:
        return QCoreApplication::translate("Severity", "minor");
    case Severity::General:
        return QCoreApplication::translate("Severity", "general");
    case Severity::Serious:
        return QCoreApplication::translate("Severity", "serious");
    }
    return {};
}

} // namespace creditcase::domain
