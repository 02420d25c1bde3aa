// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace guanxi {

// The time source of every service, so tests can fix or move time instead of sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const;

    static const Clock &system();
};

// A clock that stands still until told to move; for tests and deterministic seeding.
class FixedClock final : public Clock {
public:
    explicit FixedClock(qint64 ms)
        : m_ms(ms)
    {
    }
    qint64 nowMs() const override { return m_ms; }
    void set(qint64 ms) { m_ms = ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

} // namespace guanxi
