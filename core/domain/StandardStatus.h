#pragma once

#include <QString>
#include <optional>

namespace creditcase::domain {

// Life of a designation standard (DESIGN.md "Standards"): Draft -> OpenForComment (>= the minimum comment period in
// rule data) -> Adopted -> InForce -> Revised or Abolished.
enum class StandardStatus {
    Draft,
    OpenForComment,
    Adopted,
    InForce,
    Revised, // replaced by a newer text; the old one no longer supports new designations
    Abolished,
};

// Stable identifiers: "draft", "open-for-comment", "adopted", "in-force", "revised", "abolished".
QString standardStatusId(StandardStatus status);
std::optional<StandardStatus> standardStatusFromId(const QString& id);
QString standardStatusName(StandardStatus status);

} // namespace creditcase::domain
