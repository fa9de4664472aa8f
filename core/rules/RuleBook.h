#pragma once

#include "Result.h"
#include "RuleDuration.h"
#include "RuleFacts.h"
#include "RuleSet.h"
#include "Verdict.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace creditcase::rules {

// A measure that may be proposed, and how the deciding department may use it.
struct ProposableMeasure {
    Measure measure;
    MeasureUse use = MeasureUse::Order; // InformOnly for category C: communicate, never order
};

// Disclosure period for a decision (DOMAIN.md §1): which regime, minimum (from which restoration may be applied
// for) and maximum (at which disclosure stops by itself), both counted from the decision date.
struct DisclosureWindow {
    QString regimeId;
    QString regimeTitle; // Chinese title
    QString regimeTitleEn;
    domain::Severity severity = domain::Severity::General;
    QString sector;
    bool disclosedByDefault = true;      // false: not disclosed unless the regulator finds it necessary
    std::optional<RuleDuration> minimum; // none: restorable as soon as obligations are performed
    RuleDuration maximum;
    QList<Citation> citations;
    EditionRef edition; // the regimes document it was read from

    bool restsOnUnverified() const;
};

// When a restoration application must be decided: the limit from the rule data and the day it runs from.
// dueOn is filled in only if a date adder was given (working-day limits need the WorkCalendar).
struct RestorationDue {
    QDate trigger; // the day the application was received
    RuleDuration limit;
    QDate dueOn;
    QList<Citation> citations;
};

// Answers "may this be done?" from the rule data and the facts, for a date. Stateless over a RuleSet (held by
// value; sets share their documents), so the same facts and date always give the same verdict, and a RuleBook
// built over RuleSet::pinnedTo(...) answers as the rules stood when a case was decided. No legal number lives
// here: every period, limit and list comes from the rule data, with its source and mark.
//
// Dates: where an answer needs a date (earliest restoration, due date) the caller passes a DateAdder. The default,
// plainCalendarAdd, counts calendar days, months and years without holiday knowledge; the workflow passes one
// backed by the WorkCalendar (working days, roll-forward). Where a working-day date is needed and the adder
// cannot give one, the verdict says so rather than guessing.
class RuleBook {
    Q_DECLARE_TR_FUNCTIONS(RuleBook)

public:
    explicit RuleBook(RuleSet rules);

    const RuleSet& rules() const { return m_rules; }

    // May this catalogue item be recorded as public credit information for this subject type on this date?
    // (Guiding Opinions II(1); recording outside the catalogue: IX.)
    Verdict mayRecord(const QString& catalogItemId, domain::SubjectType subjectType, QDate on) const;

    // Is this document a legally effective basis for a finding of untrustworthy conduct as of a date? (II(2))
    Verdict isLegallyEffectiveBasis(const BasisFacts& basis, QDate asOf) const;

    // May conduct go onto this list on this date under this standard? Checks the list type and its standard in
    // force, the standard's status, legal form and comment period (IV(7)), that it states removal conditions,
    // procedure and relief (IV(7)), the conduct's scope category (IV(6)), the designating level (IV(8)) and the
    // list type's bars (e.g. minors, SPC Art. 4).
    Verdict mayDesignate(const QString& listTypeId, const StandardFacts& standard, const DesignationFacts& designation,
                         QDate on, const DateAdder& add = plainCalendarAdd) const;

    // The facts of the list type's own standard as the rule data records them (status on the date, legal form,
    // dates, whether it states removal conditions, procedure and relief, and the comment period where the data
    // knows it). A starting point for the department's standard record; where the data has no comment period the
    // facts have none, and mayDesignate refuses until the standard record supplies it.
    Result<StandardFacts> standardFactsFor(const QString& listTypeId, QDate on) const;

    // Measures the list type provides that may follow conduct of this severity, from the measures list in force
    // (V(9), V(10)); category C measures come back as InformOnly.
    QList<ProposableMeasure> proposableMeasures(const QString& listTypeId, domain::Severity severity, QDate on) const;

    // May this measure be used this way for this list type and severity on this date? A category C measure is
    // refused as an Order and allowed as InformOnly (V(9)).
    Verdict mayImpose(const QString& measureId, const QString& listTypeId, domain::Severity severity, MeasureUse use,
                      QDate on) const;
    // How a measure in force on a date may be used; nullopt if it is not on the list in force.
    std::optional<MeasureUse> permittedUse(const QString& measureId, QDate on) const;

    // The disclosure regime for a decision dated decisionDate (a sector regime for `sector` first, else the general
    // one) with the minimum and maximum periods for the severity. Refused if no regime covers the date.
    Result<DisclosureWindow> disclosureWindow(QDate decisionDate, domain::Severity severity,
                                              const QString& sector = {}) const;
    // Every sector the rule data names (list types, disclosure regimes and their sector overrides, all loaded
    // editions), sorted: what a record's sector may be. A sector outside it would silently fall back to the
    // general regime.
    QStringList knownSectors() const;

    // May restoration be applied for on appliedOn? (VI(11): any time unless non-restorable by law; the conditions
    // the list type or the disclosure regime sets: correction, commitment, minimum period or waiting period.)
    Verdict mayApplyForRestoration(const RestorationFacts& facts, QDate appliedOn,
                                   const DateAdder& add = plainCalendarAdd) const;
    // The earliest day an application can succeed on, with the rule it rests on; refused if it cannot be known
    // (e.g. conduct not yet corrected, or a working-day count without a calendar).
    Result<QDate> earliestRestorationApplication(const RestorationFacts& facts,
                                                 const DateAdder& add = plainCalendarAdd) const;

    // By when must a restoration application received on appliedOn be decided (VI(12): within the promised
    // limit)? Empty listTypeId: the general restoration limit ("restoration-handling" in procedure-limits.json).
    // Where the limit counts from the day performance is established (court list, SPC Art. 10) or from the
    // correction, and `performedOn` is given, it runs from that day instead of the application.
    Result<RestorationDue> restorationDeadline(const QString& listTypeId, QDate appliedOn, const DateAdder& add = {},
                                               QDate performedOn = {}) const;

    // Every parameter of a list type as in force on a date (objection window, answer limit, re-examination,
    // terms, early removal, restoration limit...).
    Result<ListType> listType(const QString& listTypeId, QDate on) const;
    // A general procedure limit ("hearing-request", "reconsideration", "litigation", ...) in force on a date.
    Result<ProcedureLimit> procedureLimit(const QString& limitId, QDate on) const;
    // The citation for a provision id of legal-bases.json in force on a date (falls back to the id, marked U).
    Citation provision(const QString& provisionId, QDate on) const;

private:
    const ListType* findListType(const QString& id, QDate on) const;
    Verdict refuseWithProvision(const QString& reason, QDate on, std::initializer_list<const char*> provisions,
                                QList<Citation> more = {}) const;
    QList<Citation> provisions(QDate on, std::initializer_list<const char*> ids) const;

    RuleSet m_rules;
};

} // namespace creditcase::rules
