// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/ContactDialog.h"

#include "core/contacts/ContactFields.h"
#include "core/contacts/ContactService.h"
#include "core/i18n/DateTimeText.h"
#include "core/importexport/ImportValues.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/RecordEditing.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guanxi {

namespace {

RecordAccess<ContactDraft, Contact> contactAccess(const AppContext &ctx, const QString &id)
{
    return {contactFields(), [ctx, id] { return ContactService(*ctx.db, *ctx.clock).get(ctx.session, id); },
            [](const Contact &c) { return c.fields; }, [](const Contact &c) { return c.rowVersion; },
            [ctx, id](const ContactDraft &d, qint64 version) {
                return ContactService(*ctx.db, *ctx.clock).update(ctx.session, id, d, version);
            }};
}

} // namespace

ContactDialog::ContactDialog(const AppContext &ctx, const QString &customerId, const QString &contactId,
                             QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("contactDialog"));
    m_contact.fields.customerId = customerId;
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildContactPage(), tr("Contact"));
    tabs->addTab(buildProfilePage(), tr("Personal profile"));
    tabs->addTab(buildHistoryPage(), tr("Companies"));
    m_changes = new RecordHistoryView(*m_ctx.db, RecordHistoryView::of(contactFields()), this);
    tabs->addTab(m_changes, tr("C&hanges"));
    connect(m_changes, &RecordHistoryView::putBackRequested, this,
            [this](const QString &column, const QVariant &value) {
                Result<Contact> r = putBack(contactAccess(m_ctx, m_contact.id), column, value);
                if (!r)
                    showError(this, tr("The value was not put back"), r.error());
                else
                    load(m_contact.id);
            });
    layout->addWidget(tabs);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    layout->addWidget(buttons);
    setWindowTitle(contactId.isEmpty() ? tr("New contact") : tr("Contact"));
    resize(520, 520);
    if (!contactId.isEmpty())
        load(contactId);
}

QWidget *ContactDialog::buildContactPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const auto line = [this](const char *name, const QString &placeholder = {}) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_name = line("contactName", tr("e.g. 张三丰"));
    m_title = line("contactTitle", tr("e.g. 采购经理"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("contactLevel"));
    for (ContactLevel l : allValuesOf<ContactLevel>())
        m_level->addItem(displayName(l), static_cast<int>(l));
    m_function = new QComboBox(this);
    m_function->setObjectName(QStringLiteral("contactFunction"));
    for (ContactFunction f : allValuesOf<ContactFunction>())
        m_function->addItem(displayName(f), static_cast<int>(f));
    const QString several = tr("several: separate with ;");
    m_mobile = line("contactMobile", tr("e.g. 138 0013 8000 (%1)").arg(several));
    m_phone = line("contactPhone", tr("e.g. 0571-8888 6666 (%1)").arg(several));
    m_email = line("contactEmail", tr("name@example.com (%1)").arg(several));
    m_wechat = line("contactWechat");
    m_qq = line("contactQq");
    form->addRow(tr("&Name *"), m_name);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Level"), m_level);
    form->addRow(tr("&Department role"), m_function);
    form->addRow(tr("&Mobile"), m_mobile);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(tr("&WeChat"), m_wechat);
    form->addRow(tr("&QQ"), m_qq);
    return page;
}

QWidget *ContactDialog::buildProfilePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_gender = new QComboBox(this);
    m_gender->addItem(tr("Not given"), QString());
    m_gender->addItem(tr("Female"), QStringLiteral("f"));
    m_gender->addItem(tr("Male"), QStringLiteral("m"));
    m_birthday = new QLineEdit(this);
    m_birthday->setObjectName(QStringLiteral("contactBirthday"));
    m_birthday->setPlaceholderText(tr("e.g. 1985-03-21, or 03-21 without the year"));
    form->addRow(tr("Gender"), m_gender);
    form->addRow(tr("&Birthday"), m_birthday);
    const std::pair<QString ContactProfile::*, QString> fields[] = {
        {&ContactProfile::hometown, tr("Hometown")},
        {&ContactProfile::university, tr("University")},
        {&ContactProfile::sports, tr("Sports")},
        {&ContactProfile::favouriteFood, tr("Favourite food")},
        {&ContactProfile::pets, tr("Pets")},
        {&ContactProfile::books, tr("Books")},
        {&ContactProfile::lastHoliday, tr("Last holiday")},
        {&ContactProfile::nextHoliday, tr("Next holiday")},
        {&ContactProfile::goals, tr("Goals")}};
    for (const auto &[target, label] : fields) {
        auto *e = new QLineEdit(this);
        form->addRow(label, e);
        m_profileFields.append({target, e});
    }
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("Notes"), m_notes);
    return page;
}

QWidget *ContactDialog::buildHistoryPage()
{
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("contactHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Company"), tr("Title"), tr("From"), tr("Until")});
    return m_history;
}

void ContactDialog::load(const QString &contactId)
{
    ContactService service(*m_ctx.db, *m_ctx.clock);
    Result<Contact> c = service.get(m_ctx.session, contactId);
    if (!c) {
        showError(this, tr("Contact"), c.error());
        return;
    }
    m_contact = *c;
    m_changes->setRecord(m_contact.id, true);
    const ContactDraft &f = m_contact.fields;
    setWindowTitle(f.name);
    m_name->setText(f.name);
    m_title->setText(f.title);
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(f.level)));
    m_function->setCurrentIndex(m_function->findData(static_cast<int>(f.function)));
    const auto values = [&f](std::initializer_list<ChannelKind> kinds) {
        QStringList out;
        for (const ContactChannel &ch : f.channels)
            if (std::find(kinds.begin(), kinds.end(), ch.kind) != kinds.end())
                out.append(ch.value);
        return out.join(QStringLiteral("; "));
    };
    m_mobile->setText(values({ChannelKind::Mobile}));
    m_phone->setText(values({ChannelKind::Phone, ChannelKind::Fax}));
    m_email->setText(values({ChannelKind::Email}));
    m_wechat->setText(values({ChannelKind::WeChat}));
    m_qq->setText(values({ChannelKind::QQ}));
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(f.profile.gender)));
    m_birthday->setText(f.profile.birthday);
    for (const auto &[member, edit] : std::as_const(m_profileFields))
        edit->setText(f.profile.*member);
    m_notes->setPlainText(f.notes);
    if (Result<QList<ContactPosition>> history = service.positions(m_ctx.session, contactId)) {
        for (const ContactPosition &p : *history) {
            auto *item = new QTreeWidgetItem(m_history);
            item->setText(0, p.customerName);
            item->setText(1, p.title);
            item->setText(2, DateTimeText::dateOfMs(p.startedAt));
            item->setText(3, p.endedAt ? DateTimeText::dateOfMs(p.endedAt) : tr("now"));
        }
    }
}

ContactDraft ContactDialog::draftFromForm() const
{
    ContactDraft d = m_contact.fields;
    d.name = m_name->text();
    d.title = m_title->text();
    d.level = static_cast<ContactLevel>(m_level->currentData().toInt());
    d.function = static_cast<ContactFunction>(m_function->currentData().toInt());
    // Channels: keep the ids of values that did not change, so their history stays.
    QList<ContactChannel> channels;
    const auto take = [&](QLineEdit *edit, ChannelKind kind) {
        for (const QString &v : importvalues::splitList(edit->text())) {
            ContactChannel ch{{}, kind, {}, v, {}};
            for (const ContactChannel &old : m_contact.fields.channels)
                if (old.value == v)
                    ch.id = old.id;
            channels.append(ch);
        }
    };
    take(m_mobile, ChannelKind::Mobile);
    take(m_phone, ChannelKind::Phone);
    take(m_email, ChannelKind::Email);
    take(m_wechat, ChannelKind::WeChat);
    take(m_qq, ChannelKind::QQ);
    d.channels = channels;
    d.profile.gender = m_gender->currentData().toString();
    d.profile.birthday = m_birthday->text();
    for (const auto &[member, edit] : std::as_const(m_profileFields))
        d.profile.*member = edit->text();
    d.notes = m_notes->toPlainText();
    return d;
}

void ContactDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void ContactDialog::accept()
{
    ContactService service(*m_ctx.db, *m_ctx.clock);
    Result<Contact> saved = m_contact.id.isEmpty()
        ? service.create(m_ctx.session, draftFromForm())
        : service.update(m_ctx.session, m_contact.id, draftFromForm(), m_contact.rowVersion);
    if (!saved && saved.error().code == ErrorCode::Conflict && !m_contact.id.isEmpty()) {
        saved = saveMerged(this, *m_ctx.db, m_contact.id, contactAccess(m_ctx, m_contact.id), m_contact.fields,
                           draftFromForm());
        if (!saved && saved.error().code == ErrorCode::Cancelled)
            return;
    }
    if (!saved) {
        if (saved.error().code == ErrorCode::Invalid || saved.error().code == ErrorCode::Conflict) {
            showProblem(saved.error().message);
            return;
        }
        showError(this, tr("The contact was not saved"), saved.error());
        return;
    }
    m_contact = *saved;
    QDialog::accept();
}

} // namespace guanxi
