// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/products/ProductService.h"

#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

#include <QRegularExpression>

namespace guanxi {

namespace {

constexpr qsizetype kMaxPicture = 2 * 1024 * 1024;

bool isPngOrJpeg(const QByteArray &b)
{
    return b.startsWith("\x89PNG\r\n\x1a\n") || b.startsWith("\xFF\xD8\xFF");
}

} // namespace

ProductService::ProductService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

bool ProductService::maySeeCost(const Session &actor)
{
    return AccessPolicy(actor).leadsTeam();
}

Status ProductService::mayChange(const Session &actor) const
{
    if (maySeeCost(actor))
        return {};
    return Error{ErrorCode::PermissionDenied, tr("Only a manager or an administrator may change the showroom."), {}};
}

Product ProductService::shownTo(const Session &actor, Product p) const
{
    if (!maySeeCost(actor))
        p.fields.costMinor = 0; // what the company pays is the managers' business
    return p;
}

QList<FieldProblem> ProductService::validate(ProductDraft *d)
{
    QList<FieldProblem> problems;
    d->code = d->code.trimmed();
    d->name = d->name.trimmed();
    d->category = d->category.trimmed();
    d->specification = d->specification.trimmed();
    d->unit = d->unit.trimmed();
    d->currency = d->currency.trimmed().toUpper();
    if (d->code.isEmpty())
        problems.append({QStringLiteral("code"), tr("Enter the product's code.")});
    if (d->name.isEmpty())
        problems.append({QStringLiteral("name"), tr("Enter the product's name.")});
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.match(d->currency).hasMatch())
        problems.append(
            {QStringLiteral("currency"), tr("\"%1\" is not a currency code (for example CNY).").arg(d->currency)});
    if (d->listPriceMinor < 0 || d->costMinor < 0 || d->floorPriceMinor < 0)
        problems.append({QStringLiteral("price"), tr("Prices and costs cannot be negative.")});
    else if (d->floorPriceMinor > d->listPriceMinor)
        problems.append({QStringLiteral("floor"), tr("The floor price cannot be above the list price.")});
    if (d->taxRateBasisPoints < 0 || d->taxRateBasisPoints > 10000)
        problems.append({QStringLiteral("tax"), tr("A tax rate lies between 0 % and 100 %.")});
    if (!d->picture.isEmpty() && !isPngOrJpeg(d->picture))
        problems.append({QStringLiteral("picture"), tr("The picture must be a PNG or JPEG image.")});
    else if (d->picture.size() > kMaxPicture)
        problems.append({QStringLiteral("picture"), tr("The picture is larger than 2 MB.")});
    return problems;
}

Status ProductService::codeIsFree(const ProductDraft &draft, const QString &exceptId)
{
    Result<std::optional<Product>> other = ProductRepository(m_db).findByCode(draft.code, exceptId);
    if (!other)
        return other.error();
    if (other->has_value())
        return Error{ErrorCode::Duplicate,
                     tr("The code %1 is already used by %2.").arg(draft.code, (*other)->fields.name),
                     {},
                     QStringLiteral("code")};
    return {};
}

Result<Product> ProductService::get(const Session &actor, const QString &id)
{
    Result<std::optional<Product>> p = ProductRepository(m_db).findById(id);
    if (!p)
        return p.error();
    if (!p->has_value())
        return Error{ErrorCode::NotFound, tr("This product does not exist (any more)."), {}};
    return shownTo(actor, **p);
}

Result<QList<Product>> ProductService::list(const Session &actor, const ProductFilter &filter, int limit)
{
    Result<QList<Product>> all = ProductRepository(m_db).list(filter, limit);
    if (!all)
        return all.error();
    for (Product &p : *all)
        p = shownTo(actor, std::move(p));
    return all;
}

Result<QStringList> ProductService::categories()
{
    return ProductRepository(m_db).categories();
}

Status ProductService::checkDraft(const Session &actor, ProductDraft *draft, const QString &id)
{
    if (Status s = mayChange(actor); !s)
        return s;
    if (QList<FieldProblem> problems = validate(draft); !problems.isEmpty())
        return invalidFieldsError(problems);
    return codeIsFree(*draft, id);
}

Status ProductService::versionChecked(const Result<bool> &written)
{
    if (!written)
        return written.error();
    if (!*written)
        return Error{ErrorCode::Conflict,
                     tr("Someone else changed or deleted this product in the meantime. Reload it and try again."),
                     {}};
    return {};
}

Result<Product> ProductService::create(const Session &actor, ProductDraft draft)
{
    return inWriteTransaction(m_db, [&]() -> Result<Product> {
        if (Status s = checkDraft(actor, &draft, {}); !s)
            return s.error();
        Product p;
        const qint64 now = m_clock.nowMs();
        p.id = newUuid7(now);
        p.fields = std::move(draft);
        p.createdAt = p.updatedAt = now;
        p.rowVersion = 1;
        if (Status s = ProductRepository(m_db).insert(p, actor.userId); !s)
            return s.error();
        return p;
    });
}

Result<Product> ProductService::update(const Session &actor, const QString &id, ProductDraft draft,
                                       qint64 expectedVersion)
{
    return inWriteTransaction(m_db, [&]() -> Result<Product> {
        if (Status s = checkDraft(actor, &draft, id); !s)
            return s.error();
        if (Status s = versionChecked(
                ProductRepository(m_db).update(id, draft, expectedVersion, m_clock.nowMs(), actor.userId));
            !s)
            return s.error();
        return get(actor, id);
    });
}

Status ProductService::remove(const Session &actor, const QString &id, qint64 expectedVersion)
{
    if (Status s = mayChange(actor); !s)
        return s;
    return inWriteTransaction(m_db, [&]() -> Status {
        return versionChecked(ProductRepository(m_db).setDeleted(id, expectedVersion, m_clock.nowMs(), actor.userId));
    });
}

} // namespace guanxi
