// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"
#include "ui/common/AppContext.h"

#include <QUndoCommand>

#include <functional>

namespace guanxi {

// Moving a customer to the recycle bin, undoable: undo restores it through the same service.
// The row version is carried from step to step, so an undo after someone else edited the
// customer is refused as a conflict instead of overwriting their change.
class DeleteCustomerCommand : public QUndoCommand {
public:
    using ErrorReporter = std::function<void(const QString &message)>;
    DeleteCustomerCommand(const AppContext &ctx, const QString &id, const QString &name, qint64 version,
                          ErrorReporter onError);

    // A delete that fails on the first redo() marks itself obsolete, so QUndoStack::push drops it.
    void redo() override;
    void undo() override;

private:
    void report(const Error &error);

    AppContext m_ctx;
    QString m_id;
    qint64 m_version;
    bool m_done = false;
    ErrorReporter m_onError;
};

} // namespace guanxi
