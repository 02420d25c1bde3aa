// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/RfmAnalysis.h"

#include <QDialog>

#include <array>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace guanxi {

// The user's own RFM cut points instead of quintiles: four per measure, each a step up from the
// one before (recency: at most so many days scores higher).
class RfmThresholdsDialog : public QDialog {
    Q_OBJECT
public:
    RfmThresholdsDialog(const RfmThresholds &start, QWidget *parent = nullptr);
    RfmThresholds thresholds() const;
    void accept() override;

private:
    std::array<QSpinBox *, 4> m_recency{};
    std::array<QSpinBox *, 4> m_frequency{};
    std::array<QDoubleSpinBox *, 4> m_monetary{};
    QLabel *m_problem;
};

} // namespace guanxi
