// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace guanxi {

class CustomerPicker;
class FormProblem;

// Logs a call (or visit, meeting, message) from anywhere, keyboard first: the customer by any part
// of its name, whom we spoke to, what it was about and came of it, and the next follow-up. The
// customer's open follow-ups count as answered, as on the card's timeline.
class LogCallDialog : public QDialog {
    Q_OBJECT
public:
    LogCallDialog(const AppContext &ctx, QWidget *parent = nullptr);
    void setCustomer(const QString &customerId, const QString &name);
    void setLead(const QString &leadId, const QString &name);
    void setSubject(const QString &subject);

    void accept() override;

private:
    void loadContacts(const QString &customerId);

    AppContext m_ctx;
    QString m_leadId;
    CustomerPicker *m_customer;
    QComboBox *m_kind;
    QComboBox *m_contact;
    QLineEdit *m_subject;
    QPlainTextEdit *m_outcome;
    QCheckBox *m_followUp;
    QDateEdit *m_followUpOn;
    FormProblem *m_problem;
};

} // namespace guanxi
