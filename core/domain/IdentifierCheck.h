#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLatin1StringView>
#include <QString>

namespace creditcase::domain {

// The outcome of checking one identifier (DOMAIN.md section 9).
struct IdentifierCheckResult {
    bool valid = false;
    QString kind;       // "uscc" | "resident-id"; empty when the value fits neither shape
    QString normalized; // trimmed and upper-case; an old 15-digit resident ID comes back converted to 18 digits
    QString reason;     // translated, specific; empty when valid
    QString note;       // translated remark on a valid value (e.g. "converted from ..."); usually empty
};

// Checks a value that may be either a Unified Social Credit Code or a resident ID number, choosing by its shape:
// 15 digits or 17 digits + digit/X are checked as a resident ID; if that fails and the value is also a valid
// USCC, the USCC wins. When neither is valid the reason given is the one for the more likely kind (a real birth
// date at characters 7-14 points to a resident ID). Other lengths: letters suggest a USCC, digits a resident ID.
class IdentifierCheck {
    Q_DECLARE_TR_FUNCTIONS(IdentifierCheck)

public:
    static constexpr QLatin1StringView usccKind{"uscc"};
    static constexpr QLatin1StringView residentIdKind{"resident-id"};

    // today: birth dates after it are refused (resident IDs); injectable so tests travel in time.
    static IdentifierCheckResult check(const QString& value, const QDate& today = QDate::currentDate());
};

} // namespace creditcase::domain
