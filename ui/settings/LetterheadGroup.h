// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QByteArray>
#include <QGroupBox>

class QLabel;
class QLineEdit;

namespace guanxi {

// Settings → letterhead and print templates: the company's name, address, phone, tax number, bank
// account and logo on every printed document (managers and administrators change them), and the
// template editor.
class LetterheadGroup : public QGroupBox {
    Q_OBJECT
public:
    explicit LetterheadGroup(const AppContext &ctx, QWidget *parent = nullptr);

private:
    void save();
    void showLogo();

    AppContext m_ctx;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_taxId;
    QLineEdit *m_bank;
    QLabel *m_logoView;
    QByteArray m_logo;
};

} // namespace guanxi
