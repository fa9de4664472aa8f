#include "UiSettings.h"

#include <QDir>
#include <algorithm>

namespace creditcase::ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kLockAfterMinutesKey = QStringLiteral("security/lockAfterMinutes");
const QString kRecentVaultsKey = QStringLiteral("vaults/recent");
} // namespace

QString UiSettings::language() const {
    const QString value = m_settings.value(kLanguageKey).toString();
    if (value == QLatin1String("zh_CN") || value == QLatin1String("en")) {
        return value;
    }
    return {};
}

void UiSettings::setLanguage(const QString& language) {
    if (language.isEmpty()) {
        m_settings.remove(kLanguageKey);
    } else {
        m_settings.setValue(kLanguageKey, language);
    }
}

int UiSettings::lockAfterMinutes() const {
    bool ok = false;
    const int minutes = m_settings.value(kLockAfterMinutesKey, kDefaultLockAfterMinutes).toInt(&ok);
    if (!ok || minutes < 0) {
        return kDefaultLockAfterMinutes;
    }
    return std::min(minutes, kMaximumLockAfterMinutes);
}

void UiSettings::setLockAfterMinutes(int minutes) {
    m_settings.setValue(kLockAfterMinutesKey, std::clamp(minutes, 0, kMaximumLockAfterMinutes));
}

QStringList UiSettings::recentVaults() const {
    QStringList paths = m_settings.value(kRecentVaultsKey).toStringList();
    paths.removeAll(QString());
    paths.removeDuplicates();
    while (paths.size() > kMaximumRecentVaults) {
        paths.removeLast();
    }
    return paths;
}

void UiSettings::addRecentVault(const QString& path) {
    if (path.isEmpty()) {
        return;
    }
    const QString normalised = QDir::cleanPath(path);
    QStringList paths = recentVaults();
    paths.removeAll(normalised);
    paths.prepend(normalised);
    while (paths.size() > kMaximumRecentVaults) {
        paths.removeLast();
    }
    m_settings.setValue(kRecentVaultsKey, paths);
}

} // namespace creditcase::ui
