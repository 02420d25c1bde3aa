// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QTableWidget;

namespace guanxi {

// Merges two records of one customer: field by field the user picks the value to keep, and which
// record survives. Everything attached to the other record moves to the survivor (CustomerMerge).
class MergeCustomersDialog : public QDialog {
    Q_OBJECT
public:
    MergeCustomersDialog(const AppContext &ctx, const Customer &left, const Customer &right, QWidget *parent = nullptr);
    QString survivorId() const { return m_survivor; }

public slots:
    void accept() override;

private:
    struct Field {
        QString label;
        QString left;
        QString right;
        std::function<void(CustomerDraft &, const CustomerDraft &)> takeFromOther;
    };

    AppContext m_ctx;
    Customer m_left;
    Customer m_right;
    QList<Field> m_fields;
    QTableWidget *m_table = nullptr;
    QButtonGroup *m_keep = nullptr;
    QString m_survivor;
};

} // namespace guanxi
