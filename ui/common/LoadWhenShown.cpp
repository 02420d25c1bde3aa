// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/LoadWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace guanxi {

LoadWhenShown::LoadWhenShown(QWidget *page, std::function<void()> load, Reading reading)
    : QObject(page)
    , m_page(page)
    , m_load(std::move(load))
    , m_reading(reading)
{
    page->installEventFilter(this);
}

void LoadWhenShown::request()
{
    if (m_page->isVisible()) {
        m_pending = false;
        m_load();
        return;
    }
    m_pending = true;
}

bool LoadWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    // Show comes before the first paint, so the page is never painted with what it held before. A
    // spontaneous one (the window restored from the task bar) is no turn to the page.
    const bool turnedTo = m_reading == Reading::EveryTimeShown && !event->spontaneous();
    if (watched == m_page && event->type() == QEvent::Show && (m_pending || turnedTo)) {
        m_pending = false;
        m_load();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace guanxi
