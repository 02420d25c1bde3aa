// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/opportunities/Opportunity.h"
#include "core/opportunities/PipelineStage.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListView;

namespace guanxi {

class OpportunityCardsModel;

// The kanban board (看板): one column per stage, one card per opportunity. A card is dragged to
// another column, or moved with its context menu (also from the keyboard: the menu key); either
// way the board only asks (moveRequested) and the page makes the move through the service.
class OpportunityBoard : public QWidget {
    Q_OBJECT
public:
    explicit OpportunityBoard(QWidget *parent = nullptr);

    void setPipeline(const Pipeline &pipeline);
    // Deals whose stage has no column (a stage removed meanwhile) are not shown.
    void setCards(const QList<Opportunity> &cards);
    // The id of the selected card, if any.
    QString currentOpportunityId() const;
    void select(const QString &opportunityId);

    OpportunityCardsModel *column(const QString &stageId) const;
    QListView *columnView(const QString &stageId) const;

signals:
    void moveRequested(const QString &opportunityId, qint64 version, const QString &toStageId);
    void openRequested(const QString &opportunityId);

private:
    struct Column {
        QString stageId;
        QLabel *header;
        QListView *view;
        OpportunityCardsModel *model;
    };
    void showMenu(const Column &column, const QPoint &at);
    void updateHeader(const Column &column);

    QHBoxLayout *m_columnsLayout;
    QWidget *m_columnsHost;
    Pipeline m_pipeline;
    QList<Column> m_columns;
};

} // namespace guanxi
