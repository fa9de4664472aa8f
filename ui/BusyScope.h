#pragma once

#include <QApplication>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <initializer_list>

namespace creditcase::ui {

// While a slow synchronous step runs on the GUI thread (the key derivation takes about half a second):
// a busy cursor, the given controls disabled so the step cannot be started twice, and the window
// repainted first so the user sees it. Everything is restored when the scope ends.
class BusyScope {
public:
    BusyScope(QWidget* window, std::initializer_list<QWidget*> controls) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        for (QWidget* control : controls) {
            if (control != nullptr && control->isEnabled()) {
                control->setEnabled(false);
                m_disabled.append(control);
            }
        }
        if (window != nullptr && window->isVisible()) {
            window->repaint();
        }
    }
    ~BusyScope() {
        for (const QPointer<QWidget>& control : std::as_const(m_disabled)) {
            if (control) {
                control->setEnabled(true);
            }
        }
        QApplication::restoreOverrideCursor();
    }
    BusyScope(const BusyScope&) = delete;
    BusyScope& operator=(const BusyScope&) = delete;

private:
    QList<QPointer<QWidget>> m_disabled;
};

} // namespace creditcase::ui
