// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace guanxi {

class Clock;

// A report's period: the last twelve months, this or last month, quarter or year, or two dates.
class PeriodPicker : public QWidget {
    Q_OBJECT
public:
    enum Preset {
        Last12Months,
        ThisMonth,
        LastMonth,
        ThisQuarter,
        ThisYear,
        LastYear,
        Custom
    };

    PeriodPicker(const Clock &clock, Preset preset, QWidget *parent = nullptr);
    QDate from() const;
    QDate to() const;
    void setPeriod(const QDate &from, const QDate &to);

signals:
    void changed();

private:
    void applyPreset();

    const Clock &m_clock;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace guanxi
