// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/LetterheadGroup.h"

#include "core/printing/CompanyProfile.h"
#include "core/users/AccessPolicy.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/printing/TemplateEditorDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>

namespace guanxi {

LetterheadGroup::LetterheadGroup(const AppContext &ctx, QWidget *parent)
    : QGroupBox(tr("Letterhead and print templates"), parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("letterheadGroup"));
    auto *form = new QFormLayout(this);
    const auto line = [this, form](const char *name, const QString &label) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        form->addRow(label, e);
        return e;
    };
    m_name = line("letterheadName", tr("Company name"));
    m_address = line("letterheadAddress", tr("Address"));
    m_phone = line("letterheadPhone", tr("Phone"));
    m_taxId = line("letterheadTaxId", tr("Tax number (税号)"));
    m_bank = line("letterheadBank", tr("Bank and account"));
    auto *logoRow = new QHBoxLayout;
    m_logoView = new QLabel(this);
    m_logoView->setMinimumSize(120, 48);
    logoRow->addWidget(m_logoView);
    auto *choose = new QPushButton(tr("Choose logo…"), this);
    auto *clear = new QPushButton(tr("No logo"), this);
    logoRow->addWidget(choose);
    logoRow->addWidget(clear);
    logoRow->addStretch();
    form->addRow(tr("Logo"), logoRow);
    auto *buttons = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save the letterhead"), this);
    save->setObjectName(QStringLiteral("saveLetterhead"));
    auto *templates = new QPushButton(tr("Edit print &templates…"), this);
    templates->setObjectName(QStringLiteral("editTemplates"));
    buttons->addWidget(save);
    buttons->addWidget(templates);
    buttons->addStretch();
    form->addRow(buttons);

    if (Result<CompanyProfile> p = CompanyProfile::load(*ctx.db)) {
        m_name->setText(p->name);
        m_address->setText(p->address);
        m_phone->setText(p->phone);
        m_taxId->setText(p->taxId);
        m_bank->setText(p->bank);
        m_logo = p->logo;
    }
    showLogo();
    const bool mayChange = AccessPolicy(ctx.session).leadsTeam();
    for (QLineEdit *e : findChildren<QLineEdit *>())
        e->setReadOnly(!mayChange);
    choose->setEnabled(mayChange);
    clear->setEnabled(mayChange);
    save->setVisible(mayChange);
    connect(save, &QPushButton::clicked, this, &LetterheadGroup::save);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialog::getOpenFileName(this, tr("Logo"), QString(), tr("Pictures (*.png *.jpg *.jpeg)"));
        QFile f(path);
        if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
            return;
        m_logo = f.readAll();
        showLogo();
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    connect(templates, &QPushButton::clicked, this, [this] {
        TemplateEditorDialog dialog(m_ctx, this);
        dialog.exec();
    });
}

void LetterheadGroup::showLogo()
{
    QPixmap pixmap;
    if (!m_logo.isEmpty() && pixmap.loadFromData(m_logo))
        m_logoView->setPixmap(pixmap.scaled(120, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_logoView->setText(tr("No logo"));
}

void LetterheadGroup::save()
{
    CompanyProfile p;
    p.name = m_name->text();
    p.address = m_address->text();
    p.phone = m_phone->text();
    p.taxId = m_taxId->text();
    p.bank = m_bank->text();
    p.logo = m_logo;
    if (Status s = CompanyProfile::save(*m_ctx.db, m_ctx.session, p); !s) {
        showError(this, tr("The letterhead was not saved"), s.error());
        return;
    }
    MessageBox::information(this, tr("Letterhead"), tr("Printed documents now carry this letterhead."));
}

} // namespace guanxi
