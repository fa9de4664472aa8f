#pragma once

#include <QLocale>
#include <QString>

namespace creditcase::ui {

// Chooses and installs the user-interface language: the application's own translations, embedded
// under :/i18n by the build, plus Qt's own (qtbase_*.qm, for standard buttons and dialogs) when the
// system has them. Chinese is the primary language; English is the fallback.
class Translator {
public:
    // "zh_CN" or "en". An explicit preference ("zh_CN" / "en") wins; an empty one follows the system:
    // any Chinese locale gives zh_CN, everything else English.
    static QString chooseLanguage(const QString& preference, const QLocale& systemLocale);

    // Replaces whatever translators an earlier call installed. Returns the language now in effect,
    // which is "en" when the translation for the requested one could not be loaded.
    static QString install(const QString& language);

    // The language of the last install() ("en" before any).
    static QString installedLanguage();

    // Whether Qt's own translations for the installed language were found and installed.
    static bool qtTranslationInstalled();
};

} // namespace creditcase::ui
