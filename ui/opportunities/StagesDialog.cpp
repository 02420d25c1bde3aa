// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/StagesDialog.h"

#include "core/opportunities/PipelineStages.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FormProblem.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi {

namespace {
enum Column {
    NameColumn,
    ProbabilityColumn,
    OutcomeColumn
};
enum Role {
    IdRole = Qt::UserRole + 1,
    VersionRole,
    OutcomeRole
};

QString outcomeText(StageOutcome outcome)
{
    switch (outcome) {
    case StageOutcome::Won:
        return StagesDialog::tr("won");
    case StageOutcome::Lost:
        return StagesDialog::tr("lost");
    case StageOutcome::Open:
        break;
    }
    return StagesDialog::tr("open");
}
} // namespace

StagesDialog::StagesDialog(const AppContext &ctx, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("stagesDialog"));
    setWindowTitle(tr("Sales stages"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Deals move through the open stages in this order and end as won or lost. The "
                                "probability is a new deal's default in the stage and weights the forecast."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("stagesTable"));
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Probability"), tr("Outcome")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    const auto button = [this, row](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        row->addWidget(b);
        return b;
    };
    connect(button(tr("&Add stage"), "addStage"), &QPushButton::clicked, this, &StagesDialog::addStage);
    connect(button(tr("&Remove"), "removeStage"), &QPushButton::clicked, this, &StagesDialog::removeStage);
    connect(button(tr("Move &up"), "stageUp"), &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(button(tr("Move &down"), "stageDown"), &QPushButton::clicked, this, [this] { moveStage(1); });
    row->addStretch();
    layout->addLayout(row);
    m_problem = new FormProblem(this, "stagesProblem");
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StagesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StagesDialog::reject);
    layout->addWidget(buttons);

    if (Result<Pipeline> p = PipelineStages(*ctx.db, *ctx.clock).load())
        for (const PipelineStage &s : p->stages())
            addRow(s.id, s.displayName(), s.probabilityPct, int(s.outcome), s.rowVersion);
    resize(520, 420);
}

void StagesDialog::addRow(const QString &id, const QString &name, int probability, int outcome, qint64 version)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setData(IdRole, id);
    nameItem->setData(VersionRole, version);
    nameItem->setData(OutcomeRole, outcome);
    m_table->setItem(row, NameColumn, nameItem);
    auto *spin = new QSpinBox(m_table);
    spin->setRange(0, 100);
    spin->setSuffix(QStringLiteral(" %"));
    spin->setValue(probability);
    spin->setEnabled(outcome == int(StageOutcome::Open)); // won is 100 %, lost 0 %
    m_table->setCellWidget(row, ProbabilityColumn, spin);
    auto *outcomeItem = new QTableWidgetItem(outcomeText(static_cast<StageOutcome>(outcome)));
    outcomeItem->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, OutcomeColumn, outcomeItem);
}

void StagesDialog::addStage()
{
    // A new open stage goes after the selected open stage, or before won and lost.
    int at = m_table->currentRow();
    int lastOpen = -1;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, NameColumn)->data(OutcomeRole).toInt() == int(StageOutcome::Open))
            lastOpen = r;
    at = (at < 0 || at > lastOpen) ? lastOpen : at;
    addRow({}, tr("New stage"), 50, int(StageOutcome::Open), 0);
    const int made = m_table->rowCount() - 1;
    for (int r = made; r > at + 1; --r) {
        m_table->setCurrentCell(r, 0);
        moveStage(-1);
    }
    m_table->setCurrentCell(at + 1, NameColumn);
    m_table->editItem(m_table->item(at + 1, NameColumn));
}

void StagesDialog::removeStage()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    if (m_table->item(row, NameColumn)->data(OutcomeRole).toInt() != int(StageOutcome::Open)) {
        m_problem->report(tr("The won and lost stages stay; rename them if you like."));
        return;
    }
    m_table->removeRow(row);
}

void StagesDialog::moveStage(int by)
{
    const int row = m_table->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    // Swap the two rows' contents, spin boxes included.
    auto *spinA = static_cast<QSpinBox *>(m_table->cellWidget(row, ProbabilityColumn));
    auto *spinB = static_cast<QSpinBox *>(m_table->cellWidget(to, ProbabilityColumn));
    const int valueA = spinA->value(), valueB = spinB->value();
    const bool enabledA = spinA->isEnabled(), enabledB = spinB->isEnabled();
    for (int c : {int(NameColumn), int(OutcomeColumn)}) {
        QTableWidgetItem *a = m_table->takeItem(row, c);
        QTableWidgetItem *b = m_table->takeItem(to, c);
        m_table->setItem(row, c, b);
        m_table->setItem(to, c, a);
    }
    spinA->setValue(valueB);
    spinA->setEnabled(enabledB);
    spinB->setValue(valueA);
    spinB->setEnabled(enabledA);
    m_table->setCurrentCell(to, NameColumn);
}

void StagesDialog::accept()
{
    QList<PipelineStage> stages;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *item = m_table->item(r, NameColumn);
        PipelineStage s;
        s.id = item->data(IdRole).toString();
        s.name = item->text();
        s.rowVersion = item->data(VersionRole).toLongLong();
        s.outcome = static_cast<StageOutcome>(item->data(OutcomeRole).toInt());
        s.probabilityPct = static_cast<QSpinBox *>(m_table->cellWidget(r, ProbabilityColumn))->value();
        stages.append(s);
    }
    Status saved = PipelineStages(*m_ctx.db, *m_ctx.clock).save(m_ctx.session, stages);
    if (!saved) {
        if (saved.error().code == ErrorCode::Invalid) {
            m_problem->report(saved.error().message);
        } else {
            showError(this, tr("The stages were not saved"), saved.error());
        }
        return;
    }
    QDialog::accept();
}

} // namespace guanxi
