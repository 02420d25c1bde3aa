// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/RecordHistoryView.h"

#include "core/audit/AuditLog.h"
#include "core/audit/FieldHistory.h"
#include "core/i18n/DateTimeText.h"
#include "core/users/UserRepository.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi {

namespace {

enum Column {
    WhenColumn,
    WhoColumn,
    WhatColumn,
    FromColumn,
    ToColumn,
    ColumnCount
};
constexpr int kFieldRole = Qt::UserRole;
constexpr int kValueRole = Qt::UserRole + 1;

// What an entry that is not a field change did.
QString actionText(const QString &action)
{
    if (action == QLatin1String("merge"))
        return RecordHistoryView::tr("Merged with another record");
    if (action == QLatin1String("claim"))
        return RecordHistoryView::tr("Claimed from the public pool");
    if (action == QLatin1String("return_to_pool"))
        return RecordHistoryView::tr("Returned to the public pool");
    return action;
}

} // namespace

RecordHistoryView::RecordHistoryView(Database &db, Fields fields, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_fields(std::move(fields))
{
    setObjectName(QStringLiteral("historyTab"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("From"), tr("To")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    m_putBack = new QPushButton(tr("&Put the earlier value back"), this);
    m_putBack->setObjectName(QStringLiteral("putBackButton"));
    m_putBack->setEnabled(false);
    row->addStretch();
    row->addWidget(m_putBack);
    layout->addLayout(row);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int r = m_table->currentRow();
        m_putBack->setEnabled(m_canEdit && r >= 0
                              && !m_table->item(r, WhatColumn)->data(kFieldRole).toString().isEmpty());
    });
    connect(m_putBack, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r < 0)
            return;
        const QTableWidgetItem *what = m_table->item(r, WhatColumn);
        emit putBackRequested(what->data(kFieldRole).toString(), what->data(kValueRole));
    });
}

void RecordHistoryView::setRecord(const QString &id, bool canEdit)
{
    m_id = id;
    m_canEdit = canEdit;
    reload();
}

void RecordHistoryView::reload()
{
    m_table->setRowCount(0);
    m_putBack->setEnabled(false);
    if (m_id.isEmpty())
        return;
    Result<QList<AuditLog::Entry>> entries = AuditLog(m_db).forEntity(m_id);
    if (!entries)
        return;
    const QHash<QString, QString> names = UserRepository(m_db).displayNames().value();
    const auto add = [this](const AuditLog::Entry &e, const QString &what, const QString &from, const QString &to,
                            const QString &field, const QVariant &oldValue) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, WhenColumn, new QTableWidgetItem(DateTimeText::dateTimeOfMs(e.at)));
        m_table->setItem(r, WhoColumn, new QTableWidgetItem(e.actorName.isEmpty() ? tr("Guanxi") : e.actorName));
        auto *whatItem = new QTableWidgetItem(what);
        whatItem->setData(kFieldRole, field);
        whatItem->setData(kValueRole, oldValue);
        m_table->setItem(r, WhatColumn, whatItem);
        m_table->setItem(r, FromColumn, new QTableWidgetItem(from));
        m_table->setItem(r, ToColumn, new QTableWidgetItem(to));
    };
    // Newest first: what a user looks for is what just changed.
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        const AuditLog::Entry &e = *it;
        if (e.action != FieldHistory::kAction) {
            add(e, actionText(e.action), {}, {}, {}, {});
            continue;
        }
        for (const FieldHistory::Change &c : FieldHistory::changesOf(e.detail)) {
            if (m_fields.shows && !m_fields.shows(c.field))
                continue;
            // An owner or another person is shown by name.
            const auto shown = [&](const QVariant &v) {
                return c.field.endsWith(QLatin1String("owner_id")) && names.contains(v.toString())
                    ? names.value(v.toString())
                    : m_fields.display(c.field, v);
            };
            add(e, m_fields.label(c.field), shown(c.from), shown(c.to),
                m_fields.canRestore(c.field) ? c.field : QString(), c.from);
        }
    }
}

int RecordHistoryView::rowCount() const
{
    return m_table->rowCount();
}

void RecordHistoryView::selectRow(int row)
{
    m_table->selectRow(row);
}

RecordHistoryDialog::RecordHistoryDialog(Database &db, RecordHistoryView::Fields fields, const QString &id,
                                         bool canEdit, QWidget *parent)
    : QDialog(parent)
    , m_view(new RecordHistoryView(db, std::move(fields), this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_view->setRecord(id, canEdit);
    resize(720, 420);
}

} // namespace guanxi
