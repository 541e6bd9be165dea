#pragma once

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <pwd.h>
#include <unistd.h>

namespace ShopDesk::Testing {

// A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, a server on
// 127.0.0.1 and a free port (unix socket in the same folder), trust authentication, fsync off;
// stopped and deleted by the destructor. As root, initdb and pg_ctl run as the postgres user
// (PostgreSQL refuses to run as root), through runuser.
//
//   PgCluster pg;
//   QVERIFY2(pg.start(), qPrintable(pg.error()));
//   QVERIFY2(pg.createDatabase("hub"), qPrintable(pg.error()));
//   open(pg.url("hub"));   // postgres://postgres@127.0.0.1:PORT/hub
class PgCluster
{
public:
    PgCluster() = default;
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;
    ~PgCluster() { stop(); }

    // The binaries of the newest installed PostgreSQL (Debian puts them outside PATH).
    static QString binDir()
    {
        const QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &v : versions) {
            const QString bin = root.filePath(v + QStringLiteral("/bin"));
            if (QFileInfo::exists(bin + QStringLiteral("/pg_ctl")))
                return bin;
        }
        const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
    }

    bool start()
    {
        m_bin = binDir();
        if (m_bin.isEmpty()) {
            m_error = QStringLiteral("PostgreSQL is not installed (scripts/deps.sh installs it)");
            return false;
        }
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return false;
        }
        if (geteuid() == 0) {
            const passwd *pw = getpwnam("postgres");
            if (!pw) {
                m_error = QStringLiteral("running as root, but there is no postgres user");
                return false;
            }
            if (chown(qPrintable(m_dir.path()), pw->pw_uid, pw->pw_gid) != 0) {
                m_error = QStringLiteral("cannot give %1 to postgres").arg(m_dir.path());
                return false;
            }
            m_asPostgres = true;
        }
        m_port = freePort();
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--no-sync")}))
            return false;
        return startServer();
    }

    // Stops the server (fast shutdown: every session is cut off, committed work is kept; an
    // immediate stop could lose the last commits, since commits here do not wait for the WAL)
    // and starts it again on the same port and data: what a hub sees when its database server
    // restarts.
    bool restart()
    {
        if (m_running) {
            m_running = false;
            if (!run(QStringLiteral("pg_ctl"),
                     {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                      QStringLiteral("-w"), QStringLiteral("stop")}))
                return false;
        }
        return startServer();
    }

    bool createDatabase(const QString &name)
    {
        return run(QStringLiteral("createdb"),
                   {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"),
                    name});
    }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")});
    }

    quint16 port() const { return m_port; }
    QString url(const QString &database) const
    {
        return QStringLiteral("postgres://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }
    QString error() const { return m_error; }

private:
    bool startServer()
    {
        const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 "
                                               "-c fsync=off -c synchronous_commit=off")
                                    .arg(m_port)
                                    .arg(m_dir.path());
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-o"), options,
                  QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                  QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"),
                  QStringLiteral("start")}))
            return false;
        m_running = true;
        return true;
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    bool run(const QString &tool, const QStringList &arguments)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path());
        const QString program = m_bin + QLatin1Char('/') + tool;
        if (m_asPostgres) {
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                QStringLiteral("--"), program} +
                        arguments);
        } else {
            p.start(program, arguments);
        }
        if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            m_error =
                QStringLiteral("%1 failed: %2").arg(tool, QString::fromLocal8Bit(p.readAll()));
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    quint16 m_port = 0;
    bool m_asPostgres = false;
    bool m_running = false;
    QString m_error;
};

} // namespace ShopDesk::Testing
