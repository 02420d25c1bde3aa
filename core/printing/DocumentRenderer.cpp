// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/DocumentRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace guanxi {

namespace {

QFont documentFont(qreal points)
{
    QFont f;
    // The first of these that is installed (Linux, Windows, macOS); Qt falls back per character.
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei"),
                   QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
                   QStringLiteral("Source Han Sans SC"), QStringLiteral("sans-serif")});
    f.setPointSizeF(points);
    return f;
}

} // namespace

Result<int> DocumentRenderer::paint(const PrintableDocument &doc, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return Error{ErrorCode::Storage, tr("The printer or file cannot be used; nothing was printed."), {}};
    const QRect area = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal footerHeight = 0.06 * area.height();
    const QSizeF body(area.width(), area.height() - footerHeight);

    QTextDocument text;
    text.documentLayout()->setPaintDevice(device); // lay out at the device's resolution
    text.setDefaultFont(documentFont(10));
    text.setDocumentMargin(0);
    if (!doc.logo.isEmpty()) {
        QImage logo;
        if (logo.loadFromData(doc.logo))
            text.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("logo")), logo);
    }
    text.setHtml(doc.html);
    text.setPageSize(body);
    const int pages = text.pageCount();

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return Error{ErrorCode::Storage, tr("The printer stopped after page %1.").arg(page), {}};
        }
        if (!doc.watermark.isEmpty()) {
            painter.save();
            painter.translate(area.width() / 2.0, body.height() / 2.0);
            painter.rotate(-35);
            QFont big = documentFont(72);
            big.setBold(true);
            painter.setFont(big);
            painter.setPen(QColor(200, 0, 0, 60));
            const QRectF box(-area.width(), -area.height() / 4.0, 2.0 * area.width(), area.height() / 2.0);
            painter.drawText(box, Qt::AlignCenter, doc.watermark);
            painter.restore();
        }
        painter.save();
        painter.translate(0, -page * body.height());
        text.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();
        painter.setFont(documentFont(8));
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(0, body.height(), area.width(), footerHeight), Qt::AlignCenter,
                         (doc.footer.isEmpty() ? tr("%1 %2 — page %3 of %4") : doc.footer)
                             .arg(doc.title, doc.number)
                             .arg(page + 1)
                             .arg(pages));
    }
    painter.end();
    return pages;
}

Result<int> DocumentRenderer::writePdf(const PrintableDocument &doc, const QString &path, const QPageSize &pageSize)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Storage, tr("%1 cannot be written: %2").arg(path, file.errorString()), {}};
    Result<int> pages = Error{};
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(pageSize);
        pdf.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(QStringLiteral("%1 %2").arg(doc.title, doc.number));
        pdf.setCreator(QStringLiteral("Guanxi CRM"));
        pages = paint(doc, &pdf);
    }
    if (!pages) {
        file.cancelWriting();
        return pages.error();
    }
    if (!file.commit())
        return Error{ErrorCode::Storage, tr("%1 cannot be written: %2").arg(path, file.errorString()), {}};
    return pages;
}

} // namespace guanxi
