// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SalesRulesGroup.h"

#include "core/contacts/PhoneRules.h"
#include "core/duplicates/DuplicatePolicy.h"
#include "core/duplicates/MatchKeys.h"
#include "core/leads/LeadService.h"
#include "core/pool/PublicPool.h"
#include "core/users/AccessPolicy.h"
#include "core/users/UserService.h"
#include "core/util/PhoneNumber.h"
#include "ui/common/ErrorBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

#include <algorithm>

namespace guanxi {

SalesRulesGroup::SalesRulesGroup(const AppContext &ctx, QWidget *parent)
    : QGroupBox(tr("Sales rules"), parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("salesRules"));
    auto *form = new QFormLayout(this);
    const auto days = [this](const char *name) {
        auto *s = new QSpinBox(this);
        s->setObjectName(QLatin1String(name));
        s->setRange(0, 3650);
        s->setSpecialValueText(tr("never"));
        s->setSuffix(tr(" days"));
        return s;
    };
    m_normal = days("poolDaysNormal");
    m_important = days("poolDaysImportant");
    m_vip = days("poolDaysVip");
    m_claims = new QSpinBox(this);
    m_claims->setObjectName(QStringLiteral("poolClaimsPerDay"));
    m_claims->setRange(0, 10000);
    form->addRow(new QLabel(
        tr("A customer goes back to the public pool (公海) when its owner has not followed it up for:"), this));
    form->addRow(tr("Normal customers"), m_normal);
    form->addRow(tr("Important customers"), m_important);
    form->addRow(tr("VIP customers"), m_vip);
    form->addRow(tr("Claims per salesperson per day"), m_claims);
    m_leadMode = new QComboBox(this);
    m_leadMode->setObjectName(QStringLiteral("leadAssignment"));
    m_leadMode->addItem(tr("By hand"), static_cast<int>(LeadAssignmentRule::Mode::Manual));
    m_leadMode->addItem(tr("In turn (round robin)"), static_cast<int>(LeadAssignmentRule::Mode::RoundRobin));
    m_turns = new QListWidget(this);
    m_turns->setMaximumHeight(120);
    form->addRow(tr("New leads are assigned"), m_leadMode);
    form->addRow(tr("Taking turns"), m_turns);
    m_duplicates = new QComboBox(this);
    m_duplicates->setObjectName(QStringLiteral("duplicatePolicy"));
    m_duplicates->addItem(tr("Warn, and let anyone save anyway"), static_cast<int>(DuplicatePolicy::Warn));
    m_duplicates->addItem(tr("Block salespeople (a manager may save anyway, recorded)"),
                          static_cast<int>(DuplicatePolicy::Block));
    m_duplicates->setToolTip(
        tr("What the duplicate guard (防撞单) does when someone saves a customer that already exists"));
    form->addRow(tr("A customer that already exists"), m_duplicates);
    m_publicDomains = new QLineEdit(this);
    m_publicDomains->setObjectName(QStringLiteral("publicMailDomains"));
    m_publicDomains->setPlaceholderText(tr("for example 21cn.com, tom.com"));
    m_publicDomains->setToolTip(tr("People with addresses at these domains are not taken for one company. Built in: %1")
                                    .arg(MatchKeys::builtInPublicDomains().join(QStringLiteral(", "))));
    form->addRow(tr("More public mail domains"), m_publicDomains);
    m_phoneRegion = new QComboBox(this);
    m_phoneRegion->setObjectName(QStringLiteral("phoneRegion"));
    QList<std::pair<QString, QString>> regions;
    for (const QString &code : PhoneNumber::regions())
        regions.append({PhoneRules::regionName(code), code});
    std::sort(regions.begin(), regions.end());
    for (const auto &[name, code] : regions)
        m_phoneRegion->addItem(name, code);
    m_phoneRegion->setToolTip(tr("The country of phone numbers written without a country code (+86, +1 …), "
                                 "when they are typed or imported"));
    form->addRow(tr("Phone numbers without a country code are from"), m_phoneRegion);
    auto *save = new QPushButton(tr("Save the rules"), this);
    save->setObjectName(QStringLiteral("saveSalesRules"));
    form->addRow(save);
    connect(save, &QPushButton::clicked, this, &SalesRulesGroup::save);
    connect(m_leadMode, &QComboBox::currentIndexChanged, this, [this] {
        m_turns->setEnabled(m_leadMode->currentData().toInt()
                            == static_cast<int>(LeadAssignmentRule::Mode::RoundRobin));
    });
    setEnabled(AccessPolicy(ctx.session).leadsTeam());
    load();
}

void SalesRulesGroup::load()
{
    if (Result<PoolRules> r = PublicPool(*m_ctx.db, *m_ctx.clock).rules()) {
        m_normal->setValue(r->daysNormal);
        m_important->setValue(r->daysImportant);
        m_vip->setValue(r->daysVip);
        m_claims->setValue(r->claimsPerDay);
    }
    if (Result<DuplicatePolicy> p = DuplicateRules(*m_ctx.db).policy())
        m_duplicates->setCurrentIndex(std::max(0, m_duplicates->findData(static_cast<int>(*p))));
    if (Result<QStringList> d = DuplicateRules(*m_ctx.db).extraPublicDomains())
        m_publicDomains->setText(d->join(QStringLiteral(", ")));
    if (Result<QString> r = PhoneRules(*m_ctx.db).region())
        m_phoneRegion->setCurrentIndex(std::max(0, m_phoneRegion->findData(*r)));
    Result<LeadAssignmentRule> rule = LeadService(*m_ctx.db, *m_ctx.clock).assignmentRule();
    m_turns->clear();
    if (Result<QList<User>> users = UserService(*m_ctx.db, *m_ctx.clock).users()) {
        for (const User &u : *users) {
            if (!AccessPolicy::takesLeadTurns(u.role))
                continue;
            auto *item = new QListWidgetItem(u.displayName, m_turns);
            item->setData(Qt::UserRole, u.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(rule && rule->users.contains(u.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    // Rules by region are kept as they are; this form sets the other two.
    if (rule)
        m_leadMode->setCurrentIndex(std::max(0, m_leadMode->findData(static_cast<int>(rule->mode))));
    m_turns->setEnabled(m_leadMode->currentData().toInt() == static_cast<int>(LeadAssignmentRule::Mode::RoundRobin));
}

void SalesRulesGroup::save()
{
    PoolRules pool;
    pool.daysNormal = m_normal->value();
    pool.daysImportant = m_important->value();
    pool.daysVip = m_vip->value();
    pool.claimsPerDay = m_claims->value();
    if (Status s = PublicPool(*m_ctx.db, *m_ctx.clock).setRules(m_ctx.session, pool); !s) {
        showError(this, tr("The rules were not saved"), s.error());
        return;
    }
    if (Status s = DuplicateRules(*m_ctx.db).setPolicy(
            m_ctx.session, static_cast<DuplicatePolicy>(m_duplicates->currentData().toInt()));
        !s) {
        showError(this, tr("The rules were not saved"), s.error());
        return;
    }
    static const QRegularExpression separators(QStringLiteral("[,，;；\\s]+"));
    if (Status s = DuplicateRules(*m_ctx.db).setExtraPublicDomains(
            m_ctx.session, m_publicDomains->text().split(separators, Qt::SkipEmptyParts));
        !s) {
        showError(this, tr("The rules were not saved"), s.error());
        return;
    }
    if (Status s = PhoneRules(*m_ctx.db).setRegion(m_ctx.session, m_phoneRegion->currentData().toString()); !s) {
        showError(this, tr("The rules were not saved"), s.error());
        return;
    }
    LeadService leads(*m_ctx.db, *m_ctx.clock);
    LeadAssignmentRule rule = leads.assignmentRule() ? *leads.assignmentRule() : LeadAssignmentRule{};
    rule.mode = static_cast<LeadAssignmentRule::Mode>(m_leadMode->currentData().toInt());
    rule.users.clear();
    for (int i = 0; i < m_turns->count(); ++i)
        if (m_turns->item(i)->checkState() == Qt::Checked)
            rule.users.append(m_turns->item(i)->data(Qt::UserRole).toString());
    if (Status s = leads.setAssignmentRule(m_ctx.session, rule); !s) {
        showError(this, tr("The rules were not saved"), s.error());
        return;
    }
    load();
}

} // namespace guanxi
