// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Steps a GUI test takes as a user would: answering a modal dialog, typing Chinese.
#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace guanxi::test {

// Runs `steps` on the next modal dialog of type T once it is open (polling, since one modal
// dialog may open another). A dialog that has not opened after `triesLeft` polls of 10 ms fails the
// running test, naming the dialog: a test that waits for a question the program never asks must
// not pass. (For QMessageBox and QFileDialog, MessageBox::setNextAnswer and
// FileDialog::setNextFileName answer without any dialog.)
template <typename T> void whenModalOpens(std::function<void(T *)> steps, int triesLeft = 500);

// For a test that a dialog does not open: runs `steps` if a modal T opens within `triesLeft` polls,
// and otherwise nothing.
template <typename T> void ifModalOpens(std::function<void(T *)> steps, int triesLeft)
{
    QTimer::singleShot(10, [steps, triesLeft] {
        if (auto *w = qobject_cast<T *>(QApplication::activeModalWidget()))
            steps(w);
        else if (triesLeft > 0)
            ifModalOpens<T>(steps, triesLeft - 1);
    });
}

template <typename T> void whenModalOpens(std::function<void(T *)> steps, int triesLeft)
{
    QTimer::singleShot(10, [steps, triesLeft] {
        if (auto *w = qobject_cast<T *>(QApplication::activeModalWidget())) {
            steps(w);
            return;
        }
        if (triesLeft > 0) {
            whenModalOpens<T>(steps, triesLeft - 1);
            return;
        }
        QTest::qFail(qPrintable(QStringLiteral("the %1 the test waited for never opened")
                                    .arg(QString::fromLatin1(T::staticMetaObject.className()))),
                     __FILE__, __LINE__);
    });
}

// The visible window of type T that is not modal (a customer card beside the list); null when
// there is none. The newest when several are open.
template <typename T> T *shownWindow()
{
    T *found = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            found = t;
    return found;
}

// Text as an input method commits it (how Chinese reaches a field).
inline void type(QWidget *w, const QString &text)
{
    w->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(w, &commit);
}

} // namespace guanxi::test
