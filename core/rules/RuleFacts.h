#pragma once

#include "domain/AuthorityLevel.h"
#include "domain/BasisDocumentKind.h"
#include "domain/ScopeCategory.h"
#include "domain/Severity.h"
#include "domain/StandardStatus.h"
#include "domain/SubjectType.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace creditcase::rules {

// The facts the RuleBook judges. They come from the case, the standard record or the application; the RuleBook
// only reads them.

// A document a finding rests on (Guiding Opinions II(2)).
struct BasisFacts {
    domain::BasisDocumentKind kind = domain::BasisDocumentKind::Complaint;
    bool legallyEffective = false; // no longer open to appeal/reconsideration, or effective on issue by law
    QDate effectiveOn;             // date it took (or takes) legal effect
    QString statutoryProvision;    // for "other statutory basis": the provision that makes it a basis
};

// The designation standard the department applies, as recorded in its standard record (Guiding Opinions IV(7)).
struct StandardFacts {
    domain::StandardStatus status = domain::StandardStatus::Draft;
    QString legalForm;     // id from legal-bases.json; empty = the form the list type's rule data states
    QDate commentOpenedOn; // public comment period: first day
    QDate commentClosedOn; //                        last day
    QDate adoptedOn;
    QDate inForceFrom;
    QDate endedOn; // revoked/abolished/revised from this date; invalid while in force
    bool statesRemovalConditions = false;
    bool statesRemovalProcedure = false;
    bool statesRelief = false;
    // The national standard of the list type itself (the rule data's), as opposed to a standard an organ adopted
    // and recorded in the vault. Where the rule data does not know a national standard's comment period, the
    // designation is allowed with a warning; a locally adopted standard must show its comment period.
    bool national = false;
};

// The conduct and the designating department (Guiding Opinions IV(6), IV(8)).
struct DesignationFacts {
    domain::ScopeCategory conductScope = domain::ScopeCategory::PublicHealthAndSafety;
    domain::AuthorityLevel designatingLevel = domain::AuthorityLevel::County;
    QString ground;            // ground of the list type, e.g. "art1-1" for the court list; empty if it has one
    QStringList circumstances; // circumstances established in the case, matched against the list type's bars
                               // (e.g. "adequate-security", SPC Art. 3)
    // Facts the evidence gives, checked when present (Guiding Opinions II(1), IV(6)):
    std::optional<domain::SubjectType> subjectType; // the subject's kind
    std::optional<domain::Severity> severity;       // the record's severity
    QString catalogItem;                            // the record's catalogue item (must be adverse information)
    QDate birthDate;                                // a natural person's, from the resident ID (GB 11643)
    // The day of the conduct the record states; invalid when the record has none. `decidedOn` (the basis
    // document's date) is the latest day the conduct can have happened, used for an age bar in its place.
    QDate conductOn;
    QDate decidedOn;
};

// A restoration application (Guiding Opinions VI(11)). With a list type: early removal from that list. Without:
// restoration of disclosed penalty information under the disclosure regime of the decision date.
struct RestorationFacts {
    QString listTypeId;
    QDate decisionDate; // the decision that made the finding or the listing
    domain::Severity severity = domain::Severity::General;
    QString sector;                // for sector disclosure rules; empty = general
    QDate correctedOn;             // conduct corrected and obligations performed; invalid if not (yet)
    bool commitmentSigned = false; // credit commitment letter (信用承诺书) submitted
    // The provision (an id of the list type's "nonRestorable" in the rule data) that the officer named as making the
    // information non-restorable; empty if none. An id the rule data does not name bars nothing.
    QString nonRestorableProvision;
    QStringList circumstances; // matched against the list type's early-removal exclusions
};

} // namespace creditcase::rules
