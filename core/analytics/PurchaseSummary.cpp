// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/PurchaseSummary.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace guanxi {

std::vector<PurchaseSummary> summarizePurchases(const std::vector<Purchase> &purchases, const QDate &calibrationEnd,
                                                int minorDigits)
{
    const double scale = std::pow(10.0, minorDigits);
    // Each customer's purchase days with their totals.
    QHash<QString, int> index;
    std::vector<std::vector<std::pair<QDate, qint64>>> days;
    std::vector<QString> ids;
    for (const Purchase &p : purchases) {
        if (!p.day.isValid() || p.day > calibrationEnd || p.amountMinor < 0)
            continue;
        auto it = index.find(p.customerId);
        if (it == index.end()) {
            it = index.insert(p.customerId, int(ids.size()));
            ids.push_back(p.customerId);
            days.emplace_back();
        }
        days[size_t(*it)].emplace_back(p.day, p.amountMinor);
    }
    std::vector<PurchaseSummary> out;
    out.reserve(ids.size());
    for (size_t c = 0; c < ids.size(); ++c) {
        auto &d = days[c];
        std::sort(d.begin(), d.end());
        // One purchase per day: same-day amounts added.
        std::vector<std::pair<QDate, qint64>> perDay;
        for (const auto &[day, amount] : d) {
            if (!perDay.empty() && perDay.back().first == day)
                perDay.back().second += amount;
            else
                perDay.emplace_back(day, amount);
        }
        PurchaseSummary s;
        s.customerId = ids[c];
        s.firstDay = perDay.front().first;
        s.lastDay = perDay.back().first;
        s.frequency = int(perDay.size()) - 1;
        s.recency = double(s.firstDay.daysTo(s.lastDay)) / 7.0;
        s.age = double(s.firstDay.daysTo(calibrationEnd)) / 7.0;
        s.firstValue = double(perDay.front().second) / scale;
        if (s.frequency > 0) {
            qint64 repeat = 0;
            for (size_t i = 1; i < perDay.size(); ++i)
                repeat += perDay[i].second;
            s.monetary = double(repeat) / scale / double(s.frequency);
        }
        out.push_back(s);
    }
    return out;
}

} // namespace guanxi
