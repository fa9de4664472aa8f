#include "domain/CaseStage.h"

#include <catch2/catch.hpp>

using namespace creditcase::domain;

TEST_CASE("Case stages have stable identifiers that read back, and translated names") {
    QStringList ids;
    for (auto stage : allCaseStages()) {
        const QString id = caseStageId(stage);
        CHECK_FALSE(id.isEmpty());
        CHECK(caseStageFromId(id) == stage);
        CHECK_FALSE(caseStageName(stage).isEmpty());
        CHECK_FALSE(ids.contains(id));
        ids << id;
    }
    CHECK(ids.size() == 11);
    CHECK_FALSE(caseStageFromId(QStringLiteral("Listed")).has_value());
    CHECK(isFinal(CaseStage::Closed));
    CHECK(isFinal(CaseStage::Expired));
    CHECK(isFinal(CaseStage::Removed));
    CHECK_FALSE(isFinal(CaseStage::Listed));
}
