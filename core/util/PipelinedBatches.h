// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QtGlobal>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace guanxi {

// Runs `prepare(i)` for the items ahead on a second thread while `consume(i, plan)` handles the
// items already prepared on the calling thread, one by one and in order. For bulk work whose pure
// part (parsing, validating, working out index text) costs about as much as its database writes,
// which must stay on the thread that owns the connection. `prepare` must not touch anything
// `consume` changes. Stops at the first error `consume` returns.
//
// One thread prepares every batch, so its thread-local caches (pinyin readings, collators) are
// built once; it keeps at most two batches ready, so memory stays bounded.
template <typename Plan, typename Prepare, typename Consume>
Status runPipelinedBatches(qsizetype count, qsizetype batchSize, Prepare prepare, Consume consume)
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::vector<Plan>> ready;
    std::vector<std::vector<Plan>> spent; // consumed batches, freed by the thread that made them
    bool stop = false;

    std::thread worker([&] {
        // The first batch is small, so the writes start at once.
        qsizetype size = std::min(count, std::max<qsizetype>(1, batchSize / 8));
        for (qsizetype from = 0; from < count; from += size, size = std::min(batchSize, count - from)) {
            std::vector<std::vector<Plan>> toFree;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || ready.size() < 2; });
                if (stop)
                    return;
                toFree.swap(spent);
            }
            toFree.clear(); // (freeing memory another thread allocated costs a lock on its heap)
            std::vector<Plan> plans;
            plans.reserve(static_cast<size_t>(size));
            for (qsizetype i = from; i < from + size; ++i)
                plans.push_back(prepare(i));
            std::lock_guard lock(mutex);
            ready.push_back(std::move(plans));
            changed.notify_all();
        }
    });
    const auto finish = [&](Status s) {
        {
            std::lock_guard lock(mutex);
            stop = true;
            changed.notify_all();
        }
        worker.join();
        return s;
    };

    for (qsizetype i = 0; i < count;) {
        std::vector<Plan> plans;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !ready.empty(); });
            plans = std::move(ready.front());
            ready.pop_front();
            changed.notify_all();
        }
        for (Plan &plan : plans) {
            if (Status s = consume(i++, plan); !s)
                return finish(s);
        }
        std::lock_guard lock(mutex);
        spent.push_back(std::move(plans));
    }
    return finish({});
}

} // namespace guanxi
