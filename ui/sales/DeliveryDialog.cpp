// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sales/DeliveryDialog.h"

#include "core/i18n/DateTimeText.h"
#include "core/money/Money.h"
#include "core/money/Quantities.h"
#include "core/orders/OrderService.h"
#include "core/util/Clock.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FormProblem.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi {

namespace {

QDateEdit *dateEdit(QWidget *parent, const Clock &clock, const char *name)
{
    auto *e = new QDateEdit(QDateTime::fromMSecsSinceEpoch(clock.nowMs()).date(), parent);
    e->setObjectName(QLatin1String(name));
    e->setCalendarPopup(true);
    e->setDisplayFormat(DateTimeText::datePattern());
    return e;
}

} // namespace

DeliveryDialog::DeliveryDialog(const AppContext &ctx, const Order &order, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_order(order)
{
    setObjectName(QStringLiteral("deliveryDialog"));
    setWindowTitle(tr("Deliver — order %1").arg(order.number));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("How much of each line leaves now? What is left stays on the order for a later "
                                    "delivery."),
                                 this));
    m_lines = new QTableWidget(0, 4, this);
    m_lines->setObjectName(QStringLiteral("deliveryLines"));
    m_lines->setHorizontalHeaderLabels({tr("Product"), tr("Ordered"), tr("Still to deliver"), tr("Deliver now")});
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    for (const OrderLine &l : order.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        const auto fixed = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled);
            m_lines->setItem(row, column, item);
        };
        fixed(0, QStringLiteral("%1  %2").arg(l.productCode, l.description));
        fixed(1, QStringLiteral("%1 %2").arg(quantities::text(l.quantityMilli), l.unit));
        fixed(2, QStringLiteral("%1 %2").arg(quantities::text(l.remainingMilli()), l.unit));
        m_lines->setItem(row, 3, new QTableWidgetItem(quantities::text(l.remainingMilli())));
    }
    layout->addWidget(m_lines, 1);
    auto *form = new QFormLayout;
    m_date = dateEdit(this, *ctx.clock, "deliveryDate");
    form->addRow(tr("&Delivered on"), m_date);
    m_address = new QLineEdit(order.deliveryAddress, this);
    m_address->setObjectName(QStringLiteral("deliveryAddress"));
    form->addRow(tr("&Address"), m_address);
    layout->addLayout(form);
    m_problem = new FormProblem(this, "deliveryProblem");
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeliveryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeliveryDialog::reject);
    layout->addWidget(buttons);
    resize(700, 420);
}

void DeliveryDialog::setQuantity(int row, const QString &quantity)
{
    if (QTableWidgetItem *item = m_lines->item(row, 3))
        item->setText(quantity);
}

void DeliveryDialog::accept()
{
    QList<DeliveryLine> lines;
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        const QString text = m_lines->item(r, 3)->text().trimmed();
        if (text.isEmpty())
            continue;
        const std::optional<qint64> quantity = quantities::parse(text);
        if (!quantity) {
            m_problem->report(tr("Line %1: \"%2\" is not a quantity.").arg(r + 1).arg(text), m_lines);
            return;
        }
        lines.append({m_order.lines.at(r).id, *quantity});
    }
    Result<Order> done = OrderService(*m_ctx.db, *m_ctx.clock)
                             .deliver(m_ctx.session, m_order.id, m_order.rowVersion, lines,
                                      m_date->date().toString(Qt::ISODate), m_address->text());
    if (!done) {
        if (done.error().code == ErrorCode::Invalid)
            m_problem->report(done.error(), {{"lines", m_lines}, {"date", m_date}});
        else
            showError(this, tr("Nothing was delivered"), done.error());
        return;
    }
    m_order = *done;
    QDialog::accept();
}

PaymentDialog::PaymentDialog(const AppContext &ctx, const Order &order, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_order(order)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Record a payment — order %1").arg(order.number));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_receivable = new QComboBox(this);
    m_receivable->setObjectName(QStringLiteral("paymentReceivable"));
    for (const Receivable &r : order.receivables)
        if (r.outstandingMinor() > 0)
            m_receivable->addItem(tr("%1, due %2: %3 still owed")
                                      .arg(r.description, DateTimeText::dateOfIso(r.dueOn),
                                           MoneyText::formatWithSymbol({r.outstandingMinor(), r.currency})),
                                  r.id);
    form->addRow(tr("&For"), m_receivable);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    form->addRow(tr("&Amount"), m_amount);
    m_date = dateEdit(this, *ctx.clock, "paymentDate");
    form->addRow(tr("&Paid on"), m_date);
    m_method = new QLineEdit(this);
    m_method->setObjectName(QStringLiteral("paymentMethod"));
    m_method->setPlaceholderText(tr("e.g. 银行转账, 承兑汇票"));
    form->addRow(tr("&Method"), m_method);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("paymentReference"));
    form->addRow(tr("&Reference"), m_reference);
    layout->addLayout(form);
    m_problem = new FormProblem(this, "paymentProblem");
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    layout->addWidget(buttons);
    // The amount still owed on the chosen receivable, the usual payment.
    const auto fillAmount = [this] {
        for (const Receivable &r : m_order.receivables)
            if (r.id == m_receivable->currentData().toString())
                m_amount->setText(MoneyText::format({r.outstandingMinor(), r.currency}));
    };
    connect(m_receivable, &QComboBox::currentIndexChanged, this, fillAmount);
    fillAmount();
}

void PaymentDialog::accept()
{
    if (m_receivable->count() == 0) {
        m_problem->report(tr("Everything on this order is paid."));
        return;
    }
    Result<qint64> amount = MoneyText::parse(m_amount->text(), m_order.currency);
    if (!amount) {
        m_problem->report(amount.error().message, m_amount);
        return;
    }
    Result<Order> done =
        OrderService(*m_ctx.db, *m_ctx.clock)
            .recordPayment(m_ctx.session, m_order.id, m_order.rowVersion, m_receivable->currentData().toString(),
                           *amount, m_date->date().toString(Qt::ISODate), m_method->text(), m_reference->text());
    if (!done) {
        if (done.error().code == ErrorCode::Invalid)
            m_problem->report(done.error(), {{"amount", m_amount}, {"date", m_date}, {"receivable", m_receivable}});
        else
            showError(this, tr("The payment was not recorded"), done.error());
        return;
    }
    m_order = *done;
    QDialog::accept();
}

} // namespace guanxi
