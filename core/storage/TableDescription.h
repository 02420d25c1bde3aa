// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/VersionedUpdate.h"
#include "core/util/Result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <vector>

namespace guanxi {

class Database;

namespace tabledescription {
// Out of line (TableDescription.cpp), so this header needs neither Database nor SqlError.
QSqlDatabase sqlOf(Database &db);
Status exec(QSqlQuery &q); // runs a prepared query; the error in the user's language
Status prepareError(const QSqlQuery &q);
} // namespace tabledescription

// What a column of a synced table is to the program.
enum class ColumnRole {
    Key,     // id: written once, never updated
    Field,   // what a user edits; a change to it is a change of the record (diffs, audit, sync)
    Derived, // worked out from fields on every write (a name's sort key): written, never read
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

    // New rows through one prepared statement: every written column, and updated_by. One row
    // (a save) or a hundred thousand (an import, seeding) cost the same preparation.
    class Inserter {
    public:
        Inserter(Database &db, const TableDescription &table)
            : m_table(table)
            , m_query(tabledescription::sqlOf(db))
        {
            QStringList names;
            for (const Column<Record> &c : m_table.m_columns)
                if (c.get)
                    names << c.name;
            m_prepared = m_query.prepare(QStringLiteral("INSERT INTO %1 (%2, updated_by) VALUES (%3?)")
                                             .arg(m_table.m_table, names.join(QStringLiteral(", ")),
                                                  QStringLiteral("?, ").repeated(names.size())));
        }
        Status add(const Record &r, const QString &actorId)
        {
            if (!m_prepared)
                return tabledescription::prepareError(m_query);
            int i = 0;
            for (const Column<Record> &c : m_table.m_columns)
                if (c.get)
                    m_query.bindValue(i++, c.get(r));
            m_query.bindValue(i, actorId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(actorId));
            return tabledescription::exec(m_query);
        }

    private:
        const TableDescription &m_table;
        QSqlQuery m_query;
        bool m_prepared = false;
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
                        const QString &actorId) const
    {
        QStringList columns;
        QVariantList values;
        writtenOnUpdate(r, &columns, &values);
        return updateVersioned(db, m_table, columns, values, id, expectedVersion, now, actorId);
    }
    // Writes only the fields that differ between `before` and `after` (and the derived columns
    // when any did), while the row is still at `expectedVersion`. Nothing changed: nothing is
    // written, and true.
    Result<bool> updateChanged(Database &db, const QString &id, const Record &before, const Record &after,
                               qint64 expectedVersion, qint64 now, const QString &actorId) const
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
        return updateVersioned(db, m_table, columns, values, id, expectedVersion, now, actorId);
    }

private:
    QString m_table;
    std::vector<Column<Record>> m_columns;
};

// The columns repositories describe their tables with. `part` is the member of the record that
// holds the user's fields (its draft); `member` the field in it.
namespace columns {

// The record's own members: its id (Key), its stamps (Stamp). With `writtenOnInsert` false (the
// row version, which the table sets), only read.
template <typename Record, typename T>
Column<Record> own(const QString &name, ColumnRole role, T Record::*member, bool writtenOnInsert = true)
{
    Column<Record> c{name, role, nullptr, [member](Record &r, const QVariant &v) { r.*member = v.value<T>(); }};
    if (writtenOnInsert)
        c.get = [member](const Record &r) { return QVariant::fromValue(r.*member); };
    return c;
}

// A text field: '' for none, as the tables' NOT NULL DEFAULT '' columns want it.
template <typename Record, typename Part>
Column<Record> text(const QString &name, Part Record::*part, QString Part::*member)
{
    return {name, ColumnRole::Field,
            [part, member](const Record &r) {
                const QString &t = r.*part.*member;
                return t.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(t);
            },
            [part, member](Record &r, const QVariant &v) { r.*part.*member = v.toString(); }};
}

// A number (integer money in minor units, basis points, counts) or any type QVariant holds.
template <typename Record, typename Part, typename T>
Column<Record> value(const QString &name, Part Record::*part, T Part::*member)
{
    return {name, ColumnRole::Field, [part, member](const Record &r) { return QVariant::fromValue(r.*part.*member); },
            [part, member](Record &r, const QVariant &v) { r.*part.*member = v.value<T>(); }};
}

// A yes/no field, stored as 1 or 0.
template <typename Record, typename Part>
Column<Record> flag(const QString &name, Part Record::*part, bool Part::*member)
{
    return {name, ColumnRole::Field, [part, member](const Record &r) { return QVariant(r.*part.*member ? 1 : 0); },
            [part, member](Record &r, const QVariant &v) { r.*part.*member = v.toInt() != 0; }};
}

// Bytes (a picture, a file): NULL for none.
template <typename Record, typename Part>
Column<Record> bytes(const QString &name, Part Record::*part, QByteArray Part::*member)
{
    return {name, ColumnRole::Field,
            [part, member](const Record &r) {
                const QByteArray &b = r.*part.*member;
                return b.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(b);
            },
            [part, member](Record &r, const QVariant &v) { r.*part.*member = v.toByteArray(); }};
}

// A reference to another record that may be absent (a contact): NULL for none, read as empty.
template <typename Record, typename Part>
Column<Record> reference(const QString &name, Part Record::*part, QString Part::*member)
{
    return {name, ColumnRole::Field,
            [part, member](const Record &r) {
                const QString &id = r.*part.*member;
                return id.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(id);
            },
            [part, member](Record &r, const QVariant &v) { r.*part.*member = v.toString(); }};
}

// One of a fixed set of values, stored by its code (codeOf / fromCode of the value's type).
template <typename Record, typename Part, typename T>
Column<Record> code(const QString &name, Part Record::*part, T Part::*member)
{
    return {name, ColumnRole::Field, [part, member](const Record &r) { return QVariant(codeOf(r.*part.*member)); },
            [part, member](Record &r, const QVariant &v) { fromCode(v.toString(), &(r.*part.*member)); }};
}

// A value the SELECT takes from a joined table: `expression` as it stands in the SELECT list
// ("coalesce(p.name, '')"), read into the record's `member`, never written.
template <typename Record> Column<Record> joined(const QString &expression, QString Record::*member)
{
    return {expression, ColumnRole::Joined, nullptr,
            [member](Record &r, const QVariant &v) { r.*member = v.toString(); }};
}

// A column worked out from the record on every write (a sort key), never read back.
template <typename Record> Column<Record> derived(const QString &name, std::function<QVariant(const Record &)> of)
{
    return {name, ColumnRole::Derived, std::move(of), nullptr};
}

} // namespace columns

} // namespace guanxi
