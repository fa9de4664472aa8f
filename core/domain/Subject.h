#pragma once

#include "SubjectType.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace creditcase::domain {

// What kind of subject a record is about. Enterprises and other legal persons, and other organisations, are
// identified by their Unified Social Credit Code; individuals by their resident ID number (DOMAIN.md §9).
enum class SubjectKind {
    Enterprise,   // enterprise or other legal person (企业及其他法人)
    Organisation, // other (unincorporated) organisation (非法人组织)
    Individual,   // natural person (自然人)
};

// Stable identifiers used in the vault, on the command line and in JSON: "enterprise", "organisation", "individual".
QString subjectKindId(SubjectKind kind);
std::optional<SubjectKind> subjectKindFromId(const QString& id);
QString subjectKindName(SubjectKind kind); // translated
// The catalogue column the kind falls in (legal persons and organisations / natural persons).
SubjectType subjectTypeOf(SubjectKind kind);
// The identifier kind a subject of this kind must carry: "uscc" or "resident-id" (IdentifierCheck kinds).
QString identifierKindFor(SubjectKind kind);

// A subject of public credit information. The identifier is stored normalised (an old 15-digit resident ID
// converted to 18 digits) and is unique in the vault: one subject per identifier.
struct Subject {
    qint64 id = 0;
    SubjectKind kind = SubjectKind::Enterprise;
    QString name;
    QString identifier;
    QString identifierKind; // "uscc" | "resident-id"
    QString address;
    QString legalRepresentative;
    QDateTime createdAt;
    QString createdBy;
};

} // namespace creditcase::domain
