#pragma once

#include "RuleValue.h"
#include "domain/AuthorityLevel.h"
#include "domain/BasisDocumentKind.h"
#include "domain/ScopeCategory.h"

#include <QList>
#include <QString>
#include <QStringList>

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

// A purpose for which a user may read a case of another organ (Guiding Opinions VII(13): the scope of authority for
// inquiries; III(3): sharing follows the catalogue's sharing scope). `sharing` lists the sharing scopes of catalogue
// items ("unconditional", "conditional") whose records may be read for this purpose.
struct InquiryPurposeRule {
    QString id; // stated as --purpose, e.g. "supervision"
    QString name;
    QString nameEn;
    QStringList sharing;
    QString provisionId;
    QString source;
    Mark mark = Mark::Unverified;
};

struct LegalBasesEdition {
    QList<Provision> provisions;
    QList<BasisKindRule> basisKinds;
    QList<ScopeCategoryRule> scopeCategories;
    QList<StandardFormRule> standardForms;
    QList<InquiryPurposeRule> inquiryPurposes;
    RuleValue<domain::AuthorityLevel> minimumDesignatingLevel;

    const Provision* provision(const QString& id) const;
    const BasisKindRule* basisKind(domain::BasisDocumentKind kind) const;
    const ScopeCategoryRule* scopeCategory(domain::ScopeCategory category) const;
    const StandardFormRule* standardForm(const QString& id) const;
    // By id, or by its Chinese or English name (case-insensitive); nullptr if none.
    const InquiryPurposeRule* inquiryPurpose(const QString& idOrName) const;
};

} // namespace creditcase::rules
