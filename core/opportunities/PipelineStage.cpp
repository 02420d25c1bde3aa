// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/opportunities/PipelineStage.h"

namespace guanxi {

QString PipelineStage::builtInName(const QString &id)
{
    if (id == QLatin1String("initial"))
        return tr("Initial contact");
    if (id == QLatin1String("needs"))
        return tr("Needs confirmation");
    if (id == QLatin1String("proposal"))
        return tr("Proposal and quote");
    if (id == QLatin1String("negotiation"))
        return tr("Negotiation and review");
    if (id == QLatin1String("won"))
        return tr("Won");
    if (id == QLatin1String("lost"))
        return tr("Lost");
    return id;
}

QString PipelineStage::displayName() const
{
    return name.isEmpty() ? builtInName(id) : name;
}

QString stageOutcomeCode(StageOutcome outcome)
{
    switch (outcome) {
    case StageOutcome::Won:
        return QStringLiteral("won");
    case StageOutcome::Lost:
        return QStringLiteral("lost");
    case StageOutcome::Open:
        break;
    }
    return QStringLiteral("open");
}

StageOutcome stageOutcomeFromCode(const QString &code)
{
    if (code == QLatin1String("won"))
        return StageOutcome::Won;
    if (code == QLatin1String("lost"))
        return StageOutcome::Lost;
    return StageOutcome::Open;
}

const PipelineStage *Pipeline::find(const QString &id) const
{
    for (const PipelineStage &s : m_stages)
        if (s.id == id)
            return &s;
    return nullptr;
}

QString Pipeline::firstOpenStageId() const
{
    for (const PipelineStage &s : m_stages)
        if (s.isOpen())
            return s.id;
    return {};
}

QString Pipeline::wonStageId() const
{
    for (const PipelineStage &s : m_stages)
        if (s.outcome == StageOutcome::Won)
            return s.id;
    return {};
}

QString Pipeline::lostStageId() const
{
    for (const PipelineStage &s : m_stages)
        if (s.outcome == StageOutcome::Lost)
            return s.id;
    return {};
}

QList<PipelineStage> Pipeline::openStages() const
{
    QList<PipelineStage> out;
    for (const PipelineStage &s : m_stages)
        if (s.isOpen())
            out.append(s);
    return out;
}

} // namespace guanxi
