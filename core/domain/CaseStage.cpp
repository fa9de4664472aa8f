#include "CaseStage.h"

#include <QCoreApplication>

namespace creditcase::domain {

QList<CaseStage> allCaseStages() {
    return {CaseStage::Recorded,      CaseStage::NoticePrepared, CaseStage::ObjectionWindow, CaseStage::ObjectionReview,
            CaseStage::ReadyToDecide, CaseStage::ReExamination,  CaseStage::ReExamined,      CaseStage::Listed,
            CaseStage::Closed,        CaseStage::Expired,        CaseStage::Removed};
}

QString caseStageId(CaseStage stage) {
    switch (stage) {
    case CaseStage::Recorded:
        return QStringLiteral("recorded");
    case CaseStage::NoticePrepared:
        return QStringLiteral("notice-prepared");
    case CaseStage::ObjectionWindow:
        return QStringLiteral("objection-window");
    case CaseStage::ObjectionReview:
        return QStringLiteral("objection-review");
    case CaseStage::ReadyToDecide:
        return QStringLiteral("ready-to-decide");
    case CaseStage::ReExamination:
        return QStringLiteral("re-examination");
    case CaseStage::ReExamined:
        return QStringLiteral("re-examined");
    case CaseStage::Listed:
        return QStringLiteral("listed");
    case CaseStage::Closed:
        return QStringLiteral("closed");
    case CaseStage::Expired:
        return QStringLiteral("expired");
    case CaseStage::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

std::optional<CaseStage> caseStageFromId(const QString& id) {
    for (auto stage : allCaseStages()) {
        if (caseStageId(stage) == id) {
            return stage;
        }
    }
    return std::nullopt;
}

QString caseStageName(CaseStage stage) {
    switch (stage) {
    case CaseStage::Recorded:
        return QCoreApplication::translate("CaseStage", "recorded");
    case CaseStage::NoticePrepared:
        return QCoreApplication::translate("CaseStage", "notice prepared");
    case CaseStage::ObjectionWindow:
        return QCoreApplication::translate("CaseStage", "objection window open");
    case CaseStage::ObjectionReview:
        return QCoreApplication::translate("CaseStage", "objection under review");
    case CaseStage::ReadyToDecide:
        return QCoreApplication::translate("CaseStage", "ready to decide");
    case CaseStage::ReExamination:
        return QCoreApplication::translate("CaseStage", "under re-examination");
    case CaseStage::ReExamined:
        return QCoreApplication::translate("CaseStage", "re-examination approved");
    case CaseStage::Listed:
        return QCoreApplication::translate("CaseStage", "listed");
    case CaseStage::Closed:
        return QCoreApplication::translate("CaseStage", "closed, not designated");
    case CaseStage::Expired:
        return QCoreApplication::translate("CaseStage", "listing expired");
    case CaseStage::Removed:
        return QCoreApplication::translate("CaseStage", "removed from the list");
    }
    return {};
}

bool isFinal(CaseStage stage) {
    return stage == CaseStage::Closed || stage == CaseStage::Expired || stage == CaseStage::Removed;
}

} // namespace creditcase::domain
