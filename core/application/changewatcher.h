#pragma once

#include <QObject>

class QTimer;

namespace ShopDesk {

class EventBus;
class EventLog;

// Notices what other processes (shopdesk-cli, a second window, a sync thread) committed to
// this shop's database and announces it on the bus as a reset, so every list and the status
// bar read again. It polls the store's data version, which changes only for commits by other
// connections: a poll costs one PRAGMA, and this process's own commands are not reloaded twice.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    // Within two seconds, as the desktop issue asks, with room for a busy moment.
    static constexpr int DefaultIntervalMs = 700;

    ChangeWatcher(EventLog &store, EventBus &bus, QObject *parent = nullptr);

    void setInterval(int ms);
    void start();
    void stop();
    // Polls now; true when another connection had committed since the last poll.
    bool check();

signals:
    // Another connection committed; emitted before the bus's reset.
    void externalChangeSeen();

private:
    EventLog &m_store;
    EventBus &m_bus;
    QTimer *m_timer = nullptr;
    qint64 m_lastVersion = -1;
};

} // namespace ShopDesk
