#pragma once

#include <QString>
#include <optional>

namespace creditcase::domain {

// Who a record or a listing is about, in the two columns the national catalogue uses.
enum class SubjectType {
    LegalPerson,   // 法人和非法人组织: legal persons and unincorporated organisations
    NaturalPerson, // 自然人
};

// Stable identifiers used in rule data and storage: "legal-person", "natural-person".
QString subjectTypeId(SubjectType type);
std::optional<SubjectType> subjectTypeFromId(const QString& id);
// Translated name for the officer.
QString subjectTypeName(SubjectType type);

} // namespace creditcase::domain
