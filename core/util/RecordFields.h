// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/FieldMerge.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace guanxi {

// The fields of one kind of record (a contact, a lead, a deal, a quote, a task) as a user edits
// them, by the column the audit log names them with: what a merge of two edits compares field by
// field, what the history shows, and what it puts back. Each kind lists its fields once
// (ContactFields, LeadFields, …); this holds the shared work.
template <typename Draft> class RecordFields {
public:
    struct Field {
        QString column;
        const char *label = nullptr;                            // QT_TRANSLATE_NOOP("RecordFields", …)
        std::function<QString(const Draft &)> text;             // as a user reads it; what a merge compares
        std::function<void(Draft *, const Draft &)> copy;       // take this field from another draft
        std::function<bool(Draft *, const QVariant &)> restore; // a stored value put back (null: cannot)
    };

    // A text column held in a QString member.
    template <QString Draft::*Member> static Field text(const QString &column, const char *label)
    {
        return {column, label, [](const Draft &d) { return d.*Member; },
                [](Draft *to, const Draft &from) { to->*Member = from.*Member; },
                [](Draft *to, const QVariant &v) {
                    to->*Member = v.isNull() ? QString() : v.toString();
                    return true;
                }};
    }

    // `labelOf`, when given, names the fields instead of their `label`s (customers have their own).
    explicit RecordFields(QList<Field> fields, std::function<QString(const QString &)> labelOf = {})
        : m_fields(std::move(fields))
        , m_labelOf(std::move(labelOf))
    {
    }

    QStringList columns() const
    {
        QStringList out;
        for (const Field &f : m_fields)
            out.append(f.column);
        return out;
    }
    const Field *field(const QString &column) const
    {
        for (const Field &f : m_fields) {
            if (f.column == column)
                return &f;
        }
        return nullptr;
    }
    QString label(const QString &column) const
    {
        if (m_labelOf)
            return m_labelOf(column);
        const Field *f = field(column);
        return f && f->label ? QCoreApplication::translate("RecordFields", f->label) : column;
    }
    bool canRestore(const QString &column) const
    {
        const Field *f = field(column);
        return f && f->restore;
    }
    bool restore(Draft *d, const QString &column, const QVariant &stored) const
    {
        const Field *f = field(column);
        return f && f->restore && f->restore(d, stored);
    }
    QVariantMap toMap(const Draft &d) const
    {
        QVariantMap m;
        for (const Field &f : m_fields)
            m.insert(f.column, f.text(d));
        return m;
    }

    // Theirs, with my changes to the fields only I changed; `view` lists the conflicts.
    struct Merge {
        Draft merged;
        FieldMergeResult view;
    };
    Merge merge(const Draft &original, const Draft &mine, const Draft &theirs) const
    {
        Merge out{theirs, mergeFields(columns(), toMap(original), toMap(mine), toMap(theirs))};
        for (const Field &f : m_fields) {
            const bool conflict = std::any_of(out.view.conflicts.cbegin(), out.view.conflicts.cend(),
                                              [&f](const FieldConflict &c) { return c.field == f.column; });
            if (!conflict && !sameFieldValue(f.text(original), f.text(mine)))
                f.copy(&out.merged, mine);
        }
        return out;
    }
    // The merge with the user's choice: mine for each of `keepMine`, theirs for the other conflicts.
    Draft resolve(const Merge &m, const Draft &mine, const QStringList &keepMine) const
    {
        Draft d = m.merged;
        for (const QString &column : keepMine) {
            if (const Field *f = field(column))
                f->copy(&d, mine);
        }
        return d;
    }

private:
    QList<Field> m_fields;
    std::function<QString(const QString &)> m_labelOf;
};

} // namespace guanxi
