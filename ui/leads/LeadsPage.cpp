// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/leads/LeadsPage.h"

#include "core/i18n/DateTimeText.h"
#include "core/leads/LeadService.h"
#include "core/users/AccessPolicy.h"
#include "core/users/UserService.h"
#include "models/leads/LeadListModel.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/LoadWhenShown.h"
#include "ui/common/WindowedListView.h"
#include "ui/leads/LeadDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace guanxi {

namespace {
// The status filter's two choices besides one status: the leads still being worked, and all.
constexpr int kOpenLeads = -1;
constexpr int kAllLeads = -2;
} // namespace

LeadsPage::LeadsPage(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    m_whenShown = new LoadWhenShown(this, [this] { load(); });
    setObjectName(QStringLiteral("leadsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("leadStatusFilter"));
    m_status->addItem(tr("Open leads"), kOpenLeads);
    m_status->addItem(tr("All leads"), kAllLeads);
    for (LeadStatus s : allValuesOf<LeadStatus>())
        m_status->addItem(displayName(s), static_cast<int>(s));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("leadOwnerFilter"));
    m_owner->addItem(tr("Everyone's I can see"), QStringLiteral("*"));
    m_owner->addItem(tr("Mine"), ctx.session.userId);
    m_owner->addItem(tr("Not assigned"), QString());
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_status);
    filters->addWidget(m_owner);
    filters->addStretch();
    m_count = new QLabel(this);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_leads = new LeadListModel(this);
    m_table = windowedListView(m_leads, QStringLiteral("leadsTable"), {10, 24, 15, 12, 14, 15, 16, 11}, this);
    connect(m_leads, &LeadListModel::errorOccurred, this, &LeadsPage::statusMessage);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    QPushButton *add = button(tr("&New lead…"), "newLead");
    QPushButton *open = button(tr("&Open…"), "openLead");
    QPushButton *qualify = button(tr("&Qualify"), "qualifyLead");
    QPushButton *disqualify = button(tr("&Disqualify…"), "disqualifyLead");
    m_assign = button(tr("&Assign…"), "assignLead");
    QPushButton *convert = button(tr("&Convert to customer…"), "convertLead");
    buttons->addStretch();
    layout->addLayout(buttons);
    m_assign->setVisible(AccessPolicy(ctx.session).leadsTeam());

    connect(add, &QPushButton::clicked, this, &LeadsPage::newLead);
    connect(open, &QPushButton::clicked, this, [this] { openLead(selectedId()); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { openLead(selectedId()); });
    connect(qualify, &QPushButton::clicked, this, [this] { setStatus(true); });
    connect(disqualify, &QPushButton::clicked, this, [this] { setStatus(false); });
    connect(m_assign, &QPushButton::clicked, this, &LeadsPage::assign);
    connect(convert, &QPushButton::clicked, this, &LeadsPage::convert);
    connect(m_status, &QComboBox::currentIndexChanged, this, &LeadsPage::reload);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &LeadsPage::reload);
    reload();
}

void LeadsPage::reload()
{
    m_whenShown->request();
}

void LeadsPage::load()
{
    LeadFilter filter;
    if (const int s = m_status->currentData().toInt(); s >= 0)
        filter.statuses = {static_cast<LeadStatus>(s)};
    else
        filter.statuses = s == kOpenLeads ? openLeadStatuses() : allValuesOf<LeadStatus>();
    const QString owner = m_owner->currentData().toString();
    if (owner.isEmpty())
        filter.unassignedOnly = true;
    else if (owner != QLatin1String("*"))
        filter.ownerId = owner;
    m_leads->setQuery(LeadService(*m_ctx.db, *m_ctx.clock).pagedList(m_ctx.session, filter));
    m_count->setText(tr("%n lead(s)", "", m_leads->rowCount()));
}

QString LeadsPage::selectedId() const
{
    const Lead *l = m_leads->leadAt(m_table->currentIndex().row());
    return l ? l->id : QString();
}

qint64 LeadsPage::selectedVersion() const
{
    const Lead *l = m_leads->leadAt(m_table->currentIndex().row());
    return l ? l->rowVersion : 0;
}

void LeadsPage::newLead()
{
    LeadDialog dialog(m_ctx, {}, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit statusMessage(tr("Lead saved."));
    }
}

void LeadsPage::openLead(const QString &leadId)
{
    if (leadId.isEmpty())
        return;
    LeadDialog dialog(m_ctx, leadId, this);
    dialog.exec();
    reload();
}

void LeadsPage::setStatus(bool qualified)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    QString reason;
    if (!qualified) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Disqualify lead"), tr("Why is this lead not worth pursuing?"),
                                       QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
    }
    Result<Lead> r = LeadService(*m_ctx.db, *m_ctx.clock)
                         .setStatus(m_ctx.session, id, qualified ? LeadStatus::Qualified : LeadStatus::Disqualified,
                                    reason, selectedVersion());
    if (!r)
        showError(this, tr("The lead was not changed"), r.error());
    reload();
}

void LeadsPage::assign()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    Result<QList<User>> users = UserService(*m_ctx.db, *m_ctx.clock).users();
    if (!users)
        return;
    QStringList names;
    for (const User &u : *users)
        names.append(u.displayName);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Assign lead"), tr("Give this lead to:"), names, 0, false, &ok);
    if (!ok)
        return;
    const User &u = users->at(names.indexOf(chosen));
    Result<Lead> r = LeadService(*m_ctx.db, *m_ctx.clock).assign(m_ctx.session, id, u.id, selectedVersion());
    if (!r)
        showError(this, tr("The lead was not assigned"), r.error());
    reload();
}

void LeadsPage::convert()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    LeadService service(*m_ctx.db, *m_ctx.clock);
    Result<Lead> lead = service.get(m_ctx.session, id);
    if (!lead)
        return;
    bool ok = false;
    const double amount = QInputDialog::getDouble(this, tr("Convert lead"),
                                                  tr("Converting %1 makes a customer, a contact and an opportunity.\n"
                                                     "Expected amount of the opportunity (yuan, 0 if not known yet):")
                                                      .arg(lead->displayName()),
                                                  0, 0, 1e12, 2, &ok);
    if (!ok)
        return;
    LeadConversion how;
    how.amountMinor = static_cast<qint64>(std::llround(amount * 100));
    Result<LeadConversionResult> done = service.convert(m_ctx.session, id, how, lead->rowVersion);
    if (!done && done.error().code == ErrorCode::Duplicate) {
        // The company is already a customer: attach the lead to it when the user may, or stop.
        const QString existingId = done.error().recordId;
        QMessageBox box(QMessageBox::Warning, tr("This customer already exists"), done.error().message,
                        QMessageBox::NoButton, this);
        QPushButton *attach = box.addButton(tr("Add to the existing customer"), QMessageBox::AcceptRole);
        QPushButton *create = box.addButton(tr("Create a new customer anyway"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == attach)
            how.existingCustomerId = existingId;
        else if (box.clickedButton() == create)
            how.onDuplicate = OnDuplicate::Allow;
        else
            return;
        done = service.convert(m_ctx.session, id, how, lead->rowVersion);
    }
    if (!done) {
        showError(this, tr("The lead was not converted"), done.error());
        return;
    }
    reload();
    emit statusMessage(tr("%1 is now a customer.").arg(lead->displayName()));
    emit customerCreated(done->customerId);
}

} // namespace guanxi
