// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerAccess.h"

#include "core/contacts/ContactRepository.h"
#include "core/customers/CustomerRepository.h"
#include "core/users/AccessPolicy.h"

namespace guanxi {

namespace {

Result<Customer> live(Database &db, const QString &customerId)
{
    Result<std::optional<Customer>> c = CustomerRepository(db).findById(customerId);
    if (!c)
        return c.error();
    if (!c->has_value() || (*c)->deletedAt != 0)
        return Error{ErrorCode::NotFound,
                     CustomerAccess::tr("The customer does not exist or is in the recycle bin."),
                     {},
                     QStringLiteral("customer")};
    return **c;
}

} // namespace

Result<Customer> CustomerAccess::readable(Database &db, const Session &actor, const QString &customerId)
{
    Result<Customer> c = live(db, customerId);
    if (c && !AccessPolicy(actor).canView(c->fields.ownerId, c->ownerDepartmentId))
        return Error{ErrorCode::PermissionDenied,
                     tr("%1 belongs to %2; you cannot see its details.").arg(tr("This customer"), c->ownerName),
                     {},
                     QStringLiteral("customer")};
    return c;
}

Result<Customer> CustomerAccess::writable(Database &db, const Session &actor, const QString &customerId)
{
    Result<Customer> c = live(db, customerId);
    if (c && !AccessPolicy(actor).canEdit(c->fields.ownerId, c->ownerDepartmentId))
        return Error{ErrorCode::PermissionDenied,
                     c->ownerName.isEmpty()
                         ? tr("Claim %1 from the public pool before you work on it.").arg(c->fields.name)
                         : tr("%1 belongs to %2; you may not change it.").arg(c->fields.name, c->ownerName),
                     {},
                     QStringLiteral("customer")};
    return c;
}

Status CustomerAccess::contactAt(Database &db, const QString &contactId, const QString &customerId,
                                 const QString &field)
{
    Result<std::optional<Contact>> c = ContactRepository(db).findById(contactId);
    if (!c)
        return c.error();
    if (!c->has_value() || (*c)->deletedAt != 0 || (*c)->fields.customerId != customerId)
        return Error{ErrorCode::Invalid, tr("This contact does not work at the chosen customer."), {}, field};
    return {};
}

} // namespace guanxi
