// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/FieldMerge.h"

#include <QDialog>

#include <functional>

class QTableWidget;

namespace guanxi {

// A colleague saved the same record first and changed some of the same fields: for each such
// field, mine / theirs / original side by side, and the user picks which to keep (mine by
// default). Fields that only one side changed were merged already and are listed above.
class FieldConflictDialog : public QDialog {
    Q_OBJECT
public:
    using Label = std::function<QString(const QString &field)>;
    using Display = std::function<QString(const QString &field, const QVariant &value)>;

    FieldConflictDialog(const QString &colleague, const FieldMergeResult &merge, Label label, Display display,
                        QWidget *parent = nullptr);

    // The merged values with the user's choices applied.
    QVariantMap resolved() const;
    // The conflicting fields where the user kept their own value.
    QStringList keptMine() const;
    // For tests: take mine (true) or theirs (false) in row `row`.
    void choose(int row, bool mine);

private:
    FieldMergeResult m_merge;
    QTableWidget *m_table = nullptr;
};

} // namespace guanxi
