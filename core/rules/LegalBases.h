#pragma once

#include "RuleValue.h"
#include "domain/AuthorityLevel.h"
#include "domain/BasisDocumentKind.h"
#include "domain/ScopeCategory.h"

#include <QList>
#include <QString>

namespace creditcase::rules {

// A provision the RuleBook cites by id (e.g. "opinions-II-2"), with its citation text and mark.
struct Provision {
    QString id;
    Citation citation;
    QString summary; // one line, English
};

// Whether a kind of document is a legally effective basis for a finding (Guiding Opinions II(2)).
struct BasisKindRule {
    domain::BasisDocumentKind kind = domain::BasisDocumentKind::Complaint;
    bool isBasis = false;
    bool requiresStatutoryProvision = false; // the document must name the provision that makes it a basis
    QString provisionId;
    QString source;
    Mark mark = Mark::Unverified;
};

// One of the four kinds of conduct a serious-untrustworthy list may cover (IV(6)).
struct ScopeCategoryRule {
    domain::ScopeCategory category = domain::ScopeCategory::PublicHealthAndSafety;
    QString name; // Chinese
    QString nameEn;
    QString provisionId;
    Mark mark = Mark::Unverified;
};

// A legal form a designation standard may take (IV(7)).
struct StandardFormRule {
    QString id; // "law", "administrative-regulation", "central-policy", "departmental-rule", ...
    QString name;
    QString nameEn;
    QString provisionId;
    Mark mark = Mark::Unverified;
};

struct LegalBasesEdition {
    QList<Provision> provisions;
    QList<BasisKindRule> basisKinds;
    QList<ScopeCategoryRule> scopeCategories;
    QList<StandardFormRule> standardForms;
    RuleValue<domain::AuthorityLevel> minimumDesignatingLevel;

    const Provision* provision(const QString& id) const;
    const BasisKindRule* basisKind(domain::BasisDocumentKind kind) const;
    const ScopeCategoryRule* scopeCategory(domain::ScopeCategory category) const;
    const StandardFormRule* standardForm(const QString& id) const;
};

} // namespace creditcase::rules
