// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/CustomersPage.h"

#include "core/customers/CustomerListQuery.h"
#include "core/customers/CustomerService.h"
#include "core/customers/SmartLists.h"
#include "core/importexport/Exporter.h"
#include "core/pool/PublicPool.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"
#include "models/customers/CustomerListModel.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FileDialog.h"
#include "ui/common/LoadWhenShown.h"
#include "ui/common/MessageBox.h"
#include "ui/customers/CustomerCardDialog.h"
#include "ui/customers/DeleteCustomerCommand.h"
#include "ui/customers/MergeCustomersDialog.h"
#include "ui/customers/RecycleBinDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace guanxi {

namespace {
const QString kHeaderStateKey = QStringLiteral("customers/headerState");
}

CustomersPage::CustomersPage(const AppContext &ctx, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_undo(undoStack)
    , m_model(new CustomerListModel(*ctx.db, ctx.session, this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_industry(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_watch(new QTimer(this))
{
    setObjectName(QStringLiteral("customersPage"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto addButton = [&](const QString &text, const QString &name, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    addButton(tr("&New customer"), QStringLiteral("newCustomerButton"), &CustomersPage::newCustomer);
    addButton(tr("&Delete"), QStringLiteral("deleteCustomerButton"), &CustomersPage::deleteSelected);
    addButton(tr("Recycle &bin"), QStringLiteral("recycleBinButton"), &CustomersPage::showRecycleBin);
    addButton(tr("C&laim"), QStringLiteral("claimButton"), &CustomersPage::claimSelected)
        ->setToolTip(tr("Take the selected customer from the public pool (公海)"));
    addButton(tr("&Merge…"), QStringLiteral("mergeButton"), &CustomersPage::mergeSelected)
        ->setToolTip(tr("Join two selected records of the same customer"));
    bar->addSpacing(12);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Filter by name, phone or e-mail"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 2);
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_tier->addItem(tr("All tiers"), -1);
    for (Tier t : {Tier::Vip, Tier::Important, Tier::Normal})
        m_tier->addItem(tierDisplayName(t), static_cast<int>(t));
    bar->addWidget(m_tier);
    m_region->setObjectName(QStringLiteral("regionFilter"));
    bar->addWidget(m_region);
    m_industry->setObjectName(QStringLiteral("industryFilter"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->addItem(tr("Everyone's"), static_cast<int>(CustomerFilter::Owner::Anyone));
    m_owner->addItem(tr("Mine"), static_cast<int>(CustomerFilter::Owner::Mine));
    m_owner->addItem(tr("Public pool"), static_cast<int>(CustomerFilter::Owner::Unowned));
    bar->addWidget(m_count);
    layout->addLayout(bar);

    // The second row: whose, industry, stage, tag, silence, and the saved filters (智能列表).
    auto *more = new QHBoxLayout;
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->addItem(tr("All stages"), QString());
    for (LoyaltyStage st : allValuesOf<LoyaltyStage>())
        m_stage->addItem(displayName(st), codeOf(st));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_silent = new QComboBox(this);
    m_silent->setObjectName(QStringLiteral("silentFilter"));
    m_silent->addItem(tr("Any last contact"), 0);
    for (int days : {30, 60, 90, 180, 365})
        m_silent->addItem(tr("Not contacted for %1 days").arg(days), days);
    m_smartLists = new QComboBox(this);
    m_smartLists->setObjectName(QStringLiteral("smartLists"));
    m_smartLists->setMinimumWidth(160);
    auto *save = new QToolButton(this);
    save->setObjectName(QStringLiteral("saveSmartList"));
    save->setText(tr("Save as &list…"));
    save->setToolTip(tr("Save these filters as a smart list (智能列表)"));
    more->addWidget(m_owner);
    more->addWidget(m_industry);
    more->addWidget(m_stage);
    more->addWidget(m_tag);
    more->addWidget(m_silent);
    more->addStretch();
    more->addWidget(new QLabel(tr("Smart lists:"), this));
    more->addWidget(m_smartLists);
    more->addWidget(save);
    layout->addLayout(more);
    connect(save, &QToolButton::clicked, this, &CustomersPage::saveSmartList);
    // Filters as wide as a few characters however long their choices (a region, an industry, a
    // smart list's name): the page fits a 1024-pixel screen beside the sidebar.
    for (QComboBox *filter : {m_tier, m_region, m_industry, m_owner, m_stage, m_tag, m_silent, m_smartLists}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(5);
    }
    m_smartLists->setMinimumWidth(0);
    m_search->setMinimumWidth(120);

    m_view->setObjectName(QStringLiteral("customersView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and interactive column widths: nothing here measures all 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int widths[] = {300, 90, 70, 120, 110, 150, 100};
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);
    header->restoreState(QSettings().value(kHeaderStateKey).toByteArray());
    // Enabling sorting sorts by the header's indicator at once: point it at a sortable column
    // first (a header's own default is descending).
    if (!CustomerListModel::isSortable(header->sortIndicatorSection()) || !header->isSortIndicatorShown())
        header->setSortIndicator(CustomerListModel::Name, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!CustomerListModel::isSortable(column)) {
            // Owner and phone have no index to sort by: keep the current order and say so.
            QSignalBlocker block(m_view->horizontalHeader());
            m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *open = new QAction(tr("&Open"), m_view);
    connect(open, &QAction::triggered, this, &CustomersPage::openSelected);
    auto *del = new QAction(tr("Move to &recycle bin"), m_view);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &CustomersPage::deleteSelected);
    m_view->addActions({open, del});
    connect(m_view, &QTableView::activated, this, &CustomersPage::openSelected);
    layout->addWidget(m_view);

    connect(m_model, &CustomerListModel::errorOccurred, this,
            [this](const QString &message) { m_count->setText(message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::updateCount);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CustomersPage::applyFilter);
    for (QComboBox *combo : {m_tier, m_region, m_industry, m_owner, m_stage, m_tag, m_silent})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilter);
    connect(m_smartLists, &QComboBox::activated, this, &CustomersPage::applySmartList);
    reloadSmartLists();
    // Columns: right-click the header to choose them; the choice is remembered with the widths.
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &CustomersPage::chooseColumns);

    // Colleagues on the same file: PRAGMA data_version moves when another connection commits.
    m_dataVersion = m_ctx.db->dataVersion();
    m_watch->setInterval(1000); // a colleague's change shows within 2 s (docs/RELIABILITY.md)
    connect(m_watch, &QTimer::timeout, this, &CustomersPage::refreshIfChangedElsewhere);
    m_watch->start();
    connect(m_undo, &QUndoStack::indexChanged, m_model, &CustomerListModel::refresh);
    // The pick lists are read when the page is first shown, and again after a save while it is.
    m_pickLists = new LoadWhenShown(this, [this] { loadPickLists(); });
    reloadPickLists();
    updateCount();
}

CustomersPage::~CustomersPage()
{
    QSettings().setValue(kHeaderStateKey, m_view->horizontalHeader()->saveState());
}

void CustomersPage::reloadPickLists()
{
    m_pickLists->request();
}

void CustomersPage::loadPickLists()
{
    const auto refill = [](QComboBox *combo, const QString &all, const Result<QStringList> &values) {
        QSignalBlocker block(combo);
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(all, QString());
        if (values)
            for (const QString &v : *values)
                combo->addItem(v, v);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_region, tr("All regions"), CustomerListQuery::regions(*m_ctx.db));
    refill(m_industry, tr("All industries"), CustomerListQuery::industries(*m_ctx.db));
    refill(m_tag, tr("All tags"), CustomerListQuery::tags(*m_ctx.db));
}

void CustomersPage::setSearchText(const QString &text)
{
    m_search->setText(text);
    applyFilter();
}

void CustomersPage::applyFilter()
{
    m_searchDelay->stop();
    CustomerFilter f;
    f.text = m_search->text();
    f.tier = m_tier->currentData().toInt();
    f.region = m_region->currentData().toString();
    f.industry = m_industry->currentData().toString();
    f.owner = static_cast<CustomerFilter::Owner>(m_owner->currentData().toInt());
    f.stage = m_stage->currentData().toString();
    f.tag = m_tag->currentData().toString();
    f.silentDays = m_silent->currentData().toInt();
    f.silentSince = f.silentDays > 0 ? m_ctx.clock->nowMs() - f.silentDays * 86'400'000LL : 0;
    m_model->setFilter(f);
}

void CustomersPage::reloadSmartLists()
{
    m_smartLists->clear();
    m_smartLists->addItem(tr("(choose a list)"), QString());
    if (Result<QList<SmartList>> lists = SmartLists(*m_ctx.db, *m_ctx.clock).list(m_ctx.session)) {
        for (const SmartList &l : *lists)
            m_smartLists->addItem(l.name, QString::fromUtf8(SmartLists::toJson(l.filter)));
    }
}

void CustomersPage::applySmartList(int index)
{
    if (index <= 0)
        return;
    const CustomerFilter f = SmartLists::fromJson(m_smartLists->itemData(index).toString().toUtf8());
    const auto select = [](QComboBox *combo, const QVariant &value) {
        const int i = combo->findData(value);
        combo->setCurrentIndex(std::max(0, i));
    };
    const QSignalBlocker blockers[] = {QSignalBlocker(m_tier),  QSignalBlocker(m_region), QSignalBlocker(m_industry),
                                       QSignalBlocker(m_owner), QSignalBlocker(m_stage),  QSignalBlocker(m_tag),
                                       QSignalBlocker(m_silent)};
    m_search->setText(f.text);
    select(m_tier, f.tier);
    select(m_region, f.region);
    select(m_industry, f.industry);
    select(m_owner, static_cast<int>(f.owner));
    select(m_stage, f.stage);
    select(m_tag, f.tag);
    select(m_silent, f.silentDays);
    applyFilter();
    emit statusMessage(tr("Showing the smart list \"%1\".").arg(m_smartLists->itemText(index)));
}

void CustomersPage::saveSmartList()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as smart list"),
                                               tr("Name of the list, e.g. 华东重点客户:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    Result<SmartList> saved = SmartLists(*m_ctx.db, *m_ctx.clock).save(m_ctx.session, name, m_model->filter());
    if (!saved) {
        showError(this, tr("The list was not saved"), saved.error());
        return;
    }
    reloadSmartLists();
    m_smartLists->setCurrentIndex(m_smartLists->findText(saved->name));
    emit statusMessage(tr("Saved the smart list \"%1\".").arg(saved->name));
}

void CustomersPage::chooseColumns(const QPoint &at)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != CustomerListModel::Name); // the name always shows
        connect(a, &QAction::toggled, header, [header, c](bool shown) { header->setSectionHidden(c, !shown); });
    }
    menu.exec(header->mapToGlobal(at));
}

void CustomersPage::updateCount()
{
    m_count->setText(tr("%n customer(s)", nullptr, m_model->rowCount()));
}

void CustomersPage::refreshIfChangedElsewhere()
{
    const qint64 v = m_ctx.db->dataVersion();
    if (v == m_dataVersion)
        return;
    m_dataVersion = v;
    refreshKeepingPlace(Scroll::Stay);
}

void CustomersPage::refreshKeepingPlace(Scroll scroll)
{
    const QModelIndex current = m_view->currentIndex();
    const QString currentId = current.isValid() ? m_model->idAt(current.row()) : QString();
    const int offset = m_view->verticalScrollBar()->value();
    m_model->refresh();
    const int row = currentId.isEmpty() ? -1 : m_model->rowOf(currentId);
    if (row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, current.column()),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (scroll == Scroll::Follow && row >= 0)
        m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    else
        m_view->verticalScrollBar()->setValue(offset);
}

CustomerCardDialog *CustomersPage::newCustomer()
{
    auto *card = new CustomerCardDialog(m_ctx, QString(), this);
    connect(card, &CustomerCardDialog::accepted, this, [this, card] {
        m_model->refresh();
        reloadPickLists();
        // Show the new customer where it sorts; if the filters hide it, say so.
        const int row = m_model->rowOf(card->customerId());
        if (row >= 0) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
        } else {
            emit statusMessage(tr("The new customer was saved; the current filters hide it."));
        }
    });
    showCard(card, QString());
    return card;
}

void CustomersPage::showCard(CustomerCardDialog *card, const QString &customerId)
{
    // Cards are windows of their own beside the list, several at a time; each is one customer's.
    card->setWindowFlag(Qt::WindowMinMaxButtonsHint);
    connect(card, &CustomerCardDialog::openCustomerRequested, this,
            [this](const QString &id) { openCustomer(id, CustomerCardDialog::ProfileTab); });
    connect(card, &QDialog::finished, this, [this, card, customerId](int result) {
        m_cards.remove(customerId);
        // Saved or not, what the card wrote at once (a call logged, a contact) shows in the list.
        refreshKeepingPlace(result == QDialog::Accepted ? Scroll::Follow : Scroll::Stay);
        if (result == QDialog::Accepted)
            reloadPickLists();
        emit cardClosed(card->customerId());
        card->deleteLater();
    });
    if (!customerId.isEmpty())
        m_cards.insert(customerId, card);
    // Each further card (new ones included) a little lower and to the right, so that none hides
    // another entirely.
    const QList<CustomerCardDialog *> cards = findChildren<CustomerCardDialog *>(Qt::FindDirectChildrenOnly);
    const int open = int(std::count_if(cards.cbegin(), cards.cend(), [](const QWidget *c) { return c->isVisible(); }));
    if (open > 0 && window())
        card->move(window()->geometry().topLeft() + QPoint(60 + 32 * open, 60 + 32 * open));
    card->show();
    card->raise();
    card->activateWindow();
}

QList<CustomerCardDialog *> CustomersPage::openCards() const
{
    QList<CustomerCardDialog *> out;
    for (const QPointer<CustomerCardDialog> &c : m_cards)
        if (c)
            out.append(c);
    return out;
}

void CustomersPage::openSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    openCustomer(m_model->idAt(current.row()));
}

CustomerCardDialog *CustomersPage::openCustomer(const QString &customerId, int tab)
{
    if (const int row = m_model->rowOf(customerId); row >= 0)
        m_view->selectRow(row);
    if (CustomerCardDialog *open = m_cards.value(customerId)) {
        open->showTab(static_cast<CustomerCardDialog::Tab>(tab));
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *card = new CustomerCardDialog(m_ctx, customerId, this);
    if (card->loadFailed()) {
        delete card;
        return nullptr;
    }
    card->showTab(static_cast<CustomerCardDialog::Tab>(tab));
    showCard(card, customerId);
    return card;
}

void CustomersPage::exportList()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export customers"),
                                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                         + tr("/customers.xlsx"),
                                                     tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const CustomerFilter filter = m_model->filter();
    const QString dbPath = m_ctx.db->path();
    const Session actor = m_ctx.session;
    qint64 written = 0;
    const Status s = BackgroundTask::run(this, tr("Exporting customers"), [&](const ProgressFn &progress) -> Status {
        auto db = openWorkspace(dbPath);
        if (!db)
            return db.error();
        Result<qint64> n =
            Exporter(**db).exportCustomers(actor, filter, CustomerSortColumn::Name, Qt::AscendingOrder, path, progress);
        if (!n)
            return n.error();
        written = *n;
        return {};
    });
    if (!s) {
        if (s.error().code != ErrorCode::Cancelled)
            showError(this, tr("The list was not exported"), s.error());
        return;
    }
    emit statusMessage(
        tr("Exported %n customer(s) to %1.", "", static_cast<int>(written)).arg(QDir::toNativeSeparators(path)));
}

void CustomersPage::claimSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_model->idAt(current.row());
    Result<Customer> c = CustomerService(*m_ctx.db, *m_ctx.clock).get(m_ctx.session, id);
    if (!c)
        return;
    // The pool says whether the customer is in it; someone else's customer is only a word in the
    // status bar, not an error.
    Result<Customer> claimed = PublicPool(*m_ctx.db, *m_ctx.clock).claim(m_ctx.session, id, c->rowVersion);
    if (!claimed && claimed.error().code == ErrorCode::WrongState) {
        emit statusMessage(claimed.error().message);
        return;
    }
    if (!claimed) {
        showError(this, tr("The customer was not claimed"), claimed.error());
        return;
    }
    refreshKeepingPlace(Scroll::Stay);
    emit statusMessage(tr("%1 is now yours.").arg(claimed->fields.name));
}

void CustomersPage::mergeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 2) {
        MessageBox::information(this, tr("Merge"),
                                tr("Select the two records of the same customer (Ctrl+click), then Merge."));
        return;
    }
    CustomerService service(*m_ctx.db, *m_ctx.clock);
    Result<Customer> left = service.get(m_ctx.session, m_model->idAt(rows.at(0).row()));
    Result<Customer> right = service.get(m_ctx.session, m_model->idAt(rows.at(1).row()));
    if (!left || !right) {
        showError(this, tr("Merge"), !left ? left.error() : right.error());
        return;
    }
    MergeCustomersDialog dialog(m_ctx, *left, *right, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->refresh();
    if (const int row = m_model->rowOf(dialog.survivorId()); row >= 0)
        m_view->selectRow(row);
    emit statusMessage(
        tr("Merged into %1.").arg(left->id == dialog.survivorId() ? left->fields.name : right->fields.name));
}

void CustomersPage::returnOverdueToPool()
{
    Result<int> returned = PublicPool(*m_ctx.db, *m_ctx.clock).returnOverdue();
    if (returned && *returned > 0) {
        refreshKeepingPlace(Scroll::Stay);
        emit statusMessage(
            tr("%n customer(s) went back to the public pool: their follow-up was overdue.", "", *returned));
    }
}

void CustomersPage::deleteSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    CustomerService service(*m_ctx.db, *m_ctx.clock);
    QList<Customer> chosen;
    for (const QModelIndex &index : rows) {
        Result<Customer> c = service.get(m_ctx.session, m_model->idAt(index.row()));
        if (c)
            chosen.append(*c);
    }
    if (chosen.isEmpty())
        return;
    // Deleting is undoable (Ctrl+Z) and reversible from the recycle bin, so no confirmation for one.
    if (chosen.size() > 1
        && MessageBox::question(this, tr("Delete customers"),
                                tr("Move %n customer(s) to the recycle bin?", nullptr, static_cast<int>(chosen.size())))
            != QMessageBox::Yes)
        return;
    // A delete refused now, or an undo refused later (someone changed the customer meanwhile),
    // is said at once; the refused delete does not enter the undo history.
    QPointer<CustomersPage> self(this);
    const auto report = [self](const QString &message) {
        if (self)
            MessageBox::warning(self, tr("Not changed"), message);
    };
    const int before = m_undo->index();
    for (const Customer &c : chosen)
        m_undo->push(new DeleteCustomerCommand(m_ctx, c.id, c.fields.name, c.rowVersion, report));
    m_model->refresh();
    const int moved = m_undo->index() - before;
    if (moved > 0)
        emit statusMessage(tr("Moved %n customer(s) to the recycle bin. Undo with Ctrl+Z.", nullptr, moved));
}

void CustomersPage::showRecycleBin()
{
    RecycleBinDialog bin(m_ctx, this);
    connect(&bin, &RecycleBinDialog::restored, m_model, &CustomerListModel::refresh);
    bin.exec();
}

} // namespace guanxi
