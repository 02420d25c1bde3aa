// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace guanxi {

// Long work (seeding, importing, backing up) reports how far it is through this callback and stops
// when it returns false. The work then rolls back: cancelling never leaves half a result.
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

inline bool reportProgress(const ProgressFn &fn, qint64 done, qint64 total)
{
    return !fn || fn(done, total);
}

} // namespace guanxi
