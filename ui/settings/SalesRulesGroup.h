// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace guanxi {

// Settings → sales rules, for managers and administrators: when customers go back to the public
// pool (公海) and how many a salesperson may claim a day; how new leads are assigned; what the
// duplicate guard does; which mail domains are public; the country of numbers without a code.
class SalesRulesGroup : public QGroupBox {
    Q_OBJECT
public:
    SalesRulesGroup(const AppContext &ctx, QWidget *parent = nullptr);

private:
    void load();
    void save();

    AppContext m_ctx;
    QSpinBox *m_normal = nullptr;
    QSpinBox *m_important = nullptr;
    QSpinBox *m_vip = nullptr;
    QSpinBox *m_claims = nullptr;
    QComboBox *m_leadMode = nullptr;
    QComboBox *m_duplicates = nullptr;
    QListWidget *m_turns = nullptr;
    QLineEdit *m_publicDomains = nullptr;
    QComboBox *m_phoneRegion = nullptr;
};

} // namespace guanxi
