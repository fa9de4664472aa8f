#pragma once

#include "TempDir.h"

#include <QApplication>
#include <QSettings>
#include <QTest>
#include <QWidget>
#include <catch2/catch.hpp>

namespace creditcase::test {

// Points the application's default QSettings at a fresh temporary INI file for the life of the object,
// so tests neither read nor write the real user's preferences.
class IsolatedSettings {
public:
    IsolatedSettings() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    QString directory() const { return m_dir.path(); }

private:
    TempDir m_dir;
};

// The named child, which must exist and be of type T.
template <typename T> T* child(const QObject* parent, const char* objectName) {
    T* found = parent->findChild<T*>(QLatin1String(objectName));
    INFO("looking for " << objectName);
    REQUIRE(found != nullptr);
    return found;
}

inline void showAndActivate(QWidget* window) {
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
}

inline void click(QWidget* widget) {
    REQUIRE(widget->isVisible());
    QTest::mouseClick(widget, Qt::LeftButton);
}

} // namespace creditcase::test
