// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Clock.h"

#include <QDateTime>

namespace guanxi {

qint64 Clock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}

} // namespace guanxi
