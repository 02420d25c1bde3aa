// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/Lead.h"

#include "core/util/CodeTable.h"

namespace guanxi {

namespace {

constexpr CodeTable<LeadStatus, 5> kStatuses{
    {{
        {LeadStatus::New, "new", QT_TRANSLATE_NOOP("Leads", "New"), "新|新线索"},
        {LeadStatus::Working, "working", QT_TRANSLATE_NOOP("Leads", "Following up"), "跟进中"},
        {LeadStatus::Qualified, "qualified", QT_TRANSLATE_NOOP("Leads", "Qualified"), "合格|已确认"},
        {LeadStatus::Disqualified, "disqualified", QT_TRANSLATE_NOOP("Leads", "Disqualified"), "不合格|无效"},
        {LeadStatus::Converted, "converted", QT_TRANSLATE_NOOP("Leads", "Converted"), "已转化"},
    }},
    "Leads"};

} // namespace

CodeTableRef<LeadStatus> codesOf(LeadStatus)
{
    return kStatuses;
}

QList<LeadStatus> openLeadStatuses()
{
    return {LeadStatus::New, LeadStatus::Working, LeadStatus::Qualified};
}

} // namespace guanxi
