// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FieldConflictDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi {

namespace {
enum Column {
    FieldColumn,
    MineColumn,
    TheirsColumn,
    OriginalColumn,
    ColumnCount
};
} // namespace

FieldConflictDialog::FieldConflictDialog(const QString &colleague, const FieldMergeResult &merge, Label label,
                                         Display display, QWidget *parent)
    : QDialog(parent)
    , m_merge(merge)
{
    setObjectName(QStringLiteral("fieldConflictDialog"));
    setWindowTitle(tr("Changed by %1 at the same time").arg(colleague));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 saved this record while you were editing it and changed some of the same fields. "
                                "Choose for each field which value to keep; nothing is saved until you do.")
                                 .arg(colleague),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!merge.takenFromTheirs.isEmpty()) {
        QStringList names;
        for (const QString &f : merge.takenFromTheirs)
            names.append(label(f));
        auto *merged = new QLabel(
            tr("Kept from %1 without asking (you had not changed them): %2.").arg(colleague, names.join(tr(", "))),
            this);
        merged->setObjectName(QStringLiteral("mergedFields"));
        merged->setWordWrap(true);
        layout->addWidget(merged);
    }
    m_table = new QTableWidget(int(merge.conflicts.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Mine"), tr("%1's").arg(colleague), tr("Before both")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < merge.conflicts.size(); ++row) {
        const FieldConflict &c = merge.conflicts.at(row);
        m_table->setItem(row, FieldColumn, new QTableWidgetItem(label(c.field)));
        auto *group = new QButtonGroup(m_table);
        const auto choice = [&](int column, const QVariant &value, bool checked) {
            auto *button = new QRadioButton(display(c.field, value), m_table);
            button->setObjectName(QStringLiteral("choice_%1_%2").arg(row).arg(column));
            button->setChecked(checked);
            group->addButton(button, column);
            m_table->setCellWidget(row, column, button);
        };
        choice(MineColumn, c.mine, true);
        choice(TheirsColumn, c.theirs, false);
        auto *original = new QTableWidgetItem(display(c.field, c.original));
        original->setForeground(palette().color(QPalette::PlaceholderText));
        m_table->setItem(row, OriginalColumn, original);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 360);
}

void FieldConflictDialog::choose(int row, bool mine)
{
    if (auto *button = qobject_cast<QRadioButton *>(m_table->cellWidget(row, mine ? MineColumn : TheirsColumn)))
        button->setChecked(true);
}

QStringList FieldConflictDialog::keptMine() const
{
    QStringList fields;
    for (int row = 0; row < m_merge.conflicts.size(); ++row) {
        const auto *mine = qobject_cast<QRadioButton *>(m_table->cellWidget(row, MineColumn));
        if (mine && mine->isChecked())
            fields.append(m_merge.conflicts.at(row).field);
    }
    return fields;
}

QVariantMap FieldConflictDialog::resolved() const
{
    QVariantMap values = m_merge.merged;
    for (int row = 0; row < m_merge.conflicts.size(); ++row) {
        const FieldConflict &c = m_merge.conflicts.at(row);
        const auto *mine = qobject_cast<QRadioButton *>(m_table->cellWidget(row, MineColumn));
        values.insert(c.field, mine && mine->isChecked() ? c.mine : c.theirs);
    }
    return values;
}

} // namespace guanxi
