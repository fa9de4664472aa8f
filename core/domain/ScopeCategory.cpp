#include "ScopeCategory.h"

#include <QCoreApplication>

namespace creditcase::domain {

QString scopeCategoryId(ScopeCategory category) {
    switch (category) {
    case ScopeCategory::PublicHealthAndSafety:
        return QStringLiteral("public-health-safety");
    case ScopeCategory::FairCompetition:
        return QStringLiteral("fair-competition");
    case ScopeCategory::RefusingLegalObligations:
        return QStringLiteral("refusing-legal-obligations");
    case ScopeCategory::NationalDefence:
        return QStringLiteral("national-defence");
    }
    return {};
}

std::optional<ScopeCategory> scopeCategoryFromId(const QString& id) {
    for (auto category : {ScopeCategory::PublicHealthAndSafety, ScopeCategory::FairCompetition,
                          ScopeCategory::RefusingLegalObligations, ScopeCategory::NationalDefence}) {
        if (scopeCategoryId(category) == id)
            return category;
    }
    return std::nullopt;
}

QString scopeCategoryName(ScopeCategory category) {
    switch (category) {
    case ScopeCategory::PublicHealthAndSafety:
        return QCoreApplication::translate("ScopeCategory", "seriously endangers public health and safety of life");
    case ScopeCategory::FairCompetition:
        return QCoreApplication::translate("ScopeCategory", "seriously undermines fair market competition");
    case ScopeCategory::RefusingLegalObligations:
        return QCoreApplication::translate(
            "ScopeCategory", "refuses legal obligations, seriously harming the credibility of judicial or "
                             "administrative organs");
    case ScopeCategory::NationalDefence:
        return QCoreApplication::translate("ScopeCategory", "refuses national-defence obligations");
    }
    return {};
}

} // namespace creditcase::domain
