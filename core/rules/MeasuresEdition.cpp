#include "MeasuresEdition.h"

namespace creditcase::rules {

QString measureCategoryId(MeasureCategory category) {
    switch (category) {
    case MeasureCategory::A:
        return QStringLiteral("A");
    case MeasureCategory::B:
        return QStringLiteral("B");
    case MeasureCategory::C:
        return QStringLiteral("C");
    }
    return {};
}

std::optional<MeasureCategory> measureCategoryFromId(const QString& id) {
    for (auto category : {MeasureCategory::A, MeasureCategory::B, MeasureCategory::C}) {
        if (measureCategoryId(category) == id)
            return category;
    }
    return std::nullopt;
}

QString measureUseId(MeasureUse use) {
    switch (use) {
    case MeasureUse::Order:
        return QStringLiteral("order");
    case MeasureUse::InformOnly:
        return QStringLiteral("inform-only");
    }
    return {};
}

std::optional<MeasureUse> measureUseFromId(const QString& id) {
    for (auto use : {MeasureUse::Order, MeasureUse::InformOnly}) {
        if (measureUseId(use) == id)
            return use;
    }
    return std::nullopt;
}

const Measure* MeasuresEdition::measure(const QString& id) const {
    for (const auto& candidate : measures) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const MeasureCategoryRule* MeasuresEdition::category(MeasureCategory category) const {
    for (const auto& candidate : categories) {
        if (candidate.category == category)
            return &candidate;
    }
    return nullptr;
}

} // namespace creditcase::rules
