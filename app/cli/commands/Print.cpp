// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli print: print a document to PDF.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/Options.h"
#include "app/cli/Output.h"
#include "app/cli/commands/AllCommands.h"
#include "core/printing/DocumentLanguage.h"
#include "core/printing/DocumentPrinter.h"
#include "core/printing/DocumentRenderer.h"
#include "core/util/Clock.h"

namespace guanxi::cli {

namespace {

class PrintCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("print"); }
    QString synopsis() const override
    {
        return Cli::tr(
            "  print quote|order|delivery ID --pdf FILE [--warehouse] [--language zh_CN|zh_TW|en]   the printed document as PDF");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            options::make(QStringLiteral("pdf"),
                          QT_TRANSLATE_NOOP("Cli", "Write the printed document to this PDF file (print)."),
                          QStringLiteral("FILE")),
            options::make(QStringLiteral("warehouse"),
                          QT_TRANSLATE_NOOP("Cli", "The warehouse copy of a delivery note, without prices (print).")),
            options::make(
                QStringLiteral("language"),
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The language of the printed document: zh_CN, zh_TW or en (print; default: the customer's)."),
                QStringLiteral("LANGUAGE"))};
    }
    int run(CliContext &ctx) const override;
};

int PrintCommand::run(CliContext &ctx) const
{
    const QStringList args = ctx.parser().positionalArguments();
    PrintKind kind;
    if (args.size() < 3 || !printKindFromCode(args.at(1), &kind) || !ctx.parser().isSet(QStringLiteral("pdf")))
        return ctx.usage(Cli::tr(
            "Usage: guanxi-cli print quote|order|delivery ID --pdf FILE [--warehouse] [--language zh_CN|zh_TW|en]"));
    const QString language = ctx.parser().value(QStringLiteral("language"));
    if (!language.isEmpty() && !DocumentLanguage::all().contains(language))
        return ctx.usage(Cli::tr("--language is one of %1.").arg(DocumentLanguage::all().join(QStringLiteral(", "))));
    Result<CliContext::Opened> opened = ctx.open();
    if (!opened)
        return ctx.fail(opened.error());
    DocumentPrinter printer(*opened->db, Clock::system());
    Result<PrintableDocument> doc =
        printer.prepare(opened->actor, kind, args.at(2), ctx.parser().isSet(QStringLiteral("warehouse")), language);
    if (!doc)
        return ctx.fail(doc.error());
    const QString path = ctx.parser().value(QStringLiteral("pdf"));
    Result<int> pages = DocumentRenderer::writePdf(*doc, path);
    if (!pages)
        return ctx.fail(pages.error());
    if (Status s = printer.log(opened->actor, *doc, DocumentPrinter::Action::Pdf, 1, path); !s)
        return ctx.fail(s.error());
    ctx.out() << Cli::tr("Wrote %1 (%2, %n page(s)).", nullptr, *pages).arg(path, doc->number) << '\n';
    return ExitOk;
}

} // namespace

std::unique_ptr<const Command> commands::makePrint()
{
    return std::make_unique<PrintCommand>();
}

} // namespace guanxi::cli
