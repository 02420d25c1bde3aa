// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tasks/TaskFields.h"

#include <QDateTime>

namespace guanxi {

namespace {

using F = RecordFields<TaskDraft>;

template <typename Number, Number TaskDraft::*Member> F::Field number(const QString &column, const char *label)
{
    return {column, label, [](const TaskDraft &d) { return QString::number(d.*Member); },
            [](TaskDraft *to, const TaskDraft &from) { to->*Member = from.*Member; },
            [](TaskDraft *to, const QVariant &v) {
                to->*Member = static_cast<Number>(v.toLongLong());
                return true;
            }};
}

F::Field kind()
{
    return {QStringLiteral("kind"), QT_TRANSLATE_NOOP("RecordFields", "Kind"),
            [](const TaskDraft &d) { return displayName(d.kind); },
            [](TaskDraft *to, const TaskDraft &from) { to->kind = from.kind; },
            [](TaskDraft *to, const QVariant &v) { return fromCode(v.toString(), &to->kind); }};
}

F::Field startsAt()
{
    return {QStringLiteral("starts_at"), QT_TRANSLATE_NOOP("RecordFields", "Starts"),
            [](const TaskDraft &d) {
                return d.startsAt
                    ? QDateTime::fromMSecsSinceEpoch(d.startsAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                    : QString();
            },
            [](TaskDraft *to, const TaskDraft &from) { to->startsAt = from.startsAt; },
            [](TaskDraft *to, const QVariant &v) {
                to->startsAt = v.isNull() ? 0 : v.toLongLong();
                return true;
            }};
}

} // namespace

const RecordFields<TaskDraft> &taskFields()
{
    static const RecordFields<TaskDraft> fields({
        kind(),
        F::text<&TaskDraft::title>(QStringLiteral("title"), QT_TRANSLATE_NOOP("RecordFields", "Title")),
        F::text<&TaskDraft::notes>(QStringLiteral("notes"), QT_TRANSLATE_NOOP("RecordFields", "Notes")),
        F::text<&TaskDraft::customerId>(QStringLiteral("customer_id"), QT_TRANSLATE_NOOP("RecordFields", "Customer")),
        F::text<&TaskDraft::contactId>(QStringLiteral("contact_id"), QT_TRANSLATE_NOOP("RecordFields", "Contact")),
        F::text<&TaskDraft::dueOn>(QStringLiteral("due_on"), QT_TRANSLATE_NOOP("RecordFields", "Due")),
        startsAt(),
        number<int, &TaskDraft::durationMin>(QStringLiteral("duration_min"),
                                             QT_TRANSLATE_NOOP("RecordFields", "Duration (minutes)")),
        number<int, &TaskDraft::remindBeforeMin>(QStringLiteral("remind_before_min"),
                                                 QT_TRANSLATE_NOOP("RecordFields", "Remind before (minutes)")),
        F::text<&TaskDraft::ownerId>(QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("RecordFields", "Owner")),
    });
    return fields;
}

} // namespace guanxi
