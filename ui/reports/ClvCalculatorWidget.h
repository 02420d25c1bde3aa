// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace guanxi {

// The textbook lifetime-value calculator: the inputs, the formula, and year by year what the
// customer brings in today's money. Recomputed as the figures change.
class ClvCalculatorWidget : public QWidget {
    Q_OBJECT
public:
    explicit ClvCalculatorWidget(QWidget *parent = nullptr);
    QString resultText() const;

private:
    void recompute();

    QSpinBox *m_years;
    QDoubleSpinBox *m_acquisition;
    QDoubleSpinBox *m_first;
    QDoubleSpinBox *m_revenue;
    QDoubleSpinBox *m_service;
    QDoubleSpinBox *m_discount;
    QLabel *m_result;
    QTableWidget *m_table;
};

} // namespace guanxi
