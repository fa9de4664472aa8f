#pragma once

#include "RuleValue.h"
#include "domain/Severity.h"
#include "domain/SubjectType.h"

#include <QList>
#include <QString>
#include <optional>

namespace creditcase::rules {

// The implementing-body category of a punishment measure (2021 national basic list):
// A - public management bodies, by law, reducing rights or adding obligations;
// B - public management bodies, management measures in performing their duties;
// C - organisations outside public management (financial institutions, credit agencies, associations, media),
//     acting on their own: never compelled (Guiding Opinions V(9)).
enum class MeasureCategory { A, B, C };
QString measureCategoryId(MeasureCategory category); // "A", "B", "C"
std::optional<MeasureCategory> measureCategoryFromId(const QString& id);

// How the deciding department may use a measure: order it, or only inform the body that decides on its own.
enum class MeasureUse { Order, InformOnly };
QString measureUseId(MeasureUse use); // "order", "inform-only"
std::optional<MeasureUse> measureUseFromId(const QString& id);

struct MeasureCategoryRule {
    MeasureCategory category = MeasureCategory::A;
    QString name; // Chinese
    QString nameEn;
    MeasureUse use = MeasureUse::Order; // what the deciding department may do with measures of this category
    QString source;
    Mark mark = Mark::Unverified;
};

// One measure of the national basic list of punishment measures.
struct Measure {
    QString id; // stable across editions
    int number = 0;
    MeasureCategory category = MeasureCategory::A;
    QString content; // Chinese
    QString contentEn;
    SourcedText targets;                           // whom it applies to
    QList<domain::SubjectType> targetSubjectTypes; // subject types it may target
    QList<Citation> legalBasis;                    // the clauses it cites (Guiding Opinions V(9))
    SourcedText implementingBody;
    QList<domain::Severity> severities; // severities of conduct it may follow (proportionality, V(10))
    QString source;
    Mark mark = Mark::Unverified;

    bool follows(domain::Severity severity) const { return severities.contains(severity); }
    Citation citation() const { return Citation{source, {}, mark}; }
};

struct MeasuresEdition {
    QList<MeasureCategoryRule> categories;
    QList<Measure> measures;

    const Measure* measure(const QString& id) const;
    const MeasureCategoryRule* category(MeasureCategory category) const;
};

} // namespace creditcase::rules
