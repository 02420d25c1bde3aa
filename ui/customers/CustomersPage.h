// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QUndoStack;

namespace guanxi {

class CustomerCardDialog;
class CustomerListModel;
class LoadWhenShown;

// 客户: the customers list (windowed, sorted and filtered in SQL), with the customer card, delete
// to the recycle bin with undo, and live refresh when colleagues change the shared file.
class CustomersPage : public QWidget {
    Q_OBJECT
public:
    CustomersPage(const AppContext &ctx, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~CustomersPage() override;

    CustomerListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // The customer cards open now (not the new ones).
    QList<CustomerCardDialog *> openCards() const;

signals:
    void statusMessage(const QString &message);
    // A card was closed, saved or not (what it wrote at once, a call logged, may show elsewhere).
    void cardClosed(const QString &customerId);

public slots:
    void setSearchText(const QString &text);
    // Cards open beside the list and stay open while the user works elsewhere; returned for the
    // caller to watch.
    CustomerCardDialog *newCustomer();
    void openSelected();
    // Opens the card of `customerId` on `tab` (0: profile; see CustomerCardDialog::Tab), or brings
    // it forward when it is open already; null when it cannot be read.
    CustomerCardDialog *openCustomer(const QString &customerId, int tab = 0);
    void deleteSelected();
    void showRecycleBin();
    // Takes the selected public-pool customer (公海) for the user.
    void claimSelected();
    // Joins the two selected records of one customer.
    void mergeSelected();
    // Customers whose owner did not follow up in time go back to the pool (run at start and hourly).
    void returnOverdueToPool();
    // The list as it is filtered now, to .xlsx or .csv.
    void exportList();
    void refreshIfChangedElsewhere();

private:
    void applyFilter();
    void showCard(CustomerCardDialog *card, const QString &customerId);
    // Re-reads the list but keeps the selected customer; `follow` scrolls to it (after the user's
    // own edit), otherwise the scroll position stays (a colleague's change elsewhere).
    enum class Scroll {
        Stay,
        Follow
    };
    void refreshKeepingPlace(Scroll scroll);
    void updateCount();
    void reloadPickLists(); // now when shown, else when next shown
    void loadPickLists();
    void reloadSmartLists();
    void applySmartList(int index);
    void saveSmartList();
    void chooseColumns(const QPoint &at);

    AppContext m_ctx;
    QUndoStack *m_undo;
    CustomerListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_tier;
    QComboBox *m_region;
    QComboBox *m_industry;
    QComboBox *m_owner;
    QComboBox *m_stage = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_silent = nullptr;
    QComboBox *m_smartLists = nullptr;
    QLabel *m_count;
    QTimer *m_searchDelay;
    QTimer *m_watch;
    LoadWhenShown *m_pickLists = nullptr;
    qint64 m_dataVersion = -1;
    QHash<QString, QPointer<CustomerCardDialog>> m_cards; // by customer id
};

} // namespace guanxi
