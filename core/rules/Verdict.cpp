#include "Verdict.h"

namespace creditcase::rules {

Verdict Verdict::allow(const QString& reason, const QList<Citation>& citations) {
    return Verdict{true, reason, citations, {}};
}

Verdict Verdict::refuse(const QString& reason, const QList<Citation>& citations) {
    return Verdict{false, reason, citations, {}};
}

bool Verdict::restsOnUnverified() const {
    for (const auto& citation : citations) {
        if (citation.mark != Mark::Verified)
            return true;
    }
    return false;
}

QStringList Verdict::unverifiedMarks() const {
    QStringList marks;
    for (const auto& citation : citations) {
        if (citation.mark != Mark::Verified) {
            const QString id = markId(citation.mark);
            if (!marks.contains(id))
                marks << id;
        }
    }
    return marks;
}

} // namespace creditcase::rules
