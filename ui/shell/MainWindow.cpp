// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/MainWindow.h"

#include "core/importexport/Exporter.h"
#include "core/jobs/JobScheduler.h"
#include "core/quotes/QuoteService.h"
#include "core/storage/Database.h"
#include "core/users/UserService.h"
#include "models/customers/CustomerListModel.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FileDialog.h"
#include "ui/common/WheelGuard.h"
#include "ui/customers/CustomerCardDialog.h"
#include "ui/customers/CustomersPage.h"
#include "ui/importexport/ImportDialog.h"
#include "ui/leads/LeadsPage.h"
#include "ui/opportunities/FunnelPage.h"
#include "ui/products/ProductsPage.h"
#include "ui/reminders/ReminderNotifier.h"
#include "ui/reminders/RemindersDialog.h"
#include "ui/reports/ReportCenterPage.h"
#include "ui/sales/SalesDocumentsPage.h"
#include "ui/search/GlobalSearch.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/AfterOpenChecks.h"
#include "ui/shell/PresenceIndicator.h"
#include "ui/workbench/WorkbenchPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace guanxi {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
// The sidebar's text and its items' side padding: its style sheet and fitNavigation() share them.
constexpr int kNavFontPixels = 14;
constexpr int kNavItemPadding = 16;
} // namespace

MainWindow::MainWindow(const AppContext &ctx, QWidget *parent)
    : QMainWindow(parent)
    , m_ctx(ctx)
    , m_undo(new QUndoStack(this))
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_workbench(nullptr)
    , m_notifier(new ReminderNotifier(ctx, this))
    , m_jobs(new JobScheduler(this))
    , m_customers(nullptr)
    , m_leads(nullptr)
    , m_settings(nullptr)
    , m_globalSearch(nullptr)
{
    WheelGuard::install(); // every form of the window takes the wheel only when focused
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Guanxi CRM — %1").arg(QFileInfo(ctx.db->path()).fileName()));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(
        QStringLiteral("QListWidget { background: #2b3a4a; color: #e8edf2; font-size: %1px; padding-top: 8px; }"
                       "QListWidget::item { padding: 10px %2px; }"
                       "QListWidget::item:selected { background: #c0392b; color: white; }")
            .arg(kNavFontPixels)
            .arg(kNavItemPadding));
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // Pages appear here as each area does something real.
    m_workbench = new WorkbenchPage(ctx, this);
    m_customers = new CustomersPage(ctx, m_undo, this);
    m_leads = new LeadsPage(ctx, this);
    m_funnel = new FunnelPage(ctx, this);
    m_salesDocuments = new SalesDocumentsPage(ctx, this);
    m_reports = new ReportCenterPage(ctx, this);
    auto *products = new ProductsPage(ctx, this);
    m_settings = new SettingsPage(ctx, this);
    addPage(tr("Workbench"), m_workbench);
    addPage(tr("Customers"), m_customers);
    addPage(tr("Leads"), m_leads);
    addPage(tr("Sales funnel"), m_funnel);
    addPage(tr("Quotes and orders"), m_salesDocuments);
    addPage(tr("Report center"), m_reports);
    addPage(tr("Showroom"), products);
    addPage(tr("Settings"), m_settings);
    connect(m_workbench, &WorkbenchPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_workbench, &WorkbenchPage::openCustomer, this, [this](const QString &customerId, int tab) {
        // The card opens beside the workbench; what was done on it shows when it closes.
        m_customers->openCustomer(customerId, tab);
    });
    connect(m_customers, &CustomersPage::cardClosed, this, [this] {
        if (m_pages->currentIndex() == WorkbenchPageIndex)
            m_workbench->reload();
        m_notifier->checkNow();
    });
    connect(m_workbench, &WorkbenchPage::openLead, this, [this](const QString &leadId) {
        showPage(LeadsPageIndex);
        m_leads->openLead(leadId);
    });
    connect(m_workbench, &WorkbenchPage::remindersMayHaveChanged, m_notifier, &ReminderNotifier::checkNow);
    connect(m_workbench, &WorkbenchPage::openQuote, this, [this](const QString &quoteId) {
        // The quote opens over the workbench; an answer given there shows at once.
        m_salesDocuments->openQuote(quoteId);
        m_workbench->reload();
        m_notifier->checkNow();
    });
    connect(m_notifier, &ReminderNotifier::openRequested, this, &MainWindow::showReminders);
    // Something came due (or a new day began) while the workbench is on screen: show it there too.
    connect(m_notifier, &ReminderNotifier::announced, this, [this] {
        if (m_pages->currentIndex() == WorkbenchPageIndex)
            m_workbench->reload();
    });
    connect(m_funnel, &FunnelPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_reports, &ReportCenterPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_reports, &ReportCenterPage::openCustomer, this, [this](const QString &customerId) {
        m_customers->openCustomer(customerId, CustomerCardDialog::ProfileTab); // over the report
    });
    connect(m_salesDocuments, &SalesDocumentsPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_salesDocuments, &SalesDocumentsPage::dealsChanged, m_funnel, &FunnelPage::reload);
    connect(products, &ProductsPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(products, &ProductsPage::quotesChanged, m_salesDocuments, &SalesDocumentsPage::reload);
    connect(m_leads, &LeadsPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_leads, &LeadsPage::customerCreated, this, [this](const QString &customerId) {
        m_customers->model()->refresh();
        showPage(CustomersPageIndex);
        m_customers->openCustomer(customerId, CustomerCardDialog::TimelineTabIndex);
    });
    connect(m_customers, &CustomersPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // Deals and documents change elsewhere too (a converted lead, another user): the funnel and the
    // quotes and orders read themselves each time they are shown (LoadWhenShown), the workbench here.
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == WorkbenchPageIndex)
            m_workbench->reload();
    });
    connect(m_settings, &SettingsPage::databaseReplaced, m_customers->model(), &CustomerListModel::refresh);
    connect(m_settings, &SettingsPage::databaseReplaced, m_undo, &QUndoStack::clear);
    // The workbench is the home page: what to do today.
    m_nav->setCurrentRow(WorkbenchPageIndex);
    // The work that runs by itself, on one scheduler, started once the window is there: reminders
    // missed while the program was closed come up at once and then every minute; the public pool's
    // rules apply as soon as someone opens the file and every hour it stays open; a window left
    // open over midnight takes the new day's snapshot (the first one is taken after the checks at
    // opening).
    m_jobs->add(QStringLiteral("reminders"), ReminderNotifier::kCheckEvery, JobScheduler::AtStart::Run,
                [this] { m_notifier->checkNow(); });
    m_jobs->add(QStringLiteral("pool"), std::chrono::hours(1), JobScheduler::AtStart::Run,
                [this] { m_customers->returnOverdueToPool(); });
    m_jobs->add(QStringLiteral("snapshot"), std::chrono::hours(1), JobScheduler::AtStart::Wait,
                [this] { takeDailySnapshotInBackground(m_ctx.db->path(), this); });
    QTimer::singleShot(0, m_notifier, &ReminderNotifier::start);
    QTimer::singleShot(0, m_jobs, &JobScheduler::start);

    auto *bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search->setObjectName(QStringLiteral("globalSearch"));
    m_search->setPlaceholderText(tr("Search customers, contacts, leads: name, pinyin, phone (Ctrl+K)"));
    m_search->setClearButtonEnabled(true);
    m_search->setFixedWidth(420);
    bar->addWidget(m_search);
    m_globalSearch = new GlobalSearch(ctx, m_search, this);
    connect(m_globalSearch, &GlobalSearch::customerChosen, this, [this](const QString &customerId, SearchKind via) {
        showPage(CustomersPageIndex);
        m_customers->openCustomer(customerId,
                                  via == SearchKind::Contact ? CustomerCardDialog::ContactsTabIndex
                                                             : CustomerCardDialog::ProfileTab);
    });
    connect(m_globalSearch, &GlobalSearch::leadChosen, this, [this](const QString &leadId) {
        showPage(LeadsPageIndex);
        m_leads->openLead(leadId);
    });

    buildMenus();
    buildStatusBar();
    resize(1200, 760);
    QSettings settings;
    fitNavigation();
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::fitNavigation()
{
    // As wide as the longest page name in this language ("Quotes and orders"), never a scroll bar.
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont font = m_nav->font();
    font.setPixelSize(kNavFontPixels);
    const QFontMetrics metrics(font);
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(std::max(120, widest + 2 * kNavItemPadding + 14)); // and the selection's frame
}

void MainWindow::addPage(const QString &title, QWidget *page)
{
    m_nav->addItem(title);
    m_pages->addWidget(page);
}

void MainWindow::showReminders()
{
    RemindersDialog dialog(m_ctx, m_notifier, this);
    connect(&dialog, &RemindersDialog::openCustomer, this, [this](const QString &customerId) {
        showPage(CustomersPageIndex);
        m_customers->openCustomer(customerId, CustomerCardDialog::TimelineTabIndex);
    });
    dialog.exec();
    if (m_pages->currentIndex() == WorkbenchPageIndex)
        m_workbench->reload();
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(page);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newCustomer = file->addAction(tr("&New customer…"), m_customers, &CustomersPage::newCustomer);
    newCustomer->setShortcut(QKeySequence::New);
    file->addAction(tr("New &lead…"), this, [this] {
        showPage(LeadsPageIndex);
        m_leads->newLead();
    });
    QAction *newTask = file->addAction(tr("New &task…"), this, [this] {
        showPage(WorkbenchPageIndex);
        m_workbench->newTask();
    });
    newTask->setObjectName(QStringLiteral("actionNewTask"));
    newTask->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    newTask->setShortcutContext(Qt::ApplicationShortcut);
    QAction *logCall = file->addAction(tr("Log a &call…"), this, [this] { m_workbench->logCall(); });
    logCall->setObjectName(QStringLiteral("actionLogCall"));
    logCall->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    logCall->setShortcutContext(Qt::ApplicationShortcut);
    QAction *reminders = file->addAction(tr("&Reminders…"), this, &MainWindow::showReminders);
    reminders->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    file->addSeparator();
    QMenu *import = file->addMenu(tr("&Import"));
    const auto importInto = [this](ImportTarget target) {
        ImportDialog dialog(m_ctx, target, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_customers->model()->refresh();
            m_leads->reload();
            showStatusMessage(
                tr("Import finished: %1 new, %2 updated.").arg(dialog.report().created).arg(dialog.report().updated));
        }
    };
    QAction *importCustomers =
        import->addAction(tr("&Customers…"), this, [importInto] { importInto(ImportTarget::Customers); });
    importCustomers->setObjectName(QStringLiteral("importCustomers"));
    import->addAction(tr("C&ontacts…"), this, [importInto] { importInto(ImportTarget::Contacts);
});
    import->addAction(tr("&Leads…"), this, [importInto] { importInto(ImportTarget::Leads);
    } // namespace guanxi
);
QMenu *exportMenu = file->addMenu(tr("&Export"));
exportMenu->addAction(tr("&Customers in the list…"), m_customers, &CustomersPage::exportList);
exportMenu->addAction(tr("C&ontacts…"), this, [this] {
    const QString path = FileDialog::getSaveFileName(this, tr("Export contacts"),
                                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                         + tr("/contacts.xlsx"),
                                                     tr("Excel workbook (*.xlsx);;CSV (*.csv);;vCard (*.vcf)"));
    if (path.isEmpty())
        return;
    Result<qint64> n = Exporter(*m_ctx.db).exportContacts(m_ctx.session, path);
    if (!n)
        showError(this, tr("The contacts were not exported"), n.error());
    else
        showStatusMessage(tr("Exported %n contact(s).", "", static_cast<int>(*n)));
});
file->addSeparator();
// Only where people sign in: a database with several users.
if (const Result<bool> several = UserService(*m_ctx.db, *m_ctx.clock).needsSignIn(); several && *several) {
    QAction *signOut = file->addAction(tr("Sign &out / switch user…"), this, [this] {
        emit signOutRequested();
        close();
    });
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setToolTip(tr("Close this window and sign in again, as yourself or a colleague"));
}
QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
quit->setShortcut(QKeySequence::Quit);

QMenu *edit = menuBar()->addMenu(tr("&Edit"));
QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
undo->setShortcut(QKeySequence::Undo);
QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
redo->setShortcut(QKeySequence::Redo);
edit->addAction(undo);
edit->addAction(redo);
edit->addSeparator();
QAction *find = edit->addAction(tr("&Search…"), this, [this] {
    m_search->setFocus();
    m_search->selectAll();
});
find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
find->setShortcutContext(Qt::ApplicationShortcut);

QMenu *go = menuBar()->addMenu(tr("&Go"));
for (int i = 0; i < m_nav->count(); ++i) {
    QAction *a = go->addAction(m_nav->item(i)->text(), this, [this, i] { m_nav->setCurrentRow(i); });
    a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
}

go->addSeparator();
QAction *calendar = go->addAction(tr("&Calendar"), this, [this] {
    showPage(WorkbenchPageIndex);
    m_workbench->showCalendar();
});
calendar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

QMenu *help = menuBar()->addMenu(tr("&Help"));
help->addAction(tr("&About Guanxi"), this, [this] {
    QMessageBox::about(this, tr("About Guanxi"),
                       tr("<h3>Guanxi %1</h3><p>A desktop CRM for small and medium businesses.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
});
help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    auto *file = new QLabel(QDir::toNativeSeparators(m_ctx.db->path()), this);
    file->setObjectName(QStringLiteral("statusDatabase"));
    file->setToolTip(tr("The database file"));
    auto *user = new QLabel(tr("User: %1").arg(m_ctx.session.displayName), this);
    user->setObjectName(QStringLiteral("statusUser"));
    auto *sharing = new QLabel(m_ctx.db->isReadOnly()     ? tr("Read-only: %1").arg(m_ctx.db->readOnlyReason())
                                   : m_ctx.db->isShared() ? tr("Shared with colleagues (rollback journal)")
                                                          : tr("For this computer only (WAL)"),
                               this);
    sharing->setObjectName(QStringLiteral("statusSharing"));
    auto *sync = new QLabel(tr("Sync: not set up"), this);
    sync->setObjectName(QStringLiteral("statusSync"));
    m_remindersButton = new QPushButton(tr("Reminders"), this);
    m_remindersButton->setObjectName(QStringLiteral("statusReminders"));
    m_remindersButton->setFlat(true);
    m_remindersButton->setToolTip(tr("The reminders due now (Ctrl+Shift+R)"));
    connect(m_remindersButton, &QPushButton::clicked, this, &MainWindow::showReminders);
    connect(m_notifier, &ReminderNotifier::dueChanged, this, [this](int count) {
        m_remindersButton->setText(tr("Reminders: %1").arg(count));
        m_remindersButton->setStyleSheet(count > 0 ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    });
    statusBar()->addPermanentWidget(m_remindersButton);
    if (QuoteService::mayApprove(m_ctx.session)) {
        auto *approvals = new QPushButton(this);
        approvals->setObjectName(QStringLiteral("statusApprovals"));
        approvals->setFlat(true);
        approvals->setToolTip(tr("Quotes waiting for your price approval: open the workbench"));
        approvals->hide();
        connect(approvals, &QPushButton::clicked, this, [this] {
            showPage(WorkbenchPageIndex);
            m_workbench->showOwnDay();
        });
        connect(m_notifier, &ReminderNotifier::approvalsWaiting, approvals, [approvals](int count) {
            approvals->setText(tr("Approvals waiting: %1").arg(count));
            approvals->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
            approvals->setVisible(count > 0);
        });
        statusBar()->addPermanentWidget(approvals);
    }
    statusBar()->addPermanentWidget(file, 1);
    statusBar()->addPermanentWidget(user);
    statusBar()->addPermanentWidget(sharing);
    if (m_ctx.presence)
        statusBar()->addPermanentWidget(new PresenceIndicator(*m_ctx.presence, this));
    statusBar()->addPermanentWidget(sync);
}

void MainWindow::reportDamage(const QStringList &problems)
{
    QMessageBox box(QMessageBox::Critical, tr("The database is damaged"),
                    tr("A check of the database file after opening found damage. Work saved from now on may be "
                       "lost. Restore the last snapshot (the state of the day it was taken), or close Guanxi and ask "
                       "whoever looks after the file."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("damageBox"));
    box.setDetailedText(problems.mid(0, 20).join(QLatin1Char('\n')));
    QPushButton *restore = box.addButton(tr("&Restore a snapshot…"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != restore)
        return;
    showPage(SettingsPageIndex);
    m_settings->restore();
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_jobs->stop(); // no job starts while the window closes and the database with it
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}

} // namespace guanxi
