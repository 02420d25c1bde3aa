// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli import: import customers, contacts or leads.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/Options.h"
#include "app/cli/Output.h"
#include "app/cli/commands/AllCommands.h"
#include "core/importexport/Importer.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace guanxi::cli {

namespace {

QJsonObject reportJson(const ImportTable &table, const ImportOptions &options, const ImportReport &r)
{
    QJsonArray rejected, duplicates, unverified, mapping;
    for (const ImportRejection &x : r.rejected)
        rejected.append(QJsonObject{{QStringLiteral("line"), x.line}, {QStringLiteral("reason"), x.reason}});
    for (const ImportNote &n : r.duplicates)
        duplicates.append(QJsonObject{{QStringLiteral("line"), n.line}, {QStringLiteral("message"), n.message}});
    for (const ImportNote &n : r.unverified)
        unverified.append(QJsonObject{{QStringLiteral("line"), n.line}, {QStringLiteral("message"), n.message}});
    for (qsizetype i = 0; i < table.headers.size(); ++i)
        mapping.append(QJsonObject{{QStringLiteral("column"), table.headers.at(i)},
                                   {QStringLiteral("field"), importFieldCode(options.mapping.columns.at(i))}});
    return {{QStringLiteral("format"), table.format},
            {QStringLiteral("rows"), r.rows},
            {QStringLiteral("created"), r.created},
            {QStringLiteral("updated"), r.updated},
            {QStringLiteral("skipped"), r.skipped},
            {QStringLiteral("contacts_created"), r.contactsCreated},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("unverified"), unverified},
            {QStringLiteral("mapping"), mapping},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
            {QStringLiteral("committed"), r.committed},
            {QStringLiteral("elapsed_ms"), r.elapsedMs}};
}

class ImportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override
    {
        return Cli::tr("  import customers|contacts|leads FILE   from .csv (UTF-8 or GBK), .xlsx or .vcf");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            options::format(),
            options::make(
                QStringLiteral("on-duplicate"),
                QT_TRANSLATE_NOOP(
                    "Cli", "What import does with a row that is already in the database: skip, update or create."),
                QStringLiteral("ACTION"), QStringLiteral("skip")),
            options::make(QStringLiteral("rejects"),
                          QT_TRANSLATE_NOOP("Cli", "Write the rows import refused, with the reason, to this CSV file."),
                          QStringLiteral("FILE")),
            options::make(
                QStringLiteral("keep-owner-and-dates"),
                QT_TRANSLATE_NOOP("Cli", "Take owner, created and last-contact dates from the file (import).")),
            options::make(QStringLiteral("dry-run"),
                          QT_TRANSLATE_NOOP("Cli", "Check the file and report what import would do, writing nothing.")),
            options::make(
                QStringLiteral("encoding"),
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The encoding of a CSV file to import, e.g. GBK, Big5, Shift_JIS, windows-1252 (import; default: detected)."),
                QStringLiteral("NAME")),
            options::make(
                QStringLiteral("sheet"),
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The worksheet of a workbook to import (import; default: the one shown when it was saved, or the first with data)."),
                QStringLiteral("NAME"))};
    }
    int run(CliContext &ctx) const override;
};

int ImportCommand::run(CliContext &ctx) const
{
    const QStringList args = ctx.positional();
    ImportTarget target;
    if (args.size() != 2 || !importTargetFromCode(args.at(0), &target))
        return ctx.usage(
            Cli::tr("Usage: guanxi-cli import customers|contacts|leads FILE [--on-duplicate skip|update|create] "
                    "[--rejects FILE] [--keep-owner-and-dates] [--encoding NAME] [--sheet NAME] [--dry-run]"));
    ImportOptions options;
    options.target = target;
    if (!fromCode(ctx.parser().value(QStringLiteral("on-duplicate")), &options.onDuplicate))
        return ctx.usage(Cli::tr("--on-duplicate takes skip, update or create."));
    options.keepOwnerAndDates = ctx.parser().isSet(QStringLiteral("keep-owner-and-dates"));
    Format fmt;
    if (!parseFormat(ctx.parser().value(QStringLiteral("format")), &fmt))
        return ctx.usage(Cli::tr("--format takes table, csv or json."));

    const QString encoding = ctx.parser().value(QStringLiteral("encoding"));
    Result<ImportTable> table = ImportFiles::read(args.at(1), encoding, ctx.parser().value(QStringLiteral("sheet")));
    if (!table)
        return ctx.fail(table.error());
    // A file whose encoding nobody can be sure of is not written as garbled text: the user says.
    if (table->encodingUncertain)
        return ctx.fail({ErrorCode::Invalid,
                         Cli::tr("The encoding of %1 is not certain (the detector's guesses: %2). Say which it is "
                                 "with --encoding, for example --encoding GBK or --encoding Shift_JIS.")
                             .arg(args.at(1), table->encodingCandidates.mid(0, 4).join(QStringLiteral(", "))),
                         {}});
    options.mapping = ColumnMapping::guess(table->headers, target);
    Result<CliContext::Opened> opened = ctx.open();
    if (!opened)
        return ctx.fail(opened.error());
    Database *const db = opened->db;
    const Session &actor = opened->actor;
    const bool commit = !ctx.parser().isSet(QStringLiteral("dry-run"));
    Result<ImportReport> report =
        Importer(*db, Clock::system()).run(actor, *table, options, commit, ctx.progressLine(Cli::tr("Importing")));
    if (!report)
        return ctx.fail(report.error());

    const QString rejectsPath = ctx.parser().value(QStringLiteral("rejects"));
    if (!rejectsPath.isEmpty() && !report->rejected.isEmpty()) {
        QSaveFile f(rejectsPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(Importer::rejectsCsv(*table, *report)) < 0 || !f.commit())
            return ctx.fail({ErrorCode::Storage, Cli::tr("Cannot write %1: %2").arg(rejectsPath, f.errorString()), {}});
    }
    if (fmt == Format::Json) {
        printJson(ctx.out(), reportJson(*table, options, *report));
        return ExitOk;
    }
    for (const QString &w : report->warnings)
        ctx.err() << Cli::tr("Note: %1").arg(w) << '\n';
    for (const ImportRejection &r : report->rejected)
        ctx.err() << Cli::tr("Line %1: %2").arg(r.line).arg(r.reason) << '\n';
    for (const ImportNote &n : report->unverified)
        ctx.err() << Cli::tr("Line %1, not checked: %2").arg(n.line).arg(n.message) << '\n';
    ctx.out() << (commit
                      ? Cli::tr("Imported %1 (%2 rows): %3 created, %4 updated, %5 skipped as duplicates, %6 rejected; "
                                "%7 contacts added. %8 ms.")
                      : Cli::tr("Dry run of %1 (%2 rows), nothing written: %3 would be created, %4 updated, %5 skipped "
                                "as duplicates, %6 rejected; %7 contacts added. %8 ms."))
                     .arg(table->format)
                     .arg(report->rows)
                     .arg(report->created)
                     .arg(report->updated)
                     .arg(report->skipped)
                     .arg(report->rejected.size())
                     .arg(report->contactsCreated)
                     .arg(report->elapsedMs)
              << '\n';
    if (!report->unverified.isEmpty())
        ctx.out() << Cli::tr("%n value(s) could not be read and were left out of their records; each record keeps "
                             "them in its notes (listed above by line).",
                             "", int(report->unverified.size()))
                  << '\n';
    // Columns no field took are said, not dropped: their values are in the records' notes.
    QStringList kept;
    for (qsizetype i = 0; i < table->headers.size(); ++i)
        if (options.mapping.columns.value(i) == ImportField::KeepInNotes && !table->headers.at(i).trimmed().isEmpty())
            kept.append(table->headers.at(i));
    if (!kept.isEmpty())
        ctx.out() << Cli::tr("Columns without a field of their own, kept in the records' notes under their names: %1")
                         .arg(kept.join(QStringLiteral(", ")))
                  << '\n';
    if (!report->rejected.isEmpty() && !rejectsPath.isEmpty())
        ctx.out() << Cli::tr("The rejected rows, with the reason for each, are in %1.").arg(rejectsPath) << '\n';
    return ExitOk;
}

} // namespace

std::unique_ptr<const Command> commands::makeImport()
{
    return std::make_unique<ImportCommand>();
}

} // namespace guanxi::cli
