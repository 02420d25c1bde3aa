// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace guanxi {

// A box to choose a customer by typing any part of its name, pinyin, phone or a contact's name:
// the same search as the global box, offering the customers the user may see. Typing after a
// choice clears it, so the chosen id always matches the name shown.
class CustomerPicker : public QLineEdit {
    Q_OBJECT
public:
    explicit CustomerPicker(const AppContext &ctx, QWidget *parent = nullptr);

    QString customerId() const { return m_customerId; }
    void setCustomer(const QString &id, const QString &name);
    // The offers for the text typed so far (for tests).
    QStringList offers() const;

signals:
    void customerChosen(const QString &customerId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void update(const QString &text);
    void choose(int row);

    AppContext m_ctx;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QString m_customerId;
    bool m_justChose = false;
};

} // namespace guanxi
