#pragma once

#include "IdentifierCheck.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace creditcase::domain {

// The Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters over 0-9 and the capital letters
// except I, O, S, V, Z. Character 18 is a check character over the first 17; characters 9-17 are the
// organisation code (GB 11714), whose character 17 is its own check character.
class UnifiedSocialCreditCode {
    Q_DECLARE_TR_FUNCTIONS(UnifiedSocialCreditCode)

public:
    // Normalises (trim, upper-case) and checks length, alphabet, the registration authority (character 1) and
    // the kind of organisation it registers (character 2) against GB 32100-2015's code table, the organisation
    // code's check and the code's check character, in that order; the first failure is the reason.
    static IdentifierCheckResult check(const QString& value);
    // The same verdict as check(value).valid, without building the normalised copy or a message (bulk filters).
    static bool isValid(QStringView value);

private:
    static QString characterProblem(int position, QChar found);
};

} // namespace creditcase::domain
