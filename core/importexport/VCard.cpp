// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/VCard.h"

#include "core/importexport/TextDecoding.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <memory>

namespace guanxi {

namespace {

struct Property {
    QString name;                        // upper case, without group
    QMultiHash<QString, QString> params; // upper-case keys; TYPE values upper case
    QString value;                       // unescaped only by the caller, per property
    int line = 0;
};

QString unescape(const QString &v)
{
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c == QLatin1Char('\\') && i + 1 < v.size()) {
            const QChar n = v.at(++i);
            out.append(n == QLatin1Char('n') || n == QLatin1Char('N') ? QChar(QLatin1Char('\n')) : n);
        } else {
            out.append(c);
        }
    }
    return out;
}

// Splits at unescaped `sep` (components of N, ORG, ADR).
QStringList components(const QString &v, QChar sep = QLatin1Char(';'))
{
    QStringList out;
    QString cur;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c == QLatin1Char('\\') && i + 1 < v.size()) {
            cur.append(c);
            cur.append(v.at(++i));
        } else if (c == sep) {
            out.append(unescape(cur));
            cur.clear();
        } else {
            cur.append(c);
        }
    }
    out.append(unescape(cur));
    return out;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(static_cast<char>(byte));
                i += 2;
                continue;
            }
        }
        out.append(in.at(i));
    }
    return out;
}

QString decodeCharset(const QByteArray &bytes, const QString &charset)
{
    if (charset.isEmpty() || charset.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0)
        return decodeText(bytes).text;
    UErrorCode e = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset.toLatin1().constData(), &e), &ucnv_close);
    if (U_FAILURE(e))
        return decodeText(bytes).text;
    QString s(bytes.size() * 2 + 1, Qt::Uninitialized);
    const int32_t n = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(s.data()), static_cast<int32_t>(s.size()),
                                    bytes.constData(), static_cast<int32_t>(bytes.size()), &e);
    if (U_FAILURE(e))
        return decodeText(bytes).text;
    s.truncate(n);
    return s;
}

// Logical lines (folding undone) with their first physical line number. Quoted-printable values
// of vCard 2.1 continue with a soft break "=" at the end of a line instead of folding.
QList<std::pair<int, QByteArray>> logicalLines(const QByteArray &bytes)
{
    QList<std::pair<int, QByteArray>> out;
    const QList<QByteArray> physical = bytes.split('\n');
    int lineNo = 0;
    bool softBreak = false;
    // Whether the current logical line is quoted-printable, read from its name and parameters
    // (the part before the first ':') as they arrive: looking at the whole line again for every
    // physical line made a value of 80,000 soft breaks take time in the square of its length.
    QByteArray head;
    bool headDone = false;
    bool quotedPrintable = false;
    const auto readHead = [&](const QByteArray &chunk) {
        if (headDone)
            return;
        const qsizetype colon = chunk.indexOf(':');
        head += colon < 0 ? chunk : chunk.left(colon);
        headDone = colon >= 0;
        quotedPrintable = head.toUpper().contains("QUOTED-PRINTABLE");
    };
    for (QByteArray l : physical) {
        ++lineNo;
        if (l.endsWith('\r'))
            l.chop(1);
        if (!out.isEmpty() && (softBreak || l.startsWith(' ') || l.startsWith('\t'))) {
            const QByteArray more = softBreak ? l : l.mid(1);
            out.last().second += more;
            readHead(more);
        } else if (!l.isEmpty()) {
            out.append({lineNo, l});
            head.clear();
            headDone = false;
            readHead(l);
        }
        softBreak = !out.isEmpty() && quotedPrintable && out.last().second.endsWith('=');
        if (softBreak)
            out.last().second.chop(1);
    }
    return out;
}

Property parseLine(int lineNo, const QByteArray &raw)
{
    Property p;
    p.line = lineNo;
    // The value starts at the first ':' outside quotes (TYPE="A,B:C" is one parameter).
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < raw.size() && colon < 0; ++i) {
        if (raw.at(i) == '"')
            quoted = !quoted;
        else if (raw.at(i) == ':' && !quoted)
            colon = i;
    }
    const QByteArray head = colon < 0 ? raw : raw.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : raw.mid(colon + 1);
    QList<QByteArray> parts = head.split(';');
    QString name = QString::fromUtf8(parts.takeFirst()).toUpper();
    if (const qsizetype dot = name.indexOf(QLatin1Char('.')); dot >= 0)
        name = name.mid(dot + 1); // "item1.TEL": groups do not matter here
    p.name = name;
    for (const QByteArray &param : std::as_const(parts)) {
        const qsizetype eq = param.indexOf('=');
        const QString key = eq < 0 ? QStringLiteral("TYPE") : QString::fromUtf8(param.left(eq)).toUpper();
        const QString val = QString::fromUtf8(eq < 0 ? param : param.mid(eq + 1)).remove(QLatin1Char('"'));
        for (const QString &v : val.split(QLatin1Char(','), Qt::SkipEmptyParts))
            p.params.insert(key, key == QLatin1String("TYPE") ? v.toUpper() : v);
    }
    if (p.params.value(QStringLiteral("ENCODING")).compare(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive) == 0
        || p.params.contains(QStringLiteral("TYPE"), QStringLiteral("QUOTED-PRINTABLE")))
        value = decodeQuotedPrintable(value);
    p.value = decodeCharset(value, p.params.value(QStringLiteral("CHARSET")));
    return p;
}

void apply(const Property &p, VCardPerson *person, QString *nameFromN)
{
    const QStringList types = p.params.values(QStringLiteral("TYPE"));
    if (p.name == QLatin1String("FN")) {
        person->name = unescape(p.value).trimmed();
    } else if (p.name == QLatin1String("N")) {
        const QStringList n = components(p.value);
        const QString family = n.value(0).trimmed(), given = n.value(1).trimmed();
        // Chinese names are family name first without a space; Latin names given name first.
        const bool han = !family.isEmpty() && family.at(0).unicode() >= 0x2E80;
        *nameFromN = han ? family + given : QStringList{given, family}.join(QLatin1Char(' ')).trimmed();
    } else if (p.name == QLatin1String("ORG")) {
        // The first company is the contact's; any other is kept in the notes, not lost.
        const QString org = components(p.value).value(0).trimmed();
        if (person->company.isEmpty())
            person->company = org;
        else if (!org.isEmpty() && org != person->company)
            person->extraNotes.append(QStringLiteral("ORG: ") + org);
    } else if (p.name == QLatin1String("TITLE")) {
        person->title = unescape(p.value).trimmed();
    } else if (p.name == QLatin1String("TEL")) {
        QString number = unescape(p.value).trimmed();
        if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
            number = number.mid(4);
        if (types.contains(QStringLiteral("FAX")))
            person->faxes.append(number);
        else if (types.contains(QStringLiteral("CELL")) || types.contains(QStringLiteral("MOBILE")))
            person->mobiles.append(number);
        else
            person->phones.append(number);
    } else if (p.name == QLatin1String("EMAIL")) {
        person->emails.append(unescape(p.value).trimmed());
    } else if (p.name == QLatin1String("BDAY")) {
        person->birthday = unescape(p.value).trimmed();
    } else if (p.name == QLatin1String("NOTE")) {
        person->note =
            person->note.isEmpty() ? unescape(p.value) : person->note + QLatin1Char('\n') + unescape(p.value);
    } else if (p.name == QLatin1String("URL")) {
        person->website = unescape(p.value).trimmed();
    } else if (p.name == QLatin1String("ADR")) {
        QStringList a = components(p.value);
        for (QString &part : a)
            part = part.trimmed();
        a.removeAll(QString());
        const QString address = a.join(QLatin1Char(' '));
        if (person->address.isEmpty())
            person->address = address;
        else if (!address.isEmpty() && address != person->address)
            person->extraNotes.append(QStringLiteral("ADR: ") + address);
    } else if (p.name == QLatin1String("X-QQ")) {
        person->qq = unescape(p.value).trimmed();
    } else if (p.name == QLatin1String("X-WECHAT") || p.name == QLatin1String("X-WEIXIN")) {
        person->wechat = unescape(p.value).trimmed();
    } else if (p.name == QLatin1String("IMPP")) {
        const QString v = unescape(p.value).trimmed();
        if (v.startsWith(QLatin1String("weixin:"), Qt::CaseInsensitive)
            || v.startsWith(QLatin1String("wechat:"), Qt::CaseInsensitive))
            person->wechat = v.mid(v.indexOf(QLatin1Char(':')) + 1);
        else if (v.startsWith(QLatin1String("qq:"), Qt::CaseInsensitive))
            person->qq = v.mid(3);
    }
}

QByteArray escape(const QString &v)
{
    QString e = v;
    e.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    e.replace(QLatin1Char(','), QLatin1String("\\,"));
    e.replace(QLatin1Char(';'), QLatin1String("\\;"));
    e.replace(QLatin1String("\r\n"), QLatin1String("\\n"));
    e.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return e.toUtf8();
}

// Folds at 75 octets without splitting a UTF-8 sequence.
void appendFolded(QByteArray *out, const QByteArray &line)
{
    qsizetype start = 0;
    bool first = true;
    while (start < line.size()) {
        qsizetype len = std::min<qsizetype>(first ? 75 : 74, line.size() - start);
        while (start + len < line.size() && (static_cast<unsigned char>(line.at(start + len)) & 0xC0) == 0x80)
            --len;
        if (!first)
            out->append(' ');
        out->append(line.mid(start, len));
        out->append("\r\n");
        start += len;
        first = false;
    }
}

// Compound Chinese surnames, so N: splits 欧阳修 as 欧阳;修.
const QStringList &compoundSurnames()
{
    static const QStringList list = {
        QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("诸葛"), QStringLiteral("上官"),
        QStringLiteral("东方"), QStringLiteral("皇甫"), QStringLiteral("尉迟"), QStringLiteral("公孙"),
        QStringLiteral("慕容"), QStringLiteral("长孙"), QStringLiteral("宇文"), QStringLiteral("司徒"),
        QStringLiteral("夏侯"), QStringLiteral("令狐"), QStringLiteral("端木"), QStringLiteral("南宫")};
    return list;
}

} // namespace

QList<VCard::Parsed> VCard::parse(const QByteArray &bytes)
{
    QList<Parsed> cards;
    // A card inside a card (vCard 2.1's AGENT) is a person of its own; the outer card goes on after
    // it. A last card the file ends without END:VCARD is kept as it is.
    struct Open {
        Parsed card;
        QString nameFromN;
        bool showAsCompany = false;
    };
    QList<Open> open;
    const auto finish = [&cards](Open &o) {
        if (o.card.person.name.isEmpty())
            o.card.person.name = o.nameFromN;
        // A company's own card (Apple's X-ABShowAs:COMPANY; or FN is the company, with no N):
        // the company is the record, nobody works there under its name.
        VCardPerson &who = o.card.person;
        if (!who.company.isEmpty() && (o.showAsCompany || (o.nameFromN.isEmpty() && who.name == who.company)))
            who.name.clear();
        if (o.card.person.name.isEmpty() && o.card.person.company.isEmpty())
            o.card.problem = tr("The card on line %1 has no name.").arg(o.card.line);
        cards.append(o.card);
    };
    for (const auto &[lineNo, raw] : logicalLines(bytes)) {
        const Property p = parseLine(lineNo, raw);
        if (p.name == QLatin1String("BEGIN")
            && p.value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0) {
            Open o;
            o.card.line = lineNo;
            open.append(o);
        } else if (p.name == QLatin1String("END") && !open.isEmpty()) {
            Open done = open.takeLast();
            finish(done);
        } else if (!open.isEmpty()) {
            if (p.name == QLatin1String("X-ABSHOWAS")
                && p.value.trimmed().compare(QLatin1String("COMPANY"), Qt::CaseInsensitive) == 0)
                open.last().showAsCompany = true;
            apply(p, &open.last().card.person, &open.last().nameFromN);
        }
    }
    while (!open.isEmpty()) {
        Open done = open.takeLast();
        finish(done);
    }
    std::sort(cards.begin(), cards.end(), [](const Parsed &a, const Parsed &b) { return a.line < b.line; });
    return cards;
}

Result<ImportTable> VCard::toImportTable(const QByteArray &raw)
{
    // vCard's lines and parameters are ASCII: a UTF-16 file is read as the same text in UTF-8.
    QString utf16;
    const QByteArray bytes = decodeUtf16(raw, &utf16) ? utf16.toUtf8() : raw;
    const QList<Parsed> cards = parse(bytes);
    if (cards.isEmpty())
        return Error{ErrorCode::Invalid, tr("The file has no vCard (BEGIN:VCARD … END:VCARD)."), {}};
    ImportTable t;
    t.format = QStringLiteral("vCard");
    t.headers = {QStringLiteral("Name"),     QStringLiteral("Company"), QStringLiteral("Title"),
                 QStringLiteral("Mobile"),   QStringLiteral("Phone"),   QStringLiteral("Fax"),
                 QStringLiteral("E-mail"),   QStringLiteral("WeChat"),  QStringLiteral("QQ"),
                 QStringLiteral("Birthday"), QStringLiteral("Notes"),   QStringLiteral("Website"),
                 QStringLiteral("Address")};
    // One value per line: a vCard value may hold ';' or ',' itself (semicolon\;@points.net).
    t.valueSeparator = QStringLiteral("\n");
    const QString sep = t.valueSeparator;
    for (const Parsed &c : cards) {
        const VCardPerson &p = c.person;
        t.rows.append({c.line,
                       {p.name, p.company, p.title, p.mobiles.join(sep), p.phones.join(sep), p.faxes.join(sep),
                        p.emails.join(sep), p.wechat, p.qq, p.birthday,
                        (QStringList{p.note} + p.extraNotes).join(QLatin1Char('\n')).trimmed(), p.website, p.address},
                       c.problem,
                       {}});
    }
    return t;
}

QByteArray VCard::write(const QList<VCardPerson> &people)
{
    QByteArray out;
    for (const VCardPerson &p : people) {
        out += "BEGIN:VCARD\r\nVERSION:3.0\r\n";
        appendFolded(&out, "FN:" + escape(p.name));
        QString family, given;
        const bool han = !p.name.isEmpty() && p.name.at(0).unicode() >= 0x2E80 && !p.name.contains(QLatin1Char(' '));
        if (han) {
            const qsizetype len =
                std::any_of(compoundSurnames().cbegin(), compoundSurnames().cend(),
                            [&p](const QString &s) { return p.name.startsWith(s) && p.name.size() > 2; })
                ? 2
                : 1;
            family = p.name.left(len);
            given = p.name.mid(len);
        } else {
            const qsizetype space = p.name.lastIndexOf(QLatin1Char(' '));
            given = space < 0 ? p.name : p.name.left(space);
            family = space < 0 ? QString() : p.name.mid(space + 1);
        }
        appendFolded(&out, "N:" + escape(family) + ';' + escape(given) + ";;;");
        if (!p.company.isEmpty())
            appendFolded(&out, "ORG:" + escape(p.company));
        if (!p.title.isEmpty())
            appendFolded(&out, "TITLE:" + escape(p.title));
        for (const QString &m : p.mobiles)
            appendFolded(&out, "TEL;TYPE=CELL:" + escape(m));
        for (const QString &m : p.phones)
            appendFolded(&out, "TEL;TYPE=WORK,VOICE:" + escape(m));
        for (const QString &m : p.faxes)
            appendFolded(&out, "TEL;TYPE=WORK,FAX:" + escape(m));
        for (const QString &e : p.emails)
            appendFolded(&out, "EMAIL;TYPE=INTERNET:" + escape(e));
        if (!p.wechat.isEmpty())
            appendFolded(&out, "X-WECHAT:" + escape(p.wechat));
        if (!p.qq.isEmpty())
            appendFolded(&out, "X-QQ:" + escape(p.qq));
        if (!p.birthday.isEmpty())
            appendFolded(&out, "BDAY:" + escape(p.birthday));
        if (!p.website.isEmpty())
            appendFolded(&out, "URL:" + escape(p.website));
        if (!p.address.isEmpty())
            appendFolded(&out, "ADR;TYPE=WORK:;;" + escape(p.address) + ";;;;");
        if (!p.note.isEmpty())
            appendFolded(&out, "NOTE:" + escape(p.note));
        out += "END:VCARD\r\n";
    }
    return out;
}

} // namespace guanxi
