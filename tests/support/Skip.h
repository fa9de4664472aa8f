#pragma once

#include <QString>

namespace creditcase::test {

// Exit code with which a test executable says "skipped" (CTest's SKIP_RETURN_CODE in tests/CMakeLists.txt).
constexpr int kSkipReturnCode = 77;

// For a test that cannot run on this machine (a missing facility, not a failure): records why, prints it, and
// makes the executable exit with kSkipReturnCode if nothing failed, so CTest reports the test as skipped instead
// of passed. The caller returns from the test right after:   if (!canMount) { skipTest("..."); return; }
void skipTest(const QString& reason);

// The exit code of a test run: Catch's result, except that a run with skipped tests and no failure exits with
// kSkipReturnCode, and a failure count that happens to equal it exits 1 (a failure is never shown as a skip).
int exitCodeOfRun(int catchResult);

} // namespace creditcase::test
