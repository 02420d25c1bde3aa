// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/MergeCustomersDialog.h"

#include "core/customers/CustomerMerge.h"
#include "ui/common/ErrorBox.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi {

MergeCustomersDialog::MergeCustomersDialog(const AppContext &ctx, const Customer &left, const Customer &right,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_left(left)
    , m_right(right)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge two customers"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Pick the value to keep in each row. The contacts, timeline, commitments, "
                                    "opportunities and orders of both records end up on the one that is kept; the "
                                    "other goes to the recycle bin."),
                                 this));
    const auto text = [](auto member) {
        return [member](CustomerDraft &d, const CustomerDraft &o) { d.*member = o.*member; };
    };
    const CustomerDraft &l = left.fields, &r = right.fields;
    m_fields = {
        {tr("Name"), l.name, r.name, text(&CustomerDraft::name)},
        {tr("Short name"), l.shortName, r.shortName, text(&CustomerDraft::shortName)},
        {tr("Type"), displayName(l.kind), displayName(r.kind), text(&CustomerDraft::kind)},
        {tr("Tier"), tierDisplayName(l.tier), tierDisplayName(r.tier), text(&CustomerDraft::tier)},
        {tr("Stage"), displayName(l.stage), displayName(r.stage), text(&CustomerDraft::stage)},
        {tr("Phone"), l.phone, r.phone, text(&CustomerDraft::phone)},
        {tr("E-mail"), l.email, r.email, text(&CustomerDraft::email)},
        {tr("Website"), l.website, r.website, text(&CustomerDraft::website)},
        {tr("Region"), l.region, r.region, text(&CustomerDraft::region)},
        {tr("City"), l.city, r.city, text(&CustomerDraft::city)},
        {tr("Address"), l.address, r.address, text(&CustomerDraft::address)},
        {tr("Industry"), l.industry, r.industry, text(&CustomerDraft::industry)},
        {tr("Source"), l.source, r.source, text(&CustomerDraft::source)},
        {tr("Owner"), left.ownerName, right.ownerName, text(&CustomerDraft::ownerId)},
        {tr("Notes"), l.notes, r.notes, text(&CustomerDraft::notes)},
    };
    m_table = new QTableWidget(static_cast<int>(m_fields.size()), 3, this);
    m_table->setObjectName(QStringLiteral("mergeFields"));
    m_table->setHorizontalHeaderLabels({tr("Field"), left.fields.name, right.fields.name});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int row = 0; row < m_fields.size(); ++row) {
        const Field &f = m_fields.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(f.label));
        auto *group = new QButtonGroup(m_table);
        for (int side = 0; side < 2; ++side) {
            auto *choice = new QRadioButton(side == 0 ? f.left : f.right, m_table);
            // Prefer a value over an empty one; on a tie, the left record's.
            choice->setChecked(side == 0 ? !f.left.isEmpty() || f.right.isEmpty()
                                         : f.left.isEmpty() && !f.right.isEmpty());
            group->addButton(choice, side);
            m_table->setCellWidget(row, side + 1, choice);
        }
    }
    layout->addWidget(m_table, 1);

    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(new QLabel(tr("Keep the record of:"), this));
    m_keep = new QButtonGroup(this);
    for (int side = 0; side < 2; ++side) {
        auto *b = new QRadioButton(side == 0 ? left.fields.name : right.fields.name, this);
        b->setChecked(side == 0);
        m_keep->addButton(b, side);
        keepRow->addWidget(b);
    }
    keepRow->addStretch();
    layout->addLayout(keepRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeCustomersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeCustomersDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

void MergeCustomersDialog::accept()
{
    const bool keepLeft = m_keep->checkedId() == 0;
    const Customer &survivor = keepLeft ? m_left : m_right;
    const Customer &other = keepLeft ? m_right : m_left;
    CustomerDraft chosen = survivor.fields;
    for (int row = 0; row < m_fields.size(); ++row) {
        auto *group = qobject_cast<QRadioButton *>(m_table->cellWidget(row, 1))->group();
        const bool wantLeft = group->checkedId() == 0;
        if (wantLeft != keepLeft)
            m_fields.at(row).takeFromOther(chosen, other.fields);
    }
    for (const QString &tag : other.fields.tags)
        if (!chosen.tags.contains(tag))
            chosen.tags.append(tag);
    Result<Customer> merged =
        CustomerMerge(*m_ctx.db, *m_ctx.clock)
            .merge(m_ctx.session, survivor.id, survivor.rowVersion, other.id, other.rowVersion, chosen);
    if (!merged) {
        showError(this, tr("The customers were not merged"), merged.error());
        return;
    }
    m_survivor = merged->id;
    QDialog::accept();
}

} // namespace guanxi
