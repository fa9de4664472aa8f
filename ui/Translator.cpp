#include "Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace creditcase::ui {

namespace {
QPointer<QTranslator> g_appTranslator;
QPointer<QTranslator> g_qtTranslator;
QString g_installedLanguage = QStringLiteral("en");

void removeInstalled() {
    for (QPointer<QTranslator>* translator : {&g_appTranslator, &g_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
        *translator = nullptr;
    }
}
} // namespace

QString Translator::chooseLanguage(const QString& preference, const QLocale& systemLocale) {
    if (preference == QLatin1String("zh_CN") || preference == QLatin1String("en")) {
        return preference;
    }
    return systemLocale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Translator::install(const QString& language) {
    removeInstalled();
    const QString wanted = language == QLatin1String("zh_CN") ? language : QStringLiteral("en");

    auto* appTranslator = new QTranslator(QCoreApplication::instance());
    QString installed = wanted;
    if (appTranslator->load(QStringLiteral(":/i18n/creditcase_%1.qm").arg(wanted))) {
        QCoreApplication::installTranslator(appTranslator);
        g_appTranslator = appTranslator;
    } else {
        delete appTranslator;
        installed = QStringLiteral("en"); // the source strings are English
    }

    auto* qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(installed),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        g_qtTranslator = qtTranslator;
    } else {
        delete qtTranslator;
    }

    g_installedLanguage = installed;
    // Dates and numbers follow the interface language unless the system locale already speaks it.
    const QLocale system = QLocale::system();
    if (installed == QLatin1String("zh_CN")) {
        QLocale::setDefault(system.language() == QLocale::Chinese ? system : QLocale(QLocale::Chinese, QLocale::China));
    } else {
        QLocale::setDefault(system.language() == QLocale::English ? system : QLocale(QLocale::English));
    }
    return installed;
}

QString Translator::installedLanguage() {
    return g_installedLanguage;
}

bool Translator::qtTranslationInstalled() {
    return !g_qtTranslator.isNull();
}

} // namespace creditcase::ui
