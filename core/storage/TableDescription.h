// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Statement.h"
#include "core/storage/VersionedUpdate.h"
#include "core/util/Result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <type_traits>
#include <utility>
#include <vector>

namespace guanxi {

class Database;

namespace tabledescription {
// Out of line (TableDescription.cpp), so this header needs neither Database nor SqlError.
QSqlDatabase sqlOf(Database &db);
Status exec(QSqlQuery &q); // runs a prepared query; the error in the user's language
} // namespace tabledescription

// What a column of a synced table is to the program.
enum class ColumnRole {
    Key,     // id: written once, never updated
    Field,   // what a user edits; a change to it is a change of the record (diffs, audit, sync)
    Derived, // worked out from fields on every write (a name's sort key): written, never read
    Fixed,   // set when the record is made, never edited (a document's number, its customer)
    State,   // moved by the record's own transitions (a status, a conversion), never by an edit
    Stamp,   // kept by the storage (created_at, updated_at, row_version): read, written on insert
    Joined,  // read from another table in the same SELECT (a contact's name): never written
};

// One column: its name, its role, and how a record holds it. `get` gives the value to write
// (none for columns only read, such as row_version); `set` stores what was read (none for derived
// columns, which are only written).
template <typename Record> struct Column {
    QString name;
    ColumnRole role;
    std::function<QVariant(const Record &)> get;
    std::function<void(Record &, const QVariant &)> set;
};

// When a stored row was made and last written, for the rows whose records do not hold it
// themselves (a channel of a contact, a line of an order).
struct Stamps {
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    static Stamps at(qint64 t) { return {t, t}; }
};

// How one synced table is read and written, said once: its columns in order, each with its role
// and how the record holds it. From this one list come the SELECT list, the row reader, the insert
// with its binds, the versioned update of the fields that changed, and the per-field diff that
// conflict dialogs, the audit log and sync use. A repository keeps one of these and its own WHERE
// clauses; no column is ever read by position anywhere else.
template <typename Record> class TableDescription {
public:
    TableDescription(QString table, std::vector<Column<Record>> columns)
        : m_table(std::move(table))
        , m_columns(std::move(columns))
    {
    }
    // The same, with created_at and updated_at kept in the record's `stamps`.
    TableDescription(QString table, std::vector<Column<Record>> columns, Stamps Record::*stamps)
        : TableDescription(std::move(table), std::move(columns))
    {
        for (const auto &[name, member] : {std::pair{QStringLiteral("created_at"), &Stamps::createdAt},
                                           std::pair{QStringLiteral("updated_at"), &Stamps::updatedAt}})
            m_columns.push_back(
                {name, ColumnRole::Stamp, [stamps, member](const Record &r) { return QVariant(r.*stamps.*member); },
                 [stamps, member](Record &r, const QVariant &v) { r.*stamps.*member = v.toLongLong(); }});
    }

    const QString &table() const { return m_table; }

    // "a.id, a.code, …": every column that is read, in order, for a SELECT.
    QString selectList(const QString &alias = {}) const
    {
        QStringList names;
        for (const Column<Record> &c : m_columns)
            if (c.set)
                names << (alias.isEmpty() || c.role == ColumnRole::Joined ? c.name : alias + QLatin1Char('.') + c.name);
        return names.join(QStringLiteral(", "));
    }
    // How many columns selectList() selects: a query selecting more reads them from here on.
    int readCount() const
    {
        int n = 0;
        for (const Column<Record> &c : m_columns)
            n += c.set ? 1 : 0;
        return n;
    }
    // Reads the columns of selectList() from the current row of `q`, starting at column `first`.
    // Returns the index of the column after them.
    int read(const QSqlQuery &q, Record *r, int first = 0) const
    {
        int i = first;
        for (const Column<Record> &c : m_columns)
            if (c.set)
                c.set(*r, q.value(i++));
        return i;
    }
    Record read(const QSqlQuery &q) const
    {
        Record r;
        read(q, &r);
        return r;
    }

    // New rows through one prepared statement straight on SQLite: every written column, and
    // updated_by. One row (a save) or a hundred thousand (an import, seeding) cost the same
    // preparation, and a row costs its binds and its step, without QSqlQuery in between.
    class Inserter {
    public:
        Inserter(Database &db, const TableDescription &table)
            : m_table(table)
            , m_statement(db, table.insertStatement().constData())
        {
        }
        // The value of a derived column for the next add() only, when the caller has worked it
        // out already (an import plans name keys on several threads).
        void preset(const QString &column, QVariant value)
        {
            for (size_t i = 0; i < m_table.m_columns.size(); ++i)
                if (m_table.m_columns[i].name == column)
                    m_presets.emplace_back(i, std::move(value));
        }
        Status add(const Record &r, const QString &actorId)
        {
            if (!m_statement.isValid())
                return m_statement.lastError();
            int pos = 1;
            for (size_t i = 0; i < m_table.m_columns.size(); ++i) {
                const Column<Record> &c = m_table.m_columns[i];
                if (!c.get)
                    continue;
                const QVariant *known = presetFor(i);
                m_statement.bind(pos++, known ? *known : c.get(r));
            }
            m_statement.bindViewOrNull(pos, actorId);
            m_presets.clear();
            return m_statement.execute();
        }

    private:
        const QVariant *presetFor(size_t column) const
        {
            for (const auto &[index, value] : m_presets)
                if (index == column)
                    return &value;
            return nullptr;
        }

        const TableDescription &m_table;
        Statement m_statement;
        std::vector<std::pair<size_t, QVariant>> m_presets;
    };
    Status insert(Database &db, const Record &r, const QString &actorId) const
    {
        return Inserter(db, *this).add(r, actorId);
    }

    // The names of the fields (ColumnRole::Field) whose values differ between `a` and `b`.
    QStringList changedFields(const Record &a, const Record &b) const
    {
        QStringList changed;
        for (const Column<Record> &c : m_columns)
            if (c.role == ColumnRole::Field && c.get && c.get(a) != c.get(b))
                changed << c.name;
        return changed;
    }
    // Every field and derived column with its value in `r`: what a full update writes.
    void writtenOnUpdate(const Record &r, QStringList *columns, QVariantList *values) const
    {
        for (const Column<Record> &c : m_columns)
            if ((c.role == ColumnRole::Field || c.role == ColumnRole::Derived) && c.get) {
                *columns << c.name;
                *values << c.get(r);
            }
    }
    // Writes every field of `r` to row `id` while it is still at `expectedVersion`, stamped.
    Result<bool> update(Database &db, const QString &id, const Record &r, qint64 expectedVersion, qint64 now,
                        const QString &actorId, WhenDeleted whenDeleted = WhenDeleted::Write) const
    {
        QStringList columns;
        QVariantList values;
        writtenOnUpdate(r, &columns, &values);
        return updateVersioned(db, m_table, columns, values, id, expectedVersion, now, actorId, whenDeleted);
    }
    // Writes only the fields that differ between `before` and `after` (and the derived columns
    // when any did), while the row is still at `expectedVersion`. Nothing changed: nothing is
    // written, and true.
    Result<bool> updateChanged(Database &db, const QString &id, const Record &before, const Record &after,
                               qint64 expectedVersion, qint64 now, const QString &actorId,
                               WhenDeleted whenDeleted = WhenDeleted::Write) const
    {
        const QStringList changed = changedFields(before, after);
        if (changed.isEmpty())
            return true;
        QStringList columns;
        QVariantList values;
        for (const Column<Record> &c : m_columns)
            if (c.get && (changed.contains(c.name) || c.role == ColumnRole::Derived)) {
                columns << c.name;
                values << c.get(after);
            }
        return updateVersioned(db, m_table, columns, values, id, expectedVersion, now, actorId, whenDeleted);
    }

private:
    QByteArray insertStatement() const
    {
        QStringList names;
        for (const Column<Record> &c : m_columns)
            if (c.get)
                names << c.name;
        return QStringLiteral("INSERT INTO %1 (%2, updated_by) VALUES (%3?)")
            .arg(m_table, names.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(names.size()))
            .toUtf8();
    }

    QString m_table;
    std::vector<Column<Record>> m_columns;
};

// The columns repositories describe their tables with. Each kind is written once over an
// accessor, a callable that gives the member a column holds for a record, const or not
// (`[](auto &c) -> auto & { return c.fields.profile.gender; }`); the overloads with member
// pointers cover the usual case of a member of the record's draft (`&Product::fields,
// &ProductDraft::name`).
namespace columns {

// A text as the tables' NOT NULL DEFAULT '' columns want it: '' for none. (Qt binds a null
// QString as NULL.)
inline QVariant storedText(const QString &t)
{
    return t.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(t);
}
// Any stored form: text as above, the rest as it is.
template <typename T> QVariant stored(const T &v)
{
    if constexpr (std::is_convertible_v<T, QString>)
        return storedText(v);
    else
        return QVariant::fromValue(v);
}

// The path from a record to one of its members.
template <typename Record, typename T> auto memberOf(T Record::*member)
{
    return [member](auto &r) -> auto &
    {
        return r.*member;
    };
}

// The same column in another role (a stamp kept in one of the record's parts).
template <typename Record> Column<Record> as(ColumnRole role, Column<Record> c)
{
    c.role = role;
    return c;
}
// The same column, read but never written: the table keeps it (a row version in a part).
template <typename Record> Column<Record> readOnly(ColumnRole role, Column<Record> c)
{
    c.role = role;
    c.get = nullptr;
    return c;
}
// The same column, written with the row but never read back with it (a file's content, a
// password's hash): lists do not carry it, and it is read on its own where it is needed.
template <typename Record> Column<Record> writeOnly(Column<Record> c)
{
    c.set = nullptr;
    return c;
}
// The columns of `base` followed by `more` (the columns every document has, and a quote's own).
template <typename Record>
std::vector<Column<Record>> with(std::vector<Column<Record>> base, std::vector<Column<Record>> more)
{
    base.insert(base.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    return base;
}
// The same column, set when the record is made and never updated.
template <typename Record> Column<Record> fixed(Column<Record> c)
{
    return as(ColumnRole::Fixed, std::move(c));
}

// The path from a record to one member of one of its parts.
template <typename Record, typename Part, typename T> auto memberOf(Part Record::*part, T Part::*member)
{
    return [=](auto &r) -> auto &
    {
        return r.*part.*member;
    };
}

// The record's own members: its id (Key), its stamps (Stamp). With `writtenOnInsert` false (the
// row version, which the table sets), only read.
template <typename Record, typename T>
Column<Record> own(const QString &name, ColumnRole role, T Record::*member, bool writtenOnInsert = true)
{
    Column<Record> c{name, role, nullptr, [member](Record &r, const QVariant &v) { r.*member = v.value<T>(); }};
    if (writtenOnInsert)
        c.get = [member](const Record &r) { return stored(r.*member); };
    return c;
}

// A text field: '' for none, as the tables' NOT NULL DEFAULT '' columns want it.
template <typename Record, typename At> Column<Record> textAt(const QString &name, At at)
{
    return {name, ColumnRole::Field, [at](const Record &r) { return storedText(at(r)); },
            [at](Record &r, const QVariant &v) { at(r) = v.toString(); }};
}
template <typename Record, typename Part>
Column<Record> text(const QString &name, Part Record::*part, QString Part::*member)
{
    return textAt<Record>(name, memberOf(part, member));
}

// A number (integer money in minor units, basis points, counts) or any type QVariant holds.
template <typename Record, typename At> Column<Record> valueAt(const QString &name, At at)
{
    using T = std::remove_cvref_t<decltype(at(std::declval<Record &>()))>;
    return {name, ColumnRole::Field, [at](const Record &r) { return stored(at(r)); },
            [at](Record &r, const QVariant &v) { at(r) = v.value<T>(); }};
}
template <typename Record, typename Part, typename T>
Column<Record> value(const QString &name, Part Record::*part, T Part::*member)
{
    return valueAt<Record>(name, memberOf(part, member));
}

// A yes/no field, stored as 1 or 0.
template <typename Record, typename At> Column<Record> flagAt(const QString &name, At at)
{
    return {name, ColumnRole::Field, [at](const Record &r) { return QVariant(at(r) ? 1 : 0); },
            [at](Record &r, const QVariant &v) { at(r) = v.toInt() != 0; }};
}
template <typename Record, typename Part>
Column<Record> flag(const QString &name, Part Record::*part, bool Part::*member)
{
    return flagAt<Record>(name, memberOf(part, member));
}

// Bytes (a picture, a file): NULL for none.
template <typename Record, typename At> Column<Record> bytesAt(const QString &name, At at)
{
    return {name, ColumnRole::Field,
            [at](const Record &r) {
                const QByteArray &b = at(r);
                return b.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(b);
            },
            [at](Record &r, const QVariant &v) { at(r) = v.toByteArray(); }};
}
template <typename Record, typename Part>
Column<Record> bytes(const QString &name, Part Record::*part, QByteArray Part::*member)
{
    return bytesAt<Record>(name, memberOf(part, member));
}

// A reference to another record that may be absent (a contact): NULL for none, read as empty.
// With `role` Key, the record's own id kept in one of its parts.
template <typename Record, typename At>
Column<Record> referenceAt(const QString &name, At at, ColumnRole role = ColumnRole::Field)
{
    return {name, role,
            [at](const Record &r) {
                const QString &id = at(r);
                return id.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(id);
            },
            [at](Record &r, const QVariant &v) { at(r) = v.toString(); }};
}
template <typename Record, typename Part>
Column<Record> reference(const QString &name, Part Record::*part, QString Part::*member)
{
    return referenceAt<Record>(name, memberOf(part, member));
}

// One of a fixed set of values, stored by its code (codeOf / fromCode of the value's type).
template <typename Record, typename At> Column<Record> codeAt(const QString &name, At at)
{
    return {name, ColumnRole::Field, [at](const Record &r) { return storedText(codeOf(at(r))); },
            [at](Record &r, const QVariant &v) { fromCode(v.toString(), &at(r)); }};
}
template <typename Record, typename Part, typename T>
Column<Record> code(const QString &name, Part Record::*part, T Part::*member)
{
    return codeAt<Record>(name, memberOf(part, member));
}

// A field stored in another form than the record holds it (an enum by its number, a list as one
// text): `toStored` and `fromStored` convert between the two.
template <typename Record, typename At, typename To, typename From>
Column<Record> convertedAt(const QString &name, At at, To toStored, From fromStored)
{
    return {name, ColumnRole::Field, [at, toStored](const Record &r) { return stored(toStored(at(r))); },
            [at, fromStored](Record &r, const QVariant &v) { at(r) = fromStored(v); }};
}

// A moment that may not have come (an end, a close): NULL for none, read as 0.
template <typename Record, typename At> Column<Record> momentAt(const QString &name, At at)
{
    return {name, ColumnRole::Field,
            [at](const Record &r) {
                const qint64 t = at(r);
                return t == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(t);
            },
            [at](Record &r, const QVariant &v) { at(r) = v.toLongLong(); }};
}

// A value the SELECT takes from a joined table: `expression` as it stands in the SELECT list
// ("coalesce(p.name, '')"), read into the record's `member`, never written.
template <typename Record, typename At> Column<Record> joinedAt(const QString &expression, At at)
{
    using T = std::remove_cvref_t<decltype(at(std::declval<Record &>()))>;
    return {expression, ColumnRole::Joined, nullptr, [at](Record &r, const QVariant &v) { at(r) = v.value<T>(); }};
}
template <typename Record, typename T> Column<Record> joined(const QString &expression, T Record::*member)
{
    return joinedAt<Record>(
        expression, [member](auto &r) -> auto & { return r.*member; });
}

// A column worked out from the record on every write (a sort key), never read back.
template <typename Record> Column<Record> derived(const QString &name, std::function<QVariant(const Record &)> of)
{
    return {name, ColumnRole::Derived, std::move(of), nullptr};
}

} // namespace columns

} // namespace guanxi
