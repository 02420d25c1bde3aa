// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QVariant>
#include <QWidget>

#include <functional>

class QPushButton;
class QTableWidget;

namespace guanxi {

class Database;

// 历史: who changed which field of a record, from what to what, and when (from the audit log),
// newest first; a value can be put back from here (the owner of the view saves it, through the
// service, so versions hold). The customer card shows it as a tab, other records in a dialog.
class RecordHistoryView : public QWidget {
    Q_OBJECT
public:
    struct Fields {
        std::function<QString(const QString &column)> label;
        std::function<QString(const QString &column, const QVariant &stored)> display;
        std::function<bool(const QString &column)> canRestore;
        std::function<bool(const QString &column)> shows; // null: every column; bookkeeping columns left out
    };

    // The fields of a kind of record listed with RecordFields.
    template <typename RecordFieldsT> static Fields of(const RecordFieldsT &f)
    {
        return {[&f](const QString &c) { return f.label(c); },
                [](const QString &, const QVariant &v) { return v.toString(); },
                [&f](const QString &c) { return f.canRestore(c); },
                [&f](const QString &c) { return f.field(c) != nullptr; }};
    }

    RecordHistoryView(Database &db, Fields fields, QWidget *parent = nullptr);
    void setRecord(const QString &id, bool canEdit);
    void reload();
    int rowCount() const;
    void selectRow(int row);

signals:
    // The user wants `field` to have `value` again.
    void putBackRequested(const QString &field, const QVariant &value);

private:
    Database &m_db;
    Fields m_fields;
    QString m_id;
    bool m_canEdit = false;
    QTableWidget *m_table = nullptr;
    QPushButton *m_putBack = nullptr;
};

// The history of one record in a dialog of its own (for the records whose dialog has no tabs).
class RecordHistoryDialog : public QDialog {
    Q_OBJECT
public:
    RecordHistoryDialog(Database &db, RecordHistoryView::Fields fields, const QString &id, bool canEdit,
                        QWidget *parent = nullptr);
    RecordHistoryView *view() const { return m_view; }

private:
    RecordHistoryView *m_view;
};

} // namespace guanxi
