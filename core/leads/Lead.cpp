// SPDX-License-Identifier: GPL-3.0-or-later
#include "leads/Lead.h"

#include "util/CodeTable.h"

namespace guanxi {

namespace {

constexpr CodeTable<LeadStatus, 5> kStatuses{{{
    {LeadStatus::New, "new", QT_TRANSLATE_NOOP("Leads", "New")},
    {LeadStatus::Working, "working", QT_TRANSLATE_NOOP("Leads", "Following up")},
    {LeadStatus::Qualified, "qualified", QT_TRANSLATE_NOOP("Leads", "Qualified")},
    {LeadStatus::Disqualified, "disqualified", QT_TRANSLATE_NOOP("Leads", "Disqualified")},
    {LeadStatus::Converted, "converted", QT_TRANSLATE_NOOP("Leads", "Converted")},
}}, "Leads"};

} // namespace

QString codeOf(LeadStatus v) { return kStatuses.code(v); }
QString displayName(LeadStatus v) { return kStatuses.name(v); }
bool fromCode(const QString &code, LeadStatus *out) { return kStatuses.parse(code, out); }
QList<LeadStatus> allLeadStatuses() { return kStatuses.values(); }

} // namespace guanxi
