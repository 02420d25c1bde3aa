// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace guanxi {

// The documents Guanxi prints, each from an HTML template with {{placeholders}} (mustache).
enum class PrintKind { Quote, Order, Delivery };

QString printKindCode(PrintKind kind);   // "quote", "order", "delivery": the template's file name
bool printKindFromCode(const QString &code, PrintKind *out);

// Where templates come from: the user's own in `folder()` (copied there from the built-in ones to be
// edited, see README "Print templates"), else the built-in one.
class PrintTemplates {
    Q_DECLARE_TR_FUNCTIONS(PrintTemplates)
public:
    // <data folder>/templates, or the folder set for tests.
    static QString folder();
    static void setFolderForTests(const QString &path);
    static QString builtIn(PrintKind kind);
    // The user's template if there is one, else the built-in one.
    static QString load(PrintKind kind);
    // Copies the built-in templates the user does not have yet into folder(); returns the folder.
    static Result<QString> ensureUserCopies();
    // Writes the user's template (after check() found nothing wrong).
    static Status save(PrintKind kind, const QString &html);

    // The names a template of `kind` may use: {{name}} at the top, and inside {{#lines}}…{{/lines}}.
    static QStringList topNames(PrintKind kind);
    static QStringList lineNames(PrintKind kind);
    // What is wrong with a template, in the user's language: placeholders the document does not
    // have, sections opened and not closed, HTML elements not closed. Empty when it may be used.
    static QStringList check(PrintKind kind, const QString &html);
};

} // namespace guanxi
