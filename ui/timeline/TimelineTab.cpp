// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/TimelineTab.h"

#include "core/contacts/ContactService.h"
#include "core/i18n/DateTimeText.h"
#include "core/timeline/TimelineService.h"
#include "core/util/Clock.h"
#include "ui/common/ErrorBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guanxi {

namespace {

QDate today(const Clock &clock)
{
    return QDateTime::fromMSecsSinceEpoch(clock.nowMs()).toLocalTime().date();
}

// Order states as the sales documents will name them.
QString orderStatusName(const QString &code)
{
    if (code == QLatin1String("open"))
        return TimelineTab::tr("open");
    if (code == QLatin1String("delivered"))
        return TimelineTab::tr("delivered");
    if (code == QLatin1String("paid"))
        return TimelineTab::tr("paid");
    if (code == QLatin1String("closed"))
        return TimelineTab::tr("closed");
    if (code == QLatin1String("cancelled"))
        return TimelineTab::tr("cancelled");
    return code;
}

QString money(qint64 minor, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(static_cast<double>(minor) / 100.0, 'f', 2), currency);
}

} // namespace

TimelineTab::TimelineTab(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);

    auto *logBox = new QGroupBox(tr("Log a touch point"), this);
    auto *form = new QFormLayout(logBox);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("interactionKind"));
    for (InteractionKind k : userInteractionKinds())
        m_kind->addItem(displayName(k), static_cast<int>(k));
    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("interactionContact"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("interactionSubject"));
    m_subject->setPlaceholderText(tr("What it was about, e.g. 报价跟进"));
    m_outcome = new QPlainTextEdit(this);
    m_outcome->setObjectName(QStringLiteral("interactionOutcome"));
    m_outcome->setPlaceholderText(tr("What came of it"));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setMaximumHeight(70);
    auto *followUpRow = new QHBoxLayout;
    m_followUp = new QCheckBox(tr("Next follow-up on"), this);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_followUpOn = new QDateEdit(this);
    m_followUpOn->setObjectName(QStringLiteral("followUpOn"));
    m_followUpOn->setCalendarPopup(true);
    m_followUpOn->setDisplayFormat(DateTimeText::datePattern());
    m_followUpOn->setDate(today(*m_ctx.clock).addDays(7));
    m_followUpOn->setEnabled(false);
    connect(m_followUp, &QCheckBox::toggled, m_followUpOn, &QWidget::setEnabled);
    followUpRow->addWidget(m_followUp);
    followUpRow->addWidget(m_followUpOn);
    followUpRow->addStretch();
    // A touch point is saved the moment it is logged, not with the card's Save: the button says so.
    m_log = new QPushButton(tr("&Log it now (saved at once)"), this);
    m_log->setObjectName(QStringLiteral("logInteraction"));
    m_log->setToolTip(tr("Saves this touch point right away; the card's Save and Cancel do not change it"));
    followUpRow->addWidget(m_log);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("With"), m_contact);
    form->addRow(tr("Subject"), m_subject);
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(followUpRow);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("timelineProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    form->addRow(m_problem);
    layout->addWidget(logBox);
    connect(m_log, &QPushButton::clicked, this, &TimelineTab::logInteraction);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_entries = new QTreeWidget(split);
    m_entries->setObjectName(QStringLiteral("timelineEntries"));
    m_entries->setRootIsDecorated(false);
    m_entries->setHeaderLabels(
        {tr("When"), tr("Kind"), tr("Subject"), tr("Outcome"), tr("With"), tr("By"), tr("Follow-up")});
    m_entries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *commitBox = new QWidget(split);
    m_commitmentBox = commitBox;
    auto *commitLayout = new QVBoxLayout(commitBox);
    commitLayout->setContentsMargins(0, 0, 0, 0);
    commitLayout->addWidget(new QLabel(tr("Commitments (承诺) made to the customer"), commitBox));
    m_commitments = new QTreeWidget(commitBox);
    m_commitments->setObjectName(QStringLiteral("commitments"));
    m_commitments->setRootIsDecorated(false);
    m_commitments->setHeaderLabels({tr("Due"), tr("Promise"), tr("State"), tr("By")});
    m_commitments->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    commitLayout->addWidget(m_commitments);
    auto *commitButtons = new QHBoxLayout;
    m_addCommitment = new QPushButton(tr("&Promise…"), commitBox);
    m_addCommitment->setObjectName(QStringLiteral("addCommitment"));
    m_keep = new QPushButton(tr("&Kept"), commitBox);
    m_cancelCommitment = new QPushButton(tr("Ca&ncelled"), commitBox);
    commitButtons->addWidget(m_addCommitment);
    commitButtons->addWidget(m_keep);
    commitButtons->addWidget(m_cancelCommitment);
    commitButtons->addStretch();
    commitLayout->addLayout(commitButtons);
    connect(m_addCommitment, &QPushButton::clicked, this, &TimelineTab::addCommitment);
    connect(m_keep, &QPushButton::clicked, this, [this] { closeCommitment(true); });
    connect(m_cancelCommitment, &QPushButton::clicked, this, [this] { closeCommitment(false); });
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
}

void TimelineTab::setLead(const QString &leadId, bool canEdit)
{
    m_leadId = leadId;
    m_customerId.clear();
    m_canEdit = canEdit && !leadId.isEmpty();
    m_commitmentBox->hide();
    m_contact->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_subject, m_outcome, m_followUp, m_log})
        w->setEnabled(m_canEdit);
    reload();
}

void TimelineTab::setCustomer(const QString &customerId, bool canEdit)
{
    m_customerId = customerId;
    m_leadId.clear();
    m_canEdit = canEdit && !customerId.isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_contact, m_subject, m_outcome, m_followUp, m_log,
                                                       m_addCommitment, m_keep, m_cancelCommitment})
        w->setEnabled(m_canEdit);
    reload();
}

void TimelineTab::reload()
{
    m_entries->clear();
    m_commitments->clear();
    m_contact->clear();
    m_contact->addItem(tr("(nobody in particular)"), QString());
    if (!m_leadId.isEmpty()) {
        if (auto entries = TimelineService(*m_ctx.db, *m_ctx.clock).leadTimeline(m_ctx.session, m_leadId)) {
            for (const TimelineEntry &e : *entries) {
                InteractionKind kind;
                new QTreeWidgetItem(m_entries,
                                    {DateTimeText::dateTimeOfMs(e.occurredAt),
                                     fromCode(e.kind, &kind) ? displayName(kind) : e.kind, e.title,
                                     e.outcome.simplified(), e.contactName, e.authorName, e.followUpOn});
            }
        }
        return;
    }
    if (m_customerId.isEmpty())
        return;
    if (auto contacts = ContactService(*m_ctx.db, *m_ctx.clock).listForCustomer(m_ctx.session, m_customerId))
        for (const Contact &c : *contacts)
            m_contact->addItem(c.fields.title.isEmpty() ? c.fields.name
                                                        : QStringLiteral("%1 (%2)").arg(c.fields.name, c.fields.title),
                               c.id);
    TimelineService service(*m_ctx.db, *m_ctx.clock);
    if (auto entries = service.customerTimeline(m_ctx.session, m_customerId)) {
        for (const TimelineEntry &e : *entries) {
            InteractionKind kind;
            const bool isOrder = e.kind == QLatin1String("order");
            const QString kindName = isOrder ? tr("Order") : (fromCode(e.kind, &kind) ? displayName(kind) : e.kind);
            const QString outcome = isOrder
                ? money(e.amountMinor, e.currency) + QStringLiteral(" · ") + orderStatusName(e.outcome)
                : e.outcome;
            QString followUp = e.followUpOn;
            if (!followUp.isEmpty())
                followUp += e.followUpDone ? tr(" (done)") : QString();
            auto *item = new QTreeWidgetItem(m_entries,
                                             {DateTimeText::dateTimeOfMs(e.occurredAt), kindName, e.title,
                                              outcome.simplified(), e.contactName, e.authorName, followUp});
            item->setToolTip(3, e.outcome);
        }
    }
    if (auto promises = service.commitments(m_ctx.session, m_customerId)) {
        const QString todayText = today(*m_ctx.clock).toString(Qt::ISODate);
        for (const Commitment &c : *promises) {
            auto *item = new QTreeWidgetItem(
                m_commitments,
                {DateTimeText::dateOfIso(c.fields.dueOn), c.fields.description, displayName(c.state), c.authorName});
            item->setData(0, Qt::UserRole, c.id);
            item->setData(0, Qt::UserRole + 1, c.rowVersion);
            if (c.state == CommitmentState::Open && c.fields.dueOn < todayText)
                item->setForeground(0, QColor(0xb0, 0x00, 0x20)); // overdue
        }
    }
}

void TimelineTab::logInteraction()
{
    InteractionDraft d;
    d.customerId = m_customerId;
    d.leadId = m_leadId;
    d.contactId = m_contact->currentData().toString();
    d.kind = static_cast<InteractionKind>(m_kind->currentData().toInt());
    d.subject = m_subject->text();
    d.outcome = m_outcome->toPlainText();
    if (m_followUp->isChecked())
        d.followUpOn = m_followUpOn->date().toString(Qt::ISODate);
    Result<Interaction> r = TimelineService(*m_ctx.db, *m_ctx.clock).log(m_ctx.session, d);
    if (!r) {
        m_problem->setText(r.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_subject->clear();
    m_outcome->clear();
    m_followUp->setChecked(false);
    reload();
    emit logged();
}

void TimelineTab::addCommitment()
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Promise"), tr("What did you promise?"), QLineEdit::Normal, {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const QString due = QInputDialog::getText(this, tr("Promise"), tr("Due on (yyyy-MM-dd):"), QLineEdit::Normal,
                                              today(*m_ctx.clock).addDays(7).toString(Qt::ISODate), &ok);
    if (!ok)
        return;
    Result<Commitment> r =
        TimelineService(*m_ctx.db, *m_ctx.clock).addCommitment(m_ctx.session, {m_customerId, {}, text, due});
    if (!r)
        showError(this, tr("The promise was not saved"), r.error());
    reload();
}

void TimelineTab::closeCommitment(bool kept)
{
    QTreeWidgetItem *item = m_commitments->currentItem();
    if (!item)
        return;
    Result<Commitment> r = TimelineService(*m_ctx.db, *m_ctx.clock)
                               .setCommitmentState(m_ctx.session, item->data(0, Qt::UserRole).toString(),
                                                   kept ? CommitmentState::Kept : CommitmentState::Cancelled,
                                                   item->data(0, Qt::UserRole + 1).toLongLong());
    if (!r)
        showError(this, tr("The promise was not changed"), r.error());
    reload();
}

} // namespace guanxi
