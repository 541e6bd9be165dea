#pragma once

#include <QDateTime>

namespace ShopDesk {

// Where the application and its stores read the time: the wall clock in the programs, a
// clock a test sets in tests (so that no test sleeps for time to pass). All times are UTC.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The system's wall clock.
    static const Clock &system();
};

// A clock that stands still until it is set or advanced: for tests, and for tools that
// replay a day.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_now(start.toUTC())
    {}

    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace ShopDesk
