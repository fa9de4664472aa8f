#include "Skip.h"

#include <catch2/catch.hpp>

namespace creditcase::test {

namespace {
bool& skipped() {
    static bool flag = false;
    return flag;
}
} // namespace

void skipTest(const QString& reason) {
    skipped() = true;
    WARN("SKIPPED: " << reason.toStdString());
}

int exitCodeOfRun(int catchResult) {
    if (catchResult != 0) {
        return catchResult == kSkipReturnCode ? 1 : catchResult;
    }
    return skipped() ? kSkipReturnCode : 0;
}

} // namespace creditcase::test
