// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/opportunities/Opportunity.h"
#include "core/opportunities/PipelineStage.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace guanxi {

class CustomerPicker;
class FormProblem;

// One opportunity (销售机会): its customer, amount, stage and probability, expected close date,
// source, competitors, decision makers among the customer's contacts, next step, the reason it was
// won or lost, and (for an existing one) its stage history.
class OpportunityDialog : public QDialog {
    Q_OBJECT
public:
    // An empty id makes a new opportunity, for `customerId` when one is given.
    OpportunityDialog(const AppContext &ctx, const QString &opportunityId, const QString &customerId = {},
                      QWidget *parent = nullptr);

    QString opportunityId() const { return m_id; }

public slots:
    void accept() override;

private:
    void load(const Opportunity &o);
    void fillOwners();
    void fillDecisionMakers(const QStringList &checked);
    void showHistory();
    bool readDraft(OpportunityDraft *d);

    AppContext m_ctx;
    QString m_id;
    qint64 m_version = 0;
    OpportunityDraft m_original; // as loaded: what a merge with a colleague's save starts from
    Pipeline m_pipeline;
    CustomerPicker *m_customer;
    QLineEdit *m_name;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QComboBox *m_stage;
    QSpinBox *m_probability;
    QDateEdit *m_expectedClose;
    QComboBox *m_owner;
    QLineEdit *m_source;
    QLineEdit *m_competitors;
    QListWidget *m_decisionMakers;
    QLineEdit *m_nextStep;
    QLineEdit *m_outcomeReason;
    QPlainTextEdit *m_notes;
    QListWidget *m_history;
    FormProblem *m_problem;
};

} // namespace guanxi
