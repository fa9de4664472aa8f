#include "CatalogEdition.h"

namespace creditcase::rules {

QString sharingScopeId(SharingScope scope) {
    switch (scope) {
    case SharingScope::Unconditional:
        return QStringLiteral("unconditional");
    case SharingScope::Conditional:
        return QStringLiteral("conditional");
    case SharingScope::NotShared:
        return QStringLiteral("not-shared");
    }
    return {};
}

std::optional<SharingScope> sharingScopeFromId(const QString& id) {
    for (auto scope : {SharingScope::Unconditional, SharingScope::Conditional, SharingScope::NotShared}) {
        if (sharingScopeId(scope) == id)
            return scope;
    }
    return std::nullopt;
}

QString disclosureAttributeId(DisclosureAttribute attribute) {
    switch (attribute) {
    case DisclosureAttribute::Active:
        return QStringLiteral("active");
    case DisclosureAttribute::OnRequest:
        return QStringLiteral("on-request");
    case DisclosureAttribute::NotDisclosed:
        return QStringLiteral("not-disclosed");
    }
    return {};
}

std::optional<DisclosureAttribute> disclosureAttributeFromId(const QString& id) {
    for (auto attribute :
         {DisclosureAttribute::Active, DisclosureAttribute::OnRequest, DisclosureAttribute::NotDisclosed}) {
        if (disclosureAttributeId(attribute) == id)
            return attribute;
    }
    return std::nullopt;
}

QString DisclosurePeriodRule::kindId(Kind kind) {
    switch (kind) {
    case Kind::ByRegime:
        return QStringLiteral("by-regime");
    case Kind::ListDuration:
        return QStringLiteral("list-duration");
    case Kind::WhileValid:
        return QStringLiteral("while-valid");
    case Kind::Fixed:
        return QStringLiteral("fixed");
    case Kind::NotDisclosed:
        return QStringLiteral("not-disclosed");
    }
    return {};
}

std::optional<DisclosurePeriodRule::Kind> DisclosurePeriodRule::kindFromId(const QString& id) {
    for (auto kind : {Kind::ByRegime, Kind::ListDuration, Kind::WhileValid, Kind::Fixed, Kind::NotDisclosed}) {
        if (kindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

const CatalogItem* CatalogEdition::item(const QString& id) const {
    for (const auto& candidate : items) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const CatalogCategory* CatalogEdition::category(const QString& id) const {
    for (const auto& candidate : categories) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

} // namespace creditcase::rules
