// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Steps a GUI test takes as a user would: answering a modal dialog, typing Chinese.
#include <QApplication>
#include <QInputMethodEvent>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace guanxi::test {

// Runs `steps` on the next modal dialog of type T once it is open (polling, since one modal
// dialog may open another).
template <typename T>
void whenModalOpens(std::function<void(T *)> steps, int triesLeft = 200)
{
    QTimer::singleShot(10, [steps, triesLeft] {
        if (auto *w = qobject_cast<T *>(QApplication::activeModalWidget())) {
            steps(w);
            return;
        }
        if (triesLeft > 0)
            whenModalOpens<T>(steps, triesLeft - 1);
    });
}

// The visible window of type T that is not modal (a customer card beside the list); null when
// there is none. The newest when several are open.
template <typename T>
T *shownWindow()
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
