// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printing/PrintTemplates.h"

#include <QByteArray>
#include <QString>

namespace guanxi {

// A document filled in and ready to lay out on paper: the HTML from its template, the watermark
// to draw across every page (a quote still waiting for approval says 草稿), and the logo the HTML
// refers to as "logo".
struct PrintableDocument {
    PrintKind kind = PrintKind::Quote;
    QString id;
    QString number;
    QString title;
    QString variant; // "" or "warehouse" (a delivery note without prices)
    QString html;
    QString watermark;
    QByteArray logo;
    QString language; // zh_CN, zh_TW or en: what the document speaks
    QString footer;   // "%1 %2 — page %3 of %4" (title, number, page, pages) in that language
};

} // namespace guanxi
