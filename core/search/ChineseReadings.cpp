// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/ChineseReadings.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTextStream>

namespace guanxi {

const ChineseReadings &ChineseReadings::instance()
{
    static const ChineseReadings table;
    return table;
}

ChineseReadings::ChineseReadings()
{
    QFile f(QStringLiteral(":/guanxi/search/pinyin-readings.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = f.readAll();
    m_version = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(12));
    QTextStream in(bytes);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.size() < 4 || line.at(1) != QLatin1Char(' '))
            continue;
        QStringList parts = line.mid(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() < 2)
            continue;
        const QString text = parts.takeFirst();
        if (line.at(0) == QLatin1Char('C')) {
            const QList<uint> cps = text.toUcs4();
            if (cps.size() == 1)
                m_chars.insert(cps.first(), parts);
        } else if (line.at(0) == QLatin1Char('W')) {
            m_longest = std::max(m_longest, int(text.toUcs4().size()));
            m_phrases.insert(text, parts);
        }
    }
}

} // namespace guanxi
