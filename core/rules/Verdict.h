#pragma once

#include "Result.h"
#include "RuleValue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace creditcase::rules {

// The RuleBook's answer to "may this be done?": allowed or not, a translated reason an officer can act on, and the
// provisions the answer rests on, each with its verification mark. A verdict resting on an unverified value says
// so (restsOnUnverified), and the UI shows the marks next to the reason.
struct Verdict {
    bool allowed = false;
    QString reason;
    QList<Citation> citations;
    // What the officer must know although the answer is yes, e.g. a value the rule data does not know (each warning
    // ends with the mark of what it rests on).
    QStringList warnings;

    static Verdict allow(const QString& reason, const QList<Citation>& citations = {});
    static Verdict refuse(const QString& reason, const QList<Citation>& citations = {});

    explicit operator bool() const { return allowed; }
    // Citations as shown to the officer: "Guiding Opinions (2020 draft) II(2) [V]".
    QStringList citationTexts() const { return displayCitations(citations); }
    // True if any provision the verdict rests on is marked [V2] or [U].
    bool restsOnUnverified() const;
    // Marks of the citations that are not [V], e.g. {"U"}; empty for a fully verified verdict.
    QStringList unverifiedMarks() const;
    // A refusal as an Error of kind Refused (reason + citations), for Result-returning callers.
    Error toError() const { return Error::refused(reason, citationTexts()); }
};

} // namespace creditcase::rules
