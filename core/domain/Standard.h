#pragma once

#include "StandardStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace creditcase::domain {

// A department's designation standard for a list type (Guiding Opinions IV(7)): drafted, open for public comment
// for at least the minimum period, adopted only after the period closed, in force from a date, assessed
// periodically, revised or abolished. Its dates are the facts the RuleBook judges a designation against.
struct Standard {
    qint64 id = 0;
    QString listType;
    QString title;
    StandardStatus stage = StandardStatus::Draft;
    qint64 organId = 0;
    QDate commentOpenedOn;
    QDate commentClosedOn;
    QDate adoptedOn;
    QDate inForceFrom;
    QDate lastAssessedOn;
    QDate endedOn; // abolished or revised from this day
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
};

} // namespace creditcase::domain
