// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/JobScheduler.h"

#include <QTimer>

namespace guanxi {

JobScheduler::JobScheduler(QObject *parent)
    : QObject(parent)
{
}

JobScheduler::~JobScheduler()
{
    stop();
}

void JobScheduler::add(const QString &name, std::chrono::milliseconds every, AtStart atStart,
                       std::function<void()> work)
{
    m_jobs.push_back({name, every, atStart, std::move(work), nullptr});
    if (m_running)
        startJob(m_jobs.back());
}

void JobScheduler::start()
{
    if (m_running)
        return;
    m_running = true;
    for (Job &job : m_jobs)
        startJob(job);
}

void JobScheduler::startJob(Job &job)
{
    job.timer = new QTimer(this);
    job.timer->setInterval(job.every);
    // A timer finds its job by name: adding jobs moves them in memory.
    const QString name = job.name;
    connect(job.timer, &QTimer::timeout, this, [this, name] { runNow(name); });
    job.timer->start();
    // At start, after the caller's own work: the window is shown before the first sweep runs.
    if (job.atStart == AtStart::Run)
        QTimer::singleShot(0, this, [this, name] {
            if (m_running)
                runNow(name);
        });
}

void JobScheduler::stop()
{
    m_running = false;
    for (Job &job : m_jobs) {
        delete job.timer;
        job.timer = nullptr;
    }
}

QStringList JobScheduler::jobNames() const
{
    QStringList names;
    for (const Job &job : m_jobs)
        names << job.name;
    return names;
}

bool JobScheduler::runNow(const QString &name)
{
    for (Job &job : m_jobs)
        if (job.name == name) {
            run(job);
            return true;
        }
    return false;
}

void JobScheduler::run(Job &job)
{
    // Copies: the work may add a job, which moves the others.
    const QString name = job.name;
    const std::function<void()> work = job.work;
    work();
    emit ran(name);
}

} // namespace guanxi
