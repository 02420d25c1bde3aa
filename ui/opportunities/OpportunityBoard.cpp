// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/OpportunityBoard.h"

#include "core/money/Money.h"
#include "models/opportunities/OpportunityCardsModel.h"
#include "ui/opportunities/OpportunityCardDelegate.h"

#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QVBoxLayout>

#include <map>

namespace guanxi {

OpportunityBoard::OpportunityBoard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("opportunityBoard"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_columnsHost = new QWidget(scroll);
    m_columnsLayout = new QHBoxLayout(m_columnsHost);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_columnsHost);
    outer->addWidget(scroll);
}

void OpportunityBoard::setPipeline(const Pipeline &pipeline)
{
    m_pipeline = pipeline;
    for (const Column &c : std::as_const(m_columns)) {
        c.header->parentWidget()->deleteLater();
    }
    m_columns.clear();
    auto *delegate = new OpportunityCardDelegate(this);
    for (const PipelineStage &stage : pipeline.stages()) {
        auto *box = new QWidget(m_columnsHost);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(2, 0, 2, 0);
        Column c;
        c.stageId = stage.id;
        c.header = new QLabel(box);
        c.header->setTextFormat(Qt::PlainText);
        c.header->setAlignment(Qt::AlignCenter);
        c.model = new OpportunityCardsModel(stage.id, box);
        c.view = new QListView(box);
        c.view->setObjectName(QStringLiteral("boardColumn_") + stage.id);
        c.view->setModel(c.model);
        c.view->setItemDelegate(delegate);
        c.view->setUniformItemSizes(true); // two thousand cards without measuring each
        c.view->setSelectionMode(QAbstractItemView::SingleSelection);
        c.view->setDragDropMode(QAbstractItemView::DragDrop);
        c.view->setDefaultDropAction(Qt::MoveAction);
        c.view->setDragEnabled(true);
        c.view->setAcceptDrops(true);
        c.view->setDropIndicatorShown(false);
        c.view->setMinimumWidth(190);
        c.view->setContextMenuPolicy(Qt::CustomContextMenu);
        c.view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        c.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        layout->addWidget(c.header);
        layout->addWidget(c.view, 1);
        m_columnsLayout->addWidget(box, 1);
        connect(c.model, &OpportunityCardsModel::moveRequested, this, &OpportunityBoard::moveRequested);
        connect(c.view, &QListView::doubleClicked, this, [this, model = c.model](const QModelIndex &index) {
            if (const Opportunity *o = model->cardAt(index.row()))
                emit openRequested(o->id);
        });
        connect(c.view, &QListView::activated, this, [this, model = c.model](const QModelIndex &index) {
            if (const Opportunity *o = model->cardAt(index.row()))
                emit openRequested(o->id);
        });
        m_columns.append(c);
        connect(c.view, &QWidget::customContextMenuRequested, this,
                [this, i = m_columns.size() - 1](const QPoint &at) { showMenu(m_columns.at(i), at); });
        // One selected card on the whole board.
        connect(c.view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, view = c.view] {
            for (const Column &other : std::as_const(m_columns))
                if (other.view != view)
                    other.view->clearSelection();
        });
        updateHeader(c);
    }
}

void OpportunityBoard::setCards(const QList<Opportunity> &cards)
{
    const QString selected = currentOpportunityId();
    QHash<QString, QList<Opportunity>> byStage;
    for (const Opportunity &o : cards)
        byStage[o.stage].append(o);
    for (const Column &c : std::as_const(m_columns)) {
        c.model->setCards(byStage.take(c.stageId));
        updateHeader(c);
    }
    if (!selected.isEmpty())
        select(selected);
}

void OpportunityBoard::updateHeader(const Column &c)
{
    const PipelineStage *stage = m_pipeline.find(c.stageId);
    // Sums per currency: a board may hold deals in more than one.
    std::map<QString, qint64> sums;
    for (int r = 0; r < c.model->rowCount(); ++r)
        sums[c.model->cardAt(r)->currency] += c.model->cardAt(r)->amountMinor;
    QStringList amounts;
    for (const auto &[currency, minor] : sums)
        amounts.append(MoneyText::formatWithSymbol({minor, currency}));
    c.header->setText(tr("%1 (%2)\n%3")
                          .arg(stage ? stage->displayName() : c.stageId, QLocale().toString(c.model->rowCount()),
                               amounts.isEmpty() ? QStringLiteral("—") : amounts.join(QStringLiteral(" + "))));
}

QString OpportunityBoard::currentOpportunityId() const
{
    for (const Column &c : m_columns) {
        const QModelIndexList picked = c.view->selectionModel()->selectedIndexes();
        if (!picked.isEmpty())
            if (const Opportunity *o = c.model->cardAt(picked.first().row()))
                return o->id;
    }
    return {};
}

void OpportunityBoard::select(const QString &opportunityId)
{
    for (const Column &c : std::as_const(m_columns)) {
        const int row = c.model->rowOf(opportunityId);
        if (row >= 0) {
            c.view->setCurrentIndex(c.model->index(row));
            c.view->scrollTo(c.model->index(row));
        } else {
            c.view->clearSelection();
        }
    }
}

OpportunityCardsModel *OpportunityBoard::column(const QString &stageId) const
{
    for (const Column &c : m_columns)
        if (c.stageId == stageId)
            return c.model;
    return nullptr;
}

QListView *OpportunityBoard::columnView(const QString &stageId) const
{
    for (const Column &c : m_columns)
        if (c.stageId == stageId)
            return c.view;
    return nullptr;
}

void OpportunityBoard::showMenu(const Column &column, const QPoint &at)
{
    const QModelIndex index =
        column.view->indexAt(at).isValid() ? column.view->indexAt(at) : column.view->currentIndex();
    const Opportunity *o = index.isValid() ? column.model->cardAt(index.row()) : nullptr;
    if (!o)
        return;
    const QString id = o->id;
    const qint64 version = o->rowVersion;
    QMenu menu(this);
    menu.addAction(tr("&Open…"), this, [this, id] { emit openRequested(id); });
    QMenu *move = menu.addMenu(tr("&Move to"));
    for (const PipelineStage &s : m_pipeline.stages()) {
        QAction *a = move->addAction(s.displayName(), this,
                                     [this, id, version, stage = s.id] { emit moveRequested(id, version, stage); });
        a->setEnabled(s.id != column.stageId);
    }
    menu.exec(column.view->viewport()->mapToGlobal(at));
}

} // namespace guanxi
