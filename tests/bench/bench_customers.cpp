// SPDX-License-Identifier: GPL-3.0-or-later
// Usage: bench_customers DATABASE (a database made by `guanxi-cli seed`).
// Prints: time to a usable main window, the quotes and orders and the leads pages shown, first rows
// of the customers page, a scroll from top to bottom (with resident memory before and after),
// sorting, and a jump to the middle.
#include "core/customers/CustomerListQuery.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"
#include "models/customers/CustomerListModel.h"
#include "models/sales/OrderListModel.h"
#include "ui/customers/CustomersPage.h"
#include "ui/leads/LeadsPage.h"
#include "ui/sales/SalesDocumentsPage.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace guanxi;

namespace {

long residentKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void line(const char *what, double value, const char *unit)
{
    std::printf("%-46s %10.1f %s\n", what, value, unit);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_customers DATABASE\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);

    // 1. Start to a usable window: open the file, know the user, build and show the window with
    //    the first page of customers on screen.
    QElapsedTimer start;
    start.start();
    auto db = openWorkspace(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    auto users = UserService(**db, Clock::system()).users();
    Session admin;
    for (const User &u : *users)
        if (u.role == Role::Admin)
            admin = Session::fromUser(u);
    AppContext ctx{db->get(), admin, &Clock::system()};
    auto *window = new MainWindow(ctx);
    window->show();
    QApplication::processEvents();
    window->customersPage()->view()->viewport()->grab(); // paints the visible rows
    line("start to usable main window", ms(start), "ms");
    const int rows = window->customersPage()->model()->rowCount();
    std::printf("%-46s %10d\n", "customers in the list", rows);

    // 1b. Turning to the quotes and orders page: the quotes counted and their first rows painted;
    //     then the orders tab, and the oldest order, a jump to the end of the list.
    QElapsedTimer turn;
    turn.start();
    window->showPage(MainWindow::SalesDocumentsPageIndex);
    QApplication::processEvents();
    window->salesDocumentsPage()->grab();
    line("quotes and orders page shown, first rows", ms(turn), "ms");
    QElapsedTimer ordersTurn;
    ordersTurn.start();
    window->salesDocumentsPage()->findChild<QTabWidget *>(QStringLiteral("salesDocumentsTabs"))->setCurrentIndex(1);
    QApplication::processEvents();
    window->salesDocumentsPage()->grab();
    line("its orders tab shown, first rows", ms(ordersTurn), "ms");
    OrderListModel *orders = window->salesDocumentsPage()->orders();
    std::printf("%-46s %10d\n", "orders in the list", orders->rowCount());
    QElapsedTimer oldest;
    oldest.start();
    const Order *last = orders->orderAt(orders->rowCount() - 1);
    line("jump to the oldest order", ms(oldest), "ms");
    if (!last)
        std::fprintf(stderr, "the oldest order could not be read\n");
    QElapsedTimer leadsTurn;
    leadsTurn.start();
    window->showPage(MainWindow::LeadsPageIndex);
    QApplication::processEvents();
    window->leadsPage()->grab();
    line("leads page shown, first rows", ms(leadsTurn), "ms");
    delete window;

    // 1c. The start for the other roles, on the open file: a manager (their department's workbench
    //     and team) and the salesperson who owns the most customers.
    Session manager, salesperson;
    qint64 most = -1;
    for (const User &u : *users) {
        const Session s = Session::fromUser(u);
        if (u.role == Role::Manager && manager.userId.isEmpty())
            manager = s;
        if (u.role != Role::Salesperson)
            continue;
        CustomerFilter mine;
        mine.owner = CustomerFilter::Owner::Mine;
        const Result<qint64> n = CustomerListQuery(**db, s, mine, CustomerSortColumn::Name, Qt::AscendingOrder).count();
        if (n && *n > most) {
            most = *n;
            salesperson = s;
        }
    }
    for (const auto &[what, who] : {std::pair{"start, a manager (file already open)", manager},
                                    std::pair{"start, the busiest salesperson (file open)", salesperson}}) {
        QElapsedTimer t;
        t.start();
        auto *w = new MainWindow(AppContext{db->get(), who, &Clock::system()});
        w->show();
        QApplication::processEvents();
        w->grab();
        line(what, ms(t), "ms");
        delete w;
    }

    // 2. First rows: a fresh model, counted, with the first 40 rows' cells read.
    std::vector<double> first;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        CustomerListModel m(**db, admin);
        for (int r = 0; r < 40; ++r)
            for (int c = 0; c < CustomerListModel::ColumnCount; ++c)
                m.index(r, c).data();
        first.push_back(ms(t));
    }
    line("customers page: first 40 rows (median of 7)", median(first), "ms");

    // 3. Scroll from top to bottom as a view does, a screenful at a time.
    CustomerListModel model(**db, admin);
    const long rssBefore = residentKiB();
    QElapsedTimer scroll;
    scroll.start();
    long peak = rssBefore;
    for (int r = 0; r < model.rowCount(); r += 30) {
        for (int k = r; k < std::min(r + 30, model.rowCount()); ++k)
            model.index(k, CustomerListModel::Name).data();
        if (r % 6000 == 0)
            peak = std::max(peak, residentKiB());
    }
    line("scroll top to bottom, every row read", ms(scroll), "ms");
    line("resident memory before the scroll", rssBefore / 1024.0, "MiB");
    line("resident memory peak during the scroll", peak / 1024.0, "MiB");
    std::printf("%-46s %10d\n", "pages cached at the end (bound)", model.cachedPageCount());

    // 4. Sorting: click a header, the first screen of the new order is read.
    for (int col : {CustomerListModel::Name, CustomerListModel::Region, CustomerListModel::LastContact}) {
        std::vector<double> times;
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder, Qt::DescendingOrder, Qt::AscendingOrder}) {
            QElapsedTimer t;
            t.start();
            model.sort(col, order);
            for (int r = 0; r < 40; ++r)
                model.index(r, CustomerListModel::Name).data();
            times.push_back(ms(t));
        }
        const QByteArray label =
            "sort by " + model.headerData(col, Qt::Horizontal).toString().toUtf8() + " + first 40 rows (median)";
        line(label.constData(), median(times), "ms");
    }

    // 5. A dragged scroll bar: jump to the middle, then to near the end.
    model.sort(CustomerListModel::Name, Qt::AscendingOrder);
    QElapsedTimer jump;
    jump.start();
    model.index(model.rowCount() / 2, 0).data();
    line("jump to the middle row (first jump)", ms(jump), "ms");
    jump.restart();
    model.index(model.rowCount() - 10, 0).data();
    line("jump to the end (later jumps)", ms(jump), "ms");
    return 0;
}
