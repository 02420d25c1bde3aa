// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace guanxi {

// The timeline tab of the customer card: log a call, visit or message with its outcome and the
// next follow-up; every touch point and order newest first; the commitments made to the customer.
class TimelineTab : public QWidget {
    Q_OBJECT
public:
    TimelineTab(const AppContext &ctx, QWidget *parent = nullptr);
    void setCustomer(const QString &customerId, bool canEdit);
    // A lead's timeline: the same log and list, without contacts, orders or commitments.
    void setLead(const QString &leadId, bool canEdit);

signals:
    void logged();

private:
    void reload();
    void logInteraction();
    void addCommitment();
    void closeCommitment(bool kept);

    AppContext m_ctx;
    QString m_customerId;
    QString m_leadId;
    bool m_canEdit = false;
    QComboBox *m_kind = nullptr;
    QComboBox *m_contact = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
    QCheckBox *m_followUp = nullptr;
    QDateEdit *m_followUpOn = nullptr;
    QPushButton *m_log = nullptr;
    QLabel *m_problem = nullptr;
    QTreeWidget *m_entries = nullptr;
    QTreeWidget *m_commitments = nullptr;
    QPushButton *m_addCommitment = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_cancelCommitment = nullptr;
    QWidget *m_commitmentBox = nullptr;
};

} // namespace guanxi
