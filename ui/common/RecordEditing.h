// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"
#include "core/users/UserRepository.h"
#include "core/util/RecordFields.h"
#include "core/util/Result.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FieldConflictDialog.h"
#include "ui/common/RecordHistoryView.h"

#include <QCoreApplication>

#include <functional>

namespace guanxi {

class Database;

// How a dialog reads and saves its kind of record (used by the dialogs of contacts, leads, deals,
// quotes and tasks; the customer card has its own, CustomerFields), for a save that lost the race to a colleague's
// and for putting back a value from the history.
template <typename Draft, typename Record> struct RecordAccess {
    const RecordFields<Draft> &fields;
    std::function<Result<Record>()> load; // as it is in the file now
    std::function<Draft(const Record &)> draftOf;
    std::function<qint64(const Record &)> versionOf;
    std::function<Result<Record>(const Draft &, qint64)> save; // versioned, through the service
};

// Who saved a record last, from its history (for "changed by 王芳 at the same time").
inline QString lastEditorOf(Database &db, const QString &id)
{
    Result<QList<AuditLog::Entry>> entries = AuditLog(db).forEntity(id);
    if (entries && !entries->isEmpty() && !entries->last().actorName.isEmpty())
        return entries->last().actorName;
    return QCoreApplication::translate("SaveWithMerge", "A colleague");
}

// Merges my edit into what a colleague saved first, field by field: fields only one side changed
// are taken as they are, fields both changed are decided in the FieldConflictDialog. Cancelled
// when the user backs out of it; a colleague who saves again meanwhile means one more round.
template <typename Draft, typename Record>
Result<Record> saveMerged(QWidget *parent, Database &db, const QString &id, const RecordAccess<Draft, Record> &how,
                          Draft original, const Draft &mine)
{
    for (int round = 0; round < 5; ++round) {
        Result<Record> theirs = how.load();
        if (!theirs)
            return theirs.error();
        const Draft current = how.draftOf(*theirs);
        const auto merge = how.fields.merge(original, mine, current);
        Draft resolved = merge.merged;
        if (!merge.view.clean()) {
            const QHash<QString, QString> names = UserRepository(db).displayNames().value();
            FieldConflictDialog dialog(
                lastEditorOf(db, id), merge.view, [&how](const QString &f) { return how.fields.label(f); },
                [&names](const QString &field, const QVariant &v) {
                    if (v.toString().isEmpty())
                        return QCoreApplication::translate("SaveWithMerge", "(empty)");
                    return field.endsWith(QLatin1String("owner_id")) ? names.value(v.toString(), v.toString())
                                                                     : v.toString();
                },
                parent);
            if (dialog.exec() != QDialog::Accepted)
                return Error{ErrorCode::Cancelled, {}, {}};
            resolved = how.fields.resolve(merge, mine, dialog.keptMine());
        }
        Result<Record> saved = how.save(resolved, how.versionOf(*theirs));
        if (saved || saved.error().code != ErrorCode::Conflict)
            return saved;
        original = current;
    }
    return Error{ErrorCode::Conflict,
                 QCoreApplication::translate("SaveWithMerge", "The record keeps changing; reload it and try again."),
                 {}};
}

// Puts one field back to an earlier value, through the service (its version checked).
template <typename Draft, typename Record>
Result<Record> putBack(const RecordAccess<Draft, Record> &how, const QString &column, const QVariant &value)
{
    Result<Record> current = how.load();
    if (!current)
        return current.error();
    Draft d = how.draftOf(*current);
    if (!how.fields.restore(&d, column, value))
        return Error{
            ErrorCode::Invalid, QCoreApplication::translate("SaveWithMerge", "This value cannot be put back."), {}};
    return how.save(d, how.versionOf(*current));
}

// The record's history in a dialog; a value put back from it is saved through the service and
// `reloaded` hears of the record as it now is.
template <typename Draft, typename Record>
void showHistory(QWidget *parent, Database &db, const QString &id, bool canEdit, const RecordAccess<Draft, Record> &how,
                 const std::function<void(const Record &)> &reloaded)
{
    RecordHistoryDialog dialog(db, RecordHistoryView::of(how.fields), id, canEdit, parent);
    QObject::connect(dialog.view(), &RecordHistoryView::putBackRequested, &dialog,
                     [&](const QString &column, const QVariant &value) {
                         Result<Record> r = putBack(how, column, value);
                         if (!r) {
                             showError(&dialog,
                                       QCoreApplication::translate("SaveWithMerge", "The value was not put back"),
                                       r.error());
                             return;
                         }
                         dialog.view()->reload();
                         reloaded(*r);
                     });
    dialog.exec();
}

} // namespace guanxi
