// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/util/Result.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QDialogButtonBox;
class QTabWidget;

namespace guanxi {

class ContactsTab;
class CustomerDetailsTab;
class TimelineTab;
class CareDaysTab;
class CustomerDealsTab;
class CustomerValueBox;
class RecordHistoryView;

// The customer card (客户卡片): create, view and edit one customer. Saving goes through
// CustomerService, so the rules (validation, ownership, row version) are core's; the card shows
// their answer beside the field concerned. Fields are read-only when the user may not edit.
class CustomerCardDialog : public QDialog {
    Q_OBJECT
public:
    enum Tab {
        ProfileTab,
        BackgroundTab,
        ContactsTabIndex,
        TimelineTabIndex,
        DealsTabIndex
    };

    // An empty id opens a new customer.
    CustomerCardDialog(const AppContext &ctx, const QString &customerId, QWidget *parent = nullptr);
    ~CustomerCardDialog() override;
    void showTab(Tab tab);

    QString customerId() const { return m_customer.id; }
    bool loadFailed() const { return m_loadFailed; }

public slots:
    void accept() override;

signals:
    // The user chose to work with an existing customer the duplicate guard found.
    void openCustomerRequested(const QString &customerId);

private:
    // What the user chose when the duplicate guard found the customer being saved.
    enum class DuplicateChoice {
        DontSave,
        SaveAnyway,
        Handled
    };
    DuplicateChoice resolveDuplicate(const CustomerDraft &draft, const Error &duplicate);
    void buildForm();
    QWidget *buildProfile();
    QWidget *buildBackground();
    void fillOwners();
    void load();
    void showCustomer();
    CustomerDraft draftFromForm() const;
    void showProblem(const QString &field, const QString &message);
    void putBack(const QString &field, const QVariant &value);
    void refreshEditingBanner();

    AppContext m_ctx;
    Customer m_customer;
    bool m_loadFailed = false;
    bool m_canEdit = true;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_shortName = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_valueType = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_website = nullptr;
    QComboBox *m_documentLanguage = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_tags = nullptr;
    QList<std::pair<QString CustomerBackground::*, QPlainTextEdit *>> m_background;
    ContactsTab *m_contacts = nullptr;
    TimelineTab *m_timeline = nullptr;
    CareDaysTab *m_care = nullptr;
    CustomerValueBox *m_value = nullptr;
    CustomerDealsTab *m_deals = nullptr;
    QList<CustomerDetailsTab *> m_details;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_industry = nullptr;
    QComboBox *m_owner = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_editingBanner = nullptr;
    RecordHistoryView *m_history = nullptr;
    QLabel *m_version = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace guanxi
