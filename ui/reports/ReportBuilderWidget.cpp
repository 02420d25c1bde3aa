// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/ReportBuilderWidget.h"

#include "core/customers/Customer.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/MessageBox.h"
#include "ui/reports/PeriodPicker.h"
#include "ui/reports/ReportChart.h"
#include "ui/reports/ReportView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace guanxi {

ReportBuilderWidget::ReportBuilderWidget(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_rows(new QComboBox(this))
    , m_then(new QComboBox(this))
    , m_tier(new QComboBox(this))
    , m_region(new QLineEdit(this))
    , m_period(new PeriodPicker(*ctx.clock, PeriodPicker::Last12Months, this))
    , m_saved(new QComboBox(this))
    , m_table(new ReportView(QStringLiteral("builder"), this))
    , m_chart(new ReportChart(QStringLiteral("builderChart"), this))
{
    setObjectName(QStringLiteral("reportBuilder"));
    m_rows->setObjectName(QStringLiteral("builderRows"));
    m_then->setObjectName(QStringLiteral("builderThen"));
    m_then->addItem(tr("(nothing)"), QString());
    for (const QString &d : CustomReport::dimensionCodes()) {
        m_rows->addItem(CustomReport::dimensionName(d), d);
        m_then->addItem(CustomReport::dimensionName(d), d);
    }
    auto *measures = new QHBoxLayout;
    for (const QString &m : CustomReport::measureCodes()) {
        auto *box = new QCheckBox(CustomReport::measureName(m), this);
        box->setObjectName(QStringLiteral("builder_") + m);
        box->setProperty("code", m);
        box->setChecked(m == QLatin1String("orders") || m == QLatin1String("revenue"));
        m_measures << box;
        measures->addWidget(box);
    }
    measures->addStretch();
    m_tier->setObjectName(QStringLiteral("builderTier"));
    m_tier->addItem(tr("every tier"), -1);
    for (Tier t : {Tier::Normal, Tier::Important, Tier::Vip})
        m_tier->addItem(tierDisplayName(t), int(t));
    m_region->setObjectName(QStringLiteral("builderRegion"));
    m_region->setPlaceholderText(tr("every region (or part of a name, e.g. 浙江)"));
    m_saved->setObjectName(QStringLiteral("builderSaved"));

    auto *form = new QFormLayout;
    auto *by = new QHBoxLayout;
    by->addWidget(m_rows);
    by->addWidget(new QLabel(tr("then by"), this));
    by->addWidget(m_then);
    by->addStretch();
    form->addRow(tr("Group by"), by);
    form->addRow(tr("Show"), measures);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_tier);
    filters->addWidget(m_region, 1);
    form->addRow(tr("Only"), filters);
    auto *when = new QHBoxLayout;
    when->addWidget(m_period);
    when->addStretch();
    form->addRow(when);
    auto *buttons = new QHBoxLayout;
    auto *show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("builderRun"));
    auto *save = new QPushButton(tr("Save &as…"), this);
    save->setObjectName(QStringLiteral("builderSave"));
    auto *remove = new QPushButton(tr("&Delete"), this);
    remove->setObjectName(QStringLiteral("builderDelete"));
    buttons->addWidget(show);
    buttons->addWidget(save);
    buttons->addSpacing(24);
    buttons->addWidget(new QLabel(tr("My reports"), this));
    buttons->addWidget(m_saved, 1);
    buttons->addWidget(remove);
    form->addRow(buttons);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    m_table->attachChart(m_chart);
    split->setSizes({600, 380});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    connect(show, &QPushButton::clicked, this, &ReportBuilderWidget::run);
    connect(save, &QPushButton::clicked, this, &ReportBuilderWidget::askName);
    connect(remove, &QPushButton::clicked, this, &ReportBuilderWidget::deleteChosen);
    connect(m_saved, &QComboBox::activated, this, [this](int i) {
        if (i > 0 && i - 1 < m_savedReports.size()) {
            setSpec(m_savedReports[i - 1].spec);
            run();
        }
    });
    connect(m_table, &ReportView::statusMessage, this, &ReportBuilderWidget::statusMessage);
    reloadSaved();
}

CustomReportSpec ReportBuilderWidget::spec() const
{
    CustomReportSpec s;
    s.dimensions << m_rows->currentData().toString();
    if (!m_then->currentData().toString().isEmpty())
        s.dimensions << m_then->currentData().toString();
    for (QCheckBox *b : m_measures)
        if (b->isChecked())
            s.measures << b->property("code").toString();
    s.tier = m_tier->currentData().toInt();
    s.region = m_region->text();
    return s;
}

void ReportBuilderWidget::setSpec(const CustomReportSpec &s)
{
    m_rows->setCurrentIndex(m_rows->findData(s.dimensions.value(0)));
    m_then->setCurrentIndex(std::max(0, m_then->findData(s.dimensions.value(1))));
    for (QCheckBox *b : m_measures)
        b->setChecked(s.measures.contains(b->property("code").toString()));
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(s.tier)));
    m_region->setText(s.region);
}

void ReportBuilderWidget::run()
{
    CustomReportSpec s = spec();
    const int chosen = m_saved->currentIndex();
    if (chosen > 0 && chosen - 1 < m_savedReports.size())
        s.name = m_savedReports[chosen - 1].spec.name;
    Result<ReportTable> t = CustomReport::run(*m_ctx.db, m_ctx.session, s, m_period->from(), m_period->to());
    if (!t) {
        showError(this, tr("The report could not be made"), t.error());
        return;
    }
    m_table->setTable(std::move(*t)); // and so the chart
}

Result<SavedReport> ReportBuilderWidget::saveAs(const QString &name)
{
    CustomReportSpec s = spec();
    s.name = name;
    Result<SavedReport> r = CustomReport::save(*m_ctx.db, *m_ctx.clock, m_ctx.session, s);
    if (r) {
        reloadSaved();
        m_saved->setCurrentIndex(m_saved->findText(r->spec.name));
    }
    return r;
}

void ReportBuilderWidget::askName()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save the report"), tr("Name"), QLineEdit::Normal, m_saved->currentText(), &ok);
    if (!ok)
        return;
    Result<SavedReport> r = saveAs(name);
    if (!r)
        showError(this, tr("The report was not saved"), r.error());
    else
        emit statusMessage(tr("Saved \"%1\" among your reports.").arg(r->spec.name));
}

void ReportBuilderWidget::deleteChosen()
{
    const int i = m_saved->currentIndex();
    if (i <= 0 || i - 1 >= m_savedReports.size())
        return;
    if (MessageBox::question(this, tr("Delete report"),
                             tr("Delete the saved report \"%1\"?").arg(m_savedReports[i - 1].spec.name))
        != QMessageBox::Yes)
        return;
    if (Status s = CustomReport::remove(*m_ctx.db, *m_ctx.clock, m_ctx.session, m_savedReports[i - 1].id); !s)
        showError(this, tr("The report was not deleted"), s.error());
    reloadSaved();
}

void ReportBuilderWidget::reloadSaved()
{
    m_saved->clear();
    m_saved->addItem(tr("(a new report)"));
    Result<QList<SavedReport>> r = CustomReport::saved(*m_ctx.db, m_ctx.session);
    m_savedReports = r ? *r : QList<SavedReport>{};
    for (const SavedReport &s : m_savedReports)
        m_saved->addItem(s.spec.name);
}

} // namespace guanxi
