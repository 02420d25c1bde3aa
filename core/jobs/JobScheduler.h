// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>
#include <vector>

class QTimer;

namespace guanxi {

// The one place the work that runs by itself is scheduled: the public pool's sweep, the reminders
// due, the day's snapshot. Each job has a name, how often it runs and whether it also runs as soon
// as the scheduler starts (what was missed while the program was closed). Jobs run on the thread
// that owns the scheduler, one at a time; a job that needs long work starts it elsewhere itself.
// The GUI starts the scheduler once its window is up and stops it before the database closes.
class JobScheduler : public QObject {
    Q_OBJECT
public:
    explicit JobScheduler(QObject *parent = nullptr);
    ~JobScheduler() override;

    enum class AtStart {
        Run,
        Wait
    };
    // Adds a job; added after start(), it starts at once.
    void add(const QString &name, std::chrono::milliseconds every, AtStart atStart, std::function<void()> work);
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    QStringList jobNames() const;
    // Runs the job now, outside its rhythm (after a change that may have made work for it); false
    // when there is no such job.
    bool runNow(const QString &name);

signals:
    // Every time a job has run, with its name.
    void ran(const QString &name);

private:
    struct Job {
        QString name;
        std::chrono::milliseconds every;
        AtStart atStart;
        std::function<void()> work;
        QTimer *timer = nullptr;
    };
    void startJob(Job &job);
    void run(Job &job);

    std::vector<Job> m_jobs;
    bool m_running = false;
};

} // namespace guanxi
