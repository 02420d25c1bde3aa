// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace guanxi {

class FormProblem;

// The funnel's stages for a manager: rename them, set their default probabilities, add, remove and
// reorder open stages. Won and lost stay last; the rules are PipelineStages'.
class StagesDialog : public QDialog {
    Q_OBJECT
public:
    explicit StagesDialog(const AppContext &ctx, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    void addRow(const QString &id, const QString &name, int probability, int outcome, qint64 version);
    void addStage();
    void removeStage();
    void moveStage(int by);

    AppContext m_ctx;
    QTableWidget *m_table;
    FormProblem *m_problem;
};

} // namespace guanxi
