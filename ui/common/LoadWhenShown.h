// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace guanxi {

// Holds a page's reading until the page is on screen. The main window builds every page at start
// and pages are told when their data may have changed (a quote ordered, a customer made from a
// lead); a page that is not shown reads nothing then, and reads once when the user turns to it.
// So the start costs only the page that is shown, whatever the size of the database.
class LoadWhenShown : public QObject {
public:
    enum class Reading {
        Once,           // when first shown, and when shown after a request() came while hidden
        EveryTimeShown, // also each time the user turns to the page: what it shows changes elsewhere
    };
    LoadWhenShown(QWidget *page, std::function<void()> load, Reading reading = Reading::Once);

    // Reads now when the page is on screen, otherwise when it is next shown.
    void request();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page;
    std::function<void()> m_load;
    Reading m_reading;
    bool m_pending = false;
};

} // namespace guanxi
