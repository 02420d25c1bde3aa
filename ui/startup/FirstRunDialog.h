// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace guanxi {

// The first start on a new database: who you are, and whether to begin empty or with demo data.
class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice {
        StartEmpty,
        LoadDemo
    };
    explicit FirstRunDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString displayName() const;

private:
    QLineEdit *m_name;
    Choice m_choice = StartEmpty;
};

} // namespace guanxi
