// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/Exporter.h"

#include "core/contacts/ContactRepository.h"
#include "core/customers/CustomerRepository.h"
#include "core/importexport/ColumnMapping.h"
#include "core/importexport/TableWriters.h"
#include "core/importexport/VCard.h"
#include "core/users/AccessPolicy.h"

#include <QFileInfo>
#include <QSaveFile>

namespace guanxi {

namespace {

// The columns with their headers as import reads them back, and the kind of cell each is.
QList<TableColumn> headersOf(const QList<ImportField> &fields)
{
    QList<TableColumn> out;
    for (ImportField f : fields) {
        CellKind kind = CellKind::Text;
        if (f == ImportField::LastContactAt || f == ImportField::CreatedAt)
            kind = CellKind::DateTime;
        else if (f == ImportField::Birthday)
            kind = CellKind::Date;
        out.append({importFieldName(f), kind});
    }
    return out;
}

const QList<ImportField> kCustomerColumns = {
    ImportField::CustomerName, ImportField::ShortName,     ImportField::CustomerKind,  ImportField::Tier,
    ImportField::Stage,        ImportField::Region,        ImportField::City,          ImportField::Address,
    ImportField::Industry,     ImportField::CustomerPhone, ImportField::CustomerEmail, ImportField::Website,
    ImportField::Source,       ImportField::Tags,          ImportField::Owner,         ImportField::LastContactAt,
    ImportField::CreatedAt,    ImportField::ExternalCode,  ImportField::Notes};

const QList<ImportField> kContactColumns = {ImportField::PersonName,  ImportField::CustomerName, ImportField::Title,
                                            ImportField::Mobile,      ImportField::PersonPhone,  ImportField::Fax,
                                            ImportField::PersonEmail, ImportField::WeChat,       ImportField::QQ,
                                            ImportField::Birthday,    ImportField::Gender};

QStringList channelValues(const Contact &c, ChannelKind kind)
{
    QStringList out;
    for (const ContactChannel &ch : c.fields.channels)
        if (ch.kind == kind)
            out.append(ch.value);
    return out;
}

} // namespace

Result<qint64> Exporter::exportCustomers(const Session &actor, const CustomerFilter &filter, CustomerSortColumn sort,
                                         Qt::SortOrder order, const QString &path, const ProgressFn &progress)
{
    Result<std::unique_ptr<TableWriter>> writer = TableWriter::forPath(path);
    if (!writer)
        return writer.error();
    CustomerListQuery query(m_db, actor, filter, sort, order);
    Result<qint64> total = query.count();
    if (!total)
        return total.error();
    if (Status s = (*writer)->header(headersOf(kCustomerColumns)); !s)
        return s.error();
    CustomerRepository repo(m_db);
    std::optional<PageCursor> cursor;
    qint64 written = 0;
    constexpr int kPage = 500;
    for (;;) {
        Result<QList<CustomerListRow>> page = query.fetch(cursor, false, kPage);
        if (!page)
            return page.error();
        QStringList ids;
        for (const CustomerListRow &r : *page)
            ids.append(r.id);
        Result<QList<Customer>> customers = repo.findByIds(ids);
        if (!customers)
            return customers.error();
        for (const Customer &c : *customers) {
            const CustomerDraft &f = c.fields;
            if (Status s = (*writer)->row({f.name, f.shortName, displayName(f.kind), tierDisplayName(f.tier),
                                           displayName(f.stage), f.region, f.city, f.address, f.industry, f.phone,
                                           f.email, f.website, f.source, f.tags.join(QStringLiteral(", ")), c.ownerName,
                                           c.lastContactAt, c.createdAt, f.externalCode, f.notes});
                !s)
                return s.error();
            ++written;
        }
        if (!reportProgress(progress, written, *total))
            return Error{ErrorCode::Cancelled, tr("Export cancelled; no file was written."), {}};
        if (page->size() < kPage)
            break;
        cursor = PageCursor{page->last().sortKey, page->last().id};
    }
    if (Status s = (*writer)->finish(); !s)
        return s.error();
    return written;
}

Result<qint64> Exporter::exportContacts(const Session &actor, const QString &path, const ProgressFn &progress)
{
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("c"), &binds);
    qint64 written = 0;
    const auto tick = [&]() { return ++written % 1000 != 0 || reportProgress(progress, written, 0); };
    if (QFileInfo(path).suffix().compare(QLatin1String("vcf"), Qt::CaseInsensitive) == 0) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{ErrorCode::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()), {}};
        Status s = ContactRepository(m_db).forEachVisible(visible, binds, [&](const Contact &c) {
            VCardPerson p;
            p.name = c.fields.name;
            p.company = c.customerName;
            p.title = c.fields.title;
            p.mobiles = channelValues(c, ChannelKind::Mobile);
            p.phones = channelValues(c, ChannelKind::Phone);
            p.faxes = channelValues(c, ChannelKind::Fax);
            p.emails = channelValues(c, ChannelKind::Email);
            p.wechat = channelValues(c, ChannelKind::WeChat).value(0);
            p.qq = channelValues(c, ChannelKind::QQ).value(0);
            p.birthday = c.fields.profile.birthday;
            p.note = c.fields.notes;
            file.write(VCard::write({p}));
            return tick();
        });
        if (!s)
            return s.error().code == ErrorCode::Cancelled
                ? Error{ErrorCode::Cancelled, tr("Export cancelled; no file was written."), {}}
                : s.error();
        if (!file.commit())
            return Error{ErrorCode::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()), {}};
        return written;
    }
    Result<std::unique_ptr<TableWriter>> writer = TableWriter::forPath(path);
    if (!writer)
        return writer.error();
    if (Status s = (*writer)->header(headersOf(kContactColumns)); !s)
        return s.error();
    Status failed;
    Status s = ContactRepository(m_db).forEachVisible(visible, binds, [&](const Contact &c) {
        const QString sep = QStringLiteral("; ");
        const QString gender = c.fields.profile.gender == QLatin1String("f") ? tr("female")
            : c.fields.profile.gender == QLatin1String("m")                  ? tr("male")
                                                                             : QString();
        failed = (*writer)->row(
            {c.fields.name, c.customerName, c.fields.title, channelValues(c, ChannelKind::Mobile).join(sep),
             channelValues(c, ChannelKind::Phone).join(sep), channelValues(c, ChannelKind::Fax).join(sep),
             channelValues(c, ChannelKind::Email).join(sep), channelValues(c, ChannelKind::WeChat).join(sep),
             channelValues(c, ChannelKind::QQ).join(sep), c.fields.profile.birthday, gender});
        return failed.ok() && tick();
    });
    if (!failed)
        return failed.error();
    if (!s)
        return s.error().code == ErrorCode::Cancelled
            ? Error{ErrorCode::Cancelled, tr("Export cancelled; no file was written."), {}}
            : s.error();
    if (Status f = (*writer)->finish(); !f)
        return f.error();
    return written;
}

} // namespace guanxi
