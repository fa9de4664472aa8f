#pragma once

#include "Severity.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace creditcase::domain {

// Public credit information recorded about a subject: a catalogue item (Guiding Opinions II(1)) resting on a
// basis document (II(2)), with its severity and the disclosure window that followed from the regime in force on
// the decision date. Disclosure and sharing stop by date (expiry, restoration), never by deletion.
struct CreditRecord {
    qint64 id = 0;
    qint64 subjectId = 0;
    QString catalogItem;
    QString catalogEdition;
    qint64 basisId = 0;
    Severity severity = Severity::General;
    QString sector; // for sector disclosure rules; empty = general
    QString facts;
    QDate decidedOn; // the decision that made the finding (the basis document's date)
    QDate conductOn; // the day of the conduct, as the basis document states it (invalid: not recorded)
    QString disclosureRegime;
    bool disclosed = true;
    QDate disclosureMinUntil; // restoration possible from here (invalid: no minimum)
    QDate disclosureMaxUntil; // disclosure stops by itself on this day
    QDate disclosureStoppedOn;
    QDate sharingStoppedOn;
    QString ruleEditions; // "kind:edition:version;..." in force when recorded
    QDateTime createdAt;
    QString createdBy;
};

} // namespace creditcase::domain
