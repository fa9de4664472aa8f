#pragma once

#include <QString>
#include <optional>

namespace creditcase::domain {

// Administrative level of the department (or court) that acts. Ordered: a comparison "at least county level"
// is `level >= AuthorityLevel::County`.
enum class AuthorityLevel {
    Township = 0,   // 乡镇: below the level that may designate (Guiding Opinions IV(8))
    County = 1,     // 县级
    Municipal = 2,  // 设区的市级
    Provincial = 3, // 省级
    National = 4,   // 国家级 / 中央
};

// Stable identifiers: "township", "county", "municipal", "provincial", "national".
QString authorityLevelId(AuthorityLevel level);
std::optional<AuthorityLevel> authorityLevelFromId(const QString& id);
QString authorityLevelName(AuthorityLevel level);

} // namespace creditcase::domain
