// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/opportunities/OpportunityFields.h"

#include "core/money/Money.h"

namespace guanxi {

namespace {

using F = RecordFields<OpportunityDraft>;

F::Field amount()
{
    return {QStringLiteral("amount_minor"), QT_TRANSLATE_NOOP("RecordFields", "Amount"),
            [](const OpportunityDraft &d) {
                return MoneyText::formatWithSymbol(Money{d.amountMinor, d.currency});
            },
            [](OpportunityDraft *to, const OpportunityDraft &from) { to->amountMinor = from.amountMinor; },
            [](OpportunityDraft *to, const QVariant &v) {
                bool ok = false;
                to->amountMinor = v.toLongLong(&ok);
                return ok;
            }};
}

F::Field probability()
{
    return {
        QStringLiteral("probability_pct"), QT_TRANSLATE_NOOP("RecordFields", "Probability (%)"),
        [](const OpportunityDraft &d) { return d.probabilityPct < 0 ? QString() : QString::number(d.probabilityPct); },
        [](OpportunityDraft *to, const OpportunityDraft &from) { to->probabilityPct = from.probabilityPct; },
        [](OpportunityDraft *to, const QVariant &v) {
            bool ok = false;
            to->probabilityPct = v.toInt(&ok);
            return ok;
        }};
}

F::Field decisionMakers()
{
    return {QStringLiteral("decision_makers"), QT_TRANSLATE_NOOP("RecordFields", "Decision makers"),
            [](const OpportunityDraft &d) {
                QStringList ids = d.decisionMakerIds;
                ids.sort();
                return ids.join(QLatin1Char(','));
            },
            [](OpportunityDraft *to, const OpportunityDraft &from) { to->decisionMakerIds = from.decisionMakerIds; },
            nullptr};
}

} // namespace

const RecordFields<OpportunityDraft> &opportunityFields()
{
    static const RecordFields<OpportunityDraft> fields({
        F::text<&OpportunityDraft::name>(QStringLiteral("name"), QT_TRANSLATE_NOOP("RecordFields", "Name")),
        amount(),
        F::text<&OpportunityDraft::currency>(QStringLiteral("currency"), QT_TRANSLATE_NOOP("RecordFields", "Currency")),
        F::text<&OpportunityDraft::stageId>(QStringLiteral("stage"), QT_TRANSLATE_NOOP("RecordFields", "Stage")),
        probability(),
        F::text<&OpportunityDraft::expectedCloseOn>(QStringLiteral("expected_close_on"),
                                                    QT_TRANSLATE_NOOP("RecordFields", "Expected close")),
        F::text<&OpportunityDraft::source>(QStringLiteral("source"), QT_TRANSLATE_NOOP("RecordFields", "Source")),
        F::text<&OpportunityDraft::competitors>(QStringLiteral("competitors"),
                                                QT_TRANSLATE_NOOP("RecordFields", "Competitors")),
        F::text<&OpportunityDraft::nextStep>(QStringLiteral("next_step"),
                                             QT_TRANSLATE_NOOP("RecordFields", "Next step")),
        F::text<&OpportunityDraft::outcomeReason>(QStringLiteral("outcome_reason"),
                                                  QT_TRANSLATE_NOOP("RecordFields", "Why won or lost")),
        F::text<&OpportunityDraft::notes>(QStringLiteral("notes"), QT_TRANSLATE_NOOP("RecordFields", "Notes")),
        F::text<&OpportunityDraft::ownerId>(QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("RecordFields", "Owner")),
        decisionMakers(),
    });
    return fields;
}

} // namespace guanxi
