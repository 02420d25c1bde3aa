// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace guanxi {

// Spin boxes, date edits and combo boxes take the mouse wheel only when they have the focus.
// Scrolling a long form (Settings) with the wheel otherwise changes whatever field passes under
// the pointer: 普通客户 went from 从不 to 2 天, which sends customers to the public pool after two
// days. Unfocused, the wheel scrolls the page instead; a click or Tab gives the field the focus
// (and the wheel) as before. Installed once on the application.
class WheelGuard : public QObject {
    Q_OBJECT
public:
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace guanxi
