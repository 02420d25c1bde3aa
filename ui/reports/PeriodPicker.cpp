// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/PeriodPicker.h"

#include "core/i18n/DateTimeText.h"
#include "core/util/LocalDays.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace guanxi {

PeriodPicker::PeriodPicker(const Clock &clock, Preset preset, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_preset->addItem(tr("Last 12 months"), Last12Months);
    m_preset->addItem(tr("This month"), ThisMonth);
    m_preset->addItem(tr("Last month"), LastMonth);
    m_preset->addItem(tr("This quarter"), ThisQuarter);
    m_preset->addItem(tr("This year"), ThisYear);
    m_preset->addItem(tr("Last year"), LastYear);
    m_preset->addItem(tr("Dates…"), Custom);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(DateTimeText::datePattern());
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Period"), this));
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    m_preset->setCurrentIndex(m_preset->findData(preset));
    applyPreset();
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        applyPreset();
        emit changed();
    });
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::editingFinished, this, [this] {
            m_preset->blockSignals(true);
            m_preset->setCurrentIndex(m_preset->findData(Custom));
            m_preset->blockSignals(false);
            emit changed();
        });
}

void PeriodPicker::applyPreset()
{
    const QDate today = localdays::today(m_clock);
    const QDate month(today.year(), today.month(), 1);
    const QDate quarter(today.year(), 3 * ((today.month() - 1) / 3) + 1, 1);
    QDate from = m_from->date(), to = m_to->date();
    switch (static_cast<Preset>(m_preset->currentData().toInt())) {
    case Last12Months:
        from = today.addYears(-1).addDays(1);
        to = today;
        break;
    case ThisMonth:
        from = month;
        to = today;
        break;
    case LastMonth:
        from = month.addMonths(-1);
        to = month.addDays(-1);
        break;
    case ThisQuarter:
        from = quarter;
        to = today;
        break;
    case ThisYear:
        from = QDate(today.year(), 1, 1);
        to = today;
        break;
    case LastYear:
        from = QDate(today.year() - 1, 1, 1);
        to = QDate(today.year() - 1, 12, 31);
        break;
    case Custom:
        break;
    }
    m_from->setDate(from);
    m_to->setDate(to);
    const bool custom = m_preset->currentData().toInt() == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
}

QDate PeriodPicker::from() const
{
    return m_from->date();
}
QDate PeriodPicker::to() const
{
    return m_to->date();
}

void PeriodPicker::setPeriod(const QDate &from, const QDate &to)
{
    m_preset->blockSignals(true);
    m_preset->setCurrentIndex(m_preset->findData(Custom));
    m_preset->blockSignals(false);
    m_from->setDate(from);
    m_to->setDate(to);
    m_from->setEnabled(true);
    m_to->setEnabled(true);
}

} // namespace guanxi
