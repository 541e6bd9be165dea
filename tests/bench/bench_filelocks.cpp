// bench_filelocks: what SqliteFileLocks costs. The same write transactions (BEGIN IMMEDIATE,
// one INSERT, COMMIT; synchronous=OFF, so that locking is not hidden behind fsync) and the same
// reads (BEGIN, one SELECT, COMMIT) run first with SQLite's own POSIX locks, then, in the same
// process on a fresh file, with the shim installed. Each transaction takes and releases the
// database's and the WAL index's locks several times; the shim adds a mutex and a map look-up
// to each of those calls. A benchmark: prints figures, exits 0 whatever they are.

#include "sqlitefilelocks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

using namespace ShopDesk;

namespace {

void must(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "bench_filelocks: %s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

struct Rates
{
    double writes = 0;
    double reads = 0;
};

Rates run(const QString &path, int count)
{
    sqlite3 *db = nullptr;
    must(sqlite3_open(path.toUtf8().constData(), &db), db, "open");
    must(sqlite3_exec(db,
                      "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;"
                      "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)",
                      nullptr, nullptr, nullptr),
         db, "set up");
    sqlite3_stmt *insert = nullptr;
    must(sqlite3_prepare_v2(db, "INSERT INTO t (v) VALUES ('x')", -1, &insert, nullptr), db,
         "prepare");
    sqlite3_stmt *select = nullptr;
    must(sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE id = 1", -1, &select, nullptr), db,
         "prepare");
    Rates rates;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        must(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
        must(sqlite3_step(insert), db, "insert");
        sqlite3_reset(insert);
        must(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    }
    rates.writes = count * 1000.0 / std::max<qint64>(1, clock.elapsed());
    clock.restart();
    for (int i = 0; i < count; ++i) {
        must(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
        must(sqlite3_step(select), db, "select");
        sqlite3_reset(select);
        must(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    }
    rates.reads = count * 1000.0 / std::max<qint64>(1, clock.elapsed());
    sqlite3_finalize(insert);
    sqlite3_finalize(select);
    sqlite3_close(db);
    return rates;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    int count = 20000;
    if (args.size() == 3 && args.at(1) == QLatin1StringView("--transactions"))
        count = args.at(2).toInt();
    if (count < 1 || args.size() == 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: bench_filelocks [--transactions N]\n");
        return 2;
    }
    QTemporaryDir dir;
    // A first round of each warms the caches; the second is measured.
    run(dir.filePath(QStringLiteral("warm.db")), count / 10);
    const Rates posix = run(dir.filePath(QStringLiteral("posix.db")), count);
    QString why;
    if (!SqliteFileLocks::install(&why)) {
        std::fprintf(stderr, "bench_filelocks: %s\n", qPrintable(why));
        return 1;
    }
    run(dir.filePath(QStringLiteral("warm2.db")), count / 10);
    const Rates shim = run(dir.filePath(QStringLiteral("shim.db")), count);
    std::printf("%d transactions each, synchronous=OFF\n", count);
    std::printf("writes: POSIX locks %.0f/s, open-file-description locks %.0f/s, ratio %.3f\n",
                posix.writes, shim.writes, shim.writes / posix.writes);
    std::printf("reads:  POSIX locks %.0f/s, open-file-description locks %.0f/s, ratio %.3f\n",
                posix.reads, shim.reads, shim.reads / posix.reads);
    return 0;
}
