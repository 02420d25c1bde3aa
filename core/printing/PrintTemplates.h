// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace guanxi {

// The documents Guanxi prints, each from an HTML template with {{placeholders}} (mustache).
enum class PrintKind {
    Quote,
    Order,
    Delivery
};

QString printKindCode(PrintKind kind); // "quote", "order", "delivery": the template's file name
bool printKindFromCode(const QString &code, PrintKind *out);

// Where templates come from: the user's own in `folder()`/<language>/ (copied there from the
// built-in ones to be edited, see README "Print templates"), else the built-in one. Each template
// exists in every language a document is printed in (DocumentLanguage::all()); a zh_CN template
// saved before there were languages, directly in `folder()`, is still used for zh_CN.
class PrintTemplates {
    Q_DECLARE_TR_FUNCTIONS(PrintTemplates)
public:
    // <data folder>/templates, or the folder set for tests.
    static QString folder();
    static void setFolderForTests(const QString &path);
    static QString builtIn(PrintKind kind, const QString &language);
    // The user's template if there is one, else the built-in one.
    static QString load(PrintKind kind, const QString &language);
    // Copies the built-in templates the user does not have yet into folder(); returns the folder.
    static Result<QString> ensureUserCopies();
    // Writes the user's template (after check() found nothing wrong).
    static Status save(PrintKind kind, const QString &language, const QString &html);

    // The names a template of `kind` may use: {{name}} at the top, and inside {{#lines}}…{{/lines}}.
    static QStringList topNames(PrintKind kind);
    static QStringList lineNames(PrintKind kind);
    // What is wrong with a template, in the user's language: placeholders the document does not
    // have, sections opened and not closed, HTML elements not closed. Empty when it may be used.
    static QStringList check(PrintKind kind, const QString &html);

private:
    static QString userPath(PrintKind kind, const QString &language);
};

} // namespace guanxi
