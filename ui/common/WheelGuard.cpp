// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QWheelEvent>

namespace guanxi {

namespace {

bool isGuarded(QObject *o)
{
    return qobject_cast<QAbstractSpinBox *>(o) || qobject_cast<QComboBox *>(o);
}

} // namespace

void WheelGuard::install()
{
    static WheelGuard *guard = nullptr;
    if (guard || !qApp)
        return;
    guard = new WheelGuard(qApp);
    qApp->installEventFilter(guard);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish && isGuarded(watched)) {
        // With "wheel focus" a wheel turn would first give the field the focus, then change it.
        auto *w = static_cast<QWidget *>(watched);
        if (w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
    } else if (event->type() == QEvent::Wheel && isGuarded(watched) && !static_cast<QWidget *>(watched)->hasFocus()) {
        // The turn goes up to the parents instead, to the first that takes it (the scroll area
        // around the form), as Qt would pass on a turn the field ignored. Handed on by hand: Qt
        // passes on only the events that come from the window system.
        auto *w = static_cast<QWidget *>(watched);
        auto *wheel = static_cast<QWheelEvent *>(event);
        QPointF at = wheel->position();
        for (QWidget *child = w, *parent = w->parentWidget(); parent && !child->isWindow();
             child = parent, parent = parent->parentWidget()) {
            at = child->mapToParent(at);
            QWheelEvent passed(at, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                               wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source(),
                               wheel->pointingDevice());
            passed.setAccepted(false);
            if (QCoreApplication::sendEvent(parent, &passed) && passed.isAccepted())
                break;
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace guanxi
