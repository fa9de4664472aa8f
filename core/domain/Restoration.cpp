#include "Restoration.h"

#include <QCoreApplication>

namespace creditcase::domain {

QString restorationStageId(RestorationStage stage) {
    switch (stage) {
    case RestorationStage::Applied:
        return QStringLiteral("applied");
    case RestorationStage::Granted:
        return QStringLiteral("granted");
    case RestorationStage::Refused:
        return QStringLiteral("refused");
    case RestorationStage::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

std::optional<RestorationStage> restorationStageFromId(const QString& id) {
    for (auto stage :
         {RestorationStage::Applied, RestorationStage::Granted, RestorationStage::Refused, RestorationStage::Revoked}) {
        if (restorationStageId(stage) == id) {
            return stage;
        }
    }
    return std::nullopt;
}

QString restorationStageName(RestorationStage stage) {
    switch (stage) {
    case RestorationStage::Applied:
        return QCoreApplication::translate("RestorationStage", "applied for, awaiting decision");
    case RestorationStage::Granted:
        return QCoreApplication::translate("RestorationStage", "granted");
    case RestorationStage::Refused:
        return QCoreApplication::translate("RestorationStage", "refused");
    case RestorationStage::Revoked:
        return QCoreApplication::translate("RestorationStage", "revoked (listing restored)");
    }
    return {};
}

} // namespace creditcase::domain
