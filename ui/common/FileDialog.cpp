// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FileDialog.h"

#include <optional>

namespace guanxi {

namespace {
// Set only by tests, read and cleared on the GUI thread.
std::optional<QString> nextFileName;
QString answeredCaption;
} // namespace

bool FileDialog::takeNext(const QString &caption, QString *path)
{
    if (!nextFileName)
        return false;
    *path = *nextFileName;
    nextFileName.reset();
    answeredCaption = caption;
    return true;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString path;
    if (takeNext(caption, &path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString path;
    if (takeNext(caption, &path))
        return path;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString &path)
{
    nextFileName = path;
}

QString FileDialog::lastCaption()
{
    return answeredCaption;
}

} // namespace guanxi
