// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/CustomerCardDialog.h"

#include "core/customers/CustomerFields.h"
#include "core/customers/CustomerListQuery.h"
#include "core/customers/CustomerService.h"
#include "core/duplicates/DuplicatePolicy.h"
#include "core/i18n/DateTimeText.h"
#include "core/printing/DocumentLanguage.h"
#include "core/sharing/Presence.h"
#include "core/tasks/TaskService.h"
#include "core/users/AccessPolicy.h"
#include "core/users/UserService.h"
#include "ui/care/CareDaysTab.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RecordEditing.h"
#include "ui/common/RecordHistoryView.h"
#include "ui/contacts/ContactsTab.h"
#include "ui/customers/CustomerDealsTab.h"
#include "ui/customers/CustomerDetailsTab.h"
#include "ui/customers/CustomerValueBox.h"
#include "ui/timeline/TimelineTab.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace guanxi {

namespace {

// A duplicate was already confirmed (or there is none) when the card merges or puts a value back.
RecordAccess<CustomerDraft, Customer> customerAccess(const AppContext &ctx, const QString &id)
{
    return {customerFields(), [ctx, id] { return CustomerService(*ctx.db, *ctx.clock).get(ctx.session, id); },
            [](const Customer &c) { return c.fields; }, [](const Customer &c) { return c.rowVersion; },
            [ctx, id](const CustomerDraft &d, qint64 version) {
                return CustomerService(*ctx.db, *ctx.clock).update(ctx.session, id, d, version, OnDuplicate::Allow);
            }};
}

} // namespace

CustomerCardDialog::CustomerCardDialog(const AppContext &ctx, const QString &customerId, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("customerCard"));
    buildForm();
    if (customerId.isEmpty()) {
        setWindowTitle(tr("New customer"));
        m_owner->setCurrentIndex(m_owner->findData(ctx.session.userId));
        m_version->setText(tr("New record"));
        m_contacts->setCustomer({}, false);
        m_timeline->setCustomer({}, false);
        m_deals->setCustomer({}, false);
        m_care->setCustomer({}, false);
        m_value->setCustomer({});
        for (CustomerDetailsTab *tab : std::as_const(m_details))
            tab->setCustomer({}, false);
        m_history->setRecord({}, false);
    } else {
        m_customer.id = customerId;
        load();
        if (m_ctx.presence && m_canEdit) {
            Status s = m_ctx.presence->setEditing(QStringLiteral("customer"), customerId);
            Q_UNUSED(s); // presence is a courtesy; editing works without it
        }
        auto *watch = new QTimer(this);
        connect(watch, &QTimer::timeout, this, &CustomerCardDialog::refreshEditingBanner);
        watch->start(int(Presence::kHeartbeatMs));
    }
}

CustomerCardDialog::~CustomerCardDialog()
{
    if (m_ctx.presence && !m_customer.id.isEmpty()) {
        Status s = m_ctx.presence->setEditing({}, {});
        Q_UNUSED(s);
    }
}

void CustomerCardDialog::refreshEditingBanner()
{
    if (!m_ctx.presence || m_customer.id.isEmpty())
        return;
    Result<QList<PresenceEntry>> editing = m_ctx.presence->othersEditing(QStringLiteral("customer"), m_customer.id);
    if (!editing || editing->isEmpty()) {
        m_editingBanner->hide();
        return;
    }
    QStringList names;
    for (const PresenceEntry &e : *editing)
        names.append(e.userName);
    m_editingBanner->setText(tr("%1 is editing this customer. If you both change the same field, Guanxi will ask "
                                "which value to keep.")
                                 .arg(names.join(tr(", "))));
    m_editingBanner->show();
}

void CustomerCardDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("cardTabs"));
    m_tabs->addTab(buildProfile(), tr("&Profile"));
    m_tabs->addTab(buildBackground(), tr("&Background"));
    m_contacts = new ContactsTab(m_ctx, this);
    m_tabs->addTab(m_contacts, tr("&Contacts"));
    m_timeline = new TimelineTab(m_ctx, this);
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_deals = new CustomerDealsTab(m_ctx, this);
    m_tabs->addTab(m_deals, tr("&Deals"));
    const std::pair<CustomerDetailsTab::Kind, QString> details[] = {
        {CustomerDetailsTab::Kind::Competitors, tr("Co&mpetitors")},
        {CustomerDetailsTab::Kind::Projects, tr("Pro&jects")},
        {CustomerDetailsTab::Kind::Relations, tr("&Relations")},
        {CustomerDetailsTab::Kind::Attachments, tr("&Files")}};
    for (const auto &[kind, title] : details) {
        auto *tab = new CustomerDetailsTab(m_ctx, kind, this);
        m_details.append(tab);
        m_tabs->addTab(tab, title);
    }
    m_care = new CareDaysTab(m_ctx, this);
    m_tabs->addTab(m_care, tr("C&are days"));
    RecordHistoryView::Fields fields;
    fields.label = &CustomerFields::label;
    fields.display = [](const QString &column, const QVariant &v) { return CustomerFields::display(column, v); };
    fields.canRestore = [](const QString &column) { return CustomerFields::columns().contains(column); };
    m_history = new RecordHistoryView(*m_ctx.db, fields, this);
    m_history->setObjectName(QStringLiteral("historyTab"));
    m_tabs->addTab(m_history, tr("Histor&y"));
    connect(m_history, &RecordHistoryView::putBackRequested, this, &CustomerCardDialog::putBack);
    m_editingBanner = new QLabel(this);
    m_editingBanner->setObjectName(QStringLiteral("editingBanner"));
    m_editingBanner->setWordWrap(true);
    m_editingBanner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #5c4400; padding: 6px;"));
    m_editingBanner->hide();
    layout->addWidget(m_editingBanner);
    layout->addWidget(m_tabs, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("version"));
    m_version->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_version);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerCardDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerCardDialog::reject);
    layout->addWidget(m_buttons);
    resize(820, 640);
}

void CustomerCardDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

QWidget *CustomerCardDialog::buildProfile()
{
    auto *page = new QWidget(this);
    auto *columns = new QHBoxLayout(page);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    const auto line = [this](const char *name, const QString &placeholder = {}) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_name = line("name", tr("Company or person, e.g. 杭州瑞丰贸易有限公司"));
    m_name->setMaxLength(CustomerValidator::kMaxName);
    m_shortName = line("shortName", tr("e.g. 瑞丰"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (CustomerKind k : allValuesOf<CustomerKind>())
        m_kind->addItem(displayName(k), static_cast<int>(k));
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tier"));
    for (Tier t : {Tier::Normal, Tier::Important, Tier::Vip})
        m_tier->addItem(tierDisplayName(t), static_cast<int>(t));
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stage"));
    for (LoyaltyStage st : allValuesOf<LoyaltyStage>())
        m_stage->addItem(displayName(st), static_cast<int>(st));
    m_valueType = new QComboBox(this);
    m_valueType->setObjectName(QStringLiteral("valueType"));
    for (ValueType v : allValuesOf<ValueType>())
        m_valueType->addItem(displayName(v), static_cast<int>(v));
    m_phone = line("phone", tr("e.g. 138 0013 8000 or 0571-8888 6666"));
    m_email = line("email", tr("name@example.com"));
    m_website = line("website", tr("e.g. www.example.com.cn"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setEditable(true);
    m_city = line("city");
    m_address = line("address");
    m_industry = new QComboBox(this);
    m_industry->setObjectName(QStringLiteral("industry"));
    m_industry->setEditable(true);
    if (auto regions = CustomerListQuery::regions(*m_ctx.db))
        m_region->addItems(*regions);
    if (auto industries = CustomerListQuery::industries(*m_ctx.db))
        m_industry->addItems(*industries);
    m_region->setCurrentText(QString());
    m_industry->setCurrentText(QString());
    m_source = line("source", tr("e.g. 展会, 老客户介绍, 官网"));
    m_tags = line("tags", tr("comma-separated, e.g. 重点, 华东"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    fillOwners();
    m_documentLanguage = new QComboBox(this);
    m_documentLanguage->setObjectName(QStringLiteral("document_language"));
    m_documentLanguage->addItem(tr("As the program (%1)").arg(DocumentLanguage::nativeName(DocumentLanguage().code())),
                                QString());
    for (const QString &code : DocumentLanguage::all())
        m_documentLanguage->addItem(DocumentLanguage::nativeName(code), code);
    m_documentLanguage->setToolTip(
        tr("Quotes, contracts and delivery notes for this customer are printed in this language."));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);

    left->addRow(tr("&Name *"), m_name);
    left->addRow(tr("Short name"), m_shortName);
    left->addRow(tr("Type"), m_kind);
    left->addRow(tr("&Tier"), m_tier);
    left->addRow(tr("Stage"), m_stage);
    left->addRow(tr("Value type"), m_valueType);
    left->addRow(tr("&Owner"), m_owner);
    left->addRow(tr("Tags"), m_tags);
    right->addRow(tr("&Phone"), m_phone);
    right->addRow(tr("&E-mail"), m_email);
    right->addRow(tr("Website"), m_website);
    right->addRow(tr("&Region"), m_region);
    right->addRow(tr("City"), m_city);
    right->addRow(tr("Address"), m_address);
    right->addRow(tr("&Industry"), m_industry);
    right->addRow(tr("Source"), m_source);
    right->addRow(tr("Documents in"), m_documentLanguage);
    auto *outer = new QWidget(this);
    auto *outerLayout = new QVBoxLayout(outer);
    outerLayout->addWidget(page);
    m_value = new CustomerValueBox(m_ctx, this);
    outerLayout->addWidget(m_value);
    outerLayout->addWidget(new QLabel(tr("N&otes"), this));
    outerLayout->addWidget(m_notes, 1);
    return outer;
}

QWidget *CustomerCardDialog::buildBackground()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const std::pair<QString CustomerBackground::*, QString> fields[] = {
        {&CustomerBackground::orgStructure, tr("Organisation")},
        {&CustomerBackground::businessSituation, tr("Business and industry")},
        {&CustomerBackground::purchasingDept, tr("Purchasing department")},
        {&CustomerBackground::supportDept, tr("Support department")},
        {&CustomerBackground::usingDept, tr("Using department")},
        {&CustomerBackground::installedBase, tr("Similar products in use")}};
    for (const auto &[member, label] : fields) {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        form->addRow(label, edit);
        m_background.append({member, edit});
    }
    return page;
}

void CustomerCardDialog::fillOwners()
{
    m_owner->clear();
    m_owner->addItem(tr("(public pool)"), QString());
    Result<QList<User>> users = UserService(*m_ctx.db, *m_ctx.clock).users();
    if (!users)
        return;
    for (const User &u : *users)
        m_owner->addItem(u.departmentName.isEmpty() ? u.displayName
                                                    : QStringLiteral("%1 (%2)").arg(u.displayName, u.departmentName),
                         u.id);
    // A salesperson's customers are their own; only managers and administrators hand them over.
    m_owner->setEnabled(AccessPolicy(m_ctx.session).leadsTeam());
}

void CustomerCardDialog::load()
{
    Result<Customer> c = CustomerService(*m_ctx.db, *m_ctx.clock).get(m_ctx.session, m_customer.id);
    if (!c) {
        m_loadFailed = true;
        showError(parentWidget(), tr("Customer"), c.error());
        return;
    }
    m_customer = *c;
    m_canEdit = AccessPolicy(m_ctx.session).canEdit(m_customer.fields.ownerId, m_customer.ownerDepartmentId)
        && m_customer.deletedAt == 0;
    showCustomer();
}

void CustomerCardDialog::showCustomer()
{
    const CustomerDraft &f = m_customer.fields;
    setWindowTitle(f.name);
    m_name->setText(f.name);
    m_shortName->setText(f.shortName);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(f.kind)));
    m_stage->setCurrentIndex(m_stage->findData(static_cast<int>(f.stage)));
    m_valueType->setCurrentIndex(m_valueType->findData(static_cast<int>(f.valueType)));
    m_city->setText(f.city);
    m_address->setText(f.address);
    m_website->setText(f.website);
    m_source->setText(f.source);
    m_tags->setText(f.tags.join(QStringLiteral(", ")));
    for (const auto &[member, edit] : std::as_const(m_background))
        edit->setPlainText(f.background.*member);
    m_tier->setCurrentIndex(m_tier->findData(static_cast<int>(f.tier)));
    m_phone->setText(f.phone);
    m_email->setText(f.email);
    m_region->setCurrentText(f.region);
    m_industry->setCurrentText(f.industry);
    int ownerIndex = m_owner->findData(f.ownerId);
    if (ownerIndex < 0) {
        m_owner->addItem(m_customer.ownerName, f.ownerId);
        ownerIndex = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(ownerIndex);
    m_notes->setPlainText(f.notes);
    m_documentLanguage->setCurrentIndex(qMax(0, m_documentLanguage->findData(f.documentLanguage)));
    const QString when = DateTimeText::dateTimeOfMs(m_customer.updatedAt);
    m_version->setText(tr("Version %1 · last changed by %2 on %3")
                           .arg(m_customer.rowVersion)
                           .arg(m_customer.updatedByName.isEmpty() ? tr("Guanxi itself (the public pool's rules)")
                                                                   : m_customer.updatedByName,
                                when));
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_shortName, m_kind, m_tier, m_stage, m_valueType,
                                                       m_phone, m_email, m_website, m_region, m_city, m_address,
                                                       m_industry, m_source, m_tags, m_notes, m_documentLanguage})
        w->setEnabled(m_canEdit);
    for (const auto &entry : std::as_const(m_background))
        entry.second->setReadOnly(!m_canEdit);
    m_contacts->setCustomer(m_customer.id, m_canEdit);
    m_timeline->setCustomer(m_customer.id, m_canEdit);
    m_deals->setCustomer(m_customer.id, m_canEdit);
    m_care->setCustomer(m_customer.id, m_canEdit);
    m_value->setCustomer(m_customer.id);
    for (CustomerDetailsTab *tab : std::as_const(m_details))
        tab->setCustomer(m_customer.id, m_canEdit);
    m_history->setRecord(m_customer.id, m_canEdit);
    refreshEditingBanner();
    if (!m_canEdit) {
        m_owner->setEnabled(false);
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        m_problem->setText(
            m_customer.deletedAt ? tr("This customer is in the recycle bin. Restore it to edit it.")
                : m_customer.ownerName.isEmpty()
                ? tr("This customer is in the public pool: you can look, and work on it once it is "
                     "assigned to you.")
                : tr("This customer belongs to %1; you can look but not change it.").arg(m_customer.ownerName));
        m_problem->setStyleSheet(QString());
        m_problem->show();
    }
}

CustomerDraft CustomerCardDialog::draftFromForm() const
{
    CustomerDraft d = m_customer.fields; // what the form does not show stays as it is
    d.name = m_name->text();
    d.shortName = m_shortName->text();
    d.kind = static_cast<CustomerKind>(m_kind->currentData().toInt());
    d.stage = static_cast<LoyaltyStage>(m_stage->currentData().toInt());
    d.valueType = static_cast<ValueType>(m_valueType->currentData().toInt());
    d.city = m_city->text();
    d.address = m_address->text();
    d.website = m_website->text();
    d.source = m_source->text();
    d.tags = QStringList{m_tags->text()};
    for (const auto &[member, edit] : std::as_const(m_background))
        d.background.*member = edit->toPlainText();
    d.tier = static_cast<Tier>(m_tier->currentData().toInt());
    d.phone = m_phone->text();
    d.email = m_email->text();
    d.region = m_region->currentText();
    d.industry = m_industry->currentText();
    d.ownerId = m_owner->currentData().toString();
    d.notes = m_notes->toPlainText();
    d.documentLanguage = m_documentLanguage->currentData().toString();
    return d;
}

void CustomerCardDialog::showProblem(const QString &field, const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    QWidget *target = findChild<QWidget *>(field);
    if (target)
        target->setFocus();
}

void CustomerCardDialog::accept()
{
    if (!m_canEdit) {
        QDialog::reject();
        return;
    }
    CustomerService service(*m_ctx.db, *m_ctx.clock);
    CustomerDraft draft = draftFromForm();
    // Field problems first, shown beside the form without a round trip.
    const QList<FieldProblem> problems = CustomerService::validate(&draft);
    if (!problems.isEmpty()) {
        showProblem(problems.first().field, problems.first().message);
        return;
    }
    const bool isNew = m_customer.id.isEmpty();
    Result<Customer> saved = isNew ? service.create(m_ctx.session, draft)
                                   : service.update(m_ctx.session, m_customer.id, draft, m_customer.rowVersion);
    if (!saved && saved.error().code == ErrorCode::Duplicate) {
        if (resolveDuplicate(draft, saved.error()) != DuplicateChoice::SaveAnyway)
            return;
        saved = isNew ? service.create(m_ctx.session, draft, OnDuplicate::Allow)
                      : service.update(m_ctx.session, m_customer.id, draft, m_customer.rowVersion, OnDuplicate::Allow);
    }
    if (!saved) {
        const Error &e = saved.error();
        if (e.code == ErrorCode::Invalid) {
            showProblem(e.field, e.message);
            return;
        }
        if (e.code == ErrorCode::Conflict && !isNew) {
            saved = saveMerged(this, *m_ctx.db, m_customer.id, customerAccess(m_ctx, m_customer.id), m_customer.fields,
                               draft);
            if (!saved && saved.error().code == ErrorCode::Cancelled)
                return; // keep editing
        }
    }
    if (!saved) {
        const Error &e = saved.error();
        if (e.code == ErrorCode::NotFound) {
            MessageBox::warning(this, tr("Changed by someone else"), e.message);
            return;
        }
        showError(this, tr("The customer was not saved"), e);
        return;
    }
    m_customer = *saved;
    QDialog::accept();
}

void CustomerCardDialog::putBack(const QString &field, const QVariant &value)
{
    Result<Customer> saved = guanxi::putBack(customerAccess(m_ctx, m_customer.id), field, value);
    if (!saved) {
        showError(this, tr("The value was not put back"), saved.error());
        return;
    }
    load();
}

CustomerCardDialog::DuplicateChoice CustomerCardDialog::resolveDuplicate(const CustomerDraft &draft,
                                                                         const Error &duplicate)
{
    CustomerService service(*m_ctx.db, *m_ctx.clock);
    const Result<QList<DuplicateMatch>> found = service.findDuplicates(m_ctx.session, draft, m_customer.id);
    const QList<DuplicateMatch> matches = found ? *found : QList<DuplicateMatch>();
    const Result<DuplicatePolicy> rule = DuplicateRules(*m_ctx.db).policy();
    const DuplicatePolicy policy = rule ? *rule : DuplicatePolicy::Warn;
    const bool mayOverride = DuplicateRules::mayOverride(m_ctx.session, policy);
    const DuplicateMatch *visible = nullptr;
    const DuplicateMatch *colleagues = nullptr;
    for (const DuplicateMatch &m : matches) {
        if (m.visible && !visible)
            visible = &m;
        if (!m.visible && !m.ownerId.isEmpty() && m.ownerId != m_ctx.session.userId && !colleagues)
            colleagues = &m;
    }
    QString text = tr("The duplicate guard found the same customer:\n\n%1").arg(duplicate.message);
    if (!mayOverride)
        text += QStringLiteral("\n\n")
            + tr("Your company's rules do not let salespeople save a customer that already "
                 "exists. Work with the existing record, or ask its owner to share it.");
    else if (policy == DuplicatePolicy::Block)
        text += QStringLiteral("\n\n")
            + tr("Salespeople may not save it; as a manager you may, and that is recorded "
                 "in the audit log.");
    QMessageBox box(QMessageBox::Warning, tr("This customer may already exist"), text, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("duplicateWarning"));
    QPushButton *open = visible ? box.addButton(tr("&Open the existing record"), QMessageBox::ActionRole) : nullptr;
    QPushButton *ask = colleagues
        ? box.addButton(tr("As&k %1 to share it").arg(colleagues->ownerName), QMessageBox::ActionRole)
        : nullptr;
    QPushButton *save = mayOverride
        ? box.addButton(policy == DuplicatePolicy::Block ? tr("Save anyway (recorded)") : tr("Save anyway"),
                        QMessageBox::AcceptRole)
        : nullptr;
    QPushButton *dont = box.addButton(tr("Don't save"), QMessageBox::RejectRole);
    box.setDefaultButton(dont);
    if (open)
        open->setObjectName(QStringLiteral("openExisting"));
    if (ask)
        ask->setObjectName(QStringLiteral("askOwner"));
    if (save)
        save->setObjectName(QStringLiteral("saveAnyway"));
    box.exec();
    if (box.clickedButton() == open && open) {
        // A new card gives way to the existing one; an edited card stays open beside it.
        const QString id = visible->customerId;
        if (m_customer.id.isEmpty())
            QDialog::reject(); // hidden at once, so the existing card is the one on screen
        emit openCustomerRequested(id);
        return DuplicateChoice::Handled;
    }
    if (box.clickedButton() == ask && ask) {
        Result<QString> owner =
            TaskService(*m_ctx.db, *m_ctx.clock)
                .askOwnerToShare(
                    m_ctx.session, colleagues->customerId,
                    tr("%1 was about to save %2 as a new customer.").arg(m_ctx.session.displayName, draft.name));
        if (!owner)
            showError(this, tr("Nobody was asked"), owner.error());
        else
            MessageBox::information(
                this, tr("Asked"),
                tr("%1 has a to-do for today: share the customer with you. Nothing was saved.").arg(*owner));
        return DuplicateChoice::Handled;
    }
    return box.clickedButton() == save && save ? DuplicateChoice::SaveAnyway : DuplicateChoice::DontSave;
}

} // namespace guanxi
