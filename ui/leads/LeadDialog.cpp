// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/leads/LeadDialog.h"

#include "core/leads/LeadFields.h"
#include "core/leads/LeadService.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/RecordEditing.h"
#include "ui/timeline/TimelineTab.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace guanxi {

namespace {

RecordAccess<LeadDraft, Lead> leadAccess(const AppContext &ctx, const QString &id)
{
    return {leadFields(), [ctx, id] { return LeadService(*ctx.db, *ctx.clock).get(ctx.session, id); },
            [](const Lead &l) { return l.fields; }, [](const Lead &l) { return l.rowVersion; },
            [ctx, id](const LeadDraft &d, qint64 version) {
                return LeadService(*ctx.db, *ctx.clock).update(ctx.session, id, d, version);
            }};
}

} // namespace

LeadDialog::LeadDialog(const AppContext &ctx, const QString &leadId, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("leadDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const auto line = [this, form](const char *name, const QString &label, const QString &placeholder = {}) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setPlaceholderText(placeholder);
        form->addRow(label, e);
        return e;
    };
    m_person = line("leadPerson", tr("&Person"), tr("e.g. 王红"));
    m_company = line("leadCompany", tr("&Company"), tr("e.g. 红星机械有限公司"));
    m_title = line("leadTitle", tr("Title"));
    m_phone = line("leadPhone", tr("P&hone"), tr("e.g. 137 0000 1111"));
    m_email = line("leadEmail", tr("E-mail"));
    m_region = line("leadRegion", tr("Region"));
    m_industry = line("leadIndustry", tr("Industry"));
    m_source = line("leadSource", tr("&Source"), tr("e.g. 展会, 官网咨询, 老客户介绍"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("Notes"), m_notes);
    tabs->addTab(page, tr("Lead"));
    m_timeline = new TimelineTab(ctx, this);
    tabs->addTab(m_timeline, tr("&Timeline"));
    m_history = new RecordHistoryView(*ctx.db, RecordHistoryView::of(leadFields()), this);
    tabs->addTab(m_history, tr("Histor&y"));
    connect(m_history, &RecordHistoryView::putBackRequested, this,
            [this](const QString &column, const QVariant &value) {
                Result<Lead> r = putBack(leadAccess(m_ctx, m_lead.id), column, value);
                if (!r)
                    showError(this, tr("The value was not put back"), r.error());
                else
                    showLead(*r);
            });
    layout->addWidget(tabs);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LeadDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LeadDialog::reject);
    layout->addWidget(buttons);
    resize(720, 560);

    setWindowTitle(tr("New lead"));
    m_timeline->setLead({}, false);
    if (leadId.isEmpty())
        return;
    Result<Lead> lead = LeadService(*ctx.db, *ctx.clock).get(ctx.session, leadId);
    if (!lead) {
        showError(this, tr("Lead"), lead.error());
        return;
    }
    showLead(*lead);
}

void LeadDialog::showLead(const Lead &lead)
{
    m_lead = lead;
    const LeadDraft &f = m_lead.fields;
    setWindowTitle(m_lead.displayName());
    m_person->setText(f.personName);
    m_company->setText(f.company);
    m_title->setText(f.title);
    m_phone->setText(f.phone);
    m_email->setText(f.email);
    m_region->setText(f.region);
    m_industry->setText(f.industry);
    m_source->setText(f.source);
    m_notes->setPlainText(f.notes);
    m_canEdit = LeadService::allowedActions(m_ctx.session, m_lead).edit;
    for (QWidget *w : std::initializer_list<QWidget *>{m_person, m_company, m_title, m_phone, m_email, m_region,
                                                       m_industry, m_source, m_notes})
        w->setEnabled(m_canEdit);
    m_timeline->setLead(m_lead.id, m_canEdit);
    m_history->setRecord(m_lead.id, m_canEdit);
}

void LeadDialog::accept()
{
    if (!m_canEdit) {
        QDialog::reject();
        return;
    }
    LeadDraft d = m_lead.fields;
    d.personName = m_person->text();
    d.company = m_company->text();
    d.title = m_title->text();
    d.phone = m_phone->text();
    d.email = m_email->text();
    d.region = m_region->text();
    d.industry = m_industry->text();
    d.source = m_source->text();
    d.notes = m_notes->toPlainText();
    LeadService service(*m_ctx.db, *m_ctx.clock);
    Result<Lead> saved = m_lead.id.isEmpty() ? service.create(m_ctx.session, d)
                                             : service.update(m_ctx.session, m_lead.id, d, m_lead.rowVersion);
    if (!saved && saved.error().code == ErrorCode::Conflict && !m_lead.id.isEmpty()) {
        saved = saveMerged(this, *m_ctx.db, m_lead.id, leadAccess(m_ctx, m_lead.id), m_lead.fields, d);
        if (!saved && saved.error().code == ErrorCode::Cancelled)
            return;
    }
    if (!saved) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        return;
    }
    m_lead = *saved;
    QDialog::accept();
}

} // namespace guanxi
