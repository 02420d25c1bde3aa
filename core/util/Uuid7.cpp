// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Uuid7.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>

namespace guanxi {

namespace {

QMutex s_mutex;
qint64 s_lastMs = -1;
quint16 s_counter = 0; // 12 bits of rand_a, bumped within the same millisecond

QString format(const std::array<quint8, 16> &b)
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    char16_t out[36];
    int o = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[o++] = u'-';
        out[o++] = hex[b[i] >> 4];
        out[o++] = hex[b[i] & 0xf];
    }
    return QString(reinterpret_cast<const QChar *>(out), 36);
}

} // namespace

QString newUuid7(qint64 unixMs)
{
    quint16 randA;
    {
        QMutexLocker lock(&s_mutex);
        if (unixMs <= s_lastMs) {
            // Same (or an earlier, after a clock step back) millisecond: keep the order by counting
            // on from the last id; when the 12-bit counter is spent, borrow the next millisecond.
            unixMs = s_lastMs;
            if (++s_counter > 0x0fff) {
                ++unixMs;
                s_counter = static_cast<quint16>(QRandomGenerator::global()->bounded(0x0800));
            }
        } else {
            // Start low in the range so many ids fit in one millisecond.
            s_counter = static_cast<quint16>(QRandomGenerator::global()->bounded(0x0800));
        }
        s_lastMs = unixMs;
        randA = s_counter;
    }

    return uuid7FromParts(unixMs, randA, QRandomGenerator::global()->generate64());
}

QString uuid7FromParts(qint64 unixMs, quint16 randA, quint64 randB)
{
    std::array<quint8, 16> b{};
    const quint64 ms = static_cast<quint64>(unixMs);
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<quint8>(ms >> (40 - 8 * i));
    b[6] = static_cast<quint8>(0x70 | ((randA >> 8) & 0x0f));
    b[7] = static_cast<quint8>(randA & 0xff);
    for (int i = 0; i < 8; ++i)
        b[8 + i] = static_cast<quint8>(randB >> (56 - 8 * i));
    b[8] = static_cast<quint8>(0x80 | (b[8] & 0x3f)); // RFC 9562 variant
    return format(b);
}

QString newUuid7()
{
    return newUuid7(QDateTime::currentMSecsSinceEpoch());
}

bool isUuid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

} // namespace guanxi
