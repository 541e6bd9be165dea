#pragma once

// Thermal printers for the tests, without a printer: one on 127.0.0.1's raw port (a TCP server
// on a thread of its own) and one behind a pseudo-terminal (standing in for /dev/usb/lp0 or a
// serial port). Each records every byte it receives and answers the real-time status requests
// (DLE EOT 1, 2, 4) as it is told: online, out of paper, cover open, or silent; it can also
// drop the line after some bytes, as a printer switched off in the middle of a job.
#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>

#include <atomic>
#include <future>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <unistd.h>

namespace ShopDesk::Testing {

struct FakePrinterBehaviour
{
    bool answers = true;       // answers status requests at all
    char printerStatus = 0x12; // DLE EOT 1: 0x1A is offline
    char offlineCause = 0x12;  // DLE EOT 2: 0x16 cover open, 0x32 paper end
    char paperStatus = 0x12;   // DLE EOT 4: 0x1E near end, 0x72 paper out
    qsizetype dropAfter = -1;  // closes the line once this many bytes came (-1: never)
    char statusAfterJob = 0;   // when set, the answer to DLE EOT 1 once a job's bytes came
    qsizetype jobBytes = 0;    // how many bytes count as "a job's bytes came"
};

// The protocol side alone: what came in, and what to answer.
class FakePrinterProtocol
{
public:
    explicit FakePrinterProtocol(FakePrinterBehaviour behaviour)
        : m_behaviour(behaviour)
    {}

    // Takes bytes in; returns the answers to send back.
    QByteArray feed(const QByteArray &bytes)
    {
        QByteArray answers;
        for (const char byte : bytes) {
            m_received.append(byte);
            const qsizetype size = m_received.size();
            if (size >= 3 && m_received.at(size - 3) == 0x10 && m_received.at(size - 2) == 0x04 &&
                m_behaviour.answers) {
                switch (byte) {
                case 1:
                    answers.append(m_behaviour.statusAfterJob && m_behaviour.jobBytes > 0 &&
                                           size > m_behaviour.jobBytes
                                       ? m_behaviour.statusAfterJob
                                       : m_behaviour.printerStatus);
                    break;
                case 2:
                    answers.append(m_behaviour.offlineCause);
                    break;
                case 4:
                    answers.append(m_behaviour.paperStatus);
                    break;
                default:
                    break;
                }
            }
        }
        return answers;
    }
    bool shouldDrop() const
    {
        return m_behaviour.dropAfter >= 0 && m_received.size() >= m_behaviour.dropAfter;
    }
    const QByteArray &received() const { return m_received; }

private:
    FakePrinterBehaviour m_behaviour;
    QByteArray m_received;
};

// A network printer on 127.0.0.1: serves one connection after another until destroyed.
class FakeTcpPrinter
{
public:
    explicit FakeTcpPrinter(FakePrinterBehaviour behaviour = {})
        : m_behaviour(behaviour)
    {
        std::promise<quint16> listening;
        auto port = listening.get_future();
        m_thread = std::thread([this, &listening] { serve(listening); });
        m_port = port.get();
    }
    ~FakeTcpPrinter()
    {
        m_stop = true;
        m_thread.join();
    }
    quint16 port() const { return m_port; }
    // Every byte of every connection ended so far.
    QByteArray received() const
    {
        std::lock_guard lock(m_mutex);
        return m_received;
    }
    int connections() const { return m_connections; }

private:
    void serve(std::promise<quint16> &listening)
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        listening.set_value(server.serverPort());
        for (int round = 0; !m_stop && round < 600; ++round) { // 30 s at most
            if (!server.waitForNewConnection(50))
                continue;
            QTcpSocket *socket = server.nextPendingConnection();
            ++m_connections;
            FakePrinterProtocol protocol(m_behaviour);
            for (int wait = 0; !m_stop && wait < 600; ++wait) {
                if (socket->state() != QAbstractSocket::ConnectedState)
                    break;
                if (!socket->waitForReadyRead(50) && socket->bytesAvailable() == 0)
                    continue;
                const QByteArray answers = protocol.feed(socket->readAll());
                if (protocol.shouldDrop()) {
                    socket->abort();
                    break;
                }
                if (!answers.isEmpty()) {
                    socket->write(answers);
                    socket->waitForBytesWritten(1000);
                }
            }
            {
                std::lock_guard lock(m_mutex);
                m_received += protocol.received();
            }
            delete socket;
        }
    }

    FakePrinterBehaviour m_behaviour;
    std::thread m_thread;
    quint16 m_port = 0;
    std::atomic<bool> m_stop = false;
    std::atomic<int> m_connections = 0;
    mutable std::mutex m_mutex;
    QByteArray m_received;
};

// A printer device behind a pseudo-terminal: the program under test opens path() (the
// terminal's side) as it would /dev/usb/lp0; this side reads and answers.
class FakeDevicePrinter
{
public:
    explicit FakeDevicePrinter(FakePrinterBehaviour behaviour = {})
        : m_protocol(behaviour)
    {
        char name[128] = {};
        if (::openpty(&m_master, &m_slave, name, nullptr, nullptr) != 0)
            qFatal("openpty failed");
        m_path = QString::fromLocal8Bit(name);
        ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
        m_thread = std::thread([this] { serve(); });
    }
    ~FakeDevicePrinter()
    {
        m_stop = true;
        m_thread.join();
        if (m_master >= 0)
            ::close(m_master);
        if (m_slave >= 0)
            ::close(m_slave);
    }
    QString path() const { return m_path; }
    QByteArray received() const
    {
        std::lock_guard lock(m_mutex);
        return m_protocol.received();
    }

private:
    void serve()
    {
        for (int round = 0; !m_stop && round < 600; ++round) { // 30 s at most
            pollfd wait{m_master, POLLIN, 0};
            if (::poll(&wait, 1, 50) <= 0)
                continue;
            char buffer[4096];
            const ssize_t got = ::read(m_master, buffer, sizeof buffer);
            if (got <= 0)
                continue;
            QByteArray answers;
            {
                std::lock_guard lock(m_mutex);
                answers = m_protocol.feed(QByteArray(buffer, got));
                if (m_protocol.shouldDrop()) {
                    // The printer is switched off: the line goes away under the program.
                    ::close(m_master);
                    m_master = -1;
                    return;
                }
            }
            if (!answers.isEmpty() &&
                ::write(m_master, answers.constData(), size_t(answers.size())) < 0)
                return;
        }
    }

    FakePrinterProtocol m_protocol;
    int m_master = -1;
    int m_slave = -1; // kept open, so the terminal stays there between the program's opens
    QString m_path;
    std::thread m_thread;
    std::atomic<bool> m_stop = false;
    mutable std::mutex m_mutex;
};

} // namespace ShopDesk::Testing
