// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/SearchDoc.h"
#include "ui/common/AppContext.h"

#include <QObject>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace guanxi {

// The one search box (Ctrl+K): customers, contacts and leads as the user types, best first, in
// a drop-down under the box. Choosing a result (or Enter for the first) opens it.
class GlobalSearch : public QObject {
    Q_OBJECT
public:
    static constexpr int kShown = 20;

    GlobalSearch(const AppContext &ctx, QLineEdit *box, QObject *parent = nullptr);

    // The results now in the drop-down, for tests and accessibility: "kind\tname\tdetail".
    QStringList results() const;

signals:
    void customerChosen(const QString &customerId, SearchKind via);
    void leadChosen(const QString &leadId);

private:
    void update(const QString &text);
    void choose(int row);

    AppContext m_ctx;
    QLineEdit *m_box;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
};

} // namespace guanxi
