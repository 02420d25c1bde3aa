// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace guanxi {

// The text of a file whose encoding nobody told us: a BOM decides (UTF-8, UTF-16); otherwise
// UTF-8 when the bytes are valid UTF-8; else GB18030 (a superset of GBK and GB2312, what Excel
// and older Chinese systems write) when the text reads as common Chinese characters; else what
// ICU's charset detector finds (Shift_JIS, EUC-KR, Big5, Windows-1251/1252, …), with its
// confidence. A file that mixes UTF-8 and GB18030 is decoded line by line, each line in the
// encoding it is valid in, and reported as mixed. When nothing is sure, the text is GB18030 (or
// mixed) with `uncertain` set and the detector's candidates named, for the user to choose.
struct DecodedText {
    enum class Encoding {
        Utf8,
        Utf8WithBom,
        Utf16,
        Gb18030,
        Mixed,
        Detected,
        Chosen
    };
    QString text;
    Encoding encoding = Encoding::Utf8;
    int replacedLines = 0; // lines that were valid in neither encoding (decoded with U+FFFD)
    QString charset;       // Detected / Chosen: ICU's name (Shift_JIS, windows-1251, …)
    int confidence = 100;  // 0–100: how sure the guess is
    bool uncertain = false;
    QStringList candidates; // the detector's guesses, best first ("Shift_JIS 83 %")

    QString encodingName() const;
};

DecodedText decodeText(const QByteArray &bytes);
// In the encoding the user named (any ICU converter name: GBK, Big5, Shift_JIS, windows-1252 …);
// false when there is no such encoding.
bool decodeTextAs(const QByteArray &bytes, const QString &charset, DecodedText *out);
// The text of a UTF-16 file, with a byte order mark or without one (Excel's "Unicode text", some
// phones' vCards): false when the bytes are not UTF-16. Without a mark, UTF-16 is told by its
// zero bytes: text in any other encoding has none, UTF-16 has one in most characters of Latin
// letters, digits and punctuation, all on the same side of each pair.
bool decodeUtf16(const QByteArray &bytes, QString *out);

} // namespace guanxi
