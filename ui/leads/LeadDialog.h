// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/Lead.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace guanxi {

class RecordHistoryView;
class TimelineTab;

// One lead: its details and its timeline of follow-ups. New leads are captured here too.
class LeadDialog : public QDialog {
    Q_OBJECT
public:
    LeadDialog(const AppContext &ctx, const QString &leadId, QWidget *parent = nullptr);
    QString leadId() const { return m_lead.id; }

public slots:
    void accept() override;

private:
    void showLead(const Lead &lead);

    AppContext m_ctx;
    Lead m_lead;
    bool m_canEdit = true;
    QLineEdit *m_person = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_industry = nullptr;
    QLineEdit *m_source = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problem = nullptr;
    TimelineTab *m_timeline = nullptr;
    RecordHistoryView *m_history = nullptr;
};

} // namespace guanxi
