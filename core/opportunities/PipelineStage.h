// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace guanxi {

enum class StageOutcome {
    Open,
    Won,
    Lost
};

// One stage of the sales funnel. The default set (初步接洽, 需求确认, 方案报价, 谈判审核, 赢单,
// 输单) has fixed ids; a user may rename stages, change their probabilities and add open ones.
struct PipelineStage {
    Q_DECLARE_TR_FUNCTIONS(PipelineStage)
public:
    QString id;
    QString name; // empty for a default stage keeping its built-in name
    int position = 0;
    int probabilityPct = 0;
    StageOutcome outcome = StageOutcome::Open;
    qint64 rowVersion = 0;

    // The user's name for the stage, or the translated built-in one.
    QString displayName() const;
    bool isOpen() const { return outcome == StageOutcome::Open; }
    static QString builtInName(const QString &id);
};

QString stageOutcomeCode(StageOutcome outcome); // as stored: "open", "won", "lost"
StageOutcome stageOutcomeFromCode(const QString &code);

// The stages in their order, with lookups the services and reports share.
class Pipeline {
public:
    Pipeline() = default;
    explicit Pipeline(QList<PipelineStage> stages)
        : m_stages(std::move(stages))
    {
    }

    const QList<PipelineStage> &stages() const { return m_stages; }
    const PipelineStage *find(const QString &id) const;
    QString firstOpenStageId() const;
    QString wonStageId() const;
    QString lostStageId() const;
    QList<PipelineStage> openStages() const;

private:
    QList<PipelineStage> m_stages;
};

} // namespace guanxi
