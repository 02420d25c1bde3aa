// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printing/PrintTemplates.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace guanxi {

// The user's own print templates: the HTML on the left, the document it makes on the right, filled
// with the newest quote, order or delivery note the user can see, updated as they type. What is
// wrong (an unknown placeholder, broken HTML) is listed under the editor, and such a template is
// not saved. Saved templates live in PrintTemplates::folder(), where they can also be edited with
// any editor.
class TemplateEditorDialog : public QDialog {
    Q_OBJECT
public:
    explicit TemplateEditorDialog(const AppContext &ctx, QWidget *parent = nullptr);

    void setKind(PrintKind kind);
    void setLanguage(const QString &language); // zh_CN, zh_TW, en: each template exists in each
    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    QString problems() const;

public slots:
    bool save();
    void refreshPreview();

private:
    PrintKind kind() const;
    QString language() const;
    void loadTemplate();
    // The newest document of the kind the user may see, to preview with real data.
    QString sampleId(PrintKind kind) const;

    AppContext m_ctx;
    QComboBox *m_kind;
    QComboBox *m_language;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QLabel *m_problems;
    QTimer *m_debounce;
};

} // namespace guanxi
