// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/ImportColumns.h"

#include "core/importexport/ImportValues.h"
#include "core/util/ControlCharacters.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace guanxi {

namespace {

bool isAddressPart(ImportField f)
{
    return f == ImportField::Address || f == ImportField::City || f == ImportField::Region || f == ImportField::District
        || f == ImportField::PostalCode || f == ImportField::Country;
}

// Fields whose every column is used (all phones, all e-mails, name parts, notes): no value of
// theirs is a "second value".
bool takesEveryColumn(ImportField f)
{
    switch (f) {
    case ImportField::Mobile:
    case ImportField::PersonPhone:
    case ImportField::Fax:
    case ImportField::PersonEmail:
    case ImportField::WeChat:
    case ImportField::QQ:
    case ImportField::Tags:
    case ImportField::Notes:
    case ImportField::GivenName:
    case ImportField::FamilyName:
    case ImportField::ChannelLabel:
    case ImportField::KeepInNotes:
    case ImportField::Ignore:
        return true;
    default:
        return isAddressPart(f);
    }
}

// "Home Street 2" -> "home", "Address 1 - Postal Code" -> "address1", "详细地址" -> "": the columns
// of one address share the name left when the part's own word is taken off.
QString addressGroupOf(const QString &header)
{
    QString key = ColumnMapping::normalizeHeader(header);
    for (QChar c : key)
        if (c.unicode() > 0x7f)
            return {}; // a Chinese template has one address
    static const QStringList parts = [] {
        QStringList p{QStringLiteral("countryregion"),
                      QStringLiteral("extendedaddress"),
                      QStringLiteral("addresspobox"),
                      QStringLiteral("streetaddress"),
                      QStringLiteral("postalcode"),
                      QStringLiteral("formatted"),
                      QStringLiteral("postcode"),
                      QStringLiteral("province"),
                      QStringLiteral("district"),
                      QStringLiteral("address"),
                      QStringLiteral("zipcode"),
                      QStringLiteral("country"),
                      QStringLiteral("street"),
                      QStringLiteral("region"),
                      QStringLiteral("county"),
                      QStringLiteral("pobox"),
                      QStringLiteral("state"),
                      QStringLiteral("city"),
                      QStringLiteral("zip")};
        return p; // longest first, so "postalcode" goes before "code" could
    }();
    const auto dropDigits = [](QString &k) {
        while (!k.isEmpty() && k.back().isDigit())
            k.chop(1);
    };
    dropDigits(key);
    for (const QString &p : parts)
        if (key.endsWith(p)) {
            key.chop(p.size());
            break;
        }
    if (key.endsWith(QLatin1String("address")))
        key.chop(7);
    return key;
}

bool isChina(const QString &country)
{
    const QString c = country.toCaseFolded();
    return c == QLatin1String("中国") || c == QLatin1String("中华人民共和国") || c == QLatin1String("china")
        || c == QLatin1String("cn") || c == QLatin1String("prc") || c == QLatin1String("people's republic of china");
}

ChannelKind kindOf(ImportField f)
{
    switch (f) {
    case ImportField::PersonPhone:
        return ChannelKind::Phone;
    case ImportField::Fax:
        return ChannelKind::Fax;
    case ImportField::PersonEmail:
        return ChannelKind::Email;
    case ImportField::WeChat:
        return ChannelKind::WeChat;
    case ImportField::QQ:
        return ChannelKind::QQ;
    default:
        return ChannelKind::Mobile;
    }
}

} // namespace

QString ImportedAddress::oneLine() const
{
    QStringList parts;
    for (const QString &p : {address, city, region})
        if (!p.isEmpty() && !parts.join(QString()).contains(p))
            parts.append(p);
    return parts.join(QStringLiteral(", "));
}

ImportColumns::ImportColumns(const ImportTable &table, const ColumnMapping &mapping)
    : m_table(table)
    , m_mapping(mapping)
{
    QList<QString> keys;
    for (const QString &h : table.headers)
        keys.append(ColumnMapping::normalizeHeader(h));
    for (int i = 0; i < mapping.columns.size() && i < keys.size(); ++i) {
        m_addressGroup.append(isAddressPart(mapping.columns.at(i)) ? addressGroupOf(table.headers.at(i)) : QString());
        if (mapping.columns.at(i) != ImportField::ChannelLabel)
            continue;
        // "phone1type" labels "phone1value"; "address1label" labels every "address1…" column.
        QString stem = keys.at(i);
        for (const QLatin1String suffix : {QLatin1String("type"), QLatin1String("label")})
            if (stem.endsWith(suffix))
                stem.chop(suffix.size());
        if (stem.isEmpty() || stem == keys.at(i))
            continue;
        for (int j = 0; j < keys.size(); ++j)
            if (j != i && keys.at(j).startsWith(stem) && keys.at(j).size() > stem.size()
                && !keys.at(j).at(stem.size()).isDigit() && mapping.columns.value(j) != ImportField::ChannelLabel)
                m_labelColumn.insert(j, i);
    }
}

QString ImportColumns::value(const ImportRow &row, int column) const
{
    const ImportField f = m_mapping.columns.value(column);
    const bool lines = f == ImportField::Notes || f == ImportField::KeepInNotes || f == ImportField::Address
        || m_table.valueSeparator.contains(QLatin1Char('\n')); // a vCard's values, one per line
    return withoutControlCharacters(m_table.value(row, column), lines).trimmed();
}

QString ImportColumns::columnName(int column) const
{
    const QString h = m_table.headers.value(column).trimmed();
    return h.isEmpty() ? tr("Column %1").arg(column + 1) : h;
}

QString ImportColumns::labelOf(const ImportRow &row, int column) const
{
    const int at = m_labelColumn.value(column, -1);
    if (at < 0)
        return {};
    QString label = value(row, at);
    // Google marks the preferred value with "* " ("* Mobile"); several labels are joined by " ::: ".
    label.remove(QLatin1Char('*'));
    return label.split(QStringLiteral(":::")).value(0).trimmed();
}

QString ImportColumns::first(const ImportRow &row, ImportField f) const
{
    for (int c : m_mapping.columnsOf(f))
        if (QString v = value(row, c); !v.isEmpty())
            return v;
    return {};
}

QStringList ImportColumns::all(const ImportRow &row, ImportField f) const
{
    QStringList out;
    for (int c : m_mapping.columnsOf(f))
        if (QString v = value(row, c); !v.isEmpty())
            out.append(v);
    return out;
}

QList<ContactChannel> ImportColumns::channels(const ImportRow &row) const
{
    QList<ContactChannel> out;
    for (int c = 0; c < m_mapping.columns.size(); ++c) {
        const ImportField f = m_mapping.columns.at(c);
        if (f != ImportField::Mobile && f != ImportField::PersonPhone && f != ImportField::Fax
            && f != ImportField::PersonEmail && f != ImportField::WeChat && f != ImportField::QQ)
            continue;
        const QString label = labelOf(row, c);
        ChannelKind kind = kindOf(f);
        if (kind == ChannelKind::Phone || kind == ChannelKind::Mobile) {
            const QString l = label.toCaseFolded();
            if (l.contains(QLatin1String("fax")) || l.contains(QStringLiteral("传真")))
                kind = ChannelKind::Fax;
            else if (l.contains(QLatin1String("mobile")) || l.contains(QLatin1String("cell"))
                     || l.contains(QLatin1String("iphone")) || l.contains(QStringLiteral("手机")))
                kind = ChannelKind::Mobile;
        }
        const QString cell = value(row, c);
        const QStringList values = m_table.valueSeparator.isEmpty()
            ? importvalues::splitList(cell)
            : cell.split(m_table.valueSeparator, Qt::SkipEmptyParts);
        for (const QString &v : values)
            if (!v.trimmed().isEmpty())
                out.append({{}, kind, label, v.trimmed(), {}});
    }
    // Phones first, then fax, e-mail and IM ids, as a card lists them; each kind in column order.
    const auto rank = [](ChannelKind k) {
        const ChannelKind order[] = {ChannelKind::Mobile, ChannelKind::Phone,  ChannelKind::Fax,
                                     ChannelKind::Email,  ChannelKind::WeChat, ChannelKind::QQ};
        return static_cast<int>(std::find(std::begin(order), std::end(order), k) - std::begin(order));
    };
    std::stable_sort(out.begin(), out.end(),
                     [&rank](const ContactChannel &a, const ContactChannel &b) { return rank(a.kind) < rank(b.kind); });
    return out;
}

ImportedAddress ImportColumns::address(const ImportRow &row, bool atWork, QStringList *others) const
{
    struct Set {
        QString name; // for the notes: the set's label, or its first column's name
        bool work = false, home = false;
        QStringList streets;
        QString formatted, region, city, district, postal, country;
        ImportedAddress made() const
        {
            ImportedAddress a;
            a.region = region;
            a.city = city;
            QString street = streets.join(QStringLiteral(", "));
            if (street.isEmpty())
                street = QString(formatted).replace(QLatin1Char('\n'), QStringLiteral(", "));
            if (!district.isEmpty() && !street.contains(district))
                street = street.isEmpty() || street.at(0).unicode() > 0x2E80
                    ? QString(district + street)
                    : QString(district + QStringLiteral(", ") + street);
            QStringList parts{street};
            if (!postal.isEmpty() && !street.contains(postal))
                parts.append(postal);
            if (!country.isEmpty() && !isChina(country) && !street.contains(country))
                parts.append(country);
            parts.removeAll(QString());
            a.address = parts.join(QStringLiteral(", ")).replace(QLatin1Char('\n'), QStringLiteral(", "));
            return a;
        }
    };
    QList<QString> order;
    QHash<QString, Set> sets;
    for (int c = 0; c < m_mapping.columns.size(); ++c) {
        const ImportField f = m_mapping.columns.at(c);
        if (!isAddressPart(f))
            continue;
        const QString group = m_addressGroup.value(c);
        Set &s = sets[group];
        if (!order.contains(group)) {
            order.append(group);
            const QString label = labelOf(row, c);
            s.name = label.isEmpty() ? columnName(c) : tr("Address (%1)").arg(label);
            const QString hint = QString(group + QLatin1Char(' ') + label).toCaseFolded();
            s.work = hint.contains(QLatin1String("work")) || hint.contains(QLatin1String("business"))
                || hint.contains(QLatin1String("office")) || hint.contains(QLatin1String("company"));
            s.home = hint.contains(QLatin1String("home")) || hint.contains(QLatin1String("personal"));
        }
        const QString v = value(row, c);
        if (v.isEmpty())
            continue;
        switch (f) {
        case ImportField::Address:
            if (ColumnMapping::normalizeHeader(m_table.headers.value(c)).contains(QLatin1String("formatted")))
                s.formatted = v;
            else
                s.streets.append(v);
            break;
        case ImportField::City:
            s.city = v;
            break;
        case ImportField::Region:
            s.region = v;
            break;
        case ImportField::District:
            s.district = v;
            break;
        case ImportField::PostalCode:
            s.postal = v;
            break;
        default:
            s.country = v;
            break;
        }
    }
    // The set the record lives at: a company's work address, a private person's home, else the first.
    QString chosen;
    for (const QString &g : order)
        if (!sets.value(g).made().isEmpty() && (atWork ? sets.value(g).work : sets.value(g).home)) {
            chosen = g;
            break;
        }
    if (!sets.contains(chosen) || sets.value(chosen).made().isEmpty())
        for (const QString &g : order)
            if (!sets.value(g).made().isEmpty()) {
                chosen = g;
                break;
            }
    for (const QString &g : order)
        if (g != chosen && !sets.value(g).made().isEmpty())
            others->append(sets.value(g).name + QStringLiteral(": ") + sets.value(g).made().oneLine());
    return sets.value(chosen).made();
}

QStringList ImportColumns::noteLines(const ImportRow &row) const
{
    QStringList lines;
    QHash<ImportField, QString> taken;
    for (int c = 0; c < m_mapping.columns.size(); ++c) {
        const ImportField f = m_mapping.columns.at(c);
        const QString v = value(row, c);
        if (v.isEmpty())
            continue;
        static const QRegularExpression noDate(QStringLiteral("^0+[-/.]0+[-/.]0+$"));
        if (f == ImportField::KeepInNotes && noDate.match(v).hasMatch())
            continue; // Outlook's "0/0/00": no anniversary
        if (f == ImportField::KeepInNotes) {
            const QString label = labelOf(row, c);
            const QString name = label.isEmpty()
                ? columnName(c)
                : QString(columnName(c) + QStringLiteral(" (") + label + QLatin1Char(')'));
            lines.append(name + QStringLiteral(": ") + v);
            continue;
        }
        if (takesEveryColumn(f))
            continue;
        if (!taken.contains(f))
            taken.insert(f, v);
        else if (taken.value(f) != v)
            lines.append(columnName(c) + QStringLiteral(": ") + v); // a second website, a second company
    }
    return lines;
}

void ImportColumns::appendLines(QString *notes, const QStringList &lines, int maxNotes)
{
    if (lines.isEmpty())
        return;
    QString joined = notes->isEmpty() ? lines.join(QLatin1Char('\n'))
                                      : *notes + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    if (joined.size() > maxNotes)
        joined = joined.left(maxNotes - 1) + QChar(0x2026);
    *notes = withoutControlCharacters(joined, true);
}

} // namespace guanxi
