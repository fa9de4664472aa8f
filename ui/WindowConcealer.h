#pragma once

#include <QList>
#include <QPoint>
#include <QPointer>
#include <QWidget>

namespace creditcase::ui {

// Hides every other window of the application while the vault is locked, and brings them back exactly as
// they were afterwards: same widgets, same typed-but-unsaved text, same focus. Nothing is closed, so no
// form is reset and no "discard changes?" question can end in lost work (KeePassXC #11000).
//
// A dialog running in QDialog::exec() would leave its event loop if hidden through QDialog::setVisible,
// and its caller would carry on as if the user had cancelled. The concealer therefore hides windows with
// the base QWidget::setVisible, which leaves the dialog's event loop running; the window is hidden and no
// longer blocks the rest of the application, so the lock screen can take input.
//
// Limitation: a platform-native dialog (a native file dialog on Windows or a desktop portal) is not a Qt
// window and cannot be hidden; it stays visible while locked.
class WindowConcealer {
public:
    explicit WindowConcealer(QWidget* keepVisible);

    // Hides every visible top-level window except keepVisible, popups and tooltips (which are closed).
    // Returns how many windows were hidden by this call.
    int conceal();

    // Shows every concealed window that still exists, parents before children, and restores focus.
    void reveal();

    // Closes every concealed window for good (used before another user signs in); a dialog running in
    // exec() is rejected, so its caller sees a cancel.
    void discard();

    // Concealed windows that still exist.
    int concealedCount() const;
    QList<QWidget*> concealedWindows() const;

private:
    struct Concealed {
        QPointer<QWidget> window;
        QPoint position;
        int depth = 0;
    };

    QPointer<QWidget> m_keepVisible;
    QList<Concealed> m_concealed;
    QPointer<QWidget> m_focus;
    QPointer<QWidget> m_activeWindow;
};

} // namespace creditcase::ui
