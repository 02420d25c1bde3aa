// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SharingGroup.h"

#include "core/sharing/Presence.h"
#include "core/sharing/SharedMode.h"
#include "core/storage/Database.h"
#include "core/users/AccessPolicy.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/MessageBox.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace guanxi {

SharingGroup::SharingGroup(const AppContext &ctx, QWidget *parent)
    : QGroupBox(tr("Sharing"), parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("sharingGroup"));
    auto *layout = new QVBoxLayout(this);
    m_share = new QCheckBox(tr("&Share this database with colleagues"), this);
    m_share->setObjectName(QStringLiteral("shareCheck"));
    layout->addWidget(m_share);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("sharingState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    auto *bound = new QLabel(SharedMode::honestBound(), this);
    bound->setObjectName(QStringLiteral("sharingBound"));
    bound->setWordWrap(true);
    layout->addWidget(bound);
    connect(m_share, &QCheckBox::toggled, this, &SharingGroup::toggle);
    refresh();
}

void SharingGroup::refresh()
{
    const QSignalBlocker quiet(m_share);
    m_share->setChecked(m_ctx.db->isShared());
    const bool admin = AccessPolicy(m_ctx.session).administers();
    m_share->setEnabled(admin && !m_ctx.db->isReadOnly());
    QString state = m_ctx.db->isShared()
        ? tr("Shared: everyone who opens this file, on this computer or over the network, uses the rollback journal.")
        : tr("For this computer only: the file uses WAL, which must not be opened over a network.");
    if (!admin)
        state += QLatin1Char(' ') + tr("Only an administrator can change this.");
    if (m_ctx.db->isReadOnly())
        state += QLatin1Char(' ') + tr("The file is open read-only: %1.").arg(m_ctx.db->readOnlyReason());
    const QString own = m_ctx.presence ? m_ctx.presence->sessionId() : QString();
    Result<QList<PresenceEntry>> others = Presence::present(*m_ctx.db, *m_ctx.clock, own);
    if (others && !others->isEmpty()) {
        QStringList names;
        for (const PresenceEntry &e : *others)
            names.append(e.label());
        state += QLatin1Char(' ') + tr("Open now by: %1.").arg(names.join(tr(", ")));
    }
    m_state->setText(state);
}

void SharingGroup::showEvent(QShowEvent *event)
{
    refresh();
    QGroupBox::showEvent(event);
}

void SharingGroup::toggle(bool on)
{
    const QString question = on ? tr("Share this database with colleagues? Everyone else must have closed it first.")
                                : tr("Stop sharing this database? Colleagues will no longer be able to open it over "
                                     "the network. Everyone else must have closed it first.");
    if (MessageBox::question(this, tr("Sharing"), question) != QMessageBox::Yes) {
        refresh();
        return;
    }
    const QString own = m_ctx.presence ? m_ctx.presence->sessionId() : QString();
    Status s = on ? SharedMode::turnOn(*m_ctx.db, m_ctx.session, *m_ctx.clock, own)
                  : SharedMode::turnOff(*m_ctx.db, m_ctx.session, *m_ctx.clock, own);
    if (!s)
        showError(this, tr("Sharing"), s.error());
    refresh();
    if (s)
        emit sharingChanged(on);
}

} // namespace guanxi
