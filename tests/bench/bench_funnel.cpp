// SPDX-License-Identifier: GPL-3.0-or-later
// Usage: bench_funnel DATABASE (a database made by `guanxi-cli seed`, 50,000 opportunities at scale).
// Prints: the funnel report (per stage, conversion from the stage history, forecast by month) for
// an administrator and a manager, the whole funnel page refreshed, and the kanban board with 2,000
// open cards: filling it and scrolling each column a screenful at a time.
#include "core/opportunities/FunnelReport.h"
#include "core/opportunities/OpportunityService.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"
#include "ui/opportunities/FunnelPage.h"
#include "ui/opportunities/OpportunityBoard.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QTabWidget>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace guanxi;

namespace {

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void line(const char *what, double value, const char *unit)
{
    std::printf("%-52s %10.1f %s\n", what, value, unit);
}

template <typename F> double medianOf(int runs, F &&f)
{
    std::vector<double> v;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        v.push_back(ms(t));
    }
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_funnel DATABASE\n");
        return 2;
    }
    auto db = openWorkspace(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const Clock &clock = Clock::system();
    Session admin, manager;
    const QList<User> users = *UserService(**db, clock).users();
    for (const User &u : users) {
        if (u.role == Role::Admin && admin.userId.isEmpty())
            admin = Session::fromUser(u);
        if (u.role == Role::Manager && manager.userId.isEmpty())
            manager = Session::fromUser(u);
    }
    OpportunityService service(**db, clock);
    const Pipeline pipeline = *service.pipeline();
    const QDate today = QDate::currentDate();

    // 1. The report alone.
    FunnelReport report;
    const double all =
        medianOf(11, [&] { report = *FunnelQuery(**db).run(admin, pipeline, {}, QStringLiteral("CNY"), today); });
    int deals = 0;
    for (const FunnelStageFigures &f : report.stages)
        deals += f.count;
    std::printf("%-52s %10d\n", "opportunities in the funnel", deals);
    line("funnel + conversion + forecast, administrator (median of 11)", all, "ms");
    line("the same, one department's manager (median of 11)",
         medianOf(11, [&] { (void)FunnelQuery(**db).run(manager, pipeline, {}, QStringLiteral("CNY"), today); }), "ms");
    OpportunityFilter year;
    year.from = QDate(today.year(), 1, 1).toString(Qt::ISODate);
    year.to = QDate(today.year(), 12, 31).toString(Qt::ISODate);
    line("the same, administrator, this year (median of 11)",
         medianOf(11, [&] { (void)FunnelQuery(**db).run(admin, pipeline, year, QStringLiteral("CNY"), today); }), "ms");

    // 2. The whole page: board cards (up to 5,000), report, charts, quotas.
    AppContext ctx{db->get(), manager, &clock};
    FunnelPage page(ctx);
    page.resize(1400, 900);
    page.show();
    QApplication::processEvents();
    line("funnel page refreshed on its board tab, manager (median of 5)",
         medianOf(5,
                  [&] {
                      page.reload();
                      QApplication::processEvents();
                  }),
         "ms");
    page.findChild<QTabWidget *>()->setCurrentIndex(FunnelPage::AnalysisTab);
    QApplication::processEvents();
    line("funnel page refreshed on its funnel-and-forecast tab (median of 5)",
         medianOf(5,
                  [&] {
                      page.reload();
                      QApplication::processEvents();
                  }),
         "ms");

    // 3. The kanban board with 2,000 open cards.
    OpportunityFilter open;
    QList<Opportunity> cards;
    const QList<Opportunity> listed = *service.list(admin, open, 50'000);
    for (const Opportunity &o : listed)
        if (pipeline.find(o.stage) && pipeline.find(o.stage)->isOpen() && cards.size() < 2000)
            cards.append(o);
    OpportunityBoard board;
    board.resize(1400, 800);
    board.setPipeline(pipeline);
    board.show();
    QApplication::processEvents();
    QElapsedTimer fill;
    fill.start();
    board.setCards(cards);
    QApplication::processEvents();
    std::printf("%-52s %10lld\n", "open cards on the board", static_cast<long long>(cards.size()));
    line("board filled and painted", ms(fill), "ms");
    std::vector<double> frames;
    for (const PipelineStage &s : pipeline.openStages()) {
        QListView *view = board.columnView(s.id);
        QScrollBar *bar = view->verticalScrollBar();
        for (int v = 0; v <= bar->maximum(); v += view->viewport()->height()) {
            QElapsedTimer t;
            t.start();
            bar->setValue(v);
            view->viewport()->grab();
            frames.push_back(ms(t));
        }
    }
    std::sort(frames.begin(), frames.end());
    line("board scrolled: median frame", frames[frames.size() / 2], "ms");
    line("board scrolled: slowest frame", frames.back(), "ms");
    std::printf("%-52s %10zu\n", "frames", frames.size());
    return 0;
}
