#include "changewatcher.h"

#include "eventbus.h"
#include "eventlog.h"

#include <QTimer>

namespace ShopDesk {

ChangeWatcher::ChangeWatcher(EventLog &store, EventBus &bus, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_bus(bus)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(DefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
}

void ChangeWatcher::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void ChangeWatcher::start()
{
    // The version now is the baseline: what was committed before start is already shown.
    if (auto version = m_store.dataVersion())
        m_lastVersion = version.value();
    m_timer->start();
}

void ChangeWatcher::stop()
{
    m_timer->stop();
}

bool ChangeWatcher::check()
{
    const Result<qint64> version = m_store.dataVersion();
    // A failed poll (the file busy for a moment) is tried again at the next tick.
    if (!version || version.value() == m_lastVersion)
        return false;
    const bool first = m_lastVersion < 0;
    m_lastVersion = version.value();
    if (first)
        return false;
    emit externalChangeSeen();
    m_bus.publishReset();
    return true;
}

} // namespace ShopDesk
