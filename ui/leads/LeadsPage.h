// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace guanxi {

class LeadListModel;
class LoadWhenShown;

// 潜在客户: the leads to work on, newest first, with capture, follow-up, qualification,
// assignment and conversion into customer, contact and opportunity.
class LeadsPage : public QWidget {
    Q_OBJECT
public:
    LeadsPage(const AppContext &ctx, QWidget *parent = nullptr);

signals:
    void statusMessage(const QString &message);
    // A converted lead's new customer, to open on its card.
    void customerCreated(const QString &customerId);

public slots:
    // Reads the page again now, or when it is next shown (LoadWhenShown).
    void reload();
    void newLead();
    void openLead(const QString &leadId);

private:
    void load(); // what reload() reads
    QString selectedId() const;
    qint64 selectedVersion() const;
    void setStatus(bool qualified);
    void assign();
    void convert();

    AppContext m_ctx;
    QComboBox *m_status = nullptr;
    QComboBox *m_owner = nullptr;
    QTableView *m_table = nullptr;
    LeadListModel *m_leads = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_assign = nullptr;
    LoadWhenShown *m_whenShown;
};

} // namespace guanxi
