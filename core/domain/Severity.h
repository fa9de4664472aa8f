#pragma once

#include <QString>
#include <optional>

namespace creditcase::domain {

// How serious an untrustworthy conduct is (国办发〔2025〕22号: 轻微 / 一般 / 严重). Older regimes that knew only
// "general" and "serious" say in their rule data how they treat minor conduct.
enum class Severity {
    Minor,   // 轻微
    General, // 一般 (SAMR: 较重/moderate)
    Serious, // 严重
};

// Stable identifiers used in rule data and storage: "minor", "general", "serious".
QString severityId(Severity severity);
std::optional<Severity> severityFromId(const QString& id);
QString severityName(Severity severity);

} // namespace creditcase::domain
