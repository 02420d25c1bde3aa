// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace guanxi {

// The language one printed document speaks, whatever the program's own: its title, the labels of
// its template, the page footer, dates and the amount in words all follow it. A customer may have
// their own (a Hong Kong buyer gets 繁體中文, a German one English); otherwise the program's.
// The words come from the program's own translations (compiled in as :/i18n/guanxi_<lang>.qm), so
// there is no second word list to keep.
class DocumentLanguage {
public:
    // "zh_CN", "zh_TW" or "en"; anything else is the program's language.
    explicit DocumentLanguage(const QString &language = {});

    static QStringList all();                       // zh_CN, zh_TW, en
    static QString nativeName(const QString &code); // 简体中文, 繁體中文, English
    // A customer's choice ("" = follow the program) made into the language to print in.
    static QString resolve(const QString &customerChoice);

    QString code() const { return m_code; }
    // `source` (marked with QT_TRANSLATE_NOOP in `context`) in the document's language.
    QString text(const char *context, const char *source) const;
    QString date(const QString &isoDay) const;
    QString dateTime(qint64 utcMs) const;
    QString amountInWords(qint64 fen) const;

private:
    QString m_code;
    std::shared_ptr<const QTranslator> m_translator; // null for English, the source language
};

} // namespace guanxi
