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
    // The birth date the number carries (positions 7-14; an old number converted first); invalid if the number is
    // not valid. The evidence of a natural person's age: no one has to type it.
    static QDate birthDate(const QString& value);
    // Completed years of age on `on` for someone born on `birth` (a birthday on 29 February counts from 1 March in
    // other years); -1 if either date is invalid or `on` is before the birth.
    static int ageOn(const QDate& birth, const QDate& on);
};

} // namespace creditcase::domain
