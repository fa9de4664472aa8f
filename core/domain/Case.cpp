#include "Case.h"

namespace creditcase::domain {

QString objectionOutcomeId(ObjectionOutcome outcome) {
    return outcome == ObjectionOutcome::Upheld ? QStringLiteral("upheld") : QStringLiteral("rejected");
}

QString reExaminationOutcomeId(ReExaminationOutcome outcome) {
    return outcome == ReExaminationOutcome::Approved ? QStringLiteral("approved") : QStringLiteral("returned");
}

} // namespace creditcase::domain
