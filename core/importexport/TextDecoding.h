// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace guanxi {

// The text of a file whose encoding nobody told us: a BOM decides (UTF-8, UTF-16); otherwise
// UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312, what Excel
// and older Chinese systems write). A file that mixes both is decoded line by line, each line in
// the encoding it is valid in, and reported as mixed.
struct DecodedText {
    enum class Encoding { Utf8, Utf8WithBom, Utf16, Gb18030, Mixed };
    QString text;
    Encoding encoding = Encoding::Utf8;
    int replacedLines = 0;   // lines that were valid in neither encoding (decoded with U+FFFD)

    QString encodingName() const;
};

DecodedText decodeText(const QByteArray &bytes);

} // namespace guanxi
