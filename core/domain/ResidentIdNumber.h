#pragma once

#include "IdentifierCheck.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace creditcase::domain {

// The citizen's resident ID number (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth date,
// 3-digit sequence and a check character (digit or X). Old 15-digit numbers (2-digit year, no check character)
// are converted to 18 digits rather than refused.
class ResidentIdNumber {
    Q_DECLARE_TR_FUNCTIONS(ResidentIdNumber)

public:
    // Normalises (trim, upper-case), converts a 15-digit number, and checks length, characters, the province of
    // the address code (GB/T 2260), the birth date (a real date, not after `today`) and the check character, in
    // that order; the first failure is the reason.
    static IdentifierCheckResult check(const QString& value, const QDate& today = QDate::currentDate());
    // The same verdict as check(value, today).valid, without building the normalised copy or a message.
    static bool isValid(QStringView value, const QDate& today = QDate::currentDate());
};

} // namespace creditcase::domain
