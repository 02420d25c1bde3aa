// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/RfmThresholdsDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace guanxi {

RfmThresholdsDialog::RfmThresholdsDialog(const RfmThresholds &start, QWidget *parent)
    : QDialog(parent)
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("rfmThresholdsDialog"));
    setWindowTitle(tr("RFM cut points"));
    auto *grid = new QGridLayout;
    for (int k = 0; k < 4; ++k)
        grid->addWidget(new QLabel(tr("score %1 from").arg(k + 2), this), 0, k + 1);
    grid->addWidget(new QLabel(tr("Recency: at most … days since the last order"), this), 1, 0);
    grid->addWidget(new QLabel(tr("Frequency: at least … order days"), this), 2, 0);
    grid->addWidget(new QLabel(tr("Monetary: at least … yuan"), this), 3, 0);
    for (int k = 0; k < 4; ++k) {
        // Recency scores 5 at the first (smallest) cut point: shown from score 2 up, so the order
        // of the boxes is reversed for it.
        m_recency[size_t(k)] = new QSpinBox(this);
        m_recency[size_t(k)]->setRange(0, 3650);
        m_recency[size_t(k)]->setValue(start.recencyDays[size_t(3 - k)]);
        m_frequency[size_t(k)] = new QSpinBox(this);
        m_frequency[size_t(k)]->setRange(0, 10000);
        m_frequency[size_t(k)]->setValue(start.frequency[size_t(k)]);
        m_monetary[size_t(k)] = new QDoubleSpinBox(this);
        m_monetary[size_t(k)]->setRange(0, 1e10);
        m_monetary[size_t(k)]->setDecimals(0);
        m_monetary[size_t(k)]->setGroupSeparatorShown(true);
        m_monetary[size_t(k)]->setValue(double(start.monetaryMinor[size_t(k)]) / 100.0);
        grid->addWidget(m_recency[size_t(k)], 1, k + 1);
        grid->addWidget(m_frequency[size_t(k)], 2, k + 1);
        grid->addWidget(m_monetary[size_t(k)], 3, k + 1);
    }
    m_problem->setObjectName(QStringLiteral("rfmThresholdsProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RfmThresholdsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

RfmThresholds RfmThresholdsDialog::thresholds() const
{
    RfmThresholds t;
    for (size_t k = 0; k < 4; ++k) {
        t.recencyDays[3 - k] = m_recency[k]->value();
        t.frequency[k] = m_frequency[k]->value();
        t.monetaryMinor[k] = std::llround(m_monetary[k]->value() * 100.0);
    }
    return t;
}

void RfmThresholdsDialog::accept()
{
    const RfmThresholds t = thresholds();
    const auto up = [](const auto &a) { return std::is_sorted(a.begin(), a.end()); };
    if (!up(t.recencyDays) || !up(t.frequency) || !up(t.monetaryMinor)) {
        m_problem->setText(tr("Each row's cut points must go one way: recency days down from score 2 to 5, order days "
                              "and yuan up."));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace guanxi
