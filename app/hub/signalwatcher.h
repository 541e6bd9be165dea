#pragma once

#include <QObject>

class QSocketNotifier;

namespace ShopDesk::Hub {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop (signalfd + QSocketNotifier),
// so that the hub shuts down in ordinary code instead of inside a signal handler. Construct it
// before any thread starts: it blocks both signals for the process.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_fd >= 0; }

signals:
    void terminationRequested(int signal);

private:
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ShopDesk::Hub
