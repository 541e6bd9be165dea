#pragma once

#include "hubserver.h"
#include "shopservices.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <limits>
#include <memory>

namespace ShopDesk {
class SqliteStore;
}

namespace ShopDesk::Hub {

// The terminal the hub runs itself for the REST API (named WEB unless told otherwise): a
// terminal's database and application services like any other, whose events reach the hub's
// log through HubServer::appendLocal instead of a WebSocket, and which applies the other
// terminals' events from the log. Every write of the REST API is one of its commands: it
// catches up first (so stock checks see every terminal's sales), runs the command as the
// caller's role, and hands its events to the log before the answer goes out.
// Runs on the thread of the HubServer it is given.
class WebTerminal : public QObject
{
    Q_OBJECT

public:
    ~WebTerminal() override;

    // Opens (and on first use creates) the terminal's SQLite database at path, named
    // terminal, completes reactions a stop left pending, catches up with the log and sends
    // what it has not sent. InvalidInput for a database made for another terminal.
    // At most blockingPages pages of 2000 events are applied before open() returns; the rest
    // in the background (isCatchingUp()).
    static Result<std::unique_ptr<WebTerminal>> open(const QString &path, const QString &terminal,
                                                     HubServer &server, HubStore &log,
                                                     int blockingPages = 10);

    // Where a hub keeps its web terminal by default: beside a SQLite hub database (hub.db:
    // hub-WEB.db), else in the app's data folder.
    static QString defaultPath(const QString &hubSpec, const QString &terminal);

    QString terminal() const;
    ShopServices &services() { return *m_services; }

    // Applies the log's events of other terminals it has not applied yet, at most maxPages
    // pages of 2000 (behind() says how many are left).
    Status catchUp(int maxPages = std::numeric_limits<int>::max());
    // Events of the log it had not applied at the last catch-up.
    qint64 behind() const { return m_behind; }
    // Whether it is still catching up in the background after open(): writes wait for it.
    bool isCatchingUp() const { return m_catchingUp; }
    // Appends this terminal's unsent events to the log and records their sequences.
    Status flush();

    // Runs command as the given user: catches up, runs it, flushes. When catching up fails
    // nothing runs and that error is returned. When the command succeeds but its events could
    // not reach the log, the command's result is returned all the same (it is committed in
    // this terminal's database; the events stay in its outbox and go with the next flush) and
    // flushError() says why they are not in the log yet.
    template<typename T>
    Result<T> act(const ActingUser &user, const std::function<Result<T>()> &command)
    {
        m_flushError.reset();
        if (m_catchingUp) {
            return Error::storage(
                QStringLiteral("terminal %1 is catching up with the hub's log (%2 events to go); "
                               "it takes writes once it has")
                    .arg(terminal())
                    .arg(m_behind),
                {{QStringLiteral("retryAfter"), 5}});
        }
        SD_CHECK(catchUp());
        m_services->work.setActingUser(user);
        Result<T> result = command();
        m_services->work.clearActingUser();
        if (Status sent = flush(); !sent.ok())
            m_flushError = sent.error();
        return result;
    }
    // Why the last act() could not hand its events to the log; nullopt when it could.
    const std::optional<Error> &flushError() const { return m_flushError; }

signals:
    // The background catch-up after open() is done.
    void caughtUp();

private:
    void catchUpStep();

    WebTerminal(std::unique_ptr<SqliteStore> store, HubServer &server, HubStore &log);

    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<ShopServices> m_services;
    HubServer &m_server;
    HubStore &m_log;
    bool m_catchUpQueued = false;
    bool m_catchingUp = false;
    qint64 m_behind = 0;
    QElapsedTimer m_started;
    QElapsedTimer m_progress;
    std::optional<Error> m_flushError;
};

} // namespace ShopDesk::Hub
