// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/DocumentLanguage.h"

#include "core/i18n/DateTimeText.h"
#include "core/i18n/Translations.h"
#include "core/money/AmountInWords.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

namespace guanxi {

namespace {

// One translator per language for the life of the program; printing a hundred documents loads it
// once. Shared between threads (QTranslator::translate is const and reentrant).
std::shared_ptr<const QTranslator> translatorFor(const QString &code)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    if (auto it = loaded.constFind(code); it != loaded.constEnd())
        return *it;
    auto t = std::make_shared<QTranslator>();
    std::shared_ptr<const QTranslator> result;
    if (t->load(QStringLiteral(":/i18n/guanxi_") + code))
        result = t;
    loaded.insert(code, result);
    return result;
}

} // namespace

DocumentLanguage::DocumentLanguage(const QString &language)
    : m_code(all().contains(language) ? language : DateTimeText::languageOf())
{
    if (m_code != QLatin1String("en"))
        m_translator = translatorFor(m_code);
}

QStringList DocumentLanguage::all()
{
    return Translations::available();
}

QString DocumentLanguage::nativeName(const QString &code)
{
    return Translations::nativeName(code);
}

QString DocumentLanguage::resolve(const QString &customerChoice)
{
    return DocumentLanguage(customerChoice).code();
}

QString DocumentLanguage::text(const char *context, const char *source) const
{
    if (m_translator) {
        const QString t = m_translator->translate(context, source);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(source);
}

QString DocumentLanguage::date(const QString &isoDay) const
{
    return DateTimeText::dateOfIso(isoDay, m_code);
}

QString DocumentLanguage::dateTime(qint64 utcMs) const
{
    return DateTimeText::dateTimeOfMs(utcMs, m_code);
}

QString DocumentLanguage::amountInWords(qint64 fen) const
{
    return guanxi::amountInWords(fen, m_code);
}

} // namespace guanxi
