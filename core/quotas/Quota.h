// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace guanxi {

// A month ("2026-11") or a quarter ("2026-Q4"), the two periods a quota (定额) is set for.
class QuotaPeriod {
public:
    static QuotaPeriod parse(const QString &text); // invalid when it is neither
    static QuotaPeriod monthOf(const QDate &day);
    static QuotaPeriod quarterOf(const QDate &day);

    bool isValid() const { return m_first.isValid(); }
    bool isQuarter() const { return m_quarter; }
    QString key() const; // as stored
    QDate first() const { return m_first; }
    QDate last() const;

private:
    QDate m_first;
    bool m_quarter = false;
};

struct Quota {
    QString id;
    QString userId;
    QString period; // QuotaPeriod::key()
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("CNY");
    qint64 rowVersion = 0;
};

// One salesperson's quota against what they won in the period.
struct QuotaAttainment {
    QString userId;
    QString userName;
    qint64 quotaMinor = 0; // 0: no quota set
    qint64 wonMinor = 0;
    // In percent, one decimal; 0 without a quota.
    double percent() const
    {
        return quotaMinor <= 0 ? 0.0 : qRound(1000.0 * double(wonMinor) / double(quotaMinor)) / 10.0;
    }
};

} // namespace guanxi
