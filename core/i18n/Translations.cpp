// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace guanxi::Translations {

namespace {
const QString kSettingKey = QStringLiteral("ui/language");
}

QStringList available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")};
}

QString nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

QString resolve(const QString &pref)
{
    if (available().contains(pref))
        return pref;
    // Follow the system: Traditional Chinese for zh_TW, zh_HK, zh_MO and zh-Hant; any other
    // Chinese is Simplified; everything else English.
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString lang = ui.toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
        if (!lang.startsWith(QLatin1String("zh")))
            continue;
        if (lang.contains(QLatin1String("hant")) || lang.contains(QLatin1String("_tw"))
            || lang.contains(QLatin1String("_hk")) || lang.contains(QLatin1String("_mo")))
            return QStringLiteral("zh_TW");
        return QStringLiteral("zh_CN");
    }
    const QLocale sys = QLocale::system();
    if (sys.language() == QLocale::Chinese)
        return sys.script() == QLocale::TraditionalChineseScript ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString preference()
{
    return QSettings().value(kSettingKey).toString();
}

void setPreference(const QString &language)
{
    QSettings().setValue(kSettingKey, language);
}

QString install(const QString &pref)
{
    const QString language = resolve(pref);
    static QTranslator *ours = nullptr;
    static QTranslator *qts = nullptr;
    for (QTranslator **t : {&ours, &qts}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return language;
    ours = new QTranslator;
    if (ours->load(QStringLiteral(":/i18n/guanxi_") + language))
        QCoreApplication::installTranslator(ours);
    qts = new QTranslator;
    if (qts->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qts);
    return language;
}

} // namespace guanxi::Translations
