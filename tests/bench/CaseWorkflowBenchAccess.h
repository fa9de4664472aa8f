#pragma once

#include "workflow/CaseWorkflow.h"

namespace creditcase::workflow {

// The read part of CaseWorkflow::show(), which is private so that clients always register the inquiry; the
// benchmarks time it on its own next to show().
struct CaseWorkflowBenchAccess {
    static Result<CaseFile> read(QSqlDatabase& db, qint64 caseId) { return CaseWorkflow::read(db, caseId); }
};

} // namespace creditcase::workflow
