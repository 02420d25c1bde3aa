// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/BackgroundTask.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <atomic>

namespace guanxi::BackgroundTask {

Status run(QWidget *parent, const QString &title, const std::function<Status(const ProgressFn &)> &work)
{
    QProgressDialog dialog(title, QProgressDialog::tr("Cancel"), 0, 1000, parent);
    dialog.setObjectName(QStringLiteral("backgroundTaskProgress"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);

    std::atomic_bool cancelled{false};
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancelled] { cancelled = true; });
    QPointer<QProgressDialog> guard(&dialog);
    const ProgressFn progress = [&cancelled, guard](qint64 done, qint64 total) {
        const int value = total > 0 ? static_cast<int>(done * 1000 / total) : 0;
        QMetaObject::invokeMethod(
            guard,
            [guard, value] {
                if (guard)
                    guard->setValue(value);
            },
            Qt::QueuedConnection);
        return !cancelled.load();
    };

    Status result;
    QThread *thread = QThread::create([&] { result = work(progress); });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    return result;
}

} // namespace guanxi::BackgroundTask
