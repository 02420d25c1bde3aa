// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/OpportunityDialog.h"

#include "core/contacts/ContactService.h"
#include "core/customers/CustomerService.h"
#include "core/i18n/DateTimeText.h"
#include "core/money/Money.h"
#include "core/opportunities/OpportunityFields.h"
#include "core/opportunities/OpportunityService.h"
#include "core/users/AccessPolicy.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"
#include "ui/common/CustomerPicker.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FormProblem.h"
#include "ui/common/RecordEditing.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace guanxi {

namespace {

RecordAccess<OpportunityDraft, Opportunity> opportunityAccess(const AppContext &ctx, const QString &id)
{
    return {opportunityFields(), [ctx, id] { return OpportunityService(*ctx.db, *ctx.clock).get(ctx.session, id); },
            [](const Opportunity &o) { return o.draft(); }, [](const Opportunity &o) { return o.rowVersion; },
            [ctx, id](const OpportunityDraft &d, qint64 version) {
                return OpportunityService(*ctx.db, *ctx.clock).update(ctx.session, id, d, version);
            }};
}

} // namespace

namespace {
// The date box shows nothing at its minimum: an opportunity without an expected close date.
const QDate kNoDate(2000, 1, 1);
} // namespace

OpportunityDialog::OpportunityDialog(const AppContext &ctx, const QString &opportunityId, const QString &customerId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_id(opportunityId)
{
    setObjectName(QStringLiteral("opportunityDialog"));
    OpportunityService service(*ctx.db, *ctx.clock);
    if (Result<Pipeline> p = service.pipeline())
        m_pipeline = *p;

    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns);
    const auto line = [this](QFormLayout *form, const char *name, const QString &label,
                             const QString &placeholder = {}) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setPlaceholderText(placeholder);
        form->addRow(label, e);
        return e;
    };

    m_customer = new CustomerPicker(ctx, this);
    m_customer->setObjectName(QStringLiteral("opportunityCustomer"));
    left->addRow(tr("C&ustomer"), m_customer);
    m_name = line(left, "opportunityName", tr("&Name"), tr("e.g. 机房改造一期"));
    auto *amountRow = new QHBoxLayout;
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("opportunityAmount"));
    m_amount->setPlaceholderText(tr("e.g. 120,000.00"));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("opportunityCurrency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("HKD"),
                          QStringLiteral("TWD"), QStringLiteral("JPY")});
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    left->addRow(tr("&Amount"), amountRow);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("opportunityStage"));
    for (const PipelineStage &s : m_pipeline.stages())
        m_stage->addItem(s.displayName(), s.id);
    left->addRow(tr("&Stage"), m_stage);
    m_probability = new QSpinBox(this);
    m_probability->setObjectName(QStringLiteral("opportunityProbability"));
    m_probability->setRange(0, 100);
    m_probability->setSuffix(QStringLiteral(" %"));
    left->addRow(tr("&Probability"), m_probability);
    m_expectedClose = new QDateEdit(this);
    m_expectedClose->setObjectName(QStringLiteral("opportunityExpectedClose"));
    m_expectedClose->setCalendarPopup(true);
    m_expectedClose->setMinimumDate(kNoDate);
    m_expectedClose->setSpecialValueText(tr("not yet known"));
    m_expectedClose->setDisplayFormat(DateTimeText::datePattern());
    left->addRow(tr("E&xpected close"), m_expectedClose);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("opportunityOwner"));
    left->addRow(tr("O&wner"), m_owner);
    m_source = line(left, "opportunitySource", tr("Sou&rce"), tr("e.g. 展会, 老客户介绍"));
    m_competitors = line(left, "opportunityCompetitors", tr("Co&mpetitors"), tr("who else is bidding"));

    m_decisionMakers = new QListWidget(this);
    m_decisionMakers->setObjectName(QStringLiteral("opportunityDecisionMakers"));
    m_decisionMakers->setMaximumHeight(110);
    right->addRow(tr("&Decision makers"), m_decisionMakers);
    m_nextStep = line(right, "opportunityNextStep", tr("Ne&xt step"), tr("e.g. 周五前发方案"));
    m_outcomeReason = line(right, "opportunityOutcomeReason", tr("Why &won or lost"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("opportunityNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    right->addRow(tr("No&tes"), m_notes);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("opportunityHistory"));
    m_history->setMaximumHeight(110);
    m_history->setFocusPolicy(Qt::NoFocus);
    right->addRow(tr("Stage history"), m_history);

    m_problem = new FormProblem(this, "opportunityProblem");
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpportunityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpportunityDialog::reject);
    QPushButton *changes = buttons->addButton(tr("C&hanges…"), QDialogButtonBox::ActionRole);
    changes->setObjectName(QStringLiteral("opportunityChanges"));
    connect(changes, &QPushButton::clicked, this, [this] {
        guanxi::showHistory<OpportunityDraft, Opportunity>(this, *m_ctx.db, m_id, true, opportunityAccess(m_ctx, m_id),
                                                           [this](const Opportunity &o) { load(o); });
    });
    changes->setEnabled(!m_id.isEmpty()); // a new deal has no history yet
    layout->addWidget(buttons);

    // A new stage brings its default probability; the user may still set another.
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        if (const PipelineStage *s = m_pipeline.find(m_stage->currentData().toString()))
            m_probability->setValue(s->probabilityPct);
        const bool open = !m_pipeline.find(m_stage->currentData().toString())
            || m_pipeline.find(m_stage->currentData().toString())->isOpen();
        m_probability->setEnabled(open);
    });
    connect(m_customer, &CustomerPicker::customerChosen, this, [this] { fillDecisionMakers({}); });

    fillOwners();
    if (m_id.isEmpty()) {
        setWindowTitle(tr("New opportunity"));
        m_stage->setCurrentIndex(m_stage->findData(m_pipeline.firstOpenStageId()));
        if (const PipelineStage *s = m_pipeline.find(m_pipeline.firstOpenStageId()))
            m_probability->setValue(s->probabilityPct);
        m_expectedClose->setDate(QDateTime::fromMSecsSinceEpoch(ctx.clock->nowMs()).date().addMonths(1));
        m_owner->setCurrentIndex(qMax(0, m_owner->findData(ctx.session.userId)));
        m_history->hide();
        right->labelForField(m_history)->hide();
        if (!customerId.isEmpty()) {
            if (Result<Customer> c = CustomerService(*ctx.db, *ctx.clock).get(ctx.session, customerId)) {
                m_customer->setCustomer(c->id, c->fields.name);
                m_customer->setEnabled(false);
            }
            fillDecisionMakers({});
        }
    } else {
        Result<Opportunity> o = service.get(ctx.session, m_id);
        if (o)
            load(*o);
        else
            m_problem->report(o.error().message, nullptr);
    }
    resize(880, 520);
}

void OpportunityDialog::fillOwners()
{
    m_owner->clear();
    const AccessPolicy policy(m_ctx.session);
    if (Result<QList<User>> users = UserService(*m_ctx.db, *m_ctx.clock).users()) {
        for (const User &u : *users)
            if (u.id == m_ctx.session.userId || policy.canAssignTo(u.id, u.departmentId))
                m_owner->addItem(u.displayName, u.id);
    }
    m_owner->setEnabled(AccessPolicy(m_ctx.session).leadsTeam());
}

void OpportunityDialog::fillDecisionMakers(const QStringList &checked)
{
    m_decisionMakers->clear();
    if (m_customer->customerId().isEmpty())
        return;
    Result<QList<Contact>> contacts =
        ContactService(*m_ctx.db, *m_ctx.clock).listForCustomer(m_ctx.session, m_customer->customerId());
    if (!contacts)
        return;
    for (const Contact &c : *contacts) {
        auto *item = new QListWidgetItem(
            c.fields.title.isEmpty() ? c.fields.name : QStringLiteral("%1 · %2").arg(c.fields.name, c.fields.title),
            m_decisionMakers);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void OpportunityDialog::load(const Opportunity &o)
{
    m_version = o.rowVersion;
    m_original = o.draft();
    m_customer->setCustomer(o.customerId, o.customerName);
    m_name->setText(o.name);
    m_currency->setCurrentText(o.currency);
    m_amount->setText(MoneyText::format({o.amountMinor, o.currency}));
    {
        const QSignalBlocker quiet(m_stage); // keep the stored probability
        m_stage->setCurrentIndex(m_stage->findData(o.stage));
    }
    m_probability->setValue(o.probabilityPct);
    m_probability->setEnabled(!m_pipeline.find(o.stage) || m_pipeline.find(o.stage)->isOpen());
    m_expectedClose->setDate(o.expectedCloseOn.isEmpty() ? kNoDate : QDate::fromString(o.expectedCloseOn, Qt::ISODate));
    if (m_owner->findData(o.ownerId) < 0)
        m_owner->addItem(o.ownerName, o.ownerId);
    m_owner->setCurrentIndex(m_owner->findData(o.ownerId));
    m_source->setText(o.source);
    m_competitors->setText(o.competitors);
    m_nextStep->setText(o.nextStep);
    m_outcomeReason->setText(o.outcomeReason);
    m_notes->setPlainText(o.notes);
    fillDecisionMakers(o.decisionMakerIds);
    setWindowTitle(tr("Opportunity: %1").arg(o.name));
    showHistory();
}

void OpportunityDialog::showHistory()
{
    m_history->clear();
    Result<QList<StageVisit>> visits = OpportunityService(*m_ctx.db, *m_ctx.clock).history(m_ctx.session, m_id);
    if (!visits)
        return;
    for (const StageVisit &v : *visits) {
        const PipelineStage *s = m_pipeline.find(v.stageId);
        const QString when = DateTimeText::dateTimeOfMs(v.enteredAt);
        m_history->addItem(tr("%1  %2 (%3)").arg(when, s ? s->displayName() : v.stageId, v.enteredBy));
    }
}

bool OpportunityDialog::readDraft(OpportunityDraft *d)
{
    d->customerId = m_customer->customerId();
    if (d->customerId.isEmpty()) {
        m_problem->report(m_customer->text().trimmed().isEmpty()
                              ? tr("Choose the customer of the opportunity.")
                              : tr("Choose the customer from the offers as you type."),
                          m_customer);
        return false;
    }
    d->name = m_name->text();
    d->currency = m_currency->currentText().trimmed().toUpper();
    if (m_amount->text().trimmed().isEmpty()) {
        d->amountMinor = 0;
    } else {
        Result<qint64> amount = MoneyText::parse(m_amount->text(), d->currency);
        if (!amount) {
            m_problem->report(amount.error().message, m_amount);
            return false;
        }
        d->amountMinor = *amount;
    }
    d->stageId = m_stage->currentData().toString();
    d->probabilityPct = m_probability->value();
    d->expectedCloseOn = m_expectedClose->date() == kNoDate ? QString() : m_expectedClose->date().toString(Qt::ISODate);
    d->ownerId = m_owner->currentData().toString();
    d->source = m_source->text();
    d->competitors = m_competitors->text();
    d->nextStep = m_nextStep->text();
    d->outcomeReason = m_outcomeReason->text();
    d->notes = m_notes->toPlainText();
    for (int i = 0; i < m_decisionMakers->count(); ++i)
        if (m_decisionMakers->item(i)->checkState() == Qt::Checked)
            d->decisionMakerIds.append(m_decisionMakers->item(i)->data(Qt::UserRole).toString());
    return true;
}

void OpportunityDialog::accept()
{
    OpportunityDraft d;
    if (!readDraft(&d))
        return;
    OpportunityService service(*m_ctx.db, *m_ctx.clock);
    Result<Opportunity> saved =
        m_id.isEmpty() ? service.create(m_ctx.session, d) : service.update(m_ctx.session, m_id, d, m_version);
    if (!saved && saved.error().code == ErrorCode::Conflict && !m_id.isEmpty()) {
        saved = saveMerged(this, *m_ctx.db, m_id, opportunityAccess(m_ctx, m_id), m_original, d);
        if (!saved && saved.error().code == ErrorCode::Cancelled)
            return;
    }
    if (!saved) {
        const Error &e = saved.error();
        if (e.code == ErrorCode::Invalid) {
            m_problem->report(e,
                              {{"customer", m_customer},
                               {"name", m_name},
                               {"amount", m_amount},
                               {"currency", m_currency},
                               {"stage", m_stage},
                               {"probability", m_probability},
                               {"expected_close", m_expectedClose},
                               {"owner", m_owner},
                               {"decision_makers", m_decisionMakers}});
        } else {
            showError(this, tr("The opportunity was not saved"), e);
        }
        return;
    }
    m_id = saved->id;
    QDialog::accept();
}

} // namespace guanxi
