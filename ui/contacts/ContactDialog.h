// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contacts/Contact.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace guanxi {

// One contact: who they are and how to reach them, their personal profile, and the companies
// they worked for. Saved through ContactService; problems shown in the dialog, nothing half-saved.
class RecordHistoryView;

class ContactDialog : public QDialog {
    Q_OBJECT
public:
    // An empty contactId adds a contact to `customerId`.
    ContactDialog(const AppContext &ctx, const QString &customerId, const QString &contactId,
                  QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    QWidget *buildContactPage();
    QWidget *buildProfilePage();
    QWidget *buildHistoryPage();
    void load(const QString &contactId);
    ContactDraft draftFromForm() const;
    void showProblem(const QString &message);

    AppContext m_ctx;
    Contact m_contact;
    RecordHistoryView *m_changes = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_function = nullptr;
    QLineEdit *m_mobile = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_wechat = nullptr;
    QLineEdit *m_qq = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_birthday = nullptr;
    QList<std::pair<QString ContactProfile::*, QLineEdit *>> m_profileFields;
    QPlainTextEdit *m_notes = nullptr;
    QTreeWidget *m_history = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace guanxi
