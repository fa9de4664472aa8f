#include "UnlockFeedback.h"

#include <QLabel>

namespace creditcase::ui {

QString UnlockFeedback::headline(const creditcase::Error& error) {
    switch (error.kind) {
    case creditcase::ErrorKind::AuthenticationFailed:
        return tr("Wrong user name or password.");
    case creditcase::ErrorKind::Corrupt:
        return tr("The vault file is damaged or is not a CreditCase vault.");
    case creditcase::ErrorKind::NotFound:
        return tr("The vault file was not found.");
    case creditcase::ErrorKind::InUse:
        return tr("The vault is in use by another program.");
    case creditcase::ErrorKind::Usage:
    case creditcase::ErrorKind::Refused:
    case creditcase::ErrorKind::Failure:
        break;
    }
    return tr("The vault could not be opened.");
}

QString UnlockFeedback::richText(const creditcase::Error& error) {
    QString text = QStringLiteral("<b>%1</b>").arg(headline(error).toHtmlEscaped());
    if (!error.message.isEmpty()) {
        text += QStringLiteral("<br>") + error.message.toHtmlEscaped();
    }
    return text;
}

void UnlockFeedback::show(QLabel* label, const creditcase::Error& error) {
    label->setText(richText(error));
    label->setProperty("errorKind", static_cast<int>(error.kind));
    label->setAccessibleDescription(headline(error) + QLatin1Char(' ') + error.message);
    label->setVisible(true);
}

void UnlockFeedback::showHint(QLabel* label, const QString& hint) {
    label->setText(hint.toHtmlEscaped());
    label->setProperty("errorKind", QVariant());
    label->setAccessibleDescription(hint);
    label->setVisible(true);
}

void UnlockFeedback::clear(QLabel* label) {
    label->clear();
    label->setProperty("errorKind", QVariant());
    label->setAccessibleDescription(QString());
    label->setVisible(false);
}

void UnlockFeedback::prepare(QLabel* label) {
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("QLabel { color: #a00000; background: #fff0f0; border: 1px solid #e0a0a0;"
                                        " border-radius: 3px; padding: 6px; }"));
    label->setAccessibleName(tr("Error message"));
    label->setVisible(false);
}

} // namespace creditcase::ui
