// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/GlobalSearch.h"

#include "core/search/SearchService.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace guanxi {

namespace {

enum Role {
    KindRole = Qt::UserRole + 1,
    IdRole,
    CustomerRole
};

QString kindLabel(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Customer:
        return GlobalSearch::tr("Customer");
    case SearchKind::Contact:
        return GlobalSearch::tr("Contact");
    case SearchKind::Lead:
        return GlobalSearch::tr("Lead");
    }
    return {};
}

} // namespace

GlobalSearch::GlobalSearch(const AppContext &ctx, QLineEdit *box, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_box(box)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(this))
{
    m_completer->setModel(m_model);
    // The service has already matched and ranked: show its rows as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(kShown);
    m_completer->setWidget(box);
    m_completer->popup()->setObjectName(QStringLiteral("globalSearchResults"));
    connect(box, &QLineEdit::textEdited, this, &GlobalSearch::update);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.row()); });
    // Enter opens the highlighted result, or the best one.
    connect(box, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = m_completer->popup()->currentIndex();
        choose(current.isValid() ? current.row() : 0);
    });
}

void GlobalSearch::update(const QString &text)
{
    m_model->clear();
    Result<QList<SearchHit>> hits = SearchService(*m_ctx.db).search(m_ctx.session, text, kShown);
    if (!hits || hits->isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    for (const SearchHit &h : *hits) {
        // Beside the name what tells two 王伟 apart: where, whose, which phone.
        QStringList about;
        for (const QString &part : {h.detail, h.ownerName.isEmpty() ? tr("public pool") : h.ownerName, h.phone})
            if (!part.isEmpty())
                about.append(part);
        const QString label =
            QStringLiteral("%1 · %2 — %3").arg(kindLabel(h.kind), h.name, about.join(QStringLiteral(" · ")));
        auto *item = new QStandardItem(label);
        item->setToolTip(label);
        item->setData(static_cast<int>(h.kind), KindRole);
        item->setData(h.id, IdRole);
        item->setData(h.customerId, CustomerRole);
        m_model->appendRow(item);
    }
    m_completer->complete();
}

void GlobalSearch::choose(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    const auto kind = static_cast<SearchKind>(index.data(KindRole).toInt());
    const QString id = index.data(IdRole).toString();
    const QString customerId = index.data(CustomerRole).toString();
    // Chosen once: the list empties, so a key press that both activates the drop-down and
    // reaches the box does not open the record twice.
    m_completer->popup()->hide();
    m_model->clear();
    if (kind == SearchKind::Lead)
        emit leadChosen(id);
    else if (!customerId.isEmpty())
        emit customerChosen(customerId, kind);
}

QStringList GlobalSearch::results() const
{
    QStringList out;
    for (int r = 0; r < m_model->rowCount(); ++r)
        out.append(m_model->item(r)->text());
    return out;
}

} // namespace guanxi
