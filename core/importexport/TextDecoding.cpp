// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/TextDecoding.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

namespace guanxi {

namespace {

bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder d(QStringDecoder::Utf8);
    const QString decoded = d.decode(bytes); // decode() is lazy: converting runs it
    return !d.hasError();
}

// Decodes with any ICU converter (Qt 6 without ICU codecs in QStringConverter has no GBK); false
// when the name is unknown or, `strict`, the bytes do not fit it.
bool decodeWith(const char *charset, QByteArrayView bytes, QString *out, bool strict)
{
    UErrorCode e = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset, &e), &ucnv_close);
    if (U_FAILURE(e) || !conv)
        return false;
    if (strict)
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

// GB18030: false when a byte sequence is not GB18030.
bool decodeGb18030(QByteArrayView bytes, QString *out)
{
    return decodeWith("GB18030", bytes, out, true);
}

// How much the bytes read like Chinese in GB2312/GBK: the share of two-byte characters that are
// among the 3,755 common ones (GB2312 level 1, lead bytes B0–D7). Chinese names and addresses are
// nearly all of them; Cyrillic, Greek or Latin-1 text read as GBK lands mostly elsewhere.
double commonHanziShare(QByteArrayView bytes)
{
    qsizetype pairs = 0, common = 0;
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x81)
            continue;
        const auto trail = static_cast<unsigned char>(bytes[i + 1]);
        ++pairs;
        if (lead >= 0xB0 && lead <= 0xD7 && trail >= 0xA1 && trail <= 0xFE)
            ++common;
        ++i;
    }
    return pairs == 0 ? 0.0 : double(common) / double(pairs);
}

struct Guess {
    QString name;
    int confidence;
};

// ICU's charset detector over (the start of) the bytes, best first, the Unicode forms left out.
QList<Guess> detect(QByteArrayView bytes)
{
    QList<Guess> out;
    UErrorCode e = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> d(ucsdet_open(&e), &ucsdet_close);
    if (U_FAILURE(e))
        return out;
    const int32_t size = static_cast<int32_t>(std::min<qsizetype>(bytes.size(), 1 << 20));
    ucsdet_setText(d.get(), bytes.data(), size, &e);
    int32_t n = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(d.get(), &n, &e);
    for (int32_t i = 0; U_SUCCESS(e) && i < n; ++i) {
        QString name = QString::fromLatin1(ucsdet_getName(matches[i], &e));
        if (name.startsWith(QLatin1String("UTF-")))
            continue; // not UTF-8 (checked before); UTF-16/32 files start with a BOM
        if (name == QLatin1String("ISO-8859-1"))
            name = QStringLiteral("windows-1252"); // what such files really are: Windows' superset
        out.append({name, ucsdet_getConfidence(matches[i], &e)});
    }
    return out;
}

constexpr int kSure = 50;        // a multi-byte guess this sure is taken
constexpr int kCjkSure = 90;     // and this sure, over text that looks like GB2312
constexpr int kSingleByte = 30;  // a single-byte guess needs this when the text is not Chinese
constexpr double kChinese = 0.6; // share of common hanzi above which GBK text is Chinese

} // namespace

bool decodeUtf16(const QByteArray &bytes, QString *out)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder d(QStringDecoder::Utf16); // follows the BOM
        *out = d.decode(bytes);
        return true;
    }
    const qsizetype n = std::min<qsizetype>(bytes.size(), 1 << 16) & ~qsizetype(1);
    if (n < 4)
        return false;
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < n; ++i)
        if (bytes.at(i) == '\0')
            ++((i % 2) ? odd : even);
    const qsizetype zeros = even + odd;
    if (zeros * 10 < n || std::max(even, odd) * 10 < zeros * 9)
        return false; // a stray NUL in a text file is not UTF-16
    QStringDecoder d(odd > even ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
    const QString text = d.decode(bytes);
    if (d.hasError())
        return false;
    *out = text;
    return true;
}

bool decodeTextAs(const QByteArray &bytes, const QString &charset, DecodedText *out)
{
    QByteArrayView body = bytes;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        body = body.sliced(3);
    QString text;
    if (!decodeWith(charset.toLatin1().constData(), body, &text, false))
        return false;
    out->text = text;
    out->encoding = DecodedText::Encoding::Chosen;
    out->charset = charset;
    out->confidence = 100;
    out->uncertain = false;
    return true;
}

QString DecodedText::encodingName() const
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16:
        return QStringLiteral("UTF-16");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    case Encoding::Mixed:
        return QStringLiteral("UTF-8 + GB18030");
    case Encoding::Detected:
        return QStringLiteral("%1, %2 %").arg(charset).arg(confidence);
    case Encoding::Chosen:
        return charset;
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
    if (decodeUtf16(bytes, &r.text)) {
        r.encoding = DecodedText::Encoding::Utf16;
        return r;
    }
    if (isUtf8(bytes)) {
        r.text = QString::fromUtf8(bytes);
        return r;
    }
    const bool gb = decodeGb18030(bytes, &r.text);
    const double chinese = commonHanziShare(bytes);
    const QList<Guess> guesses = detect(bytes);
    // EUC-KR's Hangul and Big5 share GB2312's byte ranges, so the look of the bytes alone cannot
    // tell them from Chinese; a detector sure of another East Asian encoding (and not of GB18030) can.
    const bool otherCjkSure = !guesses.isEmpty() && guesses.first().confidence >= kCjkSure
        && (guesses.first().name == QLatin1String("EUC-KR") || guesses.first().name == QLatin1String("Big5")
            || guesses.first().name == QLatin1String("Shift_JIS") || guesses.first().name == QLatin1String("EUC-JP"));
    if (gb && chinese >= kChinese && !otherCjkSure) {
        r.encoding = DecodedText::Encoding::Gb18030;
        return r;
    }
    // Not Chinese by the look of it: what does ICU's detector say?
    for (const Guess &g : guesses)
        r.candidates.append(QStringLiteral("%1 %2 %").arg(g.name).arg(g.confidence));
    if (!guesses.isEmpty()) {
        const Guess &best = guesses.first();
        const bool singleByte = best.name.startsWith(QLatin1String("windows-"))
            || best.name.startsWith(QLatin1String("ISO-8859")) || best.name.startsWith(QLatin1String("KOI8"));
        const bool chineseSays = best.name == QLatin1String("GB18030");
        if (!chineseSays && (best.confidence >= kSure || (singleByte && best.confidence >= kSingleByte))) {
            QString text;
            if (decodeWith(best.name.toLatin1().constData(), bytes, &text, false)) {
                r.text = text;
                r.encoding = DecodedText::Encoding::Detected;
                r.charset = best.name;
                r.confidence = best.confidence;
                return r;
            }
        }
        if (gb && chineseSays) {
            r.encoding = DecodedText::Encoding::Gb18030;
            r.confidence = best.confidence;
            return r;
        }
    }
    if (gb) {
        // GB18030 reads it, but nothing says it is Chinese: the user should choose.
        r.encoding = DecodedText::Encoding::Gb18030;
        r.confidence = 0;
        r.uncertain = true;
        return r;
    }
    // Neither as a whole. A file the detector reads as something other than Chinese (a short
    // Russian list: windows-1251 at 20 %) is read so, but as uncertain: the user confirms or picks.
    if (!guesses.isEmpty() && guesses.first().name != QLatin1String("GB18030") && chinese < kChinese) {
        QString text;
        if (decodeWith(guesses.first().name.toLatin1().constData(), bytes, &text, false)) {
            r.text = text;
            r.encoding = DecodedText::Encoding::Detected;
            r.charset = guesses.first().name;
            r.confidence = guesses.first().confidence;
            r.uncertain = true;
            return r;
        }
    }
    // Else line by line (a file of UTF-8 and GB18030 parts), keeping the line breaks.
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
            r.text += QString::fromUtf8(line); // U+FFFD for what cannot be read
            ++r.replacedLines;
        }
        start = end;
    }
    return r;
}

} // namespace guanxi
