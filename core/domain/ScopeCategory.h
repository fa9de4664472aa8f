#pragma once

#include <QString>
#include <optional>

namespace creditcase::domain {

// The only kinds of conduct a serious-untrustworthy list may cover (Guiding Opinions IV(6)). The rule data
// (legal-bases.json) carries the citation; a list type names the categories it covers.
enum class ScopeCategory {
    PublicHealthAndSafety,    // seriously endangers public health and safety of life
    FairCompetition,          // seriously undermines fair market competition
    RefusingLegalObligations, // refuses legally prescribed obligations, harming judicial/administrative credibility
    NationalDefence,          // refuses national-defence obligations
};

// Stable identifiers: "public-health-safety", "fair-competition", "refusing-legal-obligations", "national-defence".
QString scopeCategoryId(ScopeCategory category);
std::optional<ScopeCategory> scopeCategoryFromId(const QString& id);
QString scopeCategoryName(ScopeCategory category);

} // namespace creditcase::domain
