// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/products/ProductDialog.h"

#include "core/money/Money.h"
#include "core/products/ProductService.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FileDialog.h"
#include "ui/common/FormProblem.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guanxi {

ProductDialog::ProductDialog(const AppContext &ctx, const QString &productId, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_id(productId)
{
    setObjectName(QStringLiteral("productDialog"));
    const bool mayEdit = ProductService::maySeeCost(ctx.session);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto line = [this, form](const char *name, const QString &label, const QString &placeholder = {}) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setPlaceholderText(placeholder);
        form->addRow(label, e);
        return e;
    };
    m_code = line("productCode", tr("&Code"), tr("e.g. NB-X1"));
    m_name = line("productName", tr("&Name"), tr("e.g. 商务笔记本 X1"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("productCategory"));
    m_category->setEditable(true);
    if (Result<QStringList> categories = ProductService(*ctx.db, *ctx.clock).categories())
        m_category->addItems(*categories);
    m_category->setCurrentText(QString());
    form->addRow(tr("C&ategory"), m_category);
    m_specification = line("productSpecification", tr("&Specification"), tr("e.g. 14 英寸 / 16 GB"));
    m_unit = line("productUnit", tr("&Unit"), tr("e.g. 台, 套, 个"));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("productCurrency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("HKD"),
                          QStringLiteral("TWD"), QStringLiteral("JPY")});
    form->addRow(tr("C&urrency"), m_currency);
    m_listPrice = line("productListPrice", tr("&List price"), tr("e.g. 8,999.00"));
    m_floorPrice = line("productFloorPrice", tr("&Floor price"), tr("the lowest price without approval; empty: none"));
    m_cost = line("productCost", tr("C&ost"), tr("what one costs the company"));
    m_taxRate = new QDoubleSpinBox(this);
    m_taxRate->setObjectName(QStringLiteral("productTaxRate"));
    m_taxRate->setRange(0, 100);
    m_taxRate->setDecimals(2);
    m_taxRate->setSuffix(QStringLiteral(" %"));
    m_taxRate->setValue(13);
    form->addRow(tr("&Tax rate"), m_taxRate);
    m_active = new QCheckBox(tr("Offered in quotes"), this);
    m_active->setObjectName(QStringLiteral("productActive"));
    m_active->setChecked(true);
    form->addRow(QString(), m_active);
    auto *pictureRow = new QHBoxLayout;
    m_pictureView = new QLabel(tr("No picture"), this);
    m_pictureView->setMinimumSize(96, 96);
    m_pictureView->setAlignment(Qt::AlignCenter);
    m_pictureView->setFrameShape(QFrame::StyledPanel);
    pictureRow->addWidget(m_pictureView);
    auto *choose = new QPushButton(tr("C&hoose picture…"), this);
    choose->setObjectName(QStringLiteral("productChoosePicture"));
    auto *clear = new QPushButton(tr("Remove picture"), this);
    pictureRow->addWidget(choose);
    pictureRow->addWidget(clear);
    pictureRow->addStretch();
    form->addRow(tr("Picture"), pictureRow);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("productNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    form->addRow(tr("Notes"), m_notes);
    layout->addLayout(form);
    m_problem = new FormProblem(this, "productProblem");
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(
        mayEdit ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);
    layout->addWidget(buttons);
    connect(choose, &QPushButton::clicked, this, &ProductDialog::choosePicture);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_picture.clear();
        showPicture();
    });

    // Salespeople read; what a product costs is not theirs to see.
    m_cost->setVisible(mayEdit);
    form->labelForField(m_cost)->setVisible(mayEdit);
    if (!mayEdit) {
        for (QLineEdit *e : findChildren<QLineEdit *>())
            e->setReadOnly(true);
        m_category->setEnabled(false);
        m_currency->setEnabled(false);
        m_taxRate->setReadOnly(true);
        m_active->setEnabled(false);
        m_notes->setReadOnly(true);
        choose->setEnabled(false);
        clear->setEnabled(false);
    }

    setWindowTitle(m_id.isEmpty() ? tr("New product") : tr("Product"));
    if (!m_id.isEmpty()) {
        Result<Product> p = ProductService(*ctx.db, *ctx.clock).get(ctx.session, m_id);
        if (p)
            load(*p);
        else
            m_problem->report(p.error().message, nullptr);
    }
    resize(560, 620);
}

void ProductDialog::load(const Product &p)
{
    const ProductDraft &d = p.fields;
    m_version = p.rowVersion;
    m_code->setText(d.code);
    m_name->setText(d.name);
    m_category->setCurrentText(d.category);
    m_specification->setText(d.specification);
    m_unit->setText(d.unit);
    m_currency->setCurrentText(d.currency);
    m_listPrice->setText(MoneyText::format({d.listPriceMinor, d.currency}));
    m_floorPrice->setText(d.floorPriceMinor > 0 ? MoneyText::format({d.floorPriceMinor, d.currency}) : QString());
    m_cost->setText(d.costMinor > 0 ? MoneyText::format({d.costMinor, d.currency}) : QString());
    m_taxRate->setValue(d.taxRateBasisPoints / 100.0);
    m_active->setChecked(d.active);
    m_notes->setPlainText(d.notes);
    m_picture = d.picture;
    showPicture();
    setWindowTitle(tr("Product %1").arg(d.code));
}

void ProductDialog::showPicture()
{
    QPixmap pixmap;
    if (!m_picture.isEmpty() && pixmap.loadFromData(m_picture))
        m_pictureView->setPixmap(pixmap.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_pictureView->setText(tr("No picture"));
}

void ProductDialog::choosePicture()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Product picture"), QString(), tr("Pictures (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_problem->report(tr("%1 cannot be read.").arg(path), nullptr);
        return;
    }
    m_picture = f.readAll();
    showPicture();
}

bool ProductDialog::readDraft(ProductDraft *d)
{
    d->code = m_code->text();
    d->name = m_name->text();
    d->category = m_category->currentText();
    d->specification = m_specification->text();
    d->unit = m_unit->text();
    d->currency = m_currency->currentText().trimmed().toUpper();
    d->taxRateBasisPoints = static_cast<int>(qRound(m_taxRate->value() * 100));
    d->active = m_active->isChecked();
    d->notes = m_notes->toPlainText();
    d->picture = m_picture;
    // Amounts as the user typed them, in the currency chosen above; an empty floor or cost is 0.
    const std::pair<QLineEdit *, qint64 *> amounts[] = {
        {m_listPrice, &d->listPriceMinor}, {m_floorPrice, &d->floorPriceMinor}, {m_cost, &d->costMinor}};
    for (const auto &[edit, out] : amounts) {
        if (edit->text().trimmed().isEmpty() && edit != m_listPrice) {
            *out = 0;
            continue;
        }
        Result<qint64> v = MoneyText::parse(edit->text(), d->currency);
        if (!v) {
            m_problem->report(v.error().message, edit);
            return false;
        }
        *out = *v;
    }
    return true;
}

void ProductDialog::accept()
{
    if (!ProductService::maySeeCost(m_ctx.session)) {
        QDialog::reject(); // read only: Close
        return;
    }
    ProductDraft d;
    if (!readDraft(&d))
        return;
    ProductService service(*m_ctx.db, *m_ctx.clock);
    Result<Product> saved =
        m_id.isEmpty() ? service.create(m_ctx.session, d) : service.update(m_ctx.session, m_id, d, m_version);
    if (!saved) {
        const Error &e = saved.error();
        if (e.code == ErrorCode::Invalid || e.code == ErrorCode::Duplicate) {
            m_problem->report(e,
                              {{"code", m_code},
                               {"name", m_name},
                               {"currency", m_currency},
                               {"price", m_listPrice},
                               {"floor", m_floorPrice},
                               {"tax", m_taxRate},
                               {"picture", m_pictureView}});
        } else {
            showError(this, tr("The product was not saved"), e);
        }
        return;
    }
    m_id = saved->id;
    QDialog::accept();
}

} // namespace guanxi
