// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace guanxi {

// Reads members of a zip archive held in memory, with the system's minizip (the same library
// libxlsxwriter writes with: QuaZip carries its own copy of minizip's symbols, and with both in
// one process one library ends up calling the other's incompatible functions).
class ZipReader {
public:
    explicit ZipReader(const QByteArray &archive);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool isOpen() const;
    bool contains(const QString &member) const;
    // The member's bytes; refuses members larger than `maxBytes` (a zip bomb is no worksheet).
    Result<QByteArray> read(const QString &member, qint64 maxBytes) const;

    struct State;

private:
    std::unique_ptr<State> m_state;
};

} // namespace guanxi
