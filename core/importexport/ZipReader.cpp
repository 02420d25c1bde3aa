// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/ZipReader.h"

#include <minizip/unzip.h>

#include <cstring>

namespace guanxi {

struct ZipReader::State {
    QByteArray data;
    qint64 position = 0;
    unzFile zip = nullptr;
};

namespace {

// minizip's file functions over a QByteArray.
voidpf ZCALLBACK memOpen(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong ZCALLBACK memRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *s = static_cast<ZipReader::State *>(stream);
    const qint64 left = s->data.size() - s->position;
    const uLong n = static_cast<uLong>(std::max<qint64>(0, std::min<qint64>(left, static_cast<qint64>(size))));
    std::memcpy(buf, s->data.constData() + s->position, n);
    s->position += static_cast<qint64>(n);
    return n;
}

uLong ZCALLBACK memWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK memTell(voidpf, voidpf stream)
{
    return static_cast<ZPOS64_T>(static_cast<ZipReader::State *>(stream)->position);
}

long ZCALLBACK memSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *s = static_cast<ZipReader::State *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = s->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = s->data.size();
    const qint64 target = base + static_cast<qint64>(offset);
    if (target < 0 || target > s->data.size())
        return -1;
    s->position = target;
    return 0;
}

int ZCALLBACK memClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK memError(voidpf, voidpf)
{
    return 0;
}

} // namespace

ZipReader::ZipReader(const QByteArray &archive)
    : m_state(std::make_unique<State>())
{
    m_state->data = archive;
    zlib_filefunc64_def functions{memOpen, memRead, memWrite, memTell, memSeek, memClose, memError, m_state.get()};
    m_state->zip = unzOpen2_64("memory", &functions);
}

ZipReader::~ZipReader()
{
    if (m_state->zip)
        unzClose(m_state->zip);
}

bool ZipReader::isOpen() const
{
    return m_state->zip != nullptr;
}

bool ZipReader::contains(const QString &member) const
{
    return isOpen() && unzLocateFile(m_state->zip, member.toUtf8().constData(), 1) == UNZ_OK;
}

Result<QByteArray> ZipReader::read(const QString &member, qint64 maxBytes) const
{
    const Error damaged{ErrorCode::Invalid, {}, member};
    if (!contains(member))
        return Error{ErrorCode::NotFound, {}, member};
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_state->zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return damaged;
    if (static_cast<qint64>(info.uncompressed_size) > maxBytes)
        return Error{ErrorCode::Invalid, QStringLiteral("too large"), member};
    if (unzOpenCurrentFile(m_state->zip) != UNZ_OK)
        return damaged;
    QByteArray out;
    char buf[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(m_state->zip, buf, sizeof buf)) > 0) {
        out.append(buf, n);
        if (out.size() > maxBytes) { // the header lied about the size
            unzCloseCurrentFile(m_state->zip);
            return Error{ErrorCode::Invalid, QStringLiteral("too large"), member};
        }
    }
    // Closing checks the CRC: a damaged member is refused, not half-read.
    if (unzCloseCurrentFile(m_state->zip) != UNZ_OK || n < 0)
        return damaged;
    return out;
}

} // namespace guanxi
