#pragma once

#include "RuleDuration.h"
#include "RuleValue.h"
#include "domain/AuthorityLevel.h"
#include "domain/ScopeCategory.h"
#include "domain/Severity.h"
#include "domain/SubjectType.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace creditcase::rules {

// A time limit that a rule may also expressly not set ("no pre-listing objection; correction under Art. 11").
// Either way the rule data says where that was read.
struct OptionalDuration {
    std::optional<RuleDuration> duration;
    QString noneReason; // why there is no limit, when duration is empty
    QString source;
    Mark mark = Mark::Unverified;

    bool isSet() const { return duration.has_value(); }
    Citation citation() const { return duration ? duration->citation() : Citation{source, {}, mark}; }
};

// The designation standard a list type rests on (Guiding Opinions IV(7)).
struct ListStandard {
    QString document; // e.g. "人力资源社会保障部令第45号"
    QString title;    // Chinese
    QString titleEn;
    QString issuer;
    QString legalForm; // id from legal-bases.json standardForms, e.g. "departmental-rule"
    QDate promulgatedOn;
    QDate effectiveFrom;
    QDate effectiveUntil; // last day in force; invalid while in force
    QString url;
    QString source;
    Mark mark = Mark::Unverified;

    bool inForceOn(QDate date) const {
        return effectiveFrom.isValid() && date >= effectiveFrom &&
               (!effectiveUntil.isValid() || date <= effectiveUntil);
    }
    Citation citation() const { return Citation{source, {}, mark}; }
};

// The public comment period of a standard as published (Guiding Opinions IV(7)), where the rule data knows it.
struct CommentPeriod {
    QDate opened;
    QDate closed;
    QString source;
    Mark mark = Mark::Unverified;
};

// Whether a designation below provincial level goes to a higher department for re-examination (IV(8)).
struct ReExaminationRule {
    bool required = false;
    QString level; // "next-higher", "provincial", "national"; empty when not required
    QString source;
    Mark mark = Mark::Unverified;
};

// How long a listing lasts, for the grounds it names (empty grounds = every ground of the list type).
struct ListTerm {
    enum class Kind { Fixed, UntilPerformed };
    QString id;
    QStringList grounds;
    Kind kind = Kind::Fixed;
    std::optional<RuleDuration> duration;     // Kind::Fixed
    std::optional<RuleDuration> extensionMin; // aggravated cases may extend the term by min..max
    std::optional<RuleDuration> extensionMax;
    QString countFrom; // "decision", "listing"
    SourcedText description;
    QString source;
    Mark mark = Mark::Unverified;

    static QString kindId(Kind kind); // "fixed", "until-performed"
    static std::optional<Kind> kindFromId(const QString& id);
    bool appliesToGround(const QString& ground) const { return grounds.isEmpty() || grounds.contains(ground); }
};

// A named circumstance with its provision: a bar to designation (SPC Art. 4 minors) or an exclusion from early
// removal (MOHRSS Art. 13). `grounds` limits it to some grounds of the list type; empty = all.
// A bar may also be a fact the evidence proves by itself: `ageBelow` (e.g. 18) bars a natural person younger than
// that on each day named by `ageOn` ("conduct", "designation"), as the resident ID's birth date shows (GB 11643).
// A list type's `nonRestorable` entries name the provisions that make its information non-restorable
// (Guiding Opinions VI(11)); an officer invokes one by its id.
struct NamedCondition {
    QString id;
    SourcedText text;
    QStringList grounds;
    int ageBelow = 0;  // 0: not an age bar
    QStringList ageOn; // "conduct", "designation"
};

// Any further number the standard sets, kept with its article so the workflow can use it and the officer can see it.
struct NamedLimit {
    QString id;
    SourcedText title;
    RuleDuration duration;
};

struct EarlyRemovalRule {
    bool allowed = false;
    std::optional<RuleDuration> minimumWait; // counted from minimumWait->countFrom ("correction", "listing", ...)
    bool requiresCorrection = false;
    bool requiresCommitment = false;
    QList<SourcedText> conditions;
    QList<NamedCondition> exclusions;
    OptionalDuration decisionLimit; // time to decide a request for early removal
    // Whether a removal also ends the disclosure of the penalty record the listing rests on (a record follows its
    // own disclosure regime unless the list's rules say otherwise).
    RuleValue<bool> endsRecordDisclosure;
    QString source;
    Mark mark = Mark::Unverified;
};

struct Relief {
    SourcedText text;
    QStringList procedureLimits; // ids in procedure-limits.json (e.g. "reconsideration", "litigation")
};

// A sector list of seriously untrustworthy subjects and every parameter its standard sets.
struct ListType {
    QString id;
    QString name; // Chinese
    QString nameEn;
    QString sector; // e.g. "labour", "market-regulation"; used to pick sector disclosure rules
    ListStandard standard;
    SourcedText competentDepartment;
    RuleValue<domain::AuthorityLevel> designatingLevel; // lowest level that may designate
    RuleValue<QList<domain::ScopeCategory>> scopeCategories;
    RuleValue<QList<domain::SubjectType>> subjectTypes; // who may be listed; empty = not stated
    RuleValue<QList<domain::Severity>> severities;      // record severities that may lead to a listing; empty = any
    RuleValue<bool> commentPeriodRequired;              // whether the IV(7) minimum comment period binds this standard
    std::optional<CommentPeriod> commentPeriod;         // as published; absent where not known
    RuleValue<bool> noticeBeforeDesignation;
    OptionalDuration objectionWindow;      // from objectionWindow.duration->countFrom (e.g. "notice-received")
    OptionalDuration objectionAnswerLimit; // time to verify and answer an objection
    OptionalDuration decisionLimit;
    OptionalDuration decisionExtension;
    int decisionExtensionTimes = 0; // how many times the time to decide may be extended (decisionExtension.times)
    ReExaminationRule reExamination;
    QList<ListTerm> terms;
    EarlyRemovalRule earlyRemoval;
    QList<SourcedText> removalConditions;
    QList<SourcedText> removalProcedure;
    QList<Relief> relief;
    OptionalDuration removalExecutionLimit; // time to carry out a removal once due
    RuleDuration restorationLimit;          // time to decide a restoration / early-removal application
    QList<NamedCondition> designationBars;
    QList<NamedCondition> nonRestorable; // provisions that make this list's information non-restorable
    QList<NamedLimit> otherLimits;
    RuleValue<QStringList> measures; // ids in the measures list

    const ListTerm* term(const QString& ground) const;
    // The grounds the terms name (e.g. "art1-1".."art1-6" for the court list); empty if one term covers all.
    QStringList grounds() const;
    const NamedLimit* limit(const QString& id) const;
    const NamedCondition* nonRestorableProvision(const QString& id) const;
};

struct ListTypeEdition {
    QList<ListType> listTypes;

    const ListType* listType(const QString& id) const;
};

} // namespace creditcase::rules
