// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/CustomerService.h"
#include "core/leads/Lead.h"
#include "core/leads/LeadAssignment.h"
#include "core/leads/LeadRepository.h"
#include "core/users/User.h"
#include "core/util/Result.h"
#include "core/util/StateTransitions.h"

#include <QCoreApplication>

#include <memory>

namespace guanxi {

class Clock;
class Database;

// What converting a lead makes. By default a new customer (the lead's company, or the person as a
// consumer when there is no company), a contact for the person, and an opportunity.
struct LeadConversion {
    QString existingCustomerId; // attach to this customer instead of creating one
    OnDuplicate onDuplicate = OnDuplicate::Refuse;
    bool createOpportunity = true;
    QString opportunityName; // default: the company (or person) and the lead's source
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("CNY");
    QString expectedCloseOn;
};

struct LeadConversionResult {
    QString customerId;
    QString contactId;     // empty when the lead had no person
    QString opportunityId; // empty when none was asked for
};

// Leads (潜在客户): capture, assignment (by hand or by rule), follow-up, qualification, and the
// one-step conversion into customer, contact and opportunity, keeping the lead's timeline.
// What one person may do with one lead now: the lead dialog and page enable exactly these, and the
// calls refuse anything else.
struct LeadActions {
    bool edit = false; // its fields, its timeline; qualify or disqualify it; convert it
};

class LeadService {
    Q_DECLARE_TR_FUNCTIONS(LeadService)
public:
    LeadService(Database &db, const Clock &clock);

    static LeadActions allowedActions(const Session &actor, const Lead &lead);
    // A lead is followed up, qualified or disqualified (and back) until it is converted; a
    // disqualified one is followed up again before it may be converted; a converted one stays so.
    static const StateTransitions<LeadStatus> &transitions();

    Result<Lead> get(const Session &actor, const QString &id);
    Result<QList<Lead>> list(const Session &actor, const LeadFilter &filter = {}, int limit = 2000);
    // Every lead the actor may see that `filter` lets through, newest first, for a windowed list
    // (models/leads/LeadListModel).
    std::unique_ptr<PagedQuery<Lead>> pagedList(const Session &actor, const LeadFilter &filter = {});

    // A salesperson's lead is theirs; otherwise an empty owner is filled in by the assignment rule.
    // Inside a caller's WriteTransaction (an import) it joins that one.
    Result<Lead> create(const Session &actor, LeadDraft draft);
    Result<Lead> update(const Session &actor, const QString &id, LeadDraft draft, qint64 expectedVersion);
    Result<Lead> assign(const Session &actor, const QString &id, const QString &ownerId, qint64 expectedVersion);
    // Working or qualified; disqualifying needs a reason.
    Result<Lead> setStatus(const Session &actor, const QString &id, LeadStatus status, const QString &reason,
                           qint64 expectedVersion);
    Result<LeadConversionResult> convert(const Session &actor, const QString &id, const LeadConversion &how,
                                         qint64 expectedVersion);

    Result<LeadAssignmentRule> assignmentRule();
    Status setAssignmentRule(const Session &actor, const LeadAssignmentRule &rule);

    static QList<FieldProblem> validate(LeadDraft *draft);

private:
    Result<Lead> writable(const Session &actor, const QString &id, qint64 expectedVersion);
    Result<Lead> afterWrite(const Result<bool> &written, const QString &id, bool alreadyIndexed = false);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
