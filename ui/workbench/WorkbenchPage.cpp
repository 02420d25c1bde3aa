// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workbench/WorkbenchPage.h"

#include "core/i18n/DateTimeText.h"
#include "core/money/Money.h"
#include "core/quotes/QuoteService.h"
#include "core/tasks/TaskService.h"
#include "core/timeline/TimelineService.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"
#include "core/util/LocalDays.h"
#include "core/workbench/WorkbenchService.h"
#include "models/workbench/WorkListModel.h"
#include "ui/calendar/CalendarView.h"
#include "ui/common/ErrorBox.h"
#include "ui/customers/CustomerCardDialog.h"
#include "ui/workbench/LogCallDialog.h"
#include "ui/workbench/PanelLayoutDialog.h"
#include "ui/workbench/TaskDialog.h"
#include "ui/workbench/TeamView.h"
#include "ui/workbench/WorkbenchPanel.h"
#include "ui/workbench/WorkbenchSettingsDialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace guanxi {

namespace {

constexpr int kPanelLines = 50;      // read per panel; the panel shows about six at a time
constexpr int kFullListLines = 2000; // the "All…" window
constexpr int kColumns = 2;

QString layoutKey(const Session &s)
{
    return QStringLiteral("workbench/%1/panels").arg(s.userId);
}

} // namespace

WorkbenchPage::WorkbenchPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_greeting(new QLabel(this))
    , m_quotaText(new QLabel(this))
    , m_quota(new QProgressBar(this))
    , m_agendaSpan(new QComboBox(this))
    , m_grid(new QWidget(this))
    , m_gridLayout(new QGridLayout(m_grid))
{
    setObjectName(QStringLiteral("workbenchPage"));
    auto *outer = new QVBoxLayout(this);

    // The top: the day over this month's quota, and the quick actions beside them (two lines on the
    // left, so that the whole fits a 1024-pixel screen in every language).
    auto *top = new QHBoxLayout;
    auto *day = new QVBoxLayout;
    day->setSpacing(2);
    m_greeting->setObjectName(QStringLiteral("workbenchGreeting"));
    m_greeting->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    day->addWidget(m_greeting);
    auto *quota = new QHBoxLayout;
    m_quotaText->setObjectName(QStringLiteral("workbenchQuota"));
    quota->addWidget(m_quotaText);
    m_quota->setObjectName(QStringLiteral("workbenchQuotaBar"));
    m_quota->setRange(0, 100);
    m_quota->setMaximumWidth(160);
    m_quota->setTextVisible(true);
    quota->addWidget(m_quota);
    quota->addStretch();
    day->addLayout(quota);
    top->addLayout(day);
    top->addStretch();
    const auto button = [&](const QString &text, const char *name, const QString &tip, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        top->addWidget(b);
        return b;
    };
    button(tr("New &task…"), "newTask", tr("A to-do, call, visit or meeting (Ctrl+T)"), &WorkbenchPage::newTask);
    button(tr("&Log a call…"), "logCall", tr("Log a touch point with a customer (Ctrl+L)"), &WorkbenchPage::logCall);
    button(tr("&Panels…"), "customizePanels", tr("Show, hide and reorder the panels"), &WorkbenchPage::customizePanels);
    button(tr("&Reminders and rules…"), "workbenchSettings",
           tr("Which reminders, when; when a customer counts as dormant"), &WorkbenchPage::editSettings);
    button(tr("Re&fresh"), "refreshWorkbench", tr("Read everything again (F5)"), &WorkbenchPage::reload)
        ->setShortcut(QKeySequence::Refresh);
    outer->addLayout(top);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("workbenchScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_gridLayout->setSpacing(10);
    scroll->setWidget(m_grid);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workbenchTabs"));
    m_tabs->addTab(scroll, tr("My day"));
    if (AccessPolicy(ctx.session).leadsTeam()) {
        m_team = new TeamView(ctx, m_tabs);
        m_tabs->addTab(m_team, tr("My team"));
        // A manager's morning starts with the team; their own day is one click away.
        m_tabs->setCurrentIndex(1);
    }
    // The calendar of one's calls, visits and meetings, read when first looked at.
    m_calendar = new CalendarView(ctx, m_tabs);
    m_tabs->addTab(m_calendar, tr("Calendar"));
    connect(m_calendar, &CalendarView::statusMessage, this, &WorkbenchPage::statusMessage);
    // The calendar says what it planned itself; the panels and reminders follow.
    connect(m_calendar, &CalendarView::changed, this, [this] {
        emit remindersMayHaveChanged();
        reload();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) {
        if (m_tabs->currentWidget() == m_team)
            m_team->reload();
        else if (m_tabs->currentWidget() == m_calendar)
            m_calendar->reload();
    });
    outer->addWidget(m_tabs, 1);

    // A service per call: the database may be replaced by a restore while the page lives.
    const auto wb = [this] { return WorkbenchService(*m_ctx.db, *m_ctx.clock); };
    // Price approvals first: a quote waits for someone's answer while it sits there.
    addPanel(QStringLiteral("approvals"), tr("Price approvals"),
             QuoteService::mayApprove(ctx.session) ? tr("No quote waits for your approval.")
                                                   : tr("No approval asked for or answered this week."),
             [this, wb](int n) { return wb().approvals(m_ctx.session, n); });
    addPanel(QStringLiteral("followups"), tr("Follow-ups due"), tr("No follow-up due today or tomorrow."),
             [this, wb](int n) { return wb().followUps(m_ctx.session, n); });
    addPanel(QStringLiteral("tasks"), tr("To-do"), tr("Nothing left to do. Ctrl+T adds a task."),
             [this, wb](int n) { return wb().openTasks(m_ctx.session, n); });
    addPanel(QStringLiteral("agenda"), tr("Agenda"), tr("No calls, visits or meetings planned."),
             [this](int n) { return agenda(n); });
    addPanel(QStringLiteral("receivables"), tr("Receivables due"), tr("No money due this week."),
             [this, wb](int n) { return wb().receivablesDue(m_ctx.session, n); });
    addPanel(QStringLiteral("commitments"), tr("Commitments"), tr("No promise coming due."),
             [this, wb](int n) { return wb().commitmentsDue(m_ctx.session, n); });
    addPanel(QStringLiteral("closing"), tr("Deals closing this month"),
             tr("No open deal is expected to close this month."),
             [this, wb](int n) { return wb().closingThisMonth(m_ctx.session, n); });
    addPanel(QStringLiteral("care"), tr("Birthdays and care days"), tr("No birthday or care day this week."),
             [this, wb](int n) { return wb().careDays(m_ctx.session, n); });
    addPanel(QStringLiteral("dormant"), tr("Dormant customers"), tr("Every customer has heard from you lately."),
             [this, wb](int n) { return wb().dormantCustomers(m_ctx.session, n); });
    addPanel(QStringLiteral("atrisk"), tr("Churn risk"), tr("No customer is buying much later than usual."),
             [this, wb](int n) { return wb().atRisk(m_ctx.session, n); });

    m_agendaSpan->setObjectName(QStringLiteral("agendaSpan"));
    m_agendaSpan->addItem(tr("Today"), 1);
    m_agendaSpan->addItem(tr("This week"), 7);
    m_agendaSpan->setCurrentIndex(1);
    m_panels.value(QStringLiteral("agenda"))->addHeaderWidget(m_agendaSpan);
    connect(m_agendaSpan, &QComboBox::currentIndexChanged, this, [this] {
        Result<WorkList> l = agenda(kPanelLines);
        if (l)
            m_panels.value(QStringLiteral("agenda"))->setList(*l);
    });
    restoreLayout();
    layoutPanels();
}

void WorkbenchPage::addPanel(const QString &id, const QString &title, const QString &emptyText, Loader loader)
{
    auto *p = new WorkbenchPanel(id, title, m_grid);
    p->setEmptyText(emptyText);
    p->setMenuFiller([this](QMenu *menu, const WorkItem &item) { fillMenu(menu, item); });
    connect(p, &WorkbenchPanel::itemActivated, this, &WorkbenchPage::activate);
    connect(p, &WorkbenchPanel::showAllRequested, this, [this, id] { showAll(id); });
    m_panels.insert(id, p);
    m_loaders.insert(id, loader);
    m_order.append(id);
}

void WorkbenchPage::restoreLayout()
{
    // Stored as the ids in order, a hidden one with a leading '-'; panels added in a later version
    // (not in the list yet) come last, shown.
    const QStringList stored = QSettings().value(layoutKey(m_ctx.session)).toStringList();
    QStringList order;
    m_hidden.clear();
    for (QString id : stored) {
        const bool hidden = id.startsWith(QLatin1Char('-'));
        if (hidden)
            id.remove(0, 1);
        if (!m_panels.contains(id) || order.contains(id))
            continue;
        order.append(id);
        if (hidden)
            m_hidden.append(id);
    }
    // A panel new to this user goes where it stands among the defaults (after the panels before it).
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        const QString &id = m_order.at(i);
        if (order.contains(id))
            continue;
        qsizetype at = 0;
        for (qsizetype j = i - 1; j >= 0; --j) {
            const qsizetype before = order.indexOf(m_order.at(j));
            if (before >= 0) {
                at = before + 1;
                break;
            }
        }
        order.insert(at, id);
    }
    m_order = order;
}

void WorkbenchPage::saveLayout()
{
    QStringList stored;
    for (const QString &id : std::as_const(m_order))
        stored.append(m_hidden.contains(id) ? QLatin1Char('-') + id : id);
    QSettings().setValue(layoutKey(m_ctx.session), stored);
}

void WorkbenchPage::layoutPanels()
{
    for (WorkbenchPanel *p : std::as_const(m_panels))
        m_gridLayout->removeWidget(p);
    int at = 0;
    for (const QString &id : std::as_const(m_order)) {
        WorkbenchPanel *p = m_panels.value(id);
        const bool shown = !m_hidden.contains(id);
        p->setVisible(shown);
        if (shown) {
            m_gridLayout->addWidget(p, at / kColumns, at % kColumns);
            ++at;
        }
    }
    for (int r = 0; r < m_gridLayout->rowCount(); ++r)
        m_gridLayout->setRowStretch(r, 0);
    m_gridLayout->setRowStretch((at + kColumns - 1) / kColumns, 1);
}

Result<WorkList> WorkbenchPage::agenda(int limit)
{
    const QDate today = localdays::today(*m_ctx.clock);
    const int days = m_agendaSpan->currentData().toInt();
    Result<QList<Task>> tasks =
        TaskService(*m_ctx.db, *m_ctx.clock).agenda(m_ctx.session, today, today.addDays(days - 1));
    if (!tasks)
        return tasks.error();
    WorkList out;
    for (const Task &t : *tasks) {
        if (t.fields.startsAt == 0)
            continue; // the agenda holds appointments; dated to-dos are in the to-do panel
        ++out.total;
        if (out.items.size() >= limit)
            continue;
        WorkItem it = workItemOf(t, today);
        if (t.isDone())
            it.detail = tr("%1, done").arg(it.detail);
        out.items.append(it);
    }
    return out;
}

void WorkbenchPage::reload()
{
    const QDate today = localdays::today(*m_ctx.clock);
    m_greeting->setText(tr("Today, %1").arg(DateTimeText::weekdayAndDay(today)));
    for (const QString &id : std::as_const(m_order)) {
        if (m_hidden.contains(id))
            continue; // a hidden panel costs nothing
        Result<WorkList> l = m_loaders.value(id)(kPanelLines);
        if (!l) {
            emit statusMessage(l.error().message);
            continue;
        }
        m_panels.value(id)->setList(*l);
        if (id == QLatin1String("approvals") && m_team && !m_shownOnce && l->total > 0
            && QuoteService::mayApprove(m_ctx.session))
            m_tabs->setCurrentIndex(0); // a manager with quotes to approve starts on their own day
    }
    m_shownOnce = true;
    Result<QuotaAttainment> q = WorkbenchService(*m_ctx.db, *m_ctx.clock).quotaThisMonth(m_ctx.session);
    if (q && q->quotaMinor > 0) {
        m_quotaText->setText(tr("Quota this month: %1 of %2")
                                 .arg(MoneyText::formatWithSymbol({q->wonMinor, QStringLiteral("CNY")}),
                                      MoneyText::formatWithSymbol({q->quotaMinor, QStringLiteral("CNY")})));
        m_quota->setValue(qBound(0, int(q->percent()), 100));
        m_quota->setFormat(tr("%1 %").arg(QLocale().toString(q->percent(), 'f', 1)));
        m_quota->show();
    } else {
        m_quotaText->setText(q ? tr("Won this month: %1 (no quota set)")
                                     .arg(MoneyText::formatWithSymbol({q->wonMinor, QStringLiteral("CNY")}))
                               : QString());
        m_quota->hide();
    }
    if (m_team && m_tabs->currentWidget() == m_team)
        m_team->reload();
    else if (m_tabs->currentWidget() == m_calendar)
        m_calendar->reload();
}

void WorkbenchPage::showOwnDay()
{
    m_tabs->setCurrentIndex(0);
}

void WorkbenchPage::showCalendar()
{
    m_tabs->setCurrentWidget(m_calendar);
}

void WorkbenchPage::activate(const WorkItem &item)
{
    if (!item.leadId.isEmpty()) {
        emit openLead(item.leadId);
        return;
    }
    if (item.customerId.isEmpty()) {
        if (item.kind == WorkItemKind::Task)
            editTask(item);
        return;
    }
    if (item.kind == WorkItemKind::Approval) {
        emit openQuote(item.id);
        return;
    }
    int tab = CustomerCardDialog::ProfileTab;
    switch (item.kind) {
    case WorkItemKind::FollowUp:
    case WorkItemKind::Commitment:
    case WorkItemKind::Dormant:
    case WorkItemKind::AtRisk:
        tab = CustomerCardDialog::TimelineTabIndex;
        break;
    case WorkItemKind::Receivable:
    case WorkItemKind::Opportunity:
        tab = CustomerCardDialog::DealsTabIndex;
        break;
    case WorkItemKind::Birthday:
        tab = CustomerCardDialog::ContactsTabIndex;
        break;
    default:
        break;
    }
    emit openCustomer(item.customerId, tab);
}

void WorkbenchPage::fillMenu(QMenu *menu, const WorkItem &item)
{
    switch (item.kind) {
    case WorkItemKind::FollowUp:
    case WorkItemKind::Dormant:
    case WorkItemKind::AtRisk:
    case WorkItemKind::Birthday:
    case WorkItemKind::CareDay:
        menu->addAction(tr("&Log a call…"), this, [this, item] {
            LogCallDialog d(m_ctx, this);
            if (!item.leadId.isEmpty())
                d.setLead(item.leadId, item.customerName);
            else
                d.setCustomer(item.customerId, item.customerName);
            if (item.kind == WorkItemKind::FollowUp)
                d.setSubject(item.title);
            if (d.exec() == QDialog::Accepted)
                changed(tr("Logged."));
        });
        break;
    case WorkItemKind::Approval:
        menu->addAction(tr("&Open the quote…"), this, [this, item] { emit openQuote(item.id); });
        menu->addAction(tr("Open the &customer"), this,
                        [this, item] { emit openCustomer(item.customerId, CustomerCardDialog::DealsTabIndex); });
        break;
    case WorkItemKind::Task:
        menu->addAction(tr("&Done"), this, [this, item] { setTaskDone(item); });
        menu->addAction(tr("&Edit…"), this, [this, item] { editTask(item); });
        menu->addAction(tr("De&lete"), this, [this, item] {
            const Status s = TaskService(*m_ctx.db, *m_ctx.clock).remove(m_ctx.session, item.id, item.rowVersion);
            if (!s)
                showError(this, tr("The task was not deleted"), s.error());
            else
                changed(tr("Task deleted."));
        });
        break;
    case WorkItemKind::Commitment:
        for (const auto &[state, text] :
             {std::pair{CommitmentState::Kept, tr("&Kept")}, std::pair{CommitmentState::Cancelled, tr("&Cancelled")}}) {
            const CommitmentState st = state;
            menu->addAction(text, this, [this, item, st] {
                Result<Commitment> r = TimelineService(*m_ctx.db, *m_ctx.clock)
                                           .setCommitmentState(m_ctx.session, item.id, st, item.rowVersion);
                if (!r)
                    showError(this, tr("The commitment was not changed"), r.error());
                else
                    changed(tr("Commitment closed."));
            });
        }
        break;
    default:
        break;
    }
}

void WorkbenchPage::setTaskDone(const WorkItem &item)
{
    Result<Task> r = TaskService(*m_ctx.db, *m_ctx.clock).setDone(m_ctx.session, item.id, true, item.rowVersion);
    if (!r)
        showError(this, tr("The task was not marked done"), r.error());
    else
        changed(tr("Done: %1").arg(item.title));
}

void WorkbenchPage::editTask(const WorkItem &item)
{
    Result<Task> t = TaskService(*m_ctx.db, *m_ctx.clock).find(m_ctx.session, item.id);
    if (!t) {
        showError(this, tr("The task cannot be opened"), t.error());
        return;
    }
    TaskDialog d(m_ctx, this);
    d.setTask(*t);
    if (d.exec() == QDialog::Accepted)
        changed(tr("Task saved."));
}

void WorkbenchPage::changed(const QString &message)
{
    emit statusMessage(message);
    emit remindersMayHaveChanged();
    reload();
}

void WorkbenchPage::newTask()
{
    TaskDialog d(m_ctx, this);
    if (d.exec() == QDialog::Accepted)
        changed(tr("Task added: %1").arg(d.saved().fields.title));
}

void WorkbenchPage::logCall()
{
    LogCallDialog d(m_ctx, this);
    if (d.exec() == QDialog::Accepted)
        changed(tr("Logged."));
}

void WorkbenchPage::customizePanels()
{
    QList<PanelLayoutDialog::Entry> entries;
    for (const QString &id : std::as_const(m_order))
        entries.append({id, m_panels.value(id)->title(), !m_hidden.contains(id)});
    PanelLayoutDialog d(entries, this);
    if (d.exec() != QDialog::Accepted)
        return;
    m_order.clear();
    m_hidden.clear();
    for (const PanelLayoutDialog::Entry &e : d.entries()) {
        m_order.append(e.id);
        if (!e.visible)
            m_hidden.append(e.id);
    }
    saveLayout();
    layoutPanels();
    reload();
}

void WorkbenchPage::editSettings()
{
    WorkbenchSettingsDialog d(m_ctx, this);
    if (d.exec() == QDialog::Accepted)
        changed(tr("Settings saved."));
}

void WorkbenchPage::showAll(const QString &id)
{
    Result<WorkList> l = m_loaders.value(id)(kFullListLines);
    if (!l) {
        showError(this, tr("The list cannot be read"), l.error());
        return;
    }
    QDialog d(this);
    d.setObjectName(QStringLiteral("workbenchFullList"));
    d.setWindowTitle(m_panels.value(id)->title());
    auto *model = new WorkListModel(&d);
    model->setList(*l);
    auto *view = new QTableView(&d);
    view->setObjectName(QStringLiteral("fullList"));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    connect(view, &QTableView::activated, &d, [this, model, &d](const QModelIndex &index) {
        if (const WorkItem *item = model->itemAt(index.row())) {
            const WorkItem copy = *item;
            d.accept();
            activate(copy);
        }
    });
    auto *layout = new QVBoxLayout(&d);
    if (l->total > l->items.size())
        layout->addWidget(new QLabel(tr("The first %1 of %2.").arg(l->items.size()).arg(l->total), &d));
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &d);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    layout->addWidget(buttons);
    d.resize(820, 520);
    d.exec();
}

} // namespace guanxi
