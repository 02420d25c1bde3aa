// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDialog>

namespace guanxi {

// QFileDialog's static calls, with one seam for tests: setNextFileName() answers the next call at
// once with that path (an empty one: the user cancelled), without a dialog. The program itself never
// sets one, so it always asks the user. (KeePassXC's FileDialog is the model.)
class FileDialog {
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {});
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {});

    // For tests: the next call returns `path` without showing anything.
    static void setNextFileName(const QString &path);
    // For tests: the caption of the last call answered by setNextFileName().
    static QString lastCaption();

private:
    static bool takeNext(const QString &caption, QString *path);
};

} // namespace guanxi
