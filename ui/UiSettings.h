#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

namespace creditcase::ui {

// The GUI's per-user preferences, typed and with defaults, over the application's default QSettings
// (so organisation and application names must be set first). Never holds a secret or personal data:
// only the language, the idle-lock delay and the paths of recently opened vault files.
class UiSettings {
public:
    static constexpr int kDefaultLockAfterMinutes = 10;
    static constexpr int kMaximumLockAfterMinutes = 480;
    static constexpr int kMaximumRecentVaults = 8;

    UiSettings() = default;

    // "" follows the system locale; otherwise "zh_CN" or "en".
    QString language() const;
    void setLanguage(const QString& language);

    // Minutes without mouse or keyboard input before the vault locks itself; 0 turns the lock off.
    int lockAfterMinutes() const;
    void setLockAfterMinutes(int minutes);

    // Most recent first, without duplicates.
    QStringList recentVaults() const;
    void addRecentVault(const QString& path);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace creditcase::ui
