#include "walcheckpointer.h"

#include <QDebug>

#include <sqlite3.h>

namespace ShopDesk {

WalCheckpointer::WalCheckpointer(const QString &path, int thresholdFrames)
    : m_path(path.toUtf8())
    , m_threshold(thresholdFrames)
    , m_thread([this] { run(); })
{}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WalCheckpointer::attach(sqlite3 *writer)
{
    sqlite3_wal_hook(writer, &onCommit, this);
}

void WalCheckpointer::detach(sqlite3 *writer)
{
    // Back to SQLite's own automatic checkpoints.
    sqlite3_wal_autocheckpoint(writer, m_threshold);
}

int WalCheckpointer::checkpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *schema, int frames)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    // The WAL starts over only when a write begins after a complete checkpoint. Commits that
    // never pause (bulk work) can keep the thread one step behind for ever; then this commit
    // does what SQLite would have done on its own, so the WAL stays bounded.
    if (frames >= checkpointer->m_threshold * 4) {
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        return SQLITE_OK;
    }
    // Wake the thread once per threshold of new frames, not at every commit: a checkpoint
    // that copies a handful of pages costs more than it saves.
    if (frames < checkpointer->m_framesAtWake)
        checkpointer->m_framesAtWake = 0; // the WAL started over
    if (frames - checkpointer->m_framesAtWake >= checkpointer->m_threshold) {
        checkpointer->m_framesAtWake = frames;
        {
            std::lock_guard lock(checkpointer->m_mutex);
            checkpointer->m_pending = true;
        }
        checkpointer->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        qWarning().noquote() << "WAL checkpoints: cannot open" << QString::fromUtf8(m_path) << ":"
                             << QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        db = nullptr;
    } else {
        // A connection sees the WAL only once it has read the database.
        sqlite3_exec(db, "PRAGMA journal_mode", nullptr, nullptr, nullptr);
    }
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_pending || m_stop; });
        if (m_stop)
            break;
        m_pending = false;
        lock.unlock();
        // PASSIVE: copies what no reader still needs and never waits for, nor blocks, the
        // writer. What it cannot copy yet is copied at the next wake.
        if (db)
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        ++m_checkpoints;
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace ShopDesk
