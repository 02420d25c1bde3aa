// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/ReportView.h"

#include "models/reports/ReportTableModel.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FileDialog.h"
#include "ui/reports/ReportChart.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace guanxi {

namespace {

// The chart as printed: drawn again at a size that suits a landscape page, whatever its size on
// screen (a hidden report has none).
QImage chartImage(const ReportTable &t)
{
    ReportChart chart(QStringLiteral("printedChart"));
    chart.resize(1400, 560);
    chart.draw(t);
    if (chart.drawnNames().isEmpty())
        return {};
    return chart.grab().toImage();
}

} // namespace

ReportView::ReportView(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_model(new ReportTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(objectName);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::EditRole);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_title->setWordWrap(true);
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(QStringLiteral("color: #4a5561;"));
    m_view->setObjectName(objectName + QStringLiteral("Table"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_sorted, &QSortFilterProxyModel::layoutChanged, this, &ReportView::redrawChart);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) {
        const QString id = i.data(ReportTableModel::IdRole).toString();
        if (!id.isEmpty())
            emit rowActivated(id);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    const auto button = [&](const QString &text, const char *name, void (ReportView::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(objectName + QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        top->addWidget(b);
    };
    button(tr("Export…"), "Export", &ReportView::exportAsked);
    button(tr("Print preview…"), "Preview", &ReportView::previewAsked);
    button(tr("PDF…"), "Pdf", &ReportView::pdfAsked);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notes);
}

void ReportView::setTable(ReportTable table)
{
    m_title->setText(table.subtitle.isEmpty() ? table.title : tr("%1 — %2").arg(table.title, table.subtitle));
    m_notes->setText(table.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!table.notes.isEmpty());
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the report's own order until the user sorts
    m_model->setTable(std::move(table));
    m_view->resizeColumnsToContents();
    redrawChart();
}

void ReportView::attachChart(ReportChart *chart)
{
    m_chart = chart;
    redrawChart();
}

void ReportView::redrawChart()
{
    if (m_chart)
        m_chart->draw(tableAsShown());
}

ReportTable ReportView::tableAsShown() const
{
    ReportTable shown = table();
    const int total = int(shown.rows.size());
    const int firstSummary = total - shown.summaryRows;
    QList<QVariantList> rows;
    QStringList ids;
    for (int r = 0; r < m_sorted->rowCount(); ++r) {
        const int source = m_sorted->mapToSource(m_sorted->index(r, 0)).row();
        if (source < 0 || source >= firstSummary)
            continue;
        rows.append(shown.rows.value(source));
        ids.append(shown.ids.value(source));
    }
    for (int source = qMax(0, firstSummary); source < total; ++source) {
        rows.append(shown.rows.value(source));
        ids.append(shown.ids.value(source));
    }
    shown.rows = rows;
    shown.ids = ids;
    return shown;
}

void ReportView::print(QPrinter *printer) const
{
    const ReportTable shown = tableAsShown();
    QTextDocument doc;
    const QImage chart = m_chart ? chartImage(shown) : QImage();
    if (!chart.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart")), chart);
    doc.setHtml(ReportExport::toHtml(shown, chart.isNull() ? QString() : QStringLiteral("chart")));
    doc.print(printer);
}

const ReportTable &ReportView::table() const
{
    return m_model->table();
}

QString ReportView::currentId() const
{
    return m_view->currentIndex().data(ReportTableModel::IdRole).toString();
}

Status ReportView::exportTo(const QString &path)
{
    return ReportExport::toFile(table(), path);
}

Status ReportView::printToPdf(const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    print(&printer);
    if (printer.printerState() == QPrinter::Error)
        return Error{ErrorCode::Storage, tr("The PDF could not be written to %1.").arg(path), {}};
    return {};
}

void ReportView::exportAsked()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export the report"),
                                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                         + QLatin1Char('/') + table().title + QStringLiteral(".xlsx"),
                                                     tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportTo(path); !s)
        showError(this, tr("The report was not exported"), s.error());
    else
        emit statusMessage(tr("Exported to %1.").arg(path));
}

void ReportView::previewAsked()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { print(p); });
    preview.exec();
}

void ReportView::pdfAsked()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Save the report as PDF"),
                                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                         + QLatin1Char('/') + table().title + QStringLiteral(".pdf"),
                                                     tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = printToPdf(path); !s)
        showError(this, tr("The PDF was not written"), s.error());
    else
        emit statusMessage(tr("Saved %1.").arg(path));
}

} // namespace guanxi
