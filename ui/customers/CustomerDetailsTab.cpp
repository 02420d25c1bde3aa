// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/CustomerDetailsTab.h"

#include "core/contacts/ContactService.h"
#include "core/customers/CustomerDetails.h"
#include "core/i18n/DateTimeText.h"
#include "core/search/SearchService.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guanxi {

namespace {

// A small modal form: rows added by the caller, OK/Cancel.
struct Form {
    QDialog dialog;
    QFormLayout *layout;
    explicit Form(QWidget *parent, const QString &title)
        : dialog(parent)
        , layout(new QFormLayout)
    {
        dialog.setWindowTitle(title);
        auto *outer = new QVBoxLayout(&dialog);
        outer->addLayout(layout);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        outer->addWidget(buttons);
        dialog.resize(460, 0);
    }
    QLineEdit *line(const QString &label)
    {
        auto *e = new QLineEdit(&dialog);
        layout->addRow(label, e);
        return e;
    }
};

} // namespace

CustomerDetailsTab::CustomerDetailsTab(const AppContext &ctx, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_kind(kind)
{
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(objectPrefix() + QStringLiteral("List"));
    m_list->setRootIsDecorated(false);
    switch (kind) {
    case Kind::Competitors:
        m_list->setHeaderLabels({tr("Competitor"), tr("Product in use"), tr("Satisfaction"), tr("Their sales rep"),
                                 tr("Rep's relationship"), tr("Notes")});
        break;
    case Kind::Projects:
        m_list->setHeaderLabels({tr("Project"), tr("Problem to solve"), tr("Budget"), tr("Timeline"),
                                 tr("Decision makers and influencers"), tr("Purchasing process")});
        break;
    case Kind::Relations:
        m_list->setHeaderLabels({tr("Link"), tr("Customer"), tr("Notes")});
        break;
    case Kind::Attachments:
        m_list->setHeaderLabels({tr("File"), tr("Size"), tr("Type"), tr("Added")});
        break;
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(kind == Kind::Attachments ? tr("&Attach file…") : tr("&Add…"), this);
    m_add->setObjectName(objectPrefix() + QStringLiteral("Add"));
    m_remove = new QPushButton(tr("&Remove"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    if (kind == Kind::Attachments) {
        m_save = new QPushButton(tr("&Save as…"), this);
        buttons->addWidget(m_save);
        connect(m_save, &QPushButton::clicked, this, &CustomerDetailsTab::saveSelected);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &CustomerDetailsTab::add);
    connect(m_remove, &QPushButton::clicked, this, &CustomerDetailsTab::removeSelected);
    // Double-click: edit the entry (competitors, projects) or save the file (attachments).
    connect(m_list, &QTreeWidget::itemActivated, this, &CustomerDetailsTab::editSelected);
}

QString CustomerDetailsTab::objectPrefix() const
{
    switch (m_kind) {
    case Kind::Competitors:
        return QStringLiteral("competitors");
    case Kind::Projects:
        return QStringLiteral("projects");
    case Kind::Relations:
        return QStringLiteral("customer_relations");
    case Kind::Attachments:
        return QStringLiteral("attachments");
    }
    return {};
}

void CustomerDetailsTab::setCustomer(const QString &customerId, bool canEdit)
{
    m_customerId = customerId;
    m_add->setEnabled(canEdit && !customerId.isEmpty());
    m_remove->setEnabled(canEdit && !customerId.isEmpty());
    reload();
}

void CustomerDetailsTab::reload()
{
    m_list->clear();
    if (m_customerId.isEmpty())
        return;
    CustomerDetails details(*m_ctx.db, *m_ctx.clock);
    const QLocale locale;
    const auto row = [this](const QStringList &cells, const QString &id) {
        auto *item = new QTreeWidgetItem(m_list, cells);
        item->setData(0, Qt::UserRole, id);
    };
    switch (m_kind) {
    case Kind::Competitors:
        if (auto list = details.competitors(m_ctx.session, m_customerId))
            for (const Competitor &c : *list)
                row({c.competitor, c.product, c.satisfaction ? QString(c.satisfaction, QChar(0x2605)) : tr("unknown"),
                     c.repName, c.repRelationship, c.notes},
                    c.id);
        break;
    case Kind::Projects:
        if (auto list = details.projects(m_ctx.session, m_customerId))
            for (const Project &p : *list) {
                QStringList people;
                for (const ProjectPerson &pp : p.people)
                    people.append(QStringLiteral("%1 (%2)").arg(
                        pp.contactName, pp.role == QLatin1String("decision_maker") ? tr("decides") : tr("influences")));
                row({p.name, p.problem,
                     QStringLiteral("%1 %2").arg(locale.toString(p.budgetMinor / 100.0, 'f', 2), p.currency),
                     p.timeline, people.join(QStringLiteral(", ")), p.purchasingProcess},
                    p.id);
            }
        break;
    case Kind::Relations:
        if (auto list = details.relations(m_ctx.session, m_customerId))
            for (const Relation &r : *list)
                row({relationLabel(r.kind, r.outgoing), r.otherName, r.notes}, r.id);
        break;
    case Kind::Attachments:
        if (auto list = details.attachments(m_ctx.session, m_customerId))
            for (const Attachment &a : *list)
                row({a.fileName, locale.formattedDataSize(a.sizeBytes), a.mimeType,
                     DateTimeText::dateTimeOfMs(a.createdAt)},
                    a.id);
        break;
    }
}

void CustomerDetailsTab::add()
{
    CustomerDetails details(*m_ctx.db, *m_ctx.clock);
    Result<QString> added = QString();
    if (m_kind == Kind::Attachments) {
        const QString path = FileDialog::getOpenFileName(
            this, tr("Attach a file"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            showError(this, tr("The file was not attached"), {ErrorCode::NotFound, f.errorString(), {}});
            return;
        }
        added =
            details.addAttachment(m_ctx.session, m_customerId, path, f.read(CustomerDetails::kMaxAttachmentBytes + 1));
    } else if (m_kind == Kind::Competitors) {
        Competitor c;
        if (!competitorForm(&c))
            return;
        added = details.addCompetitor(m_ctx.session, m_customerId, c);
    } else if (m_kind == Kind::Projects) {
        Project p;
        if (!projectForm(&p))
            return;
        added = details.addProject(m_ctx.session, m_customerId, p);
    } else {
        Form form(this, tr("Link to another customer"));
        auto *kind = new QComboBox(&form.dialog);
        for (RelationKind k : allValuesOf<RelationKind>())
            kind->addItem(tr("This customer is %1 …").arg(relationLabel(k, true)), static_cast<int>(k));
        form.layout->addRow(tr("Link"), kind);
        QLineEdit *other = form.line(tr("Other customer (name or pinyin)"));
        QLineEdit *notes = form.line(tr("Notes"));
        if (form.dialog.exec() != QDialog::Accepted)
            return;
        Result<QList<SearchHit>> hits = SearchService(*m_ctx.db).search(m_ctx.session, other->text(), 20);
        QStringList names, ids;
        if (hits)
            for (const SearchHit &h : *hits)
                if (h.kind == SearchKind::Customer && h.id != m_customerId) {
                    names.append(h.detail.isEmpty() ? h.name : QStringLiteral("%1 (%2)").arg(h.name, h.detail));
                    ids.append(h.id);
                }
        if (ids.isEmpty()) {
            showError(this, tr("No link was made"),
                      {ErrorCode::NotFound, tr("No customer matches \"%1\".").arg(other->text()), {}});
            return;
        }
        // Several customers match: the user says which one.
        int chosen = 0;
        if (ids.size() > 1) {
            bool ok = false;
            const QString name = QInputDialog::getItem(this, tr("Link to another customer"), tr("Which customer?"),
                                                       names, 0, false, &ok);
            if (!ok)
                return;
            chosen = static_cast<int>(names.indexOf(name));
        }
        const QString otherId = ids.at(chosen);
        added = details.addRelation(m_ctx.session, m_customerId, otherId,
                                    static_cast<RelationKind>(kind->currentData().toInt()), notes->text());
    }
    if (!added)
        showError(this, tr("Nothing was added"), added.error());
    reload();
}

bool CustomerDetailsTab::competitorForm(Competitor *c)
{
    Form form(this, tr("Competitor at this customer"));
    QLineEdit *name = form.line(tr("Competitor *"));
    QLineEdit *product = form.line(tr("Product in use"));
    auto *satisfaction = new QSpinBox(&form.dialog);
    satisfaction->setRange(0, 5);
    satisfaction->setSpecialValueText(tr("unknown"));
    form.layout->addRow(tr("Customer's satisfaction (1–5)"), satisfaction);
    QLineEdit *rep = form.line(tr("Their sales rep"));
    QLineEdit *relationship = form.line(tr("Rep's relationship with the customer"));
    QLineEdit *notes = form.line(tr("Notes"));
    name->setText(c->competitor);
    product->setText(c->product);
    satisfaction->setValue(c->satisfaction);
    rep->setText(c->repName);
    relationship->setText(c->repRelationship);
    notes->setText(c->notes);
    if (form.dialog.exec() != QDialog::Accepted)
        return false;
    c->competitor = name->text();
    c->product = product->text();
    c->satisfaction = satisfaction->value();
    c->repName = rep->text();
    c->repRelationship = relationship->text();
    c->notes = notes->text();
    return true;
}

bool CustomerDetailsTab::projectForm(Project *p)
{
    Form form(this, tr("Project or purchase plan"));
    QLineEdit *name = form.line(tr("Project *"));
    QLineEdit *problem = form.line(tr("Problem to solve"));
    QLineEdit *plan = form.line(tr("Purchase plan"));
    QLineEdit *timeline = form.line(tr("Timeline"));
    auto *budget = new QDoubleSpinBox(&form.dialog);
    budget->setRange(0, 1e12);
    budget->setDecimals(2);
    budget->setSuffix(tr(" yuan"));
    form.layout->addRow(tr("Budget"), budget);
    QLineEdit *process = form.line(tr("Purchasing process"));
    auto *people = new QListWidget(&form.dialog);
    if (auto contacts = ContactService(*m_ctx.db, *m_ctx.clock).listForCustomer(m_ctx.session, m_customerId)) {
        for (const Contact &c : *contacts) {
            auto *item = new QListWidgetItem(c.fields.name, people);
            item->setData(Qt::UserRole, c.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool decides = std::any_of(p->people.cbegin(), p->people.cend(),
                                             [&c](const ProjectPerson &pp) { return pp.contactId == c.id; });
            item->setCheckState(decides ? Qt::Checked : Qt::Unchecked);
        }
    }
    form.layout->addRow(tr("Decision makers (ticked)"), people);
    name->setText(p->name);
    problem->setText(p->problem);
    plan->setText(p->purchasePlan);
    timeline->setText(p->timeline);
    budget->setValue(static_cast<double>(p->budgetMinor) / 100.0);
    process->setText(p->purchasingProcess);
    if (form.dialog.exec() != QDialog::Accepted)
        return false;
    p->name = name->text();
    p->problem = problem->text();
    p->purchasePlan = plan->text();
    p->timeline = timeline->text();
    p->budgetMinor = std::llround(budget->value() * 100);
    p->purchasingProcess = process->text();
    p->people.clear();
    for (int i = 0; i < people->count(); ++i)
        if (people->item(i)->checkState() == Qt::Checked)
            p->people.append({people->item(i)->data(Qt::UserRole).toString(), {}, QStringLiteral("decision_maker")});
    return true;
}

void CustomerDetailsTab::editSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_add->isEnabled())
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    CustomerDetails details(*m_ctx.db, *m_ctx.clock);
    Status saved;
    if (m_kind == Kind::Competitors) {
        Result<QList<Competitor>> list = details.competitors(m_ctx.session, m_customerId);
        auto it = list ? std::find_if(list->begin(), list->end(), [&id](const Competitor &c) { return c.id == id; })
                       : QList<Competitor>::iterator();
        if (!list || it == list->end() || !competitorForm(&*it))
            return;
        saved = details.updateCompetitor(m_ctx.session, m_customerId, *it);
    } else if (m_kind == Kind::Projects) {
        Result<QList<Project>> list = details.projects(m_ctx.session, m_customerId);
        auto it = list ? std::find_if(list->begin(), list->end(), [&id](const Project &p) { return p.id == id; })
                       : QList<Project>::iterator();
        if (!list || it == list->end() || !projectForm(&*it))
            return;
        saved = details.updateProject(m_ctx.session, m_customerId, *it);
    } else if (m_kind == Kind::Attachments) {
        saveSelected();
        return;
    } else {
        return;
    }
    if (!saved)
        showError(this, tr("The change was not saved"), saved.error());
    reload();
}

void CustomerDetailsTab::removeSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || MessageBox::question(this, tr("Remove"), tr("Remove \"%1\"?").arg(item->text(0))) != QMessageBox::Yes)
        return;
    if (Status s = CustomerDetails(*m_ctx.db, *m_ctx.clock)
                       .remove(m_ctx.session, m_customerId, m_kind, item->data(0, Qt::UserRole).toString());
        !s)
        showError(this, tr("Nothing was removed"), s.error());
    reload();
}

void CustomerDetailsTab::saveSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Save the attached file"),
                                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                         + QLatin1Char('/') + item->text(0));
    if (path.isEmpty())
        return;
    Result<QByteArray> content =
        CustomerDetails(*m_ctx.db, *m_ctx.clock)
            .attachmentContent(m_ctx.session, m_customerId, item->data(0, Qt::UserRole).toString());
    QSaveFile f(path);
    if (!content || !f.open(QIODevice::WriteOnly) || f.write(*content) < 0 || !f.commit())
        showError(this, tr("The file was not saved"),
                  content ? Error{ErrorCode::Storage, f.errorString(), {}} : content.error());
}

} // namespace guanxi
