// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeline/Interaction.h"

#include "core/util/CodeTable.h"

namespace guanxi {

namespace {

constexpr CodeTable<InteractionKind, 9> kKinds{
    {{
        {InteractionKind::Call, "call", QT_TRANSLATE_NOOP("Timeline", "Call"), "电话"},
        {InteractionKind::Visit, "visit", QT_TRANSLATE_NOOP("Timeline", "Visit"), "拜访"},
        {InteractionKind::Meeting, "meeting", QT_TRANSLATE_NOOP("Timeline", "Meeting"), "会议"},
        {InteractionKind::Email, "email", QT_TRANSLATE_NOOP("Timeline", "E-mail"), "邮件"},
        {InteractionKind::WeChat, "wechat", QT_TRANSLATE_NOOP("Timeline", "WeChat message"), "微信"},
        {InteractionKind::QQ, "qq", QT_TRANSLATE_NOOP("Timeline", "QQ message")},
        {InteractionKind::Complaint, "complaint", QT_TRANSLATE_NOOP("Timeline", "Complaint"), "投诉"},
        {InteractionKind::Note, "note", QT_TRANSLATE_NOOP("Timeline", "Note"), "备注"},
        {InteractionKind::System, "system", QT_TRANSLATE_NOOP("Timeline", "Record change")},
    }},
    "Timeline"};

constexpr CodeTable<CommitmentState, 3> kStates{
    {{
        {CommitmentState::Open, "open", QT_TRANSLATE_NOOP("Timeline", "Open"), "未完成"},
        {CommitmentState::Kept, "kept", QT_TRANSLATE_NOOP("Timeline", "Kept"), "已兑现"},
        {CommitmentState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Timeline", "Cancelled"), "已取消"},
    }},
    "Timeline"};

} // namespace

CodeTableRef<InteractionKind> codesOf(InteractionKind)
{
    return kKinds;
}
CodeTableRef<CommitmentState> codesOf(CommitmentState)
{
    return kStates;
}

QList<InteractionKind> userInteractionKinds()
{
    QList<InteractionKind> out = kKinds.values();
    out.removeAll(InteractionKind::System);
    return out;
}

} // namespace guanxi
