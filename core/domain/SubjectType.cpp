#include "SubjectType.h"

#include <QCoreApplication>

namespace creditcase::domain {

QString subjectTypeId(SubjectType type) {
    switch (type) {
    case SubjectType::LegalPerson:
        return QStringLiteral("legal-person");
    case SubjectType::NaturalPerson:
        return QStringLiteral("natural-person");
    }
    return {};
}

std::optional<SubjectType> subjectTypeFromId(const QString& id) {
    for (auto type : {SubjectType::LegalPerson, SubjectType::NaturalPerson}) {
        if (subjectTypeId(type) == id)
            return type;
    }
    return std::nullopt;
}

QString subjectTypeName(SubjectType type) {
    switch (type) {
    case SubjectType::LegalPerson:
        return QCoreApplication::translate("SubjectType", "legal person or unincorporated organisation");
    case SubjectType::NaturalPerson:
        return QCoreApplication::translate("SubjectType", "natural person");
    }
    return {};
}

} // namespace creditcase::domain
