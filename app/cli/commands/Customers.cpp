// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli customers: list, add, show, edit, delete and restore customers.
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/Options.h"
#include "app/cli/Output.h"
#include "app/cli/commands/AllCommands.h"
#include "core/customers/CustomerListQuery.h"
#include "core/customers/CustomerService.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace guanxi::cli {

namespace {

QString isoTime(qint64 ms)
{
    return ms <= 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// An owner given by login name (or id); empty means unowned.
Result<QString> ownerIdFor(Database &db, const QString &loginOrId)
{
    if (loginOrId.isEmpty())
        return QString();
    Result<QList<User>> users = UserService(db, Clock::system()).users();
    if (!users)
        return users.error();
    for (const User &u : *users) {
        if (u.login == loginOrId || u.id == loginOrId)
            return u.id;
    }
    return Error{ErrorCode::Invalid, Cli::tr("There is no user with the login %1.").arg(loginOrId), {}};
}

QJsonObject toJson(const Customer &c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.fields.name},
        {QStringLiteral("short_name"), c.fields.shortName},
        {QStringLiteral("kind"), codeOf(c.fields.kind)},
        {QStringLiteral("tier"), tierCode(c.fields.tier)},
        {QStringLiteral("stage"), codeOf(c.fields.stage)},
        {QStringLiteral("value_type"), codeOf(c.fields.valueType)},
        {QStringLiteral("city"), c.fields.city},
        {QStringLiteral("address"), c.fields.address},
        {QStringLiteral("website"), c.fields.website},
        {QStringLiteral("source"), c.fields.source},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.fields.tags)},
        {QStringLiteral("region"), c.fields.region},
        {QStringLiteral("industry"), c.fields.industry},
        {QStringLiteral("phone"), c.fields.phone},
        {QStringLiteral("email"), c.fields.email},
        {QStringLiteral("notes"), c.fields.notes},
        {QStringLiteral("document_language"), c.fields.documentLanguage},
        {QStringLiteral("owner_id"), c.fields.ownerId},
        {QStringLiteral("owner"), c.ownerName},
        {QStringLiteral("last_contact_at"), isoTime(c.lastContactAt)},
        {QStringLiteral("created_at"), isoTime(c.createdAt)},
        {QStringLiteral("updated_at"), isoTime(c.updatedAt)},
        {QStringLiteral("updated_by"), c.updatedByName},
        {QStringLiteral("row_version"), c.rowVersion},
        {QStringLiteral("deleted_at"), isoTime(c.deletedAt)},
    };
}

Result<Format> format(CliContext &ctx)
{
    Format f;
    if (!parseFormat(ctx.parser().value(QStringLiteral("format")), &f))
        return Error{ErrorCode::Invalid, Cli::tr("--format takes table, csv or json."), {}};
    return f;
}

OnDuplicate onDuplicate(CliContext &ctx)
{
    return ctx.parser().isSet(QStringLiteral("force")) ? OnDuplicate::Allow : OnDuplicate::Refuse;
}

int list(CliContext &ctx, Database &db, const Session &actor)
{
    Result<Format> fmt = format(ctx);
    if (!fmt)
        return ctx.fail(fmt.error());
    bool ok = false;
    const int limit = ctx.parser().value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0)
        return ctx.usage(Cli::tr("--limit takes a number (0: all)."));
    static const QMap<QString, CustomerSortColumn> sorts{
        {QStringLiteral("name"), CustomerSortColumn::Name},
        {QStringLiteral("tier"), CustomerSortColumn::Tier},
        {QStringLiteral("region"), CustomerSortColumn::Region},
        {QStringLiteral("industry"), CustomerSortColumn::Industry},
        {QStringLiteral("last-contact"), CustomerSortColumn::LastContact}};
    const QString sortName = ctx.parser().value(QStringLiteral("sort"));
    if (!sorts.contains(sortName))
        return ctx.usage(Cli::tr("--sort takes name, tier, region, industry or last-contact."));
    CustomerFilter filter;
    filter.text = ctx.parser().value(QStringLiteral("search"));
    CustomerListQuery query(db, actor, filter, sorts.value(sortName),
                            ctx.parser().isSet(QStringLiteral("descending")) ? Qt::DescendingOrder
                                                                             : Qt::AscendingOrder);
    Table t;
    t.keys = {QStringLiteral("id"),    QStringLiteral("name"),           QStringLiteral("owner"),
              QStringLiteral("tier"),  QStringLiteral("region"),         QStringLiteral("industry"),
              QStringLiteral("phone"), QStringLiteral("last_contact_at")};
    t.headers = {Cli::tr("ID"),     Cli::tr("Name"),     Cli::tr("Owner"), Cli::tr("Tier"),
                 Cli::tr("Region"), Cli::tr("Industry"), Cli::tr("Phone"), Cli::tr("Last contact")};
    std::optional<PageCursor> cursor;
    const int page = 1000;
    while (limit == 0 || t.rows.size() < limit) {
        const int want = limit == 0 ? page : std::min<int>(page, limit - static_cast<int>(t.rows.size()));
        Result<QList<CustomerListRow>> rows = query.fetch(cursor, false, want);
        if (!rows)
            return ctx.fail(rows.error());
        for (const CustomerListRow &r : *rows)
            t.rows.append({r.id, r.name, r.ownerName, tierCode(static_cast<Tier>(r.tier)), r.region, r.industry,
                           r.phone, isoTime(r.lastContactAt)});
        if (rows->size() < want)
            break;
        cursor = PageCursor{rows->last().sortKey, rows->last().id};
    }
    print(ctx.out(), t, *fmt);
    return ExitOk;
}

int show(CliContext &ctx, CustomerService &service, const Session &actor, const QString &id)
{
    Result<Format> fmt = format(ctx);
    if (!fmt)
        return ctx.fail(fmt.error());
    Result<Customer> c = service.get(actor, id);
    if (!c)
        return ctx.fail(c.error());
    const QJsonObject o = toJson(*c);
    if (*fmt == Format::Json) {
        printJson(ctx.out(), o);
        return ExitOk;
    }
    Table t;
    t.keys = {QStringLiteral("field"), QStringLiteral("value")};
    t.headers = {Cli::tr("Field"), Cli::tr("Value")};
    for (auto it = o.begin(); it != o.end(); ++it)
        t.rows.append({it.key(), it.value().toVariant()});
    print(ctx.out(), t, *fmt);
    return ExitOk;
}

// The fields `customers add` takes as options and `customers edit` as FIELD=VALUE.
const QStringList &customerFieldNames()
{
    static const QStringList names = {
        QStringLiteral("name"),     QStringLiteral("short-name"), QStringLiteral("kind"),
        QStringLiteral("tier"),     QStringLiteral("stage"),      QStringLiteral("value-type"),
        QStringLiteral("region"),   QStringLiteral("city"),       QStringLiteral("address"),
        QStringLiteral("industry"), QStringLiteral("phone"),      QStringLiteral("email"),
        QStringLiteral("website"),  QStringLiteral("source"),     QStringLiteral("tags"),
        QStringLiteral("notes"),    QStringLiteral("owner"),      QStringLiteral("document-language")};
    return names;
}

const QStringList &fieldNames()
{
    return customerFieldNames();
}

// Applies one FIELD=VALUE to a draft.
Status applyField(Database &db, CustomerDraft *d, const QString &field, const QString &value)
{
    const QHash<QString, QString *> texts = {
        {QStringLiteral("name"), &d->name},       {QStringLiteral("short-name"), &d->shortName},
        {QStringLiteral("region"), &d->region},   {QStringLiteral("city"), &d->city},
        {QStringLiteral("address"), &d->address}, {QStringLiteral("industry"), &d->industry},
        {QStringLiteral("phone"), &d->phone},     {QStringLiteral("email"), &d->email},
        {QStringLiteral("website"), &d->website}, {QStringLiteral("source"), &d->source},
        {QStringLiteral("notes"), &d->notes},     {QStringLiteral("document-language"), &d->documentLanguage}};
    if (QString *text = texts.value(field)) {
        *text = value;
        return {};
    }
    const auto bad = [&field](const QString &choices) {
        return Error{ErrorCode::Invalid, Cli::tr("%1 is one of: %2.").arg(field, choices), {}};
    };
    if (field == QLatin1String("tier")) {
        if (!tierFromCode(value, &d->tier))
            return bad(QStringLiteral("normal, important, vip"));
    } else if (field == QLatin1String("kind")) {
        if (!fromCode(value, &d->kind))
            return bad(QStringLiteral("business, consumer, channel, internal"));
    } else if (field == QLatin1String("stage")) {
        if (!fromCode(value, &d->stage))
            return bad(QStringLiteral("potential, new, old, loyal"));
    } else if (field == QLatin1String("value-type")) {
        if (!fromCode(value, &d->valueType))
            return bad(QStringLiteral("lighthouse, follower, rational, profit"));
    } else if (field == QLatin1String("tags")) {
        d->tags = QStringList{value}; // the validator splits at commas
    } else if (field == QLatin1String("owner")) {
        Result<QString> owner = ownerIdFor(db, value);
        if (!owner)
            return owner.error();
        d->ownerId = *owner;
    } else {
        return Error{ErrorCode::Invalid,
                     Cli::tr("Unknown field %1. Fields: %2.").arg(field, fieldNames().join(QStringLiteral(", "))),
                     {}};
    }
    return {};
}

int add(CliContext &ctx, Database &db, CustomerService &service, const Session &actor)
{
    CustomerDraft d;
    for (const QString &key : fieldNames()) {
        if (ctx.parser().isSet(key)) {
            if (Status s = applyField(db, &d, key, ctx.parser().value(key)); !s)
                return ctx.fail(s.error());
        }
    }
    if (!ctx.parser().isSet(QStringLiteral("owner")))
        d.ownerId = actor.userId;
    Result<Customer> c = service.create(actor, d, onDuplicate(ctx));
    if (!c)
        return ctx.fail(c.error());
    ctx.out() << c->id << '\n';
    return ExitOk;
}

int edit(CliContext &ctx, Database &db, CustomerService &service, const Session &actor, const QString &id)
{
    const QStringList sets = ctx.parser().values(QStringLiteral("set"));
    if (sets.isEmpty())
        return ctx.usage(Cli::tr("Say what to change with --set FIELD=VALUE."));
    Result<Customer> current = service.get(actor, id);
    if (!current)
        return ctx.fail(current.error());
    qint64 expected = current->rowVersion;
    if (ctx.parser().isSet(QStringLiteral("expect-version"))) {
        bool ok = false;
        expected = ctx.parser().value(QStringLiteral("expect-version")).toLongLong(&ok);
        if (!ok)
            return ctx.usage(Cli::tr("--expect-version takes a number."));
    }
    CustomerDraft d = current->fields;
    for (const QString &set : sets) {
        const qsizetype eq = set.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.usage(Cli::tr("--set takes FIELD=VALUE, for example --set phone=13800138000."));
        if (Status s = applyField(db, &d, set.left(eq).trimmed(), set.mid(eq + 1)); !s)
            return ctx.fail(s.error());
    }
    Result<Customer> saved = service.update(actor, id, d, expected, onDuplicate(ctx));
    if (!saved)
        return ctx.fail(saved.error());
    ctx.out() << Cli::tr("Saved %1, now version %2.").arg(saved->id).arg(saved->rowVersion) << '\n';
    return ExitOk;
}

int moveToBin(CliContext &ctx, CustomerService &service, const Session &actor, const QString &id, bool toBin)
{
    Result<Customer> current = service.get(actor, id);
    if (!current)
        return ctx.fail(current.error());
    Result<Customer> r =
        toBin ? service.remove(actor, id, current->rowVersion) : service.restore(actor, id, current->rowVersion);
    if (!r)
        return ctx.fail(r.error());
    ctx.out() << (toBin ? Cli::tr("Moved %1 to the recycle bin.") : Cli::tr("Restored %1.")).arg(r->fields.name)
              << '\n';
    return ExitOk;
}

class CustomersCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("customers"); }
    QString synopsis() const override { return Cli::tr("  customers list|add|show|edit|delete|restore"); }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> all{
            options::format(),
            options::limit(),
            options::search(),
            options::expectVersion(),
            options::make(QStringLiteral("sort"),
                          QT_TRANSLATE_NOOP("Cli", "Sort by name, tier, region, industry or last-contact."),
                          QStringLiteral("COLUMN"), QStringLiteral("name")),
            options::make(QStringLiteral("descending"), QT_TRANSLATE_NOOP("Cli", "Sort in descending order.")),
            options::make(QStringLiteral("force"),
                          QT_TRANSLATE_NOOP("Cli", "Save even when the duplicate guard finds the same customer.")),
            options::make(QStringLiteral("set"),
                          QT_TRANSLATE_NOOP("Cli", "Change a field: FIELD=VALUE (customers edit; repeatable)."),
                          QStringLiteral("FIELD=VALUE"))};
        for (const QString &field : customerFieldNames())
            all.append(options::make(field, QT_TRANSLATE_NOOP("Cli", "A field of the new customer (customers add)."),
                                     QStringLiteral("VALUE")));
        return all;
    }
    int run(CliContext &ctx) const override;
};

int CustomersCommand::run(CliContext &ctx) const
{
    const QStringList args = ctx.positional();
    if (args.isEmpty())
        return ctx.usage(Cli::tr("customers needs an action: list, add, show, edit, delete or restore."));
    Result<CliContext::Opened> opened = ctx.open();
    if (!opened)
        return ctx.fail(opened.error());
    Database *const db = opened->db;
    const Session &actor = opened->actor;
    CustomerService service(*db, Clock::system());
    const QString action = args.first();
    const bool needsId = action == QLatin1String("show") || action == QLatin1String("edit")
        || action == QLatin1String("delete") || action == QLatin1String("restore");
    if (needsId && args.size() < 2)
        return ctx.usage(Cli::tr("customers %1 needs a customer id.").arg(action));
    if (action == QLatin1String("list"))
        return list(ctx, *db, actor);
    if (action == QLatin1String("add"))
        return add(ctx, *db, service, actor);
    if (action == QLatin1String("show"))
        return show(ctx, service, actor, args.at(1));
    if (action == QLatin1String("edit"))
        return edit(ctx, *db, service, actor, args.at(1));
    if (action == QLatin1String("delete") || action == QLatin1String("restore"))
        return moveToBin(ctx, service, actor, args.at(1), action == QLatin1String("delete"));
    return ctx.usage(Cli::tr("Unknown action: customers %1").arg(action));
}

} // namespace

std::unique_ptr<const Command> commands::makeCustomers()
{
    return std::make_unique<CustomersCommand>();
}

} // namespace guanxi::cli
