#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace ShopDesk {

// Checkpoints a WAL database from a thread and connection of its own. Without it, SQLite
// copies the WAL back into the database inside every commit that finds the WAL long enough
// (about one in forty orders here), and that commit takes several times as long. Attached
// to a writer connection, it takes over that work: the commit only wakes it.
class WalCheckpointer
{
public:
    // thresholdFrames: how long the WAL may grow before a checkpoint is started.
    explicit WalCheckpointer(const QString &path, int thresholdFrames = 1000);
    ~WalCheckpointer();

    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Replaces the connection's automatic checkpoints with this thread's. The connection
    // must stay open no longer than this object lives.
    void attach(sqlite3 *writer);
    void detach(sqlite3 *writer);

    // How many checkpoints ran so far (for tests and benchmarks).
    int checkpoints() const;

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int frames);
    void run();

    const QByteArray m_path;
    const int m_threshold;
    int m_framesAtWake = 0; // used by the writer's thread only
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    bool m_stop = false;
    int m_checkpoints = 0;
    std::thread m_thread;
};

} // namespace ShopDesk
