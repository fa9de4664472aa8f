#pragma once

#include "RuleDuration.h"

#include <QList>
#include <QString>

namespace creditcase::rules {

// A general procedural time limit (hearing request, service, reconsideration, litigation, comment period...).
struct ProcedureLimit {
    QString id;    // e.g. "reconsideration"
    QString title; // Chinese
    QString titleEn;
    RuleDuration duration; // carries countFrom, source and mark

    Citation citation() const { return duration.citation(); }
};

struct ProcedureLimitEdition {
    QList<ProcedureLimit> limits;

    const ProcedureLimit* limit(const QString& id) const;
};

} // namespace creditcase::rules
