// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sales/QuoteDialog.h"

#include "core/contacts/ContactService.h"
#include "core/customers/CustomerService.h"
#include "core/i18n/DateTimeText.h"
#include "core/money/ChineseCapitals.h"
#include "core/money/Money.h"
#include "core/money/Quantities.h"
#include "core/opportunities/OpportunityService.h"
#include "core/orders/OrderService.h"
#include "core/orders/PaymentPlans.h"
#include "core/pricing/PriceListService.h"
#include "core/products/ProductService.h"
#include "core/quotes/QuoteFields.h"
#include "core/quotes/QuoteService.h"
#include "core/util/Clock.h"
#include "ui/common/CustomerPicker.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FormProblem.h"
#include "ui/common/RecordEditing.h"
#include "ui/printing/PrintActions.h"
#include "ui/printing/PrintLogDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <tuple>

namespace guanxi {

namespace {

RecordAccess<QuoteDraft, Quote> quoteAccess(const AppContext &ctx, const QString &id)
{
    return {quoteFields(), [ctx, id] { return QuoteService(*ctx.db, *ctx.clock).get(ctx.session, id); },
            [](const Quote &q) { return q.draft(); }, [](const Quote &q) { return q.rowVersion; },
            [ctx, id](const QuoteDraft &d, qint64 version) {
                return QuoteService(*ctx.db, *ctx.clock).update(ctx.session, id, d, version);
            }};
}

} // namespace

namespace {

enum LineColumn {
    ProductColumn,
    QuantityColumn,
    PriceColumn,
    DiscountColumn,
    TaxColumn,
    AmountColumn,
    LineColumnCount
};
constexpr int ProductIdRole = Qt::UserRole + 1;

} // namespace

QuoteDialog::QuoteDialog(const AppContext &ctx, const QString &quoteId, const QString &customerId,
                         const QString &opportunityId, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_print(new PrintActions(ctx, this))
{
    setObjectName(QStringLiteral("quoteDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    head->addLayout(left, 1);
    head->addLayout(right, 1);
    layout->addLayout(head);

    m_customer = new CustomerPicker(ctx, this);
    m_customer->setObjectName(QStringLiteral("quoteCustomer"));
    left->addRow(tr("C&ustomer"), m_customer);
    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("quoteContact"));
    left->addRow(tr("C&ontact"), m_contact);
    m_opportunity = new QComboBox(this);
    m_opportunity->setObjectName(QStringLiteral("quoteOpportunity"));
    left->addRow(tr("Opportunit&y"), m_opportunity);
    m_priceList = new QComboBox(this);
    m_priceList->setObjectName(QStringLiteral("quotePriceList"));
    m_priceList->addItem(tr("Member price of the customer's tier, else list price"), QString());
    if (Result<QList<PriceList>> lists = PriceListService(*ctx.db, *ctx.clock).lists())
        for (const PriceList &l : *lists)
            if (l.kind == PriceList::Kind::Channel && l.active)
                m_priceList->addItem(l.name, l.id);
    right->addRow(tr("&Price list"), m_priceList);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("quoteCurrency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("HKD")});
    right->addRow(tr("Cu&rrency"), m_currency);
    m_includesTax = new QCheckBox(tr("Prices include tax (含税价)"), this);
    m_includesTax->setObjectName(QStringLiteral("quoteIncludesTax"));
    m_includesTax->setChecked(true);
    right->addRow(QString(), m_includesTax);
    m_validUntil = new QDateEdit(this);
    m_validUntil->setObjectName(QStringLiteral("quoteValidUntil"));
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setDisplayFormat(DateTimeText::datePattern());
    m_validUntil->setDate(QuoteService::defaultValidUntil(QDateTime::fromMSecsSinceEpoch(ctx.clock->nowMs()).date()));
    right->addRow(tr("&Valid until"), m_validUntil);

    buildLines(this);
    layout->addWidget(m_lines, 1);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("quoteTotals"));
    m_totals->setAlignment(Qt::AlignRight);
    m_totals->setTextFormat(Qt::PlainText);
    layout->addWidget(m_totals);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("quoteState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    auto *texts = new QFormLayout;
    m_terms = new QPlainTextEdit(this);
    m_terms->setObjectName(QStringLiteral("quoteTerms"));
    m_terms->setTabChangesFocus(true);
    m_terms->setMaximumHeight(60);
    m_terms->setPlaceholderText(tr("e.g. 合同签订后预付 30%，货到验收后 30 天内付清余款。"));
    texts->addRow(tr("&Terms"), m_terms);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("quoteNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(45);
    texts->addRow(tr("Notes"), m_notes);
    layout->addLayout(texts);
    m_problem = new FormProblem(this, "quoteProblem");
    layout->addWidget(m_problem);

    auto *actions = new QHBoxLayout;
    const auto button = [this, actions](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        actions->addWidget(b);
        return b;
    };
    QPushButton *saveButton = button(tr("&Save"), "saveQuote");
    m_requestApproval = button(tr("As&k for approval…"), "requestApproval");
    m_requestApproval->setToolTip(tr("Ask a manager to approve the prices below the floor"));
    m_approve = button(tr("&Approve prices"), "approveQuote");
    m_refuse = button(tr("Re&fuse…"), "refuseQuote");
    m_refuse->setToolTip(tr("Refuse the prices below the floor, saying why"));
    m_send = button(tr("Mark as s&ent"), "sendQuote");
    m_order = button(tr("&Make order…"), "makeOrder");
    m_revise = button(tr("Re&vise"), "reviseQuote");
    QPushButton *preview = button(tr("Print pre&view…"), "previewQuote");
    QPushButton *pdf = button(tr("Save as P&DF…"), "pdfQuote");
    QPushButton *log = button(tr("Print lo&g…"), "quotePrintLog");
    QPushButton *changes = button(tr("C&hanges…"), "quoteChanges");
    actions->addStretch();
    QPushButton *close = button(tr("Close"), "closeQuote");
    layout->addLayout(actions);
    connect(saveButton, &QPushButton::clicked, this, &QuoteDialog::save);
    connect(m_requestApproval, &QPushButton::clicked, this, &QuoteDialog::requestApproval);
    connect(m_approve, &QPushButton::clicked, this, &QuoteDialog::approve);
    connect(m_refuse, &QPushButton::clicked, this, &QuoteDialog::refuse);
    connect(m_send, &QPushButton::clicked, this, &QuoteDialog::markSent);
    connect(m_order, &QPushButton::clicked, this, &QuoteDialog::makeOrder);
    connect(m_revise, &QPushButton::clicked, this, &QuoteDialog::revise);
    connect(preview, &QPushButton::clicked, this, &QuoteDialog::printPreview);
    connect(pdf, &QPushButton::clicked, this, &QuoteDialog::savePdf);
    connect(log, &QPushButton::clicked, this, [this] {
        PrintLogDialog dialog(m_ctx, {m_quote.id}, this);
        dialog.exec();
    });
    connect(changes, &QPushButton::clicked, this, [this] {
        if (m_quote.id.isEmpty())
            return;
        showHistory<QuoteDraft, Quote>(this, *m_ctx.db, m_quote.id, true, quoteAccess(m_ctx, m_quote.id),
                                       [this](const Quote &q) { load(q); });
    });
    connect(close, &QPushButton::clicked, this, &QuoteDialog::accept);
    connect(m_customer, &CustomerPicker::customerChosen, this, [this] {
        fillCustomerChoices();
        m_dirty = true;
    });
    for (QComboBox *box : {m_contact, m_opportunity, m_priceList, m_currency})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { m_dirty = true; });
    connect(m_includesTax, &QCheckBox::toggled, this, [this] { m_dirty = true; });
    connect(m_terms, &QPlainTextEdit::textChanged, this, [this] { m_dirty = true; });

    if (quoteId.isEmpty()) {
        setWindowTitle(tr("New quote"));
        if (!customerId.isEmpty()) {
            if (Result<Customer> c = CustomerService(*ctx.db, *ctx.clock).get(ctx.session, customerId)) {
                m_customer->setCustomer(c->id, c->fields.name);
                fillCustomerChoices();
                m_opportunity->setCurrentIndex(qMax(0, m_opportunity->findData(opportunityId)));
            }
        }
        showState();
    } else if (Result<Quote> q = QuoteService(*ctx.db, *ctx.clock).get(ctx.session, quoteId)) {
        load(*q);
    } else {
        m_problem->report(q.error().message);
    }
    m_dirty = false;
    resize(1000, 680);
}

void QuoteDialog::buildLines(QWidget *parent)
{
    m_lines = new QTableWidget(0, LineColumnCount, parent);
    m_lines->setObjectName(QStringLiteral("quoteLines"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Product"), tr("Quantity"), tr("Unit price"), tr("Discount %"), tr("Tax %"), tr("Amount")});
    m_lines->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Line amounts and totals while typing, priced as a save would price them.
    m_preview = new QTimer(this);
    m_preview->setSingleShot(true);
    m_preview->setInterval(150);
    connect(m_preview, &QTimer::timeout, this, &QuoteDialog::previewAmounts);
    connect(m_lines, &QTableWidget::itemChanged, this, [this] {
        m_dirty = true;
        m_preview->start();
    });
    connect(m_includesTax, &QCheckBox::toggled, m_preview, qOverload<>(&QTimer::start));
    connect(m_priceList, &QComboBox::currentIndexChanged, m_preview, qOverload<>(&QTimer::start));
    connect(m_currency, &QComboBox::currentTextChanged, m_preview, qOverload<>(&QTimer::start));

    auto *row = new QHBoxLayout;
    m_productPicker = new QComboBox(parent);
    m_productPicker->setObjectName(QStringLiteral("quoteProductPicker"));
    m_productPicker->setEditable(true);
    m_productPicker->setInsertPolicy(QComboBox::NoInsert);
    m_productPicker->completer()->setFilterMode(Qt::MatchContains);
    m_productPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    ProductFilter offered;
    if (Result<QList<Product>> products = ProductService(*m_ctx.db, *m_ctx.clock).list(m_ctx.session, offered))
        for (const Product &p : *products)
            m_productPicker->addItem(
                QStringLiteral("%1  %2  (%3)")
                    .arg(p.fields.code, p.fields.name,
                         MoneyText::formatWithSymbol({p.fields.listPriceMinor, p.fields.currency})),
                p.id);
    m_productPicker->setCurrentIndex(-1);
    m_productPicker->lineEdit()->setPlaceholderText(tr("Type a product's code or name"));
    auto *add = new QPushButton(tr("A&dd line"), parent);
    add->setObjectName(QStringLiteral("addQuoteLine"));
    auto *remove = new QPushButton(tr("Remove line"), parent);
    remove->setObjectName(QStringLiteral("removeQuoteLine"));
    row->addWidget(new QLabel(tr("Product:"), parent));
    row->addWidget(m_productPicker, 1);
    row->addWidget(add);
    row->addWidget(remove);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_productPicker->currentIndex() >= 0)
            addProduct(m_productPicker->currentData().toString());
        m_productPicker->setCurrentIndex(-1);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_lines->currentRow() >= 0) {
            m_lines->removeRow(m_lines->currentRow());
            m_dirty = true;
        }
    });
}

void QuoteDialog::fillCustomerChoices()
{
    m_contact->clear();
    m_opportunity->clear();
    m_contact->addItem(tr("(none)"), QString());
    m_opportunity->addItem(tr("(none)"), QString());
    const QString customer = m_customer->customerId();
    if (customer.isEmpty())
        return;
    if (Result<QList<Contact>> contacts =
            ContactService(*m_ctx.db, *m_ctx.clock).listForCustomer(m_ctx.session, customer))
        for (const Contact &c : *contacts)
            m_contact->addItem(c.fields.name, c.id);
    OpportunityFilter f;
    f.customerId = customer;
    if (Result<QList<Opportunity>> deals = OpportunityService(*m_ctx.db, *m_ctx.clock).list(m_ctx.session, f))
        for (const Opportunity &o : *deals)
            if (o.closedOn.isEmpty())
                m_opportunity->addItem(o.name, o.id);
    // A customer with one contact, or one open deal, has it chosen already (a quote being opened
    // then shows its own, see showQuote()).
    if (m_contact->count() == 2)
        m_contact->setCurrentIndex(1);
    if (m_opportunity->count() == 2)
        m_opportunity->setCurrentIndex(1);
}

void QuoteDialog::addProduct(const QString &productId, qint64 quantityMilli)
{
    Result<Product> p = ProductService(*m_ctx.db, *m_ctx.clock).get(m_ctx.session, productId);
    if (!p)
        return;
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    auto *product = new QTableWidgetItem(QStringLiteral("%1  %2").arg(p->fields.code, p->fields.name));
    product->setData(ProductIdRole, p->id);
    product->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_lines->setItem(row, ProductColumn, product);
    m_lines->setItem(row, QuantityColumn, new QTableWidgetItem(quantities::text(quantityMilli)));
    m_lines->setItem(row, PriceColumn, new QTableWidgetItem(QString())); // empty: the starting price
    m_lines->setItem(row, DiscountColumn, new QTableWidgetItem(QStringLiteral("0")));
    m_lines->setItem(row, TaxColumn, new QTableWidgetItem(quantities::percentText(p->fields.taxRateBasisPoints)));
    auto *amount = new QTableWidgetItem(tr("(on saving)"));
    amount->setFlags(Qt::ItemIsEnabled);
    m_lines->setItem(row, AmountColumn, amount);
    m_dirty = true;
    if (m_preview)
        m_preview->start();
}

void QuoteDialog::setLineDiscount(int row, const QString &percent)
{
    if (QTableWidgetItem *item = m_lines->item(row, DiscountColumn))
        item->setText(percent);
}

void QuoteDialog::load(const Quote &q)
{
    m_quote = q;
    m_customer->setCustomer(q.customerId, q.customerName);
    m_customer->setEnabled(false);
    {
        const QSignalBlocker a(m_contact), b(m_opportunity), c(m_priceList), d(m_currency), e(m_includesTax),
            f(m_terms);
        fillCustomerChoices();
        m_contact->setCurrentIndex(qMax(0, m_contact->findData(q.contactId)));
        if (!q.opportunityId.isEmpty() && m_opportunity->findData(q.opportunityId) < 0)
            m_opportunity->addItem(tr("(closed deal)"), q.opportunityId);
        m_opportunity->setCurrentIndex(qMax(0, m_opportunity->findData(q.opportunityId)));
        m_priceList->setCurrentIndex(qMax(0, m_priceList->findData(q.priceListId)));
        m_currency->setCurrentText(q.currency);
        m_includesTax->setChecked(q.pricesIncludeTax);
        m_terms->setPlainText(q.terms);
        m_notes->setPlainText(q.notes);
    }
    m_validUntil->setDate(QDate::fromString(q.validUntil, Qt::ISODate));
    showLines();
    showState();
    setWindowTitle(tr("Quote %1 — %2").arg(q.displayNumber(), q.customerName));
    m_dirty = false;
}

void QuoteDialog::showLines()
{
    const QSignalBlocker quiet(m_lines);
    m_lines->setRowCount(0);
    for (const QuoteLine &l : m_quote.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        auto *product = new QTableWidgetItem(QStringLiteral("%1  %2").arg(l.productCode, l.description));
        product->setData(ProductIdRole, l.productId);
        product->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (l.belowFloor()) {
            product->setForeground(QColor(0xb0, 0x00, 0x20));
            product->setToolTip(tr("Below the floor price of %1: needs a manager's approval.")
                                    .arg(MoneyText::formatWithSymbol({l.floorPriceMinor, m_quote.currency})));
        }
        m_lines->setItem(row, ProductColumn, product);
        m_lines->setItem(row, QuantityColumn, new QTableWidgetItem(quantities::text(l.quantityMilli)));
        m_lines->setItem(row, PriceColumn,
                         new QTableWidgetItem(MoneyText::format({l.unitPriceMinor, m_quote.currency})));
        m_lines->setItem(row, DiscountColumn, new QTableWidgetItem(quantities::percentText(l.discountBasisPoints)));
        m_lines->setItem(row, TaxColumn, new QTableWidgetItem(quantities::percentText(l.taxRateBasisPoints)));
        auto *amount = new QTableWidgetItem(MoneyText::format({l.amounts.total, m_quote.currency}));
        amount->setFlags(Qt::ItemIsEnabled);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, AmountColumn, amount);
    }
}

void QuoteDialog::showState()
{
    const bool exists = !m_quote.id.isEmpty();
    if (exists) {
        const QString words = m_quote.currency == QLatin1String("CNY")
            ? tr("  (in words: %1)").arg(chineseCapitals(m_quote.totals.total))
            : QString();
        m_totals->setText(tr("Without tax %1 · Tax %2 · Total %3%4")
                              .arg(MoneyText::format({m_quote.totals.net, m_quote.currency}),
                                   MoneyText::format({m_quote.totals.tax, m_quote.currency}),
                                   MoneyText::formatWithSymbol({m_quote.totals.total, m_quote.currency}), words));
    } else {
        m_totals->setText(tr("Add lines and save to see the totals."));
    }
    QString state = exists ? tr("Status: %1.").arg(quoteStatusDisplayName(m_quote.status)) : QString();
    const bool needed = m_quote.approval == QuoteApproval::Needed;
    const QuoteApprovalRound *open = m_quote.openRound();
    if (needed && open)
        state += QLatin1Char(' ')
            + tr("A price is below the floor: waiting for a manager's approval, asked by %1 on %2.")
                  .arg(open->requestedByName, DateTimeText::dateTimeOfMs(open->requestedAt));
    else if (needed)
        state += QLatin1Char(' ')
            + tr("A price is below the floor: a manager must approve it before the quote is sent "
                 "or ordered; until then it prints as a draft.");
    else if (m_quote.approval == QuoteApproval::Approved)
        state += QLatin1Char(' ')
            + tr("Prices below the floor approved by %1 on %2.")
                  .arg(m_quote.approvedByName, DateTimeText::dateTimeOfMs(m_quote.approvedAt));
    const QString history = approvalHistory();
    if (!history.isEmpty())
        state += QLatin1Char('\n') + history;
    m_state->setText(state);
    // The service says what may be done with this quote now; the buttons show just that.
    const QuoteActions may = QuoteService::allowedActions(m_ctx.session, m_quote);
    m_approve->setVisible(may.approve);
    m_refuse->setVisible(may.approve);
    m_requestApproval->setVisible(!may.approve && (may.requestApproval || may.awaitingApproval));
    m_requestApproval->setEnabled(may.requestApproval);
    m_send->setEnabled(may.send);
    m_order->setEnabled(may.order);
    m_revise->setEnabled(may.revise);
    m_lines->setEditTriggers(may.edit ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_productPicker->setEnabled(may.edit);
}

bool QuoteDialog::readDraft(QuoteDraft *d, bool report)
{
    d->customerId = m_customer->customerId();
    if (d->customerId.isEmpty()) {
        if (report)
            m_problem->report(tr("Choose the customer from the offers as you type."), m_customer);
        return false;
    }
    d->contactId = m_contact->currentData().toString();
    d->opportunityId = m_opportunity->currentData().toString();
    d->priceListId = m_priceList->currentData().toString();
    d->currency = m_currency->currentText().trimmed().toUpper();
    d->pricesIncludeTax = m_includesTax->isChecked();
    d->validUntil = m_validUntil->date().toString(Qt::ISODate);
    d->terms = m_terms->toPlainText();
    d->notes = m_notes->toPlainText();
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        const auto cell = [&](int column) {
            return m_lines->item(r, column) ? m_lines->item(r, column)->text() : QString();
        };
        const QString where = tr("Line %1: ").arg(r + 1);
        QuoteLineDraft l;
        l.productId = m_lines->item(r, ProductColumn)->data(ProductIdRole).toString();
        const std::optional<qint64> quantity = quantities::parse(cell(QuantityColumn));
        if (!quantity) {
            if (report)
                m_problem->report(where + tr("\"%1\" is not a quantity.").arg(cell(QuantityColumn)), m_lines);
            return false;
        }
        l.quantityMilli = *quantity;
        if (!cell(PriceColumn).trimmed().isEmpty()) {
            Result<qint64> price = MoneyText::parse(cell(PriceColumn), d->currency);
            if (!price) {
                if (report)
                    m_problem->report(where + price.error().message, m_lines);
                return false;
            }
            l.unitPriceMinor = *price;
        }
        // Rates as typed; out of range (a discount over 100 %) is the service's to refuse.
        for (const auto &[column, out, empty] : {std::tuple{int(DiscountColumn), &l.discountBasisPoints, 0},
                                                 std::tuple{int(TaxColumn), &l.taxRateBasisPoints, -1}}) {
            if (cell(column).trimmed().isEmpty()) {
                *out = empty;
                continue;
            }
            const std::optional<int> rate = quantities::parsePercent(cell(column));
            if (!rate) {
                if (report)
                    m_problem->report(where + tr("\"%1\" is not a percentage.").arg(cell(column)), m_lines);
                return false;
            }
            *out = *rate;
        }
        d->lines.append(l);
    }
    return true;
}

void QuoteDialog::previewAmounts()
{
    QuoteDraft d;
    if (!QuoteService::allowedActions(m_ctx.session, m_quote).edit || !readDraft(&d, false) || d.lines.isEmpty())
        return; // a line being typed that is no number yet: the amounts wait for it
    Result<Quote> priced = QuoteService(*m_ctx.db, *m_ctx.clock).preview(m_ctx.session, d);
    if (!priced || priced->lines.size() != m_lines->rowCount())
        return;
    const QSignalBlocker quiet(m_lines); // writing the amounts is no edit
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        const QuoteLine &l = priced->lines.at(r);
        if (QTableWidgetItem *amount = m_lines->item(r, AmountColumn)) {
            amount->setText(MoneyText::format({l.amounts.total, priced->currency}));
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (QTableWidgetItem *price = m_lines->item(r, PriceColumn); price && price->text().trimmed().isEmpty())
            price->setToolTip(tr("Starting price: %1").arg(MoneyText::format({l.unitPriceMinor, priced->currency})));
    }
    const QString words = priced->currency == QLatin1String("CNY")
        ? tr("  (in words: %1)").arg(chineseCapitals(priced->totals.total))
        : QString();
    m_totals->setText(tr("Without tax %1 · Tax %2 · Total %3%4 — not saved yet")
                          .arg(MoneyText::format({priced->totals.net, priced->currency}),
                               MoneyText::format({priced->totals.tax, priced->currency}),
                               MoneyText::formatWithSymbol({priced->totals.total, priced->currency}), words));
}

bool QuoteDialog::save()
{
    QuoteDraft d;
    if (!readDraft(&d))
        return false;
    QuoteService quotes(*m_ctx.db, *m_ctx.clock);
    Result<Quote> q = m_quote.id.isEmpty() ? quotes.create(m_ctx.session, d)
                                           : quotes.update(m_ctx.session, m_quote.id, d, m_quote.rowVersion);
    if (!q && q.error().code == ErrorCode::Conflict && !m_quote.id.isEmpty()) {
        q = saveMerged(this, *m_ctx.db, m_quote.id, quoteAccess(m_ctx, m_quote.id), m_quote.draft(), d);
        if (!q && q.error().code == ErrorCode::Cancelled)
            return false;
    }
    if (!q) {
        if (q.error().code == ErrorCode::Invalid)
            m_problem->report(
                q.error(),
                {{"lines", m_lines}, {"currency", m_currency}, {"valid_until", m_validUntil}, {"contact", m_contact}});
        else
            showError(this, tr("The quote was not saved"), q.error());
        return false;
    }
    m_problem->report(QString());
    load(*q);
    emit changed();
    return true;
}

bool QuoteDialog::saved()
{
    return m_dirty || m_quote.id.isEmpty() ? save() : true;
}

QString QuoteDialog::approvalHistory() const
{
    QStringList lines;
    for (const QuoteApprovalRound &r : m_quote.approvalRounds) {
        if (r.requestedAt != 0)
            lines.append(
                r.message.isEmpty()
                    ? tr("%1 %2 asked for approval.").arg(DateTimeText::dateTimeOfMs(r.requestedAt), r.requestedByName)
                    : tr("%1 %2 asked for approval: %3")
                          .arg(DateTimeText::dateTimeOfMs(r.requestedAt), r.requestedByName, r.message));
        const QString when = DateTimeText::dateTimeOfMs(r.decidedAt);
        switch (r.decision) {
        case ApprovalDecision::Approved:
            lines.append(r.reason.isEmpty() ? tr("%1 %2 approved.").arg(when, r.decidedByName)
                                            : tr("%1 %2 approved: %3").arg(when, r.decidedByName, r.reason));
            break;
        case ApprovalDecision::Refused:
            lines.append(tr("%1 %2 refused: %3").arg(when, r.decidedByName, r.reason));
            break;
        case ApprovalDecision::Withdrawn:
            lines.append(tr("%1 The prices changed; no approval needed any more.").arg(when));
            break;
        case ApprovalDecision::Pending:
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void QuoteDialog::requestApproval()
{
    if (!saved())
        return;
    bool ok = false;
    const QString message = QInputDialog::getMultiLineText(
        this, tr("Ask for approval"),
        tr("A price of quote %1 is below the floor. What should the manager know? (optional)")
            .arg(m_quote.displayNumber()),
        QString(), &ok);
    if (!ok)
        return;
    Result<Quote> q =
        QuoteService(*m_ctx.db, *m_ctx.clock).requestApproval(m_ctx.session, m_quote.id, m_quote.rowVersion, message);
    if (!q) {
        showError(this, tr("Approval was not asked for"), q.error());
        return;
    }
    load(*q);
    emit changed();
}

void QuoteDialog::refuse()
{
    if (!saved())
        return;
    QString reason;
    for (;;) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(
            this, tr("Refuse the prices"),
            tr("Why are the prices of quote %1 refused? The salesperson sees it.").arg(m_quote.displayNumber()), reason,
            &ok);
        if (!ok)
            return;
        if (!reason.trimmed().isEmpty())
            break;
    }
    Result<Quote> q =
        QuoteService(*m_ctx.db, *m_ctx.clock).refuse(m_ctx.session, m_quote.id, m_quote.rowVersion, reason);
    if (!q) {
        showError(this, tr("The prices were not refused"), q.error());
        return;
    }
    load(*q);
    emit changed();
}

void QuoteDialog::approve()
{
    if (!saved())
        return;
    Result<Quote> q = QuoteService(*m_ctx.db, *m_ctx.clock).approve(m_ctx.session, m_quote.id, m_quote.rowVersion);
    if (!q) {
        showError(this, tr("The quote was not approved"), q.error());
        return;
    }
    load(*q);
    emit changed();
}

void QuoteDialog::markSent()
{
    if (!saved())
        return;
    Result<Quote> q = QuoteService(*m_ctx.db, *m_ctx.clock).markSent(m_ctx.session, m_quote.id, m_quote.rowVersion);
    if (!q) {
        m_problem->report(q.error().message);
        return;
    }
    load(*q);
    emit changed();
}

void QuoteDialog::makeOrder()
{
    if (!saved())
        return;
    // Whether it may become an order is asked before the payment terms are.
    if (Status may = QuoteService::mayBecomeOrder(m_quote); !may) {
        m_problem->report(may.error().message);
        return;
    }
    const QList<PaymentPlan> plans = paymentPlans();
    QStringList names;
    for (const PaymentPlan &p : plans)
        names.append(p.name);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Make order"), tr("When does the customer pay?"), names, 0, false, &ok);
    if (!ok)
        return;
    const QList<ReceivablePart> parts = plans.at(qMax(0, int(names.indexOf(chosen)))).parts;
    Result<Order> o =
        OrderService(*m_ctx.db, *m_ctx.clock).createFromQuote(m_ctx.session, m_quote.id, m_quote.rowVersion, parts);
    if (!o) {
        m_problem->report(o.error().message);
        return;
    }
    m_orderId = o->id;
    if (Result<Quote> q = QuoteService(*m_ctx.db, *m_ctx.clock).get(m_ctx.session, m_quote.id))
        load(*q);
    emit changed();
    accept();
}

void QuoteDialog::revise()
{
    if (!saved())
        return;
    Result<Quote> q = QuoteService(*m_ctx.db, *m_ctx.clock).revise(m_ctx.session, m_quote.id, m_quote.rowVersion);
    if (!q) {
        m_problem->report(q.error().message);
        return;
    }
    load(*q);
    emit changed();
}

void QuoteDialog::printPreview()
{
    if (saved())
        m_print->preview(PrintKind::Quote, m_quote.id);
}

void QuoteDialog::savePdf()
{
    if (saved())
        m_print->exportPdf(PrintKind::Quote, m_quote.id);
}

} // namespace guanxi
