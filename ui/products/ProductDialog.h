// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/products/Product.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace guanxi {

class FormProblem;

// One product of the showroom: new, or opened from the list. Managers and administrators edit it;
// salespeople see it (without its cost) and cannot save.
class ProductDialog : public QDialog {
    Q_OBJECT
public:
    // An empty id: a new product.
    ProductDialog(const AppContext &ctx, const QString &productId, QWidget *parent = nullptr);

    QString productId() const { return m_id; }

public slots:
    void accept() override;

private:
    void load(const Product &p);
    bool readDraft(ProductDraft *d);
    void choosePicture();
    void showPicture();

    AppContext m_ctx;
    QString m_id;
    qint64 m_version = 0;
    QByteArray m_picture;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_specification = nullptr;
    QLineEdit *m_unit = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_listPrice = nullptr;
    QLineEdit *m_floorPrice = nullptr;
    QLineEdit *m_cost = nullptr;
    QDoubleSpinBox *m_taxRate = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_pictureView = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    FormProblem *m_problem = nullptr;
};

} // namespace guanxi
