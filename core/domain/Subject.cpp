#include "Subject.h"

#include "IdentifierCheck.h"

#include <QCoreApplication>

namespace creditcase::domain {

QString subjectKindId(SubjectKind kind) {
    switch (kind) {
    case SubjectKind::Enterprise:
        return QStringLiteral("enterprise");
    case SubjectKind::Organisation:
        return QStringLiteral("organisation");
    case SubjectKind::Individual:
        return QStringLiteral("individual");
    }
    return {};
}

std::optional<SubjectKind> subjectKindFromId(const QString& id) {
    for (auto kind : {SubjectKind::Enterprise, SubjectKind::Organisation, SubjectKind::Individual}) {
        if (subjectKindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

QString subjectKindName(SubjectKind kind) {
    switch (kind) {
    case SubjectKind::Enterprise:
        return QCoreApplication::translate("SubjectKind", "enterprise or other legal person");
    case SubjectKind::Organisation:
        return QCoreApplication::translate("SubjectKind", "other organisation");
    case SubjectKind::Individual:
        return QCoreApplication::translate("SubjectKind", "individual");
    }
    return {};
}

SubjectType subjectTypeOf(SubjectKind kind) {
    return kind == SubjectKind::Individual ? SubjectType::NaturalPerson : SubjectType::LegalPerson;
}

QString identifierKindFor(SubjectKind kind) {
    return kind == SubjectKind::Individual ? QString(IdentifierCheck::residentIdKind)
                                           : QString(IdentifierCheck::usccKind);
}

} // namespace creditcase::domain
