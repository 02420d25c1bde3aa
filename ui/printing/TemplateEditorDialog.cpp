// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/TemplateEditorDialog.h"

#include "core/orders/OrderService.h"
#include "core/printing/DocumentLanguage.h"
#include "core/printing/DocumentPrinter.h"
#include "core/quotes/QuoteService.h"
#include "ui/common/ErrorBox.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace guanxi {

TemplateEditorDialog::TemplateEditorDialog(const AppContext &ctx, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("templateEditor"));
    setWindowTitle(tr("Print templates"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("templateKind"));
    m_kind->addItem(tr("Quote"), int(PrintKind::Quote));
    m_kind->addItem(tr("Contract / order"), int(PrintKind::Order));
    m_kind->addItem(tr("Delivery note"), int(PrintKind::Delivery));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    for (const QString &code : DocumentLanguage::all())
        m_language->addItem(DocumentLanguage::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(DocumentLanguage().code())));
    top->addWidget(new QLabel(tr("Template:"), this));
    top->addWidget(m_kind);
    top->addWidget(new QLabel(tr("Language:"), this));
    top->addWidget(m_language);
    auto *folder = new QLabel(tr("Saved in %1").arg(PrintTemplates::folder()), this);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(folder, 1);
    layout->addLayout(top);

    auto *split = new QSplitter(this);
    m_editor = new QPlainTextEdit(split);
    m_editor->setObjectName(QStringLiteral("templateText"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview = new QTextBrowser(split);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    split->addWidget(m_editor);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("templateProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_problems);

    auto *buttons = new QHBoxLayout;
    auto *save = new QPushButton(tr("&Save"), this);
    save->setObjectName(QStringLiteral("saveTemplate"));
    auto *builtIn = new QPushButton(tr("&Restore the built-in one"), this);
    builtIn->setObjectName(QStringLiteral("restoreTemplate"));
    auto *openFolder = new QPushButton(tr("Open the &folder"), this);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(save);
    buttons->addWidget(builtIn);
    buttons->addWidget(openFolder);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &TemplateEditorDialog::refreshPreview);
    connect(m_editor, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::loadTemplate);
    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::loadTemplate);
    connect(save, &QPushButton::clicked, this, &TemplateEditorDialog::save);
    connect(builtIn, &QPushButton::clicked, this,
            [this] { m_editor->setPlainText(PrintTemplates::builtIn(kind(), language())); });
    connect(openFolder, &QPushButton::clicked, this, [this] {
        if (Result<QString> dir = PrintTemplates::ensureUserCopies())
            QDesktopServices::openUrl(QUrl::fromLocalFile(*dir));
        else
            showError(this, tr("The folder cannot be opened"), dir.error());
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    setKind(PrintKind::Quote);
    resize(1300, 800);
}

PrintKind TemplateEditorDialog::kind() const
{
    return static_cast<PrintKind>(m_kind->currentData().toInt());
}

QString TemplateEditorDialog::language() const
{
    return m_language->currentData().toString();
}

void TemplateEditorDialog::setKind(PrintKind k)
{
    const QSignalBlocker quiet(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(int(k)));
    loadTemplate();
}

void TemplateEditorDialog::setLanguage(const QString &code)
{
    const QSignalBlocker quiet(m_language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(code)));
    loadTemplate();
}

void TemplateEditorDialog::loadTemplate()
{
    m_editor->setPlainText(PrintTemplates::load(kind(), language()));
    refreshPreview();
}

QString TemplateEditorDialog::problems() const
{
    return m_problems->text();
}

QString TemplateEditorDialog::sampleId(PrintKind k) const
{
    if (k == PrintKind::Quote) {
        Result<QList<Quote>> quotes = QuoteService(*m_ctx.db, *m_ctx.clock).list(m_ctx.session, {}, 1);
        return quotes && !quotes->isEmpty() ? quotes->first().id : QString();
    }
    Result<QList<Order>> orders = OrderService(*m_ctx.db, *m_ctx.clock).list(m_ctx.session, {}, 50);
    if (!orders)
        return {};
    for (const Order &header : *orders) {
        if (header.quoteId.isEmpty())
            continue; // orders from before quotes have no lines to show
        if (k == PrintKind::Order)
            return header.id;
        Result<Order> full = OrderService(*m_ctx.db, *m_ctx.clock).get(m_ctx.session, header.id);
        if (full && !full->deliveries.isEmpty())
            return full->deliveries.last().id;
    }
    return {};
}

void TemplateEditorDialog::refreshPreview()
{
    const QString html = m_editor->toPlainText();
    const QStringList problems = PrintTemplates::check(kind(), html);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    if (!problems.isEmpty())
        return; // the preview keeps the last good rendering
    const QString id = sampleId(kind());
    if (id.isEmpty()) {
        m_preview->setHtml(html);
        return;
    }
    Result<PrintableDocument> doc =
        DocumentPrinter(*m_ctx.db, *m_ctx.clock).prepareWith(m_ctx.session, kind(), id, false, html, language());
    if (!doc) {
        m_problems->setText(doc.error().message);
        return;
    }
    if (!doc->logo.isEmpty())
        m_preview->document()->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("logo")),
                                           QImage::fromData(doc->logo));
    m_preview->setHtml(doc->html);
}

bool TemplateEditorDialog::save()
{
    const QStringList problems = PrintTemplates::check(kind(), m_editor->toPlainText());
    if (!problems.isEmpty()) {
        m_problems->setText(tr("Not saved:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
        return false;
    }
    if (Status s = PrintTemplates::save(kind(), language(), m_editor->toPlainText()); !s) {
        showError(this, tr("The template was not saved"), s.error());
        return false;
    }
    m_problems->setText(QString());
    return true;
}

} // namespace guanxi
