// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/LeadFields.h"

namespace guanxi {

const RecordFields<LeadDraft> &leadFields()
{
    using F = RecordFields<LeadDraft>;
    static const RecordFields<LeadDraft> fields({
        F::text<&LeadDraft::personName>(QStringLiteral("person_name"), QT_TRANSLATE_NOOP("RecordFields", "Name")),
        F::text<&LeadDraft::company>(QStringLiteral("company"), QT_TRANSLATE_NOOP("RecordFields", "Company")),
        F::text<&LeadDraft::title>(QStringLiteral("title"), QT_TRANSLATE_NOOP("RecordFields", "Job title")),
        F::text<&LeadDraft::phone>(QStringLiteral("phone"), QT_TRANSLATE_NOOP("RecordFields", "Phone")),
        F::text<&LeadDraft::email>(QStringLiteral("email"), QT_TRANSLATE_NOOP("RecordFields", "E-mail")),
        F::text<&LeadDraft::region>(QStringLiteral("region"), QT_TRANSLATE_NOOP("RecordFields", "Region")),
        F::text<&LeadDraft::industry>(QStringLiteral("industry"), QT_TRANSLATE_NOOP("RecordFields", "Industry")),
        F::text<&LeadDraft::source>(QStringLiteral("source"), QT_TRANSLATE_NOOP("RecordFields", "Source")),
        F::text<&LeadDraft::notes>(QStringLiteral("notes"), QT_TRANSLATE_NOOP("RecordFields", "Notes")),
        F::text<&LeadDraft::ownerId>(QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("RecordFields", "Owner")),
    });
    return fields;
}

} // namespace guanxi
