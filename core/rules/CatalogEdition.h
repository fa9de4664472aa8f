#pragma once

#include "RuleDuration.h"
#include "RuleValue.h"
#include "domain/SubjectType.h"

#include <QList>
#include <QString>
#include <optional>

namespace creditcase::rules {

// With whom a catalogue item may be shared between agencies (Guiding Opinions III(3)).
enum class SharingScope { Unconditional, Conditional, NotShared };
// Whether a catalogue item is disclosed to the public (Guiding Opinions III(4)): 主动公开 / 依申请公开 / 不予公开.
enum class DisclosureAttribute { Active, OnRequest, NotDisclosed };

QString sharingScopeId(SharingScope scope); // "unconditional", "conditional", "not-shared"
std::optional<SharingScope> sharingScopeFromId(const QString& id);
QString disclosureAttributeId(DisclosureAttribute attribute); // "active", "on-request", "not-disclosed"
std::optional<DisclosureAttribute> disclosureAttributeFromId(const QString& id);

// How long an item stays disclosed.
struct DisclosurePeriodRule {
    enum class Kind {
        ByRegime,     // the disclosure regime in force on the decision date decides (disclosure-regimes.json)
        ListDuration, // as long as the listing lasts (list-types.json)
        WhileValid,   // as long as the underlying registration, licence or status is valid
        Fixed,        // a fixed period stated here
        NotDisclosed, // never disclosed
    };
    Kind kind = Kind::ByRegime;
    std::optional<RuleDuration> fixed; // only for Kind::Fixed
    QString source;
    Mark mark = Mark::Unverified;

    static QString kindId(Kind kind); // "by-regime", "list-duration", "while-valid", "fixed", "not-disclosed"
    static std::optional<Kind> kindFromId(const QString& id);
};

struct CatalogCategory {
    QString id;
    int number = 0; // position in the edition's table
    QString name;   // Chinese, as in the catalogue
    QString nameEn;
    QString source;
    Mark mark = Mark::Unverified;
};

// One row of the national basic catalogue of public credit information.
struct CatalogItem {
    QString id; // stable across editions, so an item can be followed from one edition to the next
    QString categoryId;
    QString name;
    QString nameEn;
    QList<domain::SubjectType> subjectTypes;
    SourcedText provider;   // the department that provides the information
    SourcedText legalBasis; // the law, regulation or State Council decision that makes it public credit information
    SharingScope sharing = SharingScope::NotShared;
    DisclosureAttribute disclosure = DisclosureAttribute::NotDisclosed;
    DisclosurePeriodRule disclosurePeriod;
    // Adverse (untrustworthiness) information: only such an item can lead to a designation. Honours, credit
    // commitments and voluntarily supplied information are not adverse.
    bool adverse = false;
    QString source; // where the row was read
    Mark mark = Mark::Unverified;

    bool covers(domain::SubjectType type) const { return subjectTypes.contains(type); }
    Citation citation() const { return Citation{source, {}, mark}; }
};

struct CatalogEdition {
    QList<CatalogCategory> categories;
    QList<CatalogItem> items;

    const CatalogItem* item(const QString& id) const;
    const CatalogCategory* category(const QString& id) const;
};

} // namespace creditcase::rules
