// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/CustomerPicker.h"

#include "core/search/SearchService.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QSet>
#include <QStandardItemModel>
#include <QTimer>

namespace guanxi {

namespace {
enum Role {
    IdRole = Qt::UserRole + 1,
    NameRole
};
constexpr int kShown = 12;
} // namespace

CustomerPicker::CustomerPicker(const AppContext &ctx, QWidget *parent)
    : QLineEdit(parent)
    , m_ctx(ctx)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(this))
{
    setPlaceholderText(tr("Type a name, pinyin or phone number"));
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(kShown);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("customerPickerOffers"));
    connect(this, &QLineEdit::textEdited, this, &CustomerPicker::update);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.row()); });
}

void CustomerPicker::keyPressEvent(QKeyEvent *event)
{
    // Enter takes an offer (the highlighted one, or the best); it must not also press the dialog's
    // default button, which would save the form the moment a customer is chosen. The completer
    // passes the Enter pressed in its list to this box before it reports the offer activated, so
    // the offer the arrow keys point at is taken here.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (m_justChose) {
            m_justChose = false;
            event->accept();
            return;
        }
        if (m_customerId.isEmpty() && m_model->rowCount() > 0) {
            const QModelIndex pointed = m_completer->popup()->currentIndex();
            // Unfiltered completion: the list's rows are the model's rows.
            choose(pointed.isValid() ? pointed.row() : 0);
            m_justChose = false;
            event->accept();
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void CustomerPicker::setCustomer(const QString &id, const QString &name)
{
    m_customerId = id;
    setText(name);
}

void CustomerPicker::update(const QString &text)
{
    m_customerId.clear();
    m_model->clear();
    Result<QList<SearchHit>> hits = SearchService(*m_ctx.db).search(m_ctx.session, text, 3 * kShown);
    if (!hits || hits->isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QSet<QString> offered;
    for (const SearchHit &h : *hits) {
        if (h.kind == SearchKind::Lead || h.customerId.isEmpty() || offered.contains(h.customerId))
            continue;
        offered.insert(h.customerId);
        // A contact offers their company, named after the contact so the user sees why.
        // (A contact's detail is "company · title"; a customer's, its region.)
        const QString company = h.kind == SearchKind::Customer ? h.name : h.detail.section(QStringLiteral(" · "), 0, 0);
        QString label = h.kind == SearchKind::Customer ? h.name : tr("%1 (via %2)").arg(company, h.name);
        // Where, whose and which phone: what tells two customers of one name apart.
        QStringList about;
        for (const QString &part : {h.kind == SearchKind::Customer ? h.detail : QString(), h.ownerName, h.phone})
            if (!part.isEmpty())
                about.append(part);
        if (!about.isEmpty())
            label += QStringLiteral(" — ") + about.join(QStringLiteral(" · "));
        auto *item = new QStandardItem(label);
        item->setData(h.customerId, IdRole);
        item->setData(company, NameRole);
        m_model->appendRow(item);
        if (m_model->rowCount() == kShown)
            break;
    }
    m_completer->complete();
}

void CustomerPicker::choose(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_completer->popup()->hide();
    setCustomer(index.data(IdRole).toString(), index.data(NameRole).toString());
    m_model->clear();
    // The completer hands the Enter that chose the offer on to this box; it is swallowed there.
    m_justChose = true;
    QTimer::singleShot(0, this, [this] { m_justChose = false; });
    emit customerChosen(m_customerId);
}

QStringList CustomerPicker::offers() const
{
    QStringList out;
    for (int r = 0; r < m_model->rowCount(); ++r)
        out.append(m_model->item(r)->text());
    return out;
}

} // namespace guanxi
