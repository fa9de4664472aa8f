#include "LegalBases.h"

namespace creditcase::rules {

const Provision* LegalBasesEdition::provision(const QString& id) const {
    for (const auto& candidate : provisions) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const BasisKindRule* LegalBasesEdition::basisKind(domain::BasisDocumentKind kind) const {
    for (const auto& candidate : basisKinds) {
        if (candidate.kind == kind)
            return &candidate;
    }
    return nullptr;
}

const ScopeCategoryRule* LegalBasesEdition::scopeCategory(domain::ScopeCategory category) const {
    for (const auto& candidate : scopeCategories) {
        if (candidate.category == category)
            return &candidate;
    }
    return nullptr;
}

const StandardFormRule* LegalBasesEdition::standardForm(const QString& id) const {
    for (const auto& candidate : standardForms) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const InquiryPurposeRule* LegalBasesEdition::inquiryPurpose(const QString& idOrName) const {
    const QString wanted = idOrName.trimmed();
    for (const auto& candidate : inquiryPurposes) {
        if (candidate.id.compare(wanted, Qt::CaseInsensitive) == 0 || candidate.name == wanted ||
            candidate.nameEn.compare(wanted, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

} // namespace creditcase::rules
