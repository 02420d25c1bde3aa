// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/Interaction.h"

#include "util/CodeTable.h"

namespace guanxi {

namespace {

constexpr CodeTable<InteractionKind, 9> kKinds{{{
    {InteractionKind::Call, "call", QT_TRANSLATE_NOOP("Timeline", "Call")},
    {InteractionKind::Visit, "visit", QT_TRANSLATE_NOOP("Timeline", "Visit")},
    {InteractionKind::Meeting, "meeting", QT_TRANSLATE_NOOP("Timeline", "Meeting")},
    {InteractionKind::Email, "email", QT_TRANSLATE_NOOP("Timeline", "E-mail")},
    {InteractionKind::WeChat, "wechat", QT_TRANSLATE_NOOP("Timeline", "WeChat message")},
    {InteractionKind::QQ, "qq", QT_TRANSLATE_NOOP("Timeline", "QQ message")},
    {InteractionKind::Complaint, "complaint", QT_TRANSLATE_NOOP("Timeline", "Complaint")},
    {InteractionKind::Note, "note", QT_TRANSLATE_NOOP("Timeline", "Note")},
    {InteractionKind::System, "system", QT_TRANSLATE_NOOP("Timeline", "Record change")},
}}, "Timeline"};

constexpr CodeTable<CommitmentState, 3> kStates{{{
    {CommitmentState::Open, "open", QT_TRANSLATE_NOOP("Timeline", "Open")},
    {CommitmentState::Kept, "kept", QT_TRANSLATE_NOOP("Timeline", "Kept")},
    {CommitmentState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Timeline", "Cancelled")},
}}, "Timeline"};

} // namespace

QString codeOf(InteractionKind v) { return kKinds.code(v); }
QString displayName(InteractionKind v) { return kKinds.name(v); }
bool fromCode(const QString &code, InteractionKind *out) { return kKinds.parse(code, out); }
QString codeOf(CommitmentState v) { return kStates.code(v); }
QString displayName(CommitmentState v) { return kStates.name(v); }
bool fromCode(const QString &code, CommitmentState *out) { return kStates.parse(code, out); }

QList<InteractionKind> userInteractionKinds()
{
    QList<InteractionKind> out = kKinds.values();
    out.removeAll(InteractionKind::System);
    return out;
}

} // namespace guanxi
