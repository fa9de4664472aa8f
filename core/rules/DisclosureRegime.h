#pragma once

#include "RuleDuration.h"
#include "RuleValue.h"
#include "domain/Severity.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace creditcase::rules {

// Minimum and maximum disclosure period for one severity under one regime. After the minimum the subject may apply
// for restoration; at the maximum disclosure stops by itself.
struct RegimePeriod {
    domain::Severity severity = domain::Severity::General;
    bool disclosed = true; // false: not disclosed by default (minor conduct from 2026-04-01)
    std::optional<RuleDuration> minimum;
    RuleDuration maximum;
    QString source;
    Mark mark = Mark::Unverified;
};

// A longer or shorter period for some sectors within a regime (e.g. Order 58: 1-year minimum for work safety).
struct SectorOverride {
    QStringList sectors;
    QList<domain::Severity> severities; // empty = all
    std::optional<RuleDuration> minimum;
    std::optional<RuleDuration> maximum;
    QString source;
    Mark mark = Mark::Unverified;
};

// What a restoration application under this regime must show.
struct RestorationConditions {
    bool minimumPeriodServed = true;
    bool correction = true;
    bool commitment = true;
    QString source;
    Mark mark = Mark::Unverified;
};

// A set of disclosure rules in force from one date to another, nationwide or for some sectors only.
struct DisclosureRegime {
    QString id;
    QString title; // Chinese
    QString titleEn;
    QString document;
    RuleValue<QDate> effectiveFrom;
    std::optional<RuleValue<QDate>> effectiveUntil; // last day in force
    QStringList sectors;                            // empty = general regime
    QList<RegimePeriod> periods;
    QList<SectorOverride> overrides;
    RestorationConditions restoration;

    bool inForceOn(QDate date) const;
    bool general() const { return sectors.isEmpty(); }
    const RegimePeriod* period(domain::Severity severity) const;
    Citation citation() const;
};

struct RegimeEdition {
    QList<DisclosureRegime> regimes;

    const DisclosureRegime* regime(const QString& id) const;
};

} // namespace creditcase::rules
