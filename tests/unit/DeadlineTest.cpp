#include "domain/Deadline.h"

#include "domain/Restoration.h"

#include <catch2/catch.hpp>

using namespace creditcase::domain;

TEST_CASE("Deadline kinds and statuses, and restoration stages, have stable identifiers") {
    CHECK(allDeadlineKinds().size() == 11);
    CHECK(deadlineKindFromId(QStringLiteral("decision-due")) == DeadlineKind::DecisionDue);
    for (auto kind : allDeadlineKinds()) {
        CHECK(deadlineKindFromId(deadlineKindId(kind)) == kind);
        CHECK_FALSE(deadlineKindName(kind).isEmpty());
    }
    for (auto status : {DeadlineStatus::Open, DeadlineStatus::Met, DeadlineStatus::Cancelled})
        CHECK(deadlineStatusFromId(deadlineStatusId(status)) == status);
    for (auto stage :
         {RestorationStage::Applied, RestorationStage::Granted, RestorationStage::Refused, RestorationStage::Revoked}) {
        CHECK(restorationStageFromId(restorationStageId(stage)) == stage);
        CHECK_FALSE(restorationStageName(stage).isEmpty());
    }
    CHECK_FALSE(deadlineKindFromId(QStringLiteral("soon")).has_value());
}
