// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/FunnelPage.h"

#include "core/money/Money.h"
#include "core/opportunities/OpportunityService.h"
#include "core/quotas/QuotaService.h"
#include "core/users/AccessPolicy.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"
#include "models/opportunities/ForecastModel.h"
#include "models/opportunities/FunnelStageModel.h"
#include "models/opportunities/QuotaAttainmentModel.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/LoadWhenShown.h"
#include "ui/opportunities/FunnelCharts.h"
#include "ui/opportunities/OpportunityBoard.h"
#include "ui/opportunities/OpportunityDialog.h"
#include "ui/opportunities/QuotaDialog.h"
#include "ui/opportunities/StagesDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace guanxi {

namespace {

constexpr int kBoardLimit = 5000;
constexpr int kRecentlyDecidedDays = 90;
const QString kCurrency = QStringLiteral("CNY");

QTableView *figuresTable(QAbstractItemModel *model, const char *name, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(QLatin1String(name));
    t->setModel(model);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

QDate quarterStart(const QDate &d)
{
    return QDate(d.year(), 3 * ((d.month() - 1) / 3) + 1, 1);
}

} // namespace

FunnelPage::FunnelPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    m_whenShown = new LoadWhenShown(
        this, [this] { load(); }, LoadWhenShown::Reading::EveryTimeShown);
    setObjectName(QStringLiteral("funnelPage"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("funnelOwner"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("funnelDepartment"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("funnelPeriod"));
    m_period->addItem(tr("All dates"), AllTime);
    m_period->addItem(tr("This month"), ThisMonth);
    m_period->addItem(tr("This quarter"), ThisQuarter);
    m_period->addItem(tr("This year"), ThisYear);
    m_period->addItem(tr("Last month"), LastMonth);
    m_period->addItem(tr("Last quarter"), LastQuarter);
    m_period->addItem(tr("Next quarter"), NextQuarter);
    m_period->setToolTip(tr("Deals whose close date falls in the period: the day won or lost, or the expected date "
                            "while open"));
    filters->addWidget(new QLabel(tr("Owner:"), this));
    filters->addWidget(m_owner);
    m_departmentLabel = new QLabel(tr("Department:"), this);
    filters->addWidget(m_departmentLabel);
    filters->addWidget(m_department);
    filters->addWidget(new QLabel(tr("Closing:"), this));
    filters->addWidget(m_period);
    filters->addStretch();
    const auto button = [this, filters](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        filters->addWidget(b);
        return b;
    };
    QPushButton *add = button(tr("&New opportunity…"), "newOpportunity");
    QPushButton *stages = button(tr("S&tages…"), "editStages");
    QPushButton *quota = button(tr("&Quotas…"), "setQuota");
    const bool manages = AccessPolicy(ctx.session).leadsTeam();
    stages->setVisible(manages);
    quota->setVisible(manages);
    layout->addLayout(filters);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("funnelSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("funnelTabs"));
    auto *boardTab = new QWidget(m_tabs);
    auto *boardLayout = new QVBoxLayout(boardTab);
    m_board = new OpportunityBoard(boardTab);
    m_boardNote = new QLabel(boardTab);
    m_boardNote->setWordWrap(true);
    m_boardNote->setText(tr("Drag a card to another stage, or use its context menu. Double-click opens it."));
    boardLayout->addWidget(m_boardNote);
    boardLayout->addWidget(m_board, 1);
    m_tabs->addTab(boardTab, tr("&Board"));

    m_stageModel = new FunnelStageModel(this);
    m_forecastModel = new ForecastModel(this);
    m_quotaModel = new QuotaAttainmentModel(this);
    auto *analysis = new QWidget(m_tabs);
    auto *analysisLayout = new QVBoxLayout(analysis);
    m_charts = new FunnelCharts(m_stageModel, m_forecastModel, analysis);
    auto *split = new QSplitter(Qt::Vertical, analysis);
    split->addWidget(m_charts);
    auto *tables = new QWidget(split);
    auto *tablesLayout = new QHBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(figuresTable(m_stageModel, "funnelTable", tables), 3);
    tablesLayout->addWidget(figuresTable(m_forecastModel, "forecastTable", tables), 2);
    auto *quotaBox = new QWidget(tables);
    auto *quotaLayout = new QVBoxLayout(quotaBox);
    quotaLayout->setContentsMargins(0, 0, 0, 0);
    m_quotaTitle = new QLabel(quotaBox);
    quotaLayout->addWidget(m_quotaTitle);
    quotaLayout->addWidget(figuresTable(m_quotaModel, "quotaTable", quotaBox), 1);
    tablesLayout->addWidget(quotaBox, 2);
    split->addWidget(tables);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    analysisLayout->addWidget(split);
    m_tabs->addTab(analysis, tr("&Funnel and forecast"));
    layout->addWidget(m_tabs, 1);

    fillFilters();
    connect(add, &QPushButton::clicked, this, [this] { newOpportunity(); });
    connect(stages, &QPushButton::clicked, this, &FunnelPage::editStages);
    connect(quota, &QPushButton::clicked, this, &FunnelPage::setQuota);
    for (QComboBox *box : {m_owner, m_department, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &FunnelPage::reload);
    connect(m_board, &OpportunityBoard::moveRequested, this, &FunnelPage::moveOpportunity);
    connect(m_tabs, &QTabWidget::currentChanged, this, &FunnelPage::refreshVisibleTab);
    connect(m_board, &OpportunityBoard::openRequested, this, &FunnelPage::openOpportunity);
    reload();
}

void FunnelPage::fillFilters()
{
    const QSignalBlocker quietOwner(m_owner);
    const QSignalBlocker quietDepartment(m_department);
    m_owner->clear();
    m_department->clear();
    UserService users(*m_ctx.db, *m_ctx.clock);
    const Session &me = m_ctx.session;
    const AccessPolicy policy(me);
    if (policy.reach() == AccessPolicy::Reach::Own) {
        m_owner->addItem(me.displayName, me.userId);
        m_owner->setEnabled(false);
    } else {
        m_owner->addItem(policy.reach() == AccessPolicy::Reach::Everyone ? tr("Everyone")
                                                                         : tr("Everyone in my department"),
                         QString());
        if (Result<QList<User>> list = users.users())
            for (const User &u : *list)
                if (policy.reaches(u.id, u.departmentId))
                    m_owner->addItem(u.displayName, u.id);
    }
    if (policy.reach() == AccessPolicy::Reach::Everyone) {
        m_department->addItem(tr("All departments"), QString());
        if (Result<QList<Department>> list = users.departments())
            for (const Department &d : *list)
                m_department->addItem(d.name, d.id);
    } else {
        m_department->setVisible(false); // a manager's view is their department
        m_departmentLabel->setVisible(false);
    }
}

void FunnelPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(period));
}

OpportunityFilter FunnelPage::filter() const
{
    OpportunityFilter f;
    f.ownerId = m_owner->currentData().toString();
    f.departmentId = m_department->currentData().toString();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_ctx.clock->nowMs()).date();
    const QDate month(today.year(), today.month(), 1);
    QDate from, to;
    switch (static_cast<Period>(m_period->currentData().toInt())) {
    case AllTime:
        break;
    case ThisMonth:
        from = month;
        to = month.addMonths(1).addDays(-1);
        break;
    case ThisQuarter:
        from = quarterStart(today);
        to = from.addMonths(3).addDays(-1);
        break;
    case ThisYear:
        from = QDate(today.year(), 1, 1);
        to = QDate(today.year(), 12, 31);
        break;
    case LastMonth:
        from = month.addMonths(-1);
        to = month.addDays(-1);
        break;
    case LastQuarter:
        from = quarterStart(today).addMonths(-3);
        to = quarterStart(today).addDays(-1);
        break;
    case NextQuarter:
        from = quarterStart(today).addMonths(3);
        to = from.addMonths(3).addDays(-1);
        break;
    }
    if (from.isValid()) {
        f.from = from.toString(Qt::ISODate);
        f.to = to.toString(Qt::ISODate);
    }
    return f;
}

QString FunnelPage::quotaPeriod() const
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_ctx.clock->nowMs()).date();
    switch (static_cast<Period>(m_period->currentData().toInt())) {
    case ThisMonth:
        return QuotaPeriod::monthOf(today).key();
    case LastMonth:
        return QuotaPeriod::monthOf(today.addMonths(-1)).key();
    case LastQuarter:
        return QuotaPeriod::quarterOf(today.addMonths(-3)).key();
    case NextQuarter:
        return QuotaPeriod::quarterOf(today.addMonths(3)).key();
    default:
        return QuotaPeriod::quarterOf(today).key();
    }
}

void FunnelPage::reload()
{
    m_whenShown->request();
}

void FunnelPage::load()
{
    OpportunityService service(*m_ctx.db, *m_ctx.clock);
    Result<Pipeline> pipeline = service.pipeline();
    if (!pipeline) {
        showError(this, tr("The funnel cannot be shown"), pipeline.error());
        return;
    }
    if (m_board->column(pipeline->firstOpenStageId()) == nullptr || pipeline->stages().size() != m_report.stages.size())
        m_board->setPipeline(*pipeline);
    // The figures above both tabs; each tab's own content is read when it is shown.
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_ctx.clock->nowMs()).date();
    Result<FunnelReport> report = FunnelQuery(*m_ctx.db).run(m_ctx.session, *pipeline, filter(), kCurrency, today);
    if (!report) {
        showError(this, tr("The funnel cannot be shown"), report.error());
        return;
    }
    m_report = *report;
    QString summary = tr("Weighted forecast of open deals: %1 · Won: %2 (%n deal(s)) · Win rate of decided deals: %3 %",
                         nullptr, m_report.won)
                          .arg(MoneyText::formatWithSymbol({m_report.openWeightedMinor, kCurrency}),
                               MoneyText::formatWithSymbol({m_report.wonMinor, kCurrency}),
                               QLocale().toString(m_report.winRatePercent(), 'f', 1));
    if (m_report.otherCurrencyCount > 0)
        summary += QLatin1Char('\n')
            + tr("%n deal(s) in other currencies are on the board but not in these figures.", nullptr,
                 m_report.otherCurrencyCount);
    m_summary->setText(summary);
    m_boardStale = m_analysisStale = true;
    refreshVisibleTab();
}

void FunnelPage::refreshVisibleTab()
{
    if (m_tabs->currentIndex() == BoardTab && m_boardStale)
        loadBoard();
    else if (m_tabs->currentIndex() == AnalysisTab && m_analysisStale)
        loadAnalysis();
}

void FunnelPage::loadBoard()
{
    m_boardStale = false;
    // The board: every open deal of the selection, decided ones only within the period; without a
    // period the won and lost columns hold the last 90 days, not every deal ever decided.
    OpportunityFilter boardFilter = filter();
    boardFilter.openOnlyOutsidePeriod = true;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_ctx.clock->nowMs()).date();
    if (!boardFilter.hasPeriod())
        boardFilter.closedSince = today.addDays(-kRecentlyDecidedDays).toString(Qt::ISODate);
    Result<QList<Opportunity>> cards =
        OpportunityService(*m_ctx.db, *m_ctx.clock).cards(m_ctx.session, boardFilter, kBoardLimit);
    if (!cards) {
        showError(this, tr("The funnel cannot be shown"), cards.error());
        return;
    }
    m_board->setCards(*cards);
    QString note = tr("Drag a card to another stage, or use its context menu. Double-click opens it.");
    if (!filter().hasPeriod())
        note += QLatin1Char(' ')
            + tr("Won and lost: the last %1 days; choose a period for earlier ones.").arg(kRecentlyDecidedDays);
    if (cards->size() >= kBoardLimit)
        note = tr("The board shows the first %1 deals; narrow the filters to see the rest.")
                   .arg(QLocale().toString(kBoardLimit));
    m_boardNote->setText(note);
}

void FunnelPage::loadAnalysis()
{
    m_analysisStale = false;
    m_stageModel->setReport(m_report);
    m_forecastModel->setReport(m_report);
    const QString period = quotaPeriod();
    m_quotaTitle->setText(tr("Quota attainment, %1").arg(period));
    Result<QList<QuotaAttainment>> quotas =
        QuotaService(*m_ctx.db, *m_ctx.clock).attainment(m_ctx.session, period, filter().departmentId, kCurrency);
    m_quotaModel->setRows(quotas ? *quotas : QList<QuotaAttainment>(), kCurrency);
}

void FunnelPage::newOpportunity(const QString &customerId)
{
    OpportunityDialog dialog(m_ctx, {}, customerId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_board->select(dialog.opportunityId());
    emit statusMessage(tr("The opportunity was added."));
}

void FunnelPage::openOpportunity(const QString &id)
{
    OpportunityDialog dialog(m_ctx, id, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void FunnelPage::moveOpportunity(const QString &id, qint64 version, const QString &stageId)
{
    Result<Opportunity> moved =
        OpportunityService(*m_ctx.db, *m_ctx.clock).moveToStage(m_ctx.session, id, stageId, version);
    if (!moved)
        showError(this, tr("The opportunity was not moved"), moved.error());
    reload();
    if (moved) {
        m_board->select(id);
        QString stageName = stageId;
        for (const FunnelStageFigures &f : std::as_const(m_report.stages))
            if (f.stage.id == stageId)
                stageName = f.stage.displayName();
        emit statusMessage(tr("%1 moved to %2.").arg(moved->name, stageName));
    }
}

void FunnelPage::editStages()
{
    StagesDialog dialog(m_ctx, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Result<Pipeline> p = OpportunityService(*m_ctx.db, *m_ctx.clock).pipeline())
        m_board->setPipeline(*p);
    reload();
}

void FunnelPage::setQuota()
{
    QuotaDialog dialog(m_ctx, quotaPeriod(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace guanxi
