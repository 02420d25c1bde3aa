// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace guanxi {

class FormProblem;

// The customer card's care days (客户关怀): anniversaries, festivals and other days worth a call
// or a card, yearly or once, optionally for one contact. They appear on the owner's workbench and
// as reminders, beside the contacts' birthdays.
class CareDaysTab : public QWidget {
    Q_OBJECT
public:
    CareDaysTab(const AppContext &ctx, QWidget *parent = nullptr);
    void setCustomer(const QString &customerId, bool canEdit);

private:
    void reload();
    void add();
    void removeSelected();

    AppContext m_ctx;
    QString m_customerId;
    bool m_canEdit = false;
    QTreeWidget *m_list;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QDateEdit *m_day;
    QCheckBox *m_yearly;
    QComboBox *m_contact;
    QPushButton *m_add;
    QPushButton *m_remove;
    FormProblem *m_problem;
};

} // namespace guanxi
