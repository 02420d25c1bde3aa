// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/PrintLogDialog.h"

#include "core/i18n/DateTimeText.h"
#include "core/printing/DocumentPrinter.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace guanxi {

PrintLogDialog::PrintLogDialog(const AppContext &ctx, const QStringList &documentIds, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("printLogDialog"));
    setWindowTitle(tr("Print log"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("printLog"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Document"), tr("How"), tr("Where")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QList<DocumentPrinter::LogEntry> all;
    DocumentPrinter printer(*ctx.db, *ctx.clock);
    for (const QString &id : documentIds)
        if (Result<QList<DocumentPrinter::LogEntry>> entries = printer.logFor(id))
            all += *entries;
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.printedAt > b.printedAt; });
    for (const DocumentPrinter::LogEntry &e : std::as_const(all)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString how =
            e.action == QLatin1String("pdf") ? tr("saved as PDF") : tr("printed, %n cop(ies)", nullptr, e.copies);
        const QString what =
            e.variant == QLatin1String("warehouse") ? tr("%1 (warehouse copy)").arg(e.documentNo) : e.documentNo;
        const QStringList cells = {DateTimeText::dateTimeOfMs(e.printedAt), e.printedBy, what, how, e.target};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 360);
}

int PrintLogDialog::entries() const
{
    return m_table->rowCount();
}

} // namespace guanxi
