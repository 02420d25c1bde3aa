// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace guanxi {

// The languages Guanxi speaks, and loading them. The choice is a per-machine setting
// ("ui/language"): empty follows the system locale.
namespace Translations {

QStringList available();                     // "zh_CN", "zh_TW", "en"
QString nativeName(const QString &language); // 简体中文, 繁體中文, English
QString resolve(const QString &preference);  // the language to use for a preference
QString preference();                        // from QSettings
void setPreference(const QString &language);

// Installs Guanxi's and Qt's own translations (dialog buttons, standard menus) for `language` into
// the running application, and makes it the default QLocale. Returns the language installed.
QString install(const QString &preference);

} // namespace Translations
} // namespace guanxi
