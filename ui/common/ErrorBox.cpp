// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ErrorBox.h"

#include <QMessageBox>

namespace guanxi {

void showError(QWidget *parent, const QString &title, const Error &error)
{
    if (error.code == ErrorCode::Cancelled)
        return;
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorBox"));
    if (!error.detail.isEmpty() && error.detail != error.message && error.code != ErrorCode::Invalid
        && error.code != ErrorCode::WrongState)
        box.setDetailedText(error.detail);
    box.exec();
}

} // namespace guanxi
