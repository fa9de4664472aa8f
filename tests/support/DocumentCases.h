#pragma once

#include "WorkflowFixture.h"

#include <QString>

namespace creditcase::test {

// Cases for the official-document tests, on top of WorkflowFixture.

// A valid Unified Social Credit Code, different for every n in 0..9999 (the region digits vary; the organisation
// code and both check characters are computed per GB 32100 / GB 11714).
QString usccFor(int n);

// A case opened on 2025-02-20 by the officer for a new enterprise subject with that identifier (the standard adopted
// once per fixture by the caller: call f.adoptStandard() first).
qint64 openCaseFor(WorkflowFixture& f, const QString& identifier, const QString& name);

// f.listedCase() carried on: restoration applied 2026-06-01 and granted 2026-06-05 by the supervisor, so the case is
// removed from the list.
qint64 removedCase(WorkflowFixture& f);

} // namespace creditcase::test
