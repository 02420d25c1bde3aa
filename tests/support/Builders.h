// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Records as tests write them: a name and only what the test is about, the rest left as a user
// would leave it. aCustomer(QStringLiteral("华联科技")).tier(Tier::Vip) is a CustomerDraft.
#include "core/contacts/Contact.h"
#include "core/customers/Customer.h"

namespace guanxi::test {

class CustomerBuilder {
public:
    explicit CustomerBuilder(const QString &name) { m_draft.name = name; }
    CustomerBuilder &phone(const QString &phone)
    {
        m_draft.phone = phone;
        return *this;
    }
    CustomerBuilder &email(const QString &email)
    {
        m_draft.email = email;
        return *this;
    }
    CustomerBuilder &tier(Tier tier)
    {
        m_draft.tier = tier;
        return *this;
    }
    CustomerBuilder &owner(const QString &userId)
    {
        m_draft.ownerId = userId;
        return *this;
    }
    operator CustomerDraft() const { return m_draft; }

private:
    CustomerDraft m_draft;
};

inline CustomerBuilder aCustomer(const QString &name)
{
    return CustomerBuilder(name);
}

// A person who works for `customerId` (empty: for no customer yet), reached by `channels`.
inline ContactDraft aContact(const QString &customerId, const QString &name, const QList<ContactChannel> &channels = {})
{
    ContactDraft d;
    d.customerId = customerId;
    d.name = name;
    d.channels = channels;
    return d;
}

} // namespace guanxi::test
