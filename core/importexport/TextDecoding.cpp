// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/TextDecoding.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>

#include <memory>

namespace guanxi {

namespace {

bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder d(QStringDecoder::Utf8);
    const QString decoded = d.decode(bytes);   // decode() is lazy: converting runs it
    return !d.hasError();
}

// GB18030 through ICU (Qt 6 without ICU codecs in QStringConverter has no GBK). Returns false when
// a byte sequence is not GB18030.
bool decodeGb18030(QByteArrayView bytes, QString *out)
{
    UErrorCode e = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open("GB18030", &e), &ucnv_close);
    if (U_FAILURE(e))
        return false;
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &e);
    QString s(bytes.size() * 2 + 1, Qt::Uninitialized);
    const int32_t n = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(s.data()), static_cast<int32_t>(s.size()),
                                    bytes.data(), static_cast<int32_t>(bytes.size()), &e);
    if (U_FAILURE(e))
        return false;
    s.truncate(n);
    *out = s;
    return true;
}

} // namespace

QString DecodedText::encodingName() const
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom: return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16: return QStringLiteral("UTF-16");
    case Encoding::Gb18030: return QStringLiteral("GB18030");
    case Encoding::Mixed: return QStringLiteral("UTF-8 + GB18030");
    }
    return {};
}

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText r;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        r.encoding = DecodedText::Encoding::Utf8WithBom;
        r.text = QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
        return r;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        r.encoding = DecodedText::Encoding::Utf16;
        QStringDecoder d(QStringDecoder::Utf16);   // follows the BOM
        r.text = d.decode(bytes);
        return r;
    }
    if (isUtf8(bytes)) {
        r.text = QString::fromUtf8(bytes);
        return r;
    }
    if (decodeGb18030(bytes, &r.text)) {
        r.encoding = DecodedText::Encoding::Gb18030;
        return r;
    }
    // Neither as a whole: line by line, keeping the line breaks.
    r.encoding = DecodedText::Encoding::Mixed;
    r.text.clear();
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        const QByteArrayView line(bytes.constData() + start, end - start);
        QString decoded;
        if (isUtf8(line)) {
            r.text += QString::fromUtf8(line);
        } else if (decodeGb18030(line, &decoded)) {
            r.text += decoded;
        } else {
            r.text += QString::fromUtf8(line);   // U+FFFD for what cannot be read
            ++r.replacedLines;
        }
        start = end;
    }
    return r;
}

} // namespace guanxi
