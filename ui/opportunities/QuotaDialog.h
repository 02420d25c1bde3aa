// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace guanxi {

class FormProblem;

// Sets one salesperson's quota (定额) for a month or a quarter; an empty amount clears it.
class QuotaDialog : public QDialog {
    Q_OBJECT
public:
    QuotaDialog(const AppContext &ctx, const QString &period, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    AppContext m_ctx;
    QComboBox *m_person;
    QLineEdit *m_period;
    QLineEdit *m_amount;
    FormProblem *m_problem;
};

} // namespace guanxi
