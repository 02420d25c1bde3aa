// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/DeleteCustomerCommand.h"

#include "core/customers/CustomerService.h"

#include <QCoreApplication>

namespace guanxi {

DeleteCustomerCommand::DeleteCustomerCommand(const AppContext &ctx, const QString &id, const QString &name,
                                             qint64 version, ErrorReporter onError)
    : m_ctx(ctx)
    , m_id(id)
    , m_version(version)
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("CustomersPage", "Delete %1").arg(name));
}

void DeleteCustomerCommand::report(const Error &error)
{
    if (m_onError)
        m_onError(error.message);
}

void DeleteCustomerCommand::redo()
{
    Result<Customer> r = CustomerService(*m_ctx.db, *m_ctx.clock).remove(m_ctx.session, m_id, m_version);
    if (!r) {
        if (!m_done)
            setObsolete(true);
        report(r.error());
        return;
    }
    m_done = true;
    m_version = r->rowVersion;
}

void DeleteCustomerCommand::undo()
{
    Result<Customer> r = CustomerService(*m_ctx.db, *m_ctx.clock).restore(m_ctx.session, m_id, m_version);
    if (!r) {
        report(r.error());
        return;
    }
    m_version = r->rowVersion;
}

} // namespace guanxi
