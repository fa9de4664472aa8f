#include "Deadline.h"

#include <QCoreApplication>

namespace creditcase::domain {

QList<DeadlineKind> allDeadlineKinds() {
    return {DeadlineKind::NoticeService,     DeadlineKind::ObjectionWindow, DeadlineKind::ObjectionAnswer,
            DeadlineKind::ReExamination,     DeadlineKind::ListExpiry,      DeadlineKind::DisclosureMinimum,
            DeadlineKind::DisclosureMaximum, DeadlineKind::RestorationDue,  DeadlineKind::CommentClose,
            DeadlineKind::AssessmentDue,     DeadlineKind::DecisionDue};
}

QString deadlineKindId(DeadlineKind kind) {
    switch (kind) {
    case DeadlineKind::NoticeService:
        return QStringLiteral("notice-service");
    case DeadlineKind::ObjectionWindow:
        return QStringLiteral("objection-window");
    case DeadlineKind::ObjectionAnswer:
        return QStringLiteral("objection-answer");
    case DeadlineKind::ReExamination:
        return QStringLiteral("re-examination");
    case DeadlineKind::ListExpiry:
        return QStringLiteral("list-expiry");
    case DeadlineKind::DisclosureMinimum:
        return QStringLiteral("disclosure-minimum");
    case DeadlineKind::DisclosureMaximum:
        return QStringLiteral("disclosure-maximum");
    case DeadlineKind::RestorationDue:
        return QStringLiteral("restoration-due");
    case DeadlineKind::CommentClose:
        return QStringLiteral("comment-close");
    case DeadlineKind::AssessmentDue:
        return QStringLiteral("assessment-due");
    case DeadlineKind::DecisionDue:
        return QStringLiteral("decision-due");
    }
    return {};
}

std::optional<DeadlineKind> deadlineKindFromId(const QString& id) {
    for (auto kind : allDeadlineKinds()) {
        if (deadlineKindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

QString deadlineKindName(DeadlineKind kind) {
    switch (kind) {
    case DeadlineKind::NoticeService:
        return QCoreApplication::translate("DeadlineKind", "serve the notice");
    case DeadlineKind::ObjectionWindow:
        return QCoreApplication::translate("DeadlineKind", "objection window ends");
    case DeadlineKind::ObjectionAnswer:
        return QCoreApplication::translate("DeadlineKind", "answer the objection");
    case DeadlineKind::ReExamination:
        return QCoreApplication::translate("DeadlineKind", "re-examination due");
    case DeadlineKind::ListExpiry:
        return QCoreApplication::translate("DeadlineKind", "listing term ends");
    case DeadlineKind::DisclosureMinimum:
        return QCoreApplication::translate("DeadlineKind", "minimum disclosure period ends");
    case DeadlineKind::DisclosureMaximum:
        return QCoreApplication::translate("DeadlineKind", "disclosure ends");
    case DeadlineKind::RestorationDue:
        return QCoreApplication::translate("DeadlineKind", "decide the restoration application");
    case DeadlineKind::CommentClose:
        return QCoreApplication::translate("DeadlineKind", "public comment period closes");
    case DeadlineKind::AssessmentDue:
        return QCoreApplication::translate("DeadlineKind", "assessment of the standard due");
    case DeadlineKind::DecisionDue:
        return QCoreApplication::translate("DeadlineKind", "make the designation decision");
    }
    return {};
}

QString deadlineStatusId(DeadlineStatus status) {
    switch (status) {
    case DeadlineStatus::Open:
        return QStringLiteral("open");
    case DeadlineStatus::Met:
        return QStringLiteral("met");
    case DeadlineStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<DeadlineStatus> deadlineStatusFromId(const QString& id) {
    for (auto status : {DeadlineStatus::Open, DeadlineStatus::Met, DeadlineStatus::Cancelled}) {
        if (deadlineStatusId(status) == id) {
            return status;
        }
    }
    return std::nullopt;
}

} // namespace creditcase::domain
