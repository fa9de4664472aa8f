#include "ProcedureLimit.h"

namespace creditcase::rules {

const ProcedureLimit* ProcedureLimitEdition::limit(const QString& id) const {
    for (const auto& candidate : limits) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

} // namespace creditcase::rules
