// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/opportunities/Opportunity.h"

#include <QAbstractListModel>

namespace guanxi {

// The cards of one column of the kanban board: the opportunities in one stage. A card can be
// dragged out (its id and version travel in the MIME data) and dropped on another column's model,
// which does not write anything itself: it asks, through moveRequested, for the move, which the
// board makes through OpportunityService.
class OpportunityCardsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        VersionRole,
        CustomerRole,
        AmountTextRole,
        OwnerRole,
        CloseDateRole,
        ProbabilityRole
    };
    static constexpr const char *kMimeType = "application/x-guanxi-opportunity";

    OpportunityCardsModel(const QString &stageId, QObject *parent = nullptr);

    QString stageId() const { return m_stageId; }
    void setCards(QList<Opportunity> cards);
    const Opportunity *cardAt(int row) const;
    int rowOf(const QString &opportunityId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The (id, version) pairs a drag carries.
    static QList<std::pair<QString, qint64>> decode(const QMimeData *data);

signals:
    void moveRequested(const QString &opportunityId, qint64 version, const QString &toStageId);

private:
    QString m_stageId;
    QList<Opportunity> m_cards;
};

} // namespace guanxi
