// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/CustomerDetails.h"
#include "ui/common/AppContext.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace guanxi {

struct Competitor;
struct Project;

// One of the card's list tabs: competitors, projects, relations to other customers, attachments.
// A list, Add… (a short form, or a file for attachments), Remove, and Save as… for a file.
class CustomerDetailsTab : public QWidget {
    Q_OBJECT
public:
    using Kind = CustomerDetails::Kind;

    CustomerDetailsTab(const AppContext &ctx, Kind kind, QWidget *parent = nullptr);
    void setCustomer(const QString &customerId, bool canEdit);

private:
    void reload();
    void add();
    void editSelected();
    bool competitorForm(Competitor *c);
    bool projectForm(Project *p);
    void removeSelected();
    void saveSelected();
    // The start of the tab's widgets' object names ("competitorsList", "projectsAdd", ...).
    QString objectPrefix() const;

    AppContext m_ctx;
    Kind m_kind;
    QString m_customerId;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace guanxi
