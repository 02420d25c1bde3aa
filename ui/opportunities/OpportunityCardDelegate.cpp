// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/OpportunityCardDelegate.h"

#include "models/opportunities/OpportunityCardsModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace guanxi {

namespace {
constexpr int kMargin = 4;
constexpr int kPadding = 6;
} // namespace

QSize OpportunityCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    // Narrow: a list view in list mode stretches each item to its own width anyway.
    return {120, 3 * line + 2 * kPadding + 2 * kMargin + 4};
}

void OpportunityCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    painter->fillPath(path, selected ? pal.highlight().color().lighter(180) : pal.base().color());
    painter->setPen(QPen(selected ? pal.highlight().color() : pal.mid().color(), 1));
    painter->drawPath(path);

    const QRect text = card.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const int line = option.fontMetrics.height();
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    painter->setFont(bold);
    painter->setPen(pal.text().color());
    const QString amount = index.data(OpportunityCardsModel::AmountTextRole).toString();
    const int amountWidth = boldMetrics.horizontalAdvance(amount);
    QRect row(text.left(), text.top(), text.width(), line);
    painter->drawText(
        row.adjusted(0, 0, -amountWidth - kPadding, 0), Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(index.data().toString(), Qt::ElideRight, row.width() - amountWidth - kPadding));
    painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, amount);

    painter->setFont(option.font);
    row.translate(0, line + 2);
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(OpportunityCardsModel::CustomerRole).toString(),
                                                    Qt::ElideRight, row.width()));
    row.translate(0, line + 2);
    painter->setPen(pal.placeholderText().color());
    const QString close = index.data(OpportunityCardsModel::CloseDateRole).toString();
    painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, close);
    const QString owner = QStringLiteral("%1 · %2 %")
                              .arg(index.data(OpportunityCardsModel::OwnerRole).toString())
                              .arg(index.data(OpportunityCardsModel::ProbabilityRole).toInt());
    painter->drawText(row.adjusted(0, 0, -option.fontMetrics.horizontalAdvance(close) - kPadding, 0),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(
                          owner, Qt::ElideRight, row.width() - option.fontMetrics.horizontalAdvance(close) - kPadding));
    painter->restore();
}

} // namespace guanxi
