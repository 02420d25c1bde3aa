// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QGroupBox>

class QLabel;

namespace guanxi {

// On the customer card: how likely the customer is still buying, how many purchases to expect in
// the next year and what they are worth (CLV), by the models last fitted in the report center.
class CustomerValueBox : public QGroupBox {
    Q_OBJECT
public:
    explicit CustomerValueBox(const AppContext &ctx, QWidget *parent = nullptr);
    void setCustomer(const QString &customerId);
    QString text() const;

private:
    AppContext m_ctx;
    QLabel *m_figures;
};

} // namespace guanxi
