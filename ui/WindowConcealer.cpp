#include "WindowConcealer.h"

#include <QApplication>
#include <QDialog>
#include <algorithm>

namespace creditcase::ui {

namespace {
int windowDepth(const QWidget* window) {
    int depth = 0;
    for (const QWidget* parent = window->parentWidget(); parent != nullptr; parent = parent->parentWidget()) {
        ++depth;
    }
    return depth;
}

bool isTransient(const QWidget* window) {
    const Qt::WindowType type = window->windowType();
    return type == Qt::Popup || type == Qt::ToolTip || type == Qt::Desktop || type == Qt::SplashScreen;
}
} // namespace

WindowConcealer::WindowConcealer(QWidget* keepVisible)
    : m_keepVisible(keepVisible) {}

int WindowConcealer::conceal() {
    // Open menus and completers are transient: closing them loses nothing.
    for (int guard = 0; guard < 16 && QApplication::activePopupWidget() != nullptr; ++guard) {
        QApplication::activePopupWidget()->close();
    }

    if (m_concealed.isEmpty()) {
        m_focus = QApplication::focusWidget();
        m_activeWindow = QApplication::activeWindow();
    }

    int hidden = 0;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window == m_keepVisible || !window->isVisible() || isTransient(window)) {
            continue;
        }
        Concealed entry;
        entry.window = window;
        entry.position = window->pos();
        entry.depth = windowDepth(window);
        // Deliberately the base-class setVisible: QDialog's override would end a running exec().
        window->QWidget::setVisible(false);
        m_concealed.append(entry);
        ++hidden;
    }
    return hidden;
}

void WindowConcealer::reveal() {
    QList<Concealed> entries = m_concealed;
    m_concealed.clear();
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Concealed& a, const Concealed& b) { return a.depth < b.depth; });
    for (const Concealed& entry : std::as_const(entries)) {
        if (!entry.window) {
            continue;
        }
        entry.window->QWidget::setVisible(true);
        entry.window->move(entry.position);
        entry.window->raise();
    }
    if (m_activeWindow && m_activeWindow->isVisible()) {
        m_activeWindow->activateWindow();
    }
    if (m_focus && m_focus->isVisible()) {
        m_focus->setFocus(Qt::OtherFocusReason);
    }
    m_focus = nullptr;
    m_activeWindow = nullptr;
}

void WindowConcealer::discard() {
    QList<Concealed> entries = m_concealed;
    m_concealed.clear();
    // Children first, so a dialog never outlives the form that opened it in a half-closed state.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Concealed& a, const Concealed& b) { return a.depth > b.depth; });
    for (const Concealed& entry : std::as_const(entries)) {
        if (!entry.window) {
            continue;
        }
        if (auto* dialog = qobject_cast<QDialog*>(entry.window.data())) {
            // QDialog ignores hiding an already hidden dialog, so reject() alone would not end a running
            // exec(). Mark it visible again without putting it on screen, then reject it.
            dialog->setAttribute(Qt::WA_DontShowOnScreen, true);
            dialog->QWidget::setVisible(true);
            dialog->reject(); // ends a running exec() with Rejected
        }
        if (entry.window) {
            entry.window->close();
        }
    }
    m_focus = nullptr;
    m_activeWindow = nullptr;
}

int WindowConcealer::concealedCount() const {
    return static_cast<int>(std::count_if(m_concealed.cbegin(), m_concealed.cend(),
                                          [](const Concealed& entry) { return !entry.window.isNull(); }));
}

QList<QWidget*> WindowConcealer::concealedWindows() const {
    QList<QWidget*> windows;
    for (const Concealed& entry : m_concealed) {
        if (entry.window) {
            windows.append(entry.window.data());
        }
    }
    return windows;
}

} // namespace creditcase::ui
