#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class QLabel;

namespace creditcase::ui {

// How a failed unlock is told to the user, the same way in the unlock dialog and on the lock screen:
// a short bold headline that says which kind of failure it is (wrong password, damaged file, missing
// file, vault in use), then the gateway's own message, in a label that stays until the next attempt.
class UnlockFeedback {
    Q_DECLARE_TR_FUNCTIONS(UnlockFeedback)

public:
    static QString headline(const creditcase::Error& error);
    static QString richText(const creditcase::Error& error);

    // Shows the failure in label (rich text, error colour, visible) and remembers the error kind in the
    // label's "errorKind" property, so tests and assistive tools can tell the kinds apart.
    static void show(QLabel* label, const creditcase::Error& error);
    // Shows a plain hint (a field left empty, a value out of range) in the same place, without a headline.
    static void showHint(QLabel* label, const QString& hint);
    static void clear(QLabel* label);

    // A label ready to carry unlock failures: hidden while empty, word-wrapped, announced to screen readers.
    static void prepare(QLabel* label);
};

} // namespace creditcase::ui
