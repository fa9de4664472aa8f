#pragma once

#include <QLineEdit>
#include <QString>

namespace creditcase::ui {

// Password fields: echo off, no input-method prediction, and a way to take the text out so that the
// returned string holds the only copy (the gateway then wipes it).
class PasswordInput {
public:
    static void configure(QLineEdit* edit) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    }

    // setText() rather than clear(): it also drops the field's undo history, which holds typed characters.
    static QString take(QLineEdit* edit) {
        QString text = edit->text();
        edit->setText(QString());
        return text;
    }
};

} // namespace creditcase::ui
