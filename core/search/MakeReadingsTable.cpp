// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: makes the table of Chinese readings the search index and the name sort keys use,
// from Rime's Luna Pinyin dictionary (Debian package rime-data-luna-pinyin, data from CC-CEDICT,
// Chewing, Android's Pinyin IME and moedict) and the few reviewed corrections in
// core/search/reading-corrections.txt. Luna writes its phrases in Traditional characters; each
// phrase is written here in Simplified characters too (ICU's Traditional-Simplified transform).
//
//   guanxi_make_readings LUNA_DICT CORRECTIONS OUT
//
// OUT holds, in UTF-8:
//   C <char> <reading> <reading> …   every character with several readings, most common first
//   W <phrase> <reading> …           a phrase with such a character: one reading per character
// Phrases with several readings keep the first Luna lists, unless a correction says otherwise.
#include <QFile>
#include <QHash>
#include <QMap>
#include <QStringList>
#include <QTextStream>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

struct Reading {
    QString syllable;
    double weight = 0; // percent; a reading without one counts as common
};

QString simplified(icu::Transliterator *t, const QString &text)
{
    icu::UnicodeString s(reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()));
    t->transliterate(s);
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(s.getBuffer()), s.length());
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: guanxi_make_readings LUNA_DICT CORRECTIONS OUT\n");
        return 2;
    }
    QFile dict(QString::fromLocal8Bit(argv[1]));
    if (!dict.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "cannot read %s (Debian package rime-data-luna-pinyin)\n", argv[1]);
        return 1;
    }
    QMap<QString, QList<Reading>> chars; // ordered, so the table is the same on every build
    QMap<QString, QStringList> phrases;
    QTextStream in(&dict);
    bool body = false;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (!body) {
            body = line == QLatin1String("..."); // the YAML header ends here
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() < 2)
            continue;
        const QStringList syllables = f[1].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f[0].toUcs4().size() == 1 && syllables.size() == 1) {
            QString w = f.value(2);
            w.remove(QLatin1Char('%'));
            bool ok = false;
            const double weight = w.toDouble(&ok);
            chars[f[0]].append({syllables.first(), ok ? weight : 100.0});
        } else if (f[0].toUcs4().size() == syllables.size() && !phrases.contains(f[0])) {
            phrases.insert(f[0], syllables);
        }
    }
    if (chars.isEmpty()) {
        std::fprintf(stderr, "%s holds no readings\n", argv[1]);
        return 1;
    }
    UErrorCode e = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> toSimplified(
        icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("Traditional-Simplified"), UTRANS_FORWARD, e));
    if (U_FAILURE(e)) {
        std::fprintf(stderr, "ICU has no Traditional-Simplified transform\n");
        return 1;
    }

    QMap<QString, QStringList> charTable;
    for (auto it = chars.begin(); it != chars.end(); ++it) {
        QList<Reading> r = it.value();
        std::stable_sort(r.begin(), r.end(), [](const Reading &a, const Reading &b) { return a.weight > b.weight; });
        QStringList out;
        for (const Reading &x : r)
            if (!out.contains(x.syllable))
                out.append(x.syllable);
        if (out.size() > 1)
            charTable.insert(it.key(), out);
    }
    const auto polyphonic = [&charTable](const QString &phrase) {
        for (char32_t c : phrase.toUcs4())
            if (charTable.contains(QString::fromUcs4(&c, 1)))
                return true;
        return false;
    };
    QMap<QString, QStringList> phraseTable;
    for (auto it = phrases.begin(); it != phrases.end(); ++it) {
        if (!polyphonic(it.key()))
            continue;
        phraseTable.insert(it.key(), it.value());
        const QString simple = simplified(toSimplified.get(), it.key());
        if (simple.toUcs4().size() == it.value().size() && !phraseTable.contains(simple) && !phrases.contains(simple))
            phraseTable.insert(simple, it.value());
    }

    QFile corrections(QString::fromLocal8Bit(argv[2]));
    if (!corrections.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "cannot read %s\n", argv[2]);
        return 1;
    }
    QTextStream fixes(&corrections);
    while (!fixes.atEnd()) {
        const QString line = fixes.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString phrase = f.takeFirst();
        if (phrase.toUcs4().size() != f.size()) {
            std::fprintf(stderr, "%s: \"%s\" needs one reading per character\n", argv[2], line.toUtf8().constData());
            return 1;
        }
        phraseTable.insert(phrase, f);
    }

    QFile out(QString::fromLocal8Bit(argv[3]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", argv[3]);
        return 1;
    }
    QTextStream o(&out);
    o << "# Made by guanxi_make_readings from Rime Luna Pinyin; do not edit.\n";
    for (auto it = charTable.begin(); it != charTable.end(); ++it)
        o << "C " << it.key() << ' ' << it.value().join(QLatin1Char(' ')) << '\n';
    for (auto it = phraseTable.begin(); it != phraseTable.end(); ++it)
        o << "W " << it.key() << ' ' << it.value().join(QLatin1Char(' ')) << '\n';
    return 0;
}
