// Drives the real shopdesk-cli binary, the way scripts use it, against real SQLite files: the
// JSON contract of every command, exit statuses and error codes for bad input (with the database
// left exactly as it was), files that are not ShopDesk databases, read-only files, a second
// writer, verify on a tampered database, and reactions left pending by an interrupted command.

#include "processrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <array>
#include <memory>

#include <grp.h>
#include <pwd.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#ifndef SHOPDESK_CLI
#error "SHOPDESK_CLI must name the shopdesk-cli binary"
#endif

using namespace ShopDesk::Testing;

namespace {

// The exit status the child uses when it cannot drop root privileges before exec.
constexpr int CannotDropPrivileges = 125;

uid_t unprivilegedUid = 65534;
gid_t unprivilegedGid = 65534;

// Runs in the child between fork and exec, so only async-signal-safe calls.
void dropPrivileges()
{
    if (::setgroups(0, nullptr) != 0 || ::setgid(unprivilegedGid) != 0 ||
        ::setuid(unprivilegedUid) != 0)
        ::_exit(CannotDropPrivileges);
}

enum class As {
    Me,
    // When the test runs as root, the child drops to the user "nobody", so that file
    // permissions apply to it (see readOnlyFile()).
    Unprivileged,
};

// Runs the expression once (QVERIFY2 evaluates its message even when the check passes).
#define VERIFY_CLI_OK(expression)                                                                  \
    do {                                                                                           \
        const ProcessRun checked_ = (expression);                                                  \
        QVERIFY2(checked_.ok(), qPrintable(checked_.describe()));                                  \
    } while (false)

int exitStatusFor(const QString &code)
{
    if (code == QLatin1StringView("invalid_input") || code == QLatin1StringView("usage"))
        return 2;
    if (code == QLatin1StringView("not_found") || code == QLatin1StringView("insufficient_stock") ||
        code == QLatin1StringView("invalid_state"))
        return 3;
    if (code == QLatin1StringView("storage"))
        return 4;
    return -1;
}

// Empty when the run failed the way the contract says: the exit status of its code, the
// error document alone on stdout, and one clear error line on stderr.
QString errorMismatch(const ProcessRun &run, const QString &code)
{
    QString problems;
    if (!run.finished || run.exitCode != exitStatusFor(code))
        problems += QStringLiteral("exit status should be %1; ").arg(exitStatusFor(code));
    if (run.errorCode() != code)
        problems += QStringLiteral("error code should be %1; ").arg(code);
    const QJsonParseError parsed = [&] {
        QJsonParseError error;
        QJsonDocument::fromJson(run.out, &error);
        return error;
    }();
    if (parsed.error != QJsonParseError::NoError || run.out.trimmed().count('\n') != 0)
        problems += QStringLiteral("stdout should be one JSON document; ");
    if (run.errorMessage().trimmed().isEmpty())
        problems += QStringLiteral("the JSON error has no message; ");
    const QStringList lines = run.errLines();
    const QStringList errorLines = lines.filter(QStringLiteral("error:"));
    const QString expectedLine = QStringLiteral("shopdesk-cli: error: ") + run.errorMessage();
    if (errorLines != QStringList{expectedLine})
        problems += QStringLiteral("stderr should have exactly one line '%1'; ").arg(expectedLine);
    // A usage error may add the pointer to --help; anything else says one thing only (warnings,
    // such as the one about a read-only file, are lines of their own).
    const int allowedLines = code == QLatin1StringView("usage") ? 2 : 1;
    const qsizetype saying =
        lines.size() -
        lines.filter(QRegularExpression(QStringLiteral("^shopdesk-cli: warning: "))).size();
    if (saying > allowedLines)
        problems += QStringLiteral("stderr has %1 lines; ").arg(saying);
    if (problems.isEmpty())
        return {};
    return problems + QLatin1Char('\n') + run.describe();
}

QString missingKeys(const QJsonObject &object, const QStringList &keys)
{
    QStringList missing;
    for (const QString &key : keys) {
        if (!object.contains(key))
            missing << key;
    }
    if (missing.isEmpty())
        return {};
    return QStringLiteral("missing %1 in %2")
        .arg(missing.join(QStringLiteral(", ")),
             QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

// The run failed as the contract says for this error code (see errorMismatch()).
#define VERIFY_CLI_ERROR(run, code)                                                                \
    do {                                                                                           \
        const QString mismatch_ = errorMismatch((run), (code));                                    \
        QVERIFY2(mismatch_.isEmpty(), qPrintable(mismatch_));                                      \
    } while (false)

// The JSON object has (at least) these fields.
#define VERIFY_KEYS(object, ...)                                                                   \
    do {                                                                                           \
        const QString missing_ = missingKeys((object), __VA_ARGS__);                               \
        QVERIFY2(missing_.isEmpty(), qPrintable(missing_));                                        \
    } while (false)

QStringList sidecarFiles(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(path + QLatin1StringView(suffix)))
            found << path + QLatin1StringView(suffix);
    }
    return found;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<cannot read>");
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// A direct connection to a database file, bypassing ShopDesk: to read every row, to tamper
// with the file, or to leave it the way a crash would.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("tst_cli-raw-%1").arg(++s_connections))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            m_openError = db.lastError().text();
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    QString openError() const { return m_openError; }

    // Empty on success, else the error text.
    QString exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql))
            return sql + QStringLiteral(": ") + q.lastError().text();
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        if (!q.exec())
            return sql + QStringLiteral(": ") + q.lastError().text();
        m_lastInsertId = q.lastInsertId();
        return {};
    }

    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        if (!q.exec() || !q.next())
            return QStringLiteral("<%1>").arg(q.lastError().text());
        return q.value(0);
    }

    QVariant lastInsertId() const { return m_lastInsertId; }

    // Every row of every table, in a stable order, and the schema version: equal dumps mean
    // the database holds the same data.
    QString dump()
    {
        if (!m_openError.isEmpty())
            return QStringLiteral("cannot open: ") + m_openError;
        QStringList lines;
        lines << QStringLiteral("user_version %1")
                     .arg(value(QStringLiteral("PRAGMA user_version")).toString());
        QSqlQuery tables(QSqlDatabase::database(m_name, false));
        if (!tables.exec(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
            return QStringLiteral("cannot list tables: ") + tables.lastError().text();
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery rows(QSqlDatabase::database(m_name, false));
            if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
                lines << table + QStringLiteral(": ") + rows.lastError().text();
                continue;
            }
            QStringList tableRows;
            while (rows.next()) {
                QStringList fields;
                for (int i = 0; i < rows.record().count(); ++i) {
                    const QVariant v = rows.value(i);
                    fields << (v.isNull() ? QStringLiteral("NULL") : v.toString());
                }
                tableRows << fields.join(QLatin1Char('|'));
            }
            tableRows.sort();
            lines << QStringLiteral("[%1] %2 rows").arg(table).arg(tableRows.size()) << tableRows;
        }
        return lines.join(QLatin1Char('\n'));
    }

private:
    static inline int s_connections = 0;
    QString m_name;
    QString m_openError;
    QVariant m_lastInsertId;
};

QString dumpDatabase(const QString &path)
{
    RawDatabase db(path);
    return db.dump();
}

// Compares two dumps and names the first line that differs, so a failure says what changed.
QString dumpDifference(const QString &before, const QString &after)
{
    if (before == after)
        return {};
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i)) {
            return QStringLiteral("the database changed; first difference at line %1:\n  before: "
                                  "%2\n  after:  %3")
                .arg(i)
                .arg(a.value(i), b.value(i));
        }
    }
    return QStringLiteral("the database changed");
}

// Whether every folder above this one lets others through.
bool traversableByOthers(const QString &folder)
{
    QDir dir(QFileInfo(folder).absoluteFilePath());
    while (dir.cdUp()) {
        if (!(QFileInfo(dir.absolutePath()).permissions() & QFileDevice::ExeOther))
            return false;
    }
    return true;
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void productsAndStock();
    void productExport();
    void productImport();
    void orderFlow();
    void listsHonourLimit();
    void terminalNames();
    void databaseFromEnvironment();

    void badInput_data();
    void badInput();
    void strictFormsAccepted_data();
    void strictFormsAccepted();
    void errorWithoutJson();

    void notADatabase_data();
    void notADatabase();
    void foreignSqliteDatabase();
    void newerSchema();
    void readOnlyFile();
    void readOnlyFileWritableAgain();
    void readOnlyFolder();

    void writerWaitsForAnotherWriter();
    void writerGivesUpWhenBusy();
    void concurrentWriters();

    void verifyReportsBrokenInvariants();
    void pendingReactionsAreCompleted();
    void pendingReactionsOnReadOnlyFileWarn();
    void fullDiskLeavesTheReactionPending();
    void dbInAMissingFolderIsRefused();

private:
    ProcessRun cliRaw(const QStringList &arguments, As as = As::Me) const;
    // Runs `shopdesk-cli --db DB --json ARGUMENTS...`.
    ProcessRun cli(const QString &db, const QStringList &arguments, As as = As::Me) const
    {
        return cliRaw(QStringList{QStringLiteral("--db"), db, QStringLiteral("--json")} + arguments,
                      as);
    }
    // Runs the commands in order; each must succeed.
    void runAll(const QString &db, const QList<QStringList> &commands);
    // Whether file permissions can bind the CLI: true unless root cannot drop privileges.
    bool permissionsBind(const QString &folder, QString *why) const;
    // Leaves an order the way an `order pay` killed after its commit leaves it: paid, with a
    // PaymentApproved event whose StartDelivery reaction has not run yet. Returns its event id.
    QString leavePaymentPending(const QString &db, const QString &orderId, qint64 total);
    QJsonObject stockOf(const QString &db, const QString &productId);

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QString m_template; // the shared fixture (see initTestCase())
};

ProcessRun tst_Cli::cliRaw(const QStringList &arguments, As as) const
{
    ProcessOptions options{.env = m_env};
    if (as == As::Unprivileged && ::geteuid() == 0)
        options.childModifier = dropPrivileges;
    return runProcess(QString::fromUtf8(SHOPDESK_CLI), arguments, options);
}

void tst_Cli::runAll(const QString &db, const QList<QStringList> &commands)
{
    for (const QStringList &command : commands) {
        const ProcessRun run = cli(db, command);
        QVERIFY2(run.ok(), qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                                      run.describe()));
    }
}

bool tst_Cli::permissionsBind(const QString &folder, QString *why) const
{
    if (::geteuid() != 0)
        return true;
    if (!traversableByOthers(folder)) {
        *why = QStringLiteral("running as root, and %1 cannot be reached by an unprivileged user "
                              "(set TMPDIR to a world-traversable folder)")
                   .arg(folder);
        return false;
    }
    const ProcessRun probe = cliRaw({QStringLiteral("--help")}, As::Unprivileged);
    if (!probe.ok()) {
        *why =
            QStringLiteral("running as root, and the child cannot switch to uid %1 (%2), so file "
                           "permissions do not bind it")
                .arg(unprivilegedUid)
                .arg(probe.describe());
        return false;
    }
    return true;
}

QJsonObject tst_Cli::stockOf(const QString &db, const QString &productId)
{
    const ProcessRun run = cli(db, {QStringLiteral("stock"), QStringLiteral("list")});
    for (const QJsonValue &row : run.array()) {
        if (row.toObject().value(QStringLiteral("productId")).toString() == productId)
            return row.toObject();
    }
    return {};
}

void tst_Cli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFileInfo(QString::fromUtf8(SHOPDESK_CLI)).isExecutable(), SHOPDESK_CLI);
    // Nothing may touch the user's own runtime or data folders.
    const QString runtime = m_home.filePath(QStringLiteral("xdg-runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("xdg-data")));
    m_env.insert(QStringLiteral("SHOPDESK_DB"),
                 m_home.filePath(QStringLiteral("default/shopdesk.db")));

    if (const passwd *nobody = ::getpwnam("nobody")) {
        unprivilegedUid = nobody->pw_uid;
        unprivilegedGid = nobody->pw_gid;
    }

    // The shared fixture, copied by most tests: products, and an order in every state.
    m_template = m_home.filePath(QStringLiteral("template.db"));
    const QString p = QStringLiteral("P1:1");
    runAll(m_template, {{"product", "add", "--id", "P1", "--name", "Apple", "--price", "1000",
                         "--barcode", "111"},
                        {"product", "add", "--id", "P2", "--name", "Pear", "--price", "2000"},
                        {"stock", "adjust", "--product", "P1", "--delta", "5"},
                        {"order", "place", "--customer", "Kim", "--item", p}, // T1-000001 placed
                        {"order", "place", "--customer", "Lee", "--item", p},
                        {"order", "pay", "T1-000002", "--method", "card"}, // delivering
                        {"order", "place", "--customer", "Park", "--item", p},
                        {"order", "cancel", "T1-000003"}, // cancelled before payment
                        {"order", "place", "--customer", "Choi", "--item", p},
                        {"order", "pay", "T1-000004", "--method", "cash", "--tendered", "1000"},
                        {"order", "cancel", "T1-000004"}, // refunded, delivery cancelled
                        {"order", "place", "--customer", "Jung", "--item", p},
                        {"order", "pay", "T1-000005", "--method", "card"},
                        {"delivery", "complete", "T1-000005"}}); // delivered
    if (QTest::currentTestFailed())
        return;
    QStringList statuses;
    for (const QJsonValue &order : cli(m_template, {"order", "list"}).array()) {
        statuses << order[QStringLiteral("orderId")].toString() + QLatin1Char('=') +
                        order[QStringLiteral("status")].toString();
    }
    statuses.sort();
    QCOMPARE(statuses,
             QStringList({"T1-000001=placed", "T1-000002=delivering", "T1-000003=cancelled",
                          "T1-000004=cancelled", "T1-000005=delivered"}));
    const QJsonObject p1 = stockOf(m_template, QStringLiteral("P1"));
    QCOMPARE(p1[QStringLiteral("onHand")].toInteger(), 3);
    QCOMPARE(p1[QStringLiteral("reserved")].toInteger(), 1);
    QCOMPARE(p1[QStringLiteral("available")].toInteger(), 2);
    QCOMPARE(cli(m_template, {"verify"}).exitCode, 0);
    QVERIFY2(sidecarFiles(m_template).isEmpty(), "the CLI left -wal/-shm files after it closed");
}

void tst_Cli::productsAndStock()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));

    const ProcessRun apple = cli(db, {"product", "add", "--id", "P1", "--name", "Apple", "--price",
                                      "1500", "--barcode", "8801234"});
    VERIFY_CLI_OK(apple);
    VERIFY_KEYS(apple.object(), {"productId", "productName", "price", "barcode"});
    QCOMPARE(apple.object()[QStringLiteral("productId")].toString(), QStringLiteral("P1"));
    QCOMPARE(apple.object()[QStringLiteral("productName")].toString(), QStringLiteral("Apple"));
    QCOMPARE(apple.object()[QStringLiteral("price")].toInteger(), 1500);
    QCOMPARE(apple.object()[QStringLiteral("barcode")].toString(), QStringLiteral("8801234"));

    const QString pear = QStringLiteral("배 (pear)");
    VERIFY_CLI_OK(cli(db, {"product", "add", "--id", "P2", "--name", pear, "--price", "3000"}));

    const ProcessRun products = cli(db, {"product", "list"});
    VERIFY_CLI_OK(products);
    QCOMPARE(products.array().size(), 2);
    const QJsonObject second = products.array().at(1).toObject();
    VERIFY_KEYS(second, {"productId", "productName", "price", "barcode"});
    QCOMPARE(second[QStringLiteral("productId")].toString(), QStringLiteral("P2"));
    QCOMPARE(second[QStringLiteral("productName")].toString(), pear);
    QVERIFY(second[QStringLiteral("barcode")].isNull());

    const QStringList stockKeys{"productId", "productName", "onHand", "reserved", "available"};
    ProcessRun adjusted =
        cli(db, {"stock", "adjust", "--product", "P1", "--delta", "12", "--reason", "delivery"});
    VERIFY_CLI_OK(adjusted);
    VERIFY_KEYS(adjusted.object(), stockKeys);
    QCOMPARE(adjusted.object()[QStringLiteral("onHand")].toInteger(), 12);
    adjusted =
        cli(db, {"stock", "adjust", "--product", "P1", "--delta", "-2", "--reason", "broken"});
    VERIFY_CLI_OK(adjusted);
    QCOMPARE(adjusted.object()[QStringLiteral("onHand")].toInteger(), 10);
    QCOMPARE(adjusted.object()[QStringLiteral("available")].toInteger(), 10);

    VERIFY_CLI_OK(cli(db, {"stock", "adjust", "--product", "P2", "--delta", "5"}));
    const ProcessRun counted = cli(db, {"stock", "count", "--product", "P2", "--counted", "4"});
    VERIFY_CLI_OK(counted);
    QCOMPARE(counted.object()[QStringLiteral("onHand")].toInteger(), 4);

    const ProcessRun stock = cli(db, {"stock", "list"});
    VERIFY_CLI_OK(stock);
    QCOMPARE(stock.array().size(), 2);
    for (const QJsonValue &row : stock.array())
        VERIFY_KEYS(row.toObject(), stockKeys);
    QCOMPARE(stock.array().at(0)[QStringLiteral("onHand")].toInteger(), 10);
    QCOMPARE(stock.array().at(1)[QStringLiteral("productName")].toString(), pear);
    QCOMPARE(stock.array().at(1)[QStringLiteral("onHand")].toInteger(), 4);
    QCOMPARE(stock.array().at(1)[QStringLiteral("reserved")].toInteger(), 0);

    // The stock count is recorded as the delta between counted and expected.
    const ProcessRun events = cli(db, {"events"});
    VERIFY_CLI_OK(events);
    const QJsonObject count = events.array().last().toObject();
    QCOMPARE(count[QStringLiteral("type")].toString(), QStringLiteral("StockAdjusted"));
    QCOMPARE(count[QStringLiteral("payload")][QStringLiteral("delta")].toInteger(), -1);

    // Without --json the same commands print text for people.
    const ProcessRun text = cliRaw({"--db", db, "product", "list"});
    VERIFY_CLI_OK(text);
    QVERIFY(text.out.contains("Apple"));
    QVERIFY(QString::fromUtf8(text.out).contains(pear));
    QVERIFY(QJsonDocument::fromJson(text.out).isNull());

    QCOMPARE(cli(db, {"verify"}).exitCode, 0);
}

void tst_Cli::productExport()
{
    // Every product with its stock as CSV that Korean Excel opens (UTF-8 with a BOM), in the
    // columns an import reads: to standard output, or to a file through the output rules.
    const QString db = m_home.filePath(QStringLiteral("export.db"));
    runAll(db, {{"product", "add", "--id", "P1", "--name", "유기농 사과, 1kg", "--price", "12000",
                 "--barcode", "8801234567890"},
                {"product", "add", "--id", "P2", "--name", "=HYPERLINK(\"x\")", "--price", "500",
                 "--tax", "exempt"},
                {"stock", "adjust", "--product", "P1", "--delta", "7"}});
    const QByteArray expected =
        QByteArrayLiteral("\xEF\xBB\xBF") +
        QStringLiteral("productId,productName,price,barcode,threshold,tax,stock,reserved\r\n"
                       "P1,\"유기농 사과, 1kg\",12000,8801234567890,,taxable,7,0\r\n"
                       "P2,\"'=HYPERLINK(\"\"x\"\")\",500,,,exempt,0,0\r\n")
            .toUtf8();
    const ProcessRun out =
        cliRaw({QStringLiteral("--db"), db, QStringLiteral("product"), QStringLiteral("export")});
    QVERIFY2(out.ok(), qPrintable(out.describe()));
    QCOMPARE(out.out, expected);
    const QString file = m_home.filePath(QStringLiteral("catalog.csv"));
    const ProcessRun written = cli(db, {"product", "export", "--file", file});
    QVERIFY2(written.ok(), qPrintable(written.describe()));
    QCOMPARE(written.json().value("products").toInt(), 2);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), expected);
    // --json describes a file; without one the output is the CSV itself.
    const ProcessRun both = cli(db, {"product", "export"});
    QCOMPARE(both.exitCode, 2);
    const QString fifo = m_home.filePath(QStringLiteral("catalog.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const ProcessRun refused = cli(db, {"product", "export", "--file", fifo});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY(refused.errorMessage().contains(QStringLiteral("named pipe")));
}

void tst_Cli::productImport()
{
    // What one shop exports another imports; a Korean Excel file in CP949 reads the same; bad
    // lines refuse the whole file (exit 2, each named) unless skipped; a dry run writes nothing.
    const QString from = m_home.filePath(QStringLiteral("import-from.db"));
    runAll(from, {{"product", "add", "--id", "P1", "--name", "유기농 사과, 1kg", "--price", "12000",
                   "--barcode", "8801234567890"},
                  {"stock", "adjust", "--product", "P1", "--delta", "7"}});
    const QString exported = m_home.filePath(QStringLiteral("import-export.csv"));
    QVERIFY(cli(from, {"product", "export", "--file", exported}).ok());
    const QString to = m_home.filePath(QStringLiteral("import-to.db"));
    const ProcessRun imported = cli(to, {"product", "import", exported});
    VERIFY_CLI_OK(imported);
    QCOMPARE(imported.json().value("new").toInt(), 1);
    QCOMPARE(imported.json().value("encoding").toString(), QStringLiteral("utf-8"));
    QCOMPARE(imported.json().value("imported").toBool(), true);
    const ProcessRun stock = cli(to, {"stock", "list"});
    QCOMPARE(stock.array().size(), 1);
    QCOMPARE(stock.array().first().toObject().value("onHand").toInt(), 7);

    const QString korean = m_home.filePath(QStringLiteral("import-ko.csv"));
    {
        QFile file(korean);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QStringEncoder cp949("CP949");
        file.write(cp949.encode(QStringLiteral("상품코드,상품명,판매가,재고\r\n"
                                               "K1,신라면,\"4,500\",20\r\n"
                                               "K2,햇반,abc,3\r\n"
                                               "K3,생수,700,\r\n")));
    }
    const qint64 before = cli(to, {"product", "list"}).array().size();
    const ProcessRun dry = cli(to, {"product", "import", korean, "--dry-run"});
    QCOMPARE(dry.exitCode, 2);
    QCOMPARE(dry.json().value("encoding").toString(), QStringLiteral("cp949"));
    QCOMPARE(dry.json().value("new").toInt(), 2);
    QCOMPARE(dry.json().value("imported").toBool(), false);
    const QJsonArray bad = dry.json().value("bad").toArray();
    QCOMPARE(bad.size(), 1);
    QCOMPARE(bad.first().toObject().value("line").toInt(), 3);
    QCOMPARE(bad.first().toObject().value("productId").toString(), QStringLiteral("K2"));
    const ProcessRun refused = cli(to, {"product", "import", korean});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("line 3: price 'abc'")),
             qPrintable(refused.describe()));
    QCOMPARE(cli(to, {"product", "list"}).array().size(), before);
    const ProcessRun skipped = cli(to, {"product", "import", korean, "--skip-bad"});
    VERIFY_CLI_OK(skipped);
    QCOMPARE(cli(to, {"product", "list"}).array().size(), before + 2);
    const ProcessRun text =
        cliRaw({QStringLiteral("--db"), to, QStringLiteral("product"), QStringLiteral("import"),
                korean, QStringLiteral("--dry-run"), QStringLiteral("--skip-bad")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("0 new, 0 changed, 2 unchanged, 1 bad"), text.out.constData());
    QVERIFY2(text.out.contains("bad line 3 (K2): price 'abc' is not a whole number"),
             text.out.constData());

    // Refused before anything is read: an encoding it does not know, a missing file, a FIFO
    // (which must not hang waiting for a writer), a folder.
    QCOMPARE(cli(to, {"product", "import", korean, "--encoding", "latin9"}).exitCode, 2);
    QCOMPARE(cli(to, {"product", "import", m_home.filePath(QStringLiteral("none.csv"))}).exitCode,
             3);
    const QString fifo = m_home.filePath(QStringLiteral("import.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const ProcessRun fromFifo = cli(to, {"product", "import", fifo});
    QCOMPARE(fromFifo.exitCode, 2);
    QVERIFY2(fromFifo.errorMessage().contains(QStringLiteral("not a regular file")),
             qPrintable(fromFifo.describe()));
    QCOMPARE(cli(to, {"product", "import", m_home.path()}).exitCode, 2);
    QCOMPARE(cli(to, {"product", "list"}).array().size(), before + 2);
}

void tst_Cli::orderFlow()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    runAll(db, {{"product", "add", "--id", "P1", "--name", "Apple", "--price", "1500"},
                {"product", "add", "--id", "P2", "--name", "Pear", "--price", "3000"},
                {"stock", "adjust", "--product", "P1", "--delta", "10"},
                {"stock", "adjust", "--product", "P2", "--delta", "4"}});
    if (QTest::currentTestFailed())
        return;

    const QStringList orderKeys{"orderId", "status",  "customer", "lines",
                                "total",   "payment", "delivery"};
    const ProcessRun placed =
        cli(db, {"order", "place", "--customer", "Kim Minji", "--phone", "010-1234-5678",
                 "--address", "Seoul, Mapo-gu 1", "--item", "P1:2", "--item", "P2:1"});
    VERIFY_CLI_OK(placed);
    QJsonObject order = placed.object();
    VERIFY_KEYS(order, orderKeys);
    QCOMPARE(order[QStringLiteral("orderId")].toString(), QStringLiteral("T1-000001"));
    QCOMPARE(order[QStringLiteral("status")].toString(), QStringLiteral("placed"));
    const QJsonObject customer = order[QStringLiteral("customer")].toObject();
    QCOMPARE(customer[QStringLiteral("name")].toString(), QStringLiteral("Kim Minji"));
    QCOMPARE(customer[QStringLiteral("phone")].toString(), QStringLiteral("010-1234-5678"));
    QCOMPARE(customer[QStringLiteral("address")].toString(), QStringLiteral("Seoul, Mapo-gu 1"));
    const QJsonArray lines = order[QStringLiteral("lines")].toArray();
    QCOMPARE(lines.size(), 2);
    VERIFY_KEYS(lines.at(0).toObject(), {"productId", "productName", "qty", "price"});
    QCOMPARE(lines.at(0)[QStringLiteral("productId")].toString(), QStringLiteral("P1"));
    QCOMPARE(lines.at(0)[QStringLiteral("productName")].toString(), QStringLiteral("Apple"));
    QCOMPARE(lines.at(0)[QStringLiteral("qty")].toInteger(), 2);
    QCOMPARE(lines.at(0)[QStringLiteral("price")].toInteger(), 1500);
    QCOMPARE(lines.at(1)[QStringLiteral("productId")].toString(), QStringLiteral("P2"));
    QCOMPARE(order[QStringLiteral("total")].toInteger(), 6000);
    QVERIFY(order[QStringLiteral("payment")].isNull());
    QVERIFY(order[QStringLiteral("delivery")].isNull());

    QJsonObject p1 = stockOf(db, QStringLiteral("P1"));
    QCOMPARE(p1[QStringLiteral("onHand")].toInteger(), 10);
    QCOMPARE(p1[QStringLiteral("reserved")].toInteger(), 2);
    QCOMPARE(p1[QStringLiteral("available")].toInteger(), 8);

    // Cash with change; the command returns after delivery started and stock went down.
    const ProcessRun paid =
        cli(db, {"order", "pay", "T1-000001", "--method", "cash", "--tendered", "10000"});
    VERIFY_CLI_OK(paid);
    order = paid.object();
    QCOMPARE(order[QStringLiteral("status")].toString(), QStringLiteral("delivering"));
    const QStringList paymentKeys{"method", "amount", "tendered", "change", "status"};
    QJsonObject payment = order[QStringLiteral("payment")].toObject();
    VERIFY_KEYS(payment, paymentKeys);
    QCOMPARE(payment[QStringLiteral("method")].toString(), QStringLiteral("cash"));
    QCOMPARE(payment[QStringLiteral("amount")].toInteger(), 6000);
    QCOMPARE(payment[QStringLiteral("tendered")].toInteger(), 10000);
    QCOMPARE(payment[QStringLiteral("change")].toInteger(), 4000);
    QCOMPARE(payment[QStringLiteral("status")].toString(), QStringLiteral("approved"));
    const QJsonObject delivery = order[QStringLiteral("delivery")].toObject();
    VERIFY_KEYS(delivery, {"deliveryId", "status"});
    QVERIFY(!delivery[QStringLiteral("deliveryId")].toString().isEmpty());
    QCOMPARE(delivery[QStringLiteral("status")].toString(), QStringLiteral("started"));

    const ProcessRun shown = cli(db, {"order", "show", "T1-000001"});
    VERIFY_CLI_OK(shown);
    QCOMPARE(shown.object()[QStringLiteral("status")].toString(), QStringLiteral("delivering"));
    QCOMPARE(shown.object()[QStringLiteral("payment")][QStringLiteral("change")].toInteger(), 4000);
    p1 = stockOf(db, QStringLiteral("P1"));
    QCOMPARE(p1[QStringLiteral("onHand")].toInteger(), 8);
    QCOMPARE(p1[QStringLiteral("reserved")].toInteger(), 0);
    QCOMPARE(stockOf(db, QStringLiteral("P2"))[QStringLiteral("onHand")].toInteger(), 3);

    // Card: approved for the total, no change. Cash without --tendered is the exact amount.
    VERIFY_CLI_OK(cli(db, {"order", "place", "--customer", "Lee", "--item", "P1:1"}));
    const ProcessRun card = cli(db, {"order", "pay", "T1-000002", "--method", "card"});
    VERIFY_CLI_OK(card);
    payment = card.object()[QStringLiteral("payment")].toObject();
    QCOMPARE(payment[QStringLiteral("method")].toString(), QStringLiteral("card"));
    QCOMPARE(payment[QStringLiteral("amount")].toInteger(), 1500);
    QCOMPARE(payment[QStringLiteral("tendered")].toInteger(), 1500);
    QCOMPARE(payment[QStringLiteral("change")].toInteger(), 0);
    QCOMPARE(card.object()[QStringLiteral("status")].toString(), QStringLiteral("delivering"));

    VERIFY_CLI_OK(cli(db, {"order", "place", "--customer", "Park", "--item", "P2:1"}));
    const ProcessRun exact = cli(db, {"order", "pay", "T1-000003", "--method", "cash"});
    VERIFY_CLI_OK(exact);
    QCOMPARE(exact.object()[QStringLiteral("payment")][QStringLiteral("tendered")].toInteger(),
             3000);
    QCOMPARE(exact.object()[QStringLiteral("payment")][QStringLiteral("change")].toInteger(), 0);

    // Cancel before payment: the reservation is released, on hand untouched.
    VERIFY_CLI_OK(cli(db, {"order", "place", "--customer", "Choi", "--item", "P1:3"}));
    QCOMPARE(stockOf(db, QStringLiteral("P1"))[QStringLiteral("reserved")].toInteger(), 3);
    const ProcessRun cancelled =
        cli(db, {"order", "cancel", "T1-000004", "--reason", "changed mind"});
    VERIFY_CLI_OK(cancelled);
    QCOMPARE(cancelled.object()[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
    QVERIFY(cancelled.object()[QStringLiteral("payment")].isNull());
    p1 = stockOf(db, QStringLiteral("P1"));
    QCOMPARE(p1[QStringLiteral("onHand")].toInteger(), 7);
    QCOMPARE(p1[QStringLiteral("reserved")].toInteger(), 0);

    // Cancel after payment: refund, delivery cancelled, stock back up.
    const ProcessRun refunded = cli(db, {"order", "cancel", "T1-000002"});
    VERIFY_CLI_OK(refunded);
    QCOMPARE(refunded.object()[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
    QCOMPARE(refunded.object()[QStringLiteral("payment")][QStringLiteral("status")].toString(),
             QStringLiteral("refunded"));
    QCOMPARE(refunded.object()[QStringLiteral("delivery")][QStringLiteral("status")].toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(stockOf(db, QStringLiteral("P1"))[QStringLiteral("onHand")].toInteger(), 8);

    // Deliveries.
    ProcessRun deliveries = cli(db, {"delivery", "list"});
    VERIFY_CLI_OK(deliveries);
    QCOMPARE(deliveries.array().size(), 3);
    deliveries = cli(db, {"delivery", "list", "--status", "started"});
    VERIFY_CLI_OK(deliveries);
    QStringList started;
    for (const QJsonValue &d : deliveries.array())
        started << d[QStringLiteral("orderId")].toString();
    started.sort();
    QCOMPARE(started, QStringList({"T1-000001", "T1-000003"}));
    const ProcessRun completed = cli(db, {"delivery", "complete", "T1-000001"});
    VERIFY_CLI_OK(completed);
    QCOMPARE(completed.object()[QStringLiteral("status")].toString(), QStringLiteral("delivered"));
    QCOMPARE(completed.object()[QStringLiteral("delivery")][QStringLiteral("status")].toString(),
             QStringLiteral("completed"));
    deliveries = cli(db, {"delivery", "list", "--status", "completed"});
    QCOMPARE(deliveries.array().size(), 1);
    QCOMPARE(deliveries.array().at(0)[QStringLiteral("orderId")].toString(),
             QStringLiteral("T1-000001"));

    // Order list and its status filter.
    const ProcessRun all = cli(db, {"order", "list"});
    VERIFY_CLI_OK(all);
    QCOMPARE(all.array().size(), 4);
    for (const QJsonValue &row : all.array())
        VERIFY_KEYS(row.toObject(), {"orderId", "status"});
    const QList<std::pair<QString, QStringList>> byStatus{
        {QStringLiteral("placed"), {}},
        {QStringLiteral("delivering"), {"T1-000003"}},
        {QStringLiteral("delivered"), {"T1-000001"}},
        {QStringLiteral("cancelled"), {"T1-000002", "T1-000004"}}};
    for (const auto &[status, expected] : byStatus) {
        const ProcessRun filtered = cli(db, {"order", "list", "--status", status});
        VERIFY_CLI_OK(filtered);
        QStringList ids;
        for (const QJsonValue &row : filtered.array()) {
            ids << row[QStringLiteral("orderId")].toString();
            QCOMPARE(row[QStringLiteral("status")].toString(), status);
        }
        ids.sort();
        QCOMPARE(ids, expected);
    }

    // The event log of one order, in order, with the contract's fields.
    const ProcessRun events = cli(db, {"events", "--order", "T1-000001"});
    VERIFY_CLI_OK(events);
    QStringList types;
    qint64 lastSeq = 0;
    const QStringList eventKeys{"seq", "eventId", "type", "orderId", "occurredAt", "payload"};
    for (const QJsonValue &value : events.array()) {
        const QJsonObject e = value.toObject();
        VERIFY_KEYS(e, eventKeys);
        QCOMPARE(e[QStringLiteral("orderId")].toString(), QStringLiteral("T1-000001"));
        QVERIFY(e[QStringLiteral("seq")].toInteger() > lastSeq);
        lastSeq = e[QStringLiteral("seq")].toInteger();
        QVERIFY2(!QUuid::fromString(e[QStringLiteral("eventId")].toString()).isNull(),
                 qPrintable(e[QStringLiteral("eventId")].toString()));
        QVERIFY(QDateTime::fromString(e[QStringLiteral("occurredAt")].toString(), Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(e[QStringLiteral("payload")].isObject());
        types << e[QStringLiteral("type")].toString();
    }
    QCOMPARE(types, QStringList({"OrderPlaced", "StockReserved", "StockReserved", "PaymentApproved",
                                 "DeliveryStarted", "StockDecreased", "StockDecreased",
                                 "DeliveryCompleted"}));

    const ProcessRun everything = cli(db, {"events"});
    VERIFY_CLI_OK(everything);
    QSet<QString> allTypes;
    for (const QJsonValue &e : everything.array())
        allTypes.insert(e[QStringLiteral("type")].toString());
    for (const char *type :
         {"ProductRegistered", "StockAdjusted", "OrderCancelled", "PaymentRefunded",
          "DeliveryCancelled", "StockIncreased", "StockReleased"})
        QVERIFY2(allTypes.contains(QLatin1StringView(type)), type);

    // The human-readable form of an order.
    const ProcessRun text = cliRaw({"--db", db, "order", "show", "T1-000001"});
    VERIFY_CLI_OK(text);
    QVERIFY2(text.out.contains("T1-000001") && text.out.contains("delivered"),
             text.out.constData());

    const ProcessRun verified = cli(db, {"verify"});
    QVERIFY2(verified.ok(), qPrintable(verified.describe()));
    QCOMPARE(verified.object()[QStringLiteral("ok")].toBool(), true);
}

void tst_Cli::listsHonourLimit()
{
    QTemporaryDir dir;
    const QString db = QDir(dir.path()).filePath(QStringLiteral("shop.db"));
    QFile::copy(m_template, db);
    const QList<QStringList> lists{{"product", "list"},
                                   {"stock", "list"},
                                   {"order", "list"},
                                   {"delivery", "list"},
                                   {"events"}};
    for (const QStringList &list : lists) {
        const ProcessRun all = cli(db, list);
        VERIFY_CLI_OK(all);
        QVERIFY2(all.array().size() >= 2, qPrintable(all.describe()));
        for (int limit : {0, 1, 2}) {
            const ProcessRun limited =
                cli(db, list + QStringList{"--limit", QString::number(limit)});
            VERIFY_CLI_OK(limited);
            QCOMPARE(limited.array().size(), limit);
            for (qsizetype i = 0; i < limit; ++i)
                QCOMPARE(limited.array().at(i), all.array().at(i));
        }
        const ProcessRun generous = cli(db, list + QStringList{"--limit", "100000"});
        QCOMPARE(generous.array(), all.array());
    }
    // Without --limit every row is listed: the template has 5 orders and 4 deliveries.
    QCOMPARE(cli(db, {"order", "list"}).array().size(), 5);
    QCOMPARE(cli(db, {"delivery", "list"}).array().size(), 3);
    QCOMPARE(cli(db, {"order", "list", "--status", "cancelled", "--limit", "1"}).array().size(), 1);
}

void tst_Cli::terminalNames()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("k2.db"));
    runAll(db, {{"--terminal", "K2", "product", "add", "--id", "P1", "--name", "Apple", "--price",
                 "100"},
                {"stock", "adjust", "--product", "P1", "--delta", "5"}});
    if (QTest::currentTestFailed())
        return;
    const ProcessRun first = cli(db, {"order", "place", "--customer", "Kim", "--item", "P1:1"});
    VERIFY_CLI_OK(first);
    QCOMPARE(first.object()[QStringLiteral("orderId")].toString(), QStringLiteral("K2-000001"));
    // An existing database keeps the terminal it was created for.
    const ProcessRun second =
        cli(db, {"--terminal", "K9", "order", "place", "--customer", "Lee", "--item", "P1:1"});
    VERIFY_CLI_OK(second);
    QCOMPARE(second.object()[QStringLiteral("orderId")].toString(), QStringLiteral("K2-000002"));
    const ProcessRun third = cli(db, {"order", "place", "--customer", "Park", "--item", "P1:1"});
    QCOMPARE(third.object()[QStringLiteral("orderId")].toString(), QStringLiteral("K2-000003"));

    // The default name is T1, and the ids read T1-000001.
    const QString plain = dir.filePath(QStringLiteral("t1.db"));
    runAll(plain, {{"product", "add", "--id", "P1", "--name", "Apple", "--price", "100"},
                   {"stock", "adjust", "--product", "P1", "--delta", "5"}});
    const ProcessRun t1 = cli(plain, {"order", "place", "--customer", "Kim", "--item", "P1:1"});
    QCOMPARE(t1.object()[QStringLiteral("orderId")].toString(), QStringLiteral("T1-000001"));
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*-\\d{6}$"))
                .match(t1.object()[QStringLiteral("orderId")].toString())
                .hasMatch());

    // A bad name for a new database is refused before the file is created.
    const QString refused = dir.filePath(QStringLiteral("bad.db"));
    const ProcessRun bad = cli(refused, {"--terminal", "1 bad", "product", "list"});
    VERIFY_CLI_ERROR(bad, QStringLiteral("invalid_input"));
    QVERIFY(!QFileInfo::exists(refused));
}

void tst_Cli::databaseFromEnvironment()
{
    const QString fromEnv = m_env.value(QStringLiteral("SHOPDESK_DB"));
    QFile::remove(fromEnv);
    const ProcessRun added =
        cliRaw({"--json", "product", "add", "--id", "E1", "--name", "Env", "--price", "1"});
    VERIFY_CLI_OK(added);
    QVERIFY2(QFileInfo::exists(fromEnv), "without --db the CLI must use $SHOPDESK_DB");
    const ProcessRun listed = cli(fromEnv, {"product", "list"});
    QCOMPARE(listed.array().size(), 1);
    // Nothing was written to the data folder of the (redirected) user.
    QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("xdg-data/ShopDesk/shopdesk.db"))));
}

void tst_Cli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions"); // a word the message must contain, if any

    const auto place = [](const QStringList &items,
                          const QString &customer = QStringLiteral("Kim")) {
        QStringList args{"order", "place", "--customer", customer};
        for (const QString &item : items)
            args << QStringLiteral("--item") << item;
        return args;
    };
    const QString invalid = QStringLiteral("invalid_input");
    const QString usage = QStringLiteral("usage");
    const QString notFound = QStringLiteral("not_found");
    const QString state = QStringLiteral("invalid_state");
    const QString shortStock = QStringLiteral("insufficient_stock");

    // Unknown things.
    QTest::newRow("unknown product") << place({"P9:1"}) << notFound << "P9";
    QTest::newRow("unknown product after a known one")
        << place({"P1:1", "P9:1"}) << notFound << "P9";
    QTest::newRow("adjust unknown product")
        << QStringList{"stock", "adjust", "--product", "P9", "--delta", "1"} << notFound << "P9";
    QTest::newRow("count unknown product")
        << QStringList{"stock", "count", "--product", "P9", "--counted", "1"} << notFound << "P9";
    QTest::newRow("show unknown order")
        << QStringList{"order", "show", "T1-000999"} << notFound << "T1-000999";
    QTest::newRow("events of unknown order")
        << QStringList{"events", "--order", "T1-000999"} << notFound << "T1-000999";

    // Quantities: validated before any business rule.
    QTest::newRow("qty 0") << place({"P1:0"}) << invalid << "";
    QTest::newRow("qty negative") << place({"P1:-1"}) << invalid << "";
    QTest::newRow("qty not an integer") << place({"P1:abc"}) << invalid << "abc";
    QTest::newRow("qty fraction") << place({"P1:1.5"}) << invalid << "1.5";
    QTest::newRow("qty blank") << place({"P1: "}) << invalid << "";
    QTest::newRow("qty beyond 64 bits") << place({"P1:99999999999999999999"}) << invalid << "";
    QTest::newRow("qty over limit, stock short too")
        << place({"P1:1000001"}) << invalid << "1000000";
    QTest::newRow("qty over limit, no stock at all")
        << place({"P2:1000001"}) << invalid << "1000000";
    QTest::newRow("qty over limit, unknown product")
        << place({"P9:1000001"}) << invalid << "1000000";
    QTest::newRow("qty over limit once merged")
        << place({"P1:600000", "P1:600000"}) << invalid << "";

    // Customer and item syntax.
    QTest::newRow("empty customer") << place({"P1:1"}, QString()) << invalid << "customer";
    QTest::newRow("blank customer")
        << place({"P1:1"}, QStringLiteral("   ")) << invalid << "customer";
    QTest::newRow("no customer") << QStringList{"order", "place", "--item", "P1:1"} << usage
                                 << "--customer";
    QTest::newRow("no item") << QStringList{"order", "place", "--customer", "Kim"} << usage
                             << "--item";
    QTest::newRow("item without colon") << place({"P1"}) << invalid << "P1";
    QTest::newRow("item without product") << place({":3"}) << invalid << ":3";
    QTest::newRow("item without qty") << place({"P1:"}) << invalid << "P1:";
    QTest::newRow("item with a space in the id") << place({"P 1:1"}) << invalid << "";

    // Products.
    QTest::newRow("negative price")
        << QStringList{"product", "add", "--id", "P3", "--name", "Plum", "--price", "-1"} << invalid
        << "price";
    QTest::newRow("fractional price")
        << QStringList{"product", "add", "--id", "P3", "--name", "Plum", "--price", "12.5"}
        << invalid << "price";
    QTest::newRow("no price") << QStringList{"product", "add", "--id", "P3", "--name", "Plum"}
                              << usage << "price";
    QTest::newRow("empty product name")
        << QStringList{"product", "add", "--id", "P3", "--name", "", "--price", "1"} << invalid
        << "name";
    QTest::newRow("duplicate product id")
        << QStringList{"product", "add", "--id", "P1", "--name", "Other", "--price", "1"} << invalid
        << "P1";
    QTest::newRow("duplicate barcode")
        << QStringList{"product", "add",     "--id", "P3",        "--name",
                       "Plum",    "--price", "1",    "--barcode", "111"}
        << invalid << "111";

    // Stock.
    QTest::newRow("delta 0") << QStringList{"stock", "adjust", "--product", "P1", "--delta", "0"}
                             << invalid << "";
    QTest::newRow("delta not a number")
        << QStringList{"stock", "adjust", "--product", "P1", "--delta", "many"} << invalid
        << "many";
    QTest::newRow("removing more than on hand")
        << QStringList{"stock", "adjust", "--product", "P1", "--delta", "-4"} << shortStock << "P1";
    QTest::newRow("negative count")
        << QStringList{"stock", "count", "--product", "P1", "--counted", "-1"} << invalid << "";
    QTest::newRow("not enough stock") << place({"P1:3"}) << shortStock << "P1";
    QTest::newRow("not enough stock on the second line")
        << place({"P1:1", "P2:1"}) << shortStock << "P2";

    // Payment.
    QTest::newRow("pay twice") << QStringList{"order", "pay", "T1-000002", "--method", "card"}
                               << state << "T1-000002";
    QTest::newRow("pay a delivered order")
        << QStringList{"order", "pay", "T1-000005", "--method", "cash"} << state << "T1-000005";
    QTest::newRow("pay unknown order")
        << QStringList{"order", "pay", "T1-000999", "--method", "card"} << notFound << "T1-000999";
    QTest::newRow("pay a cancelled order")
        << QStringList{"order", "pay", "T1-000003", "--method", "card"} << state << "T1-000003";
    QTest::newRow("pay a refunded order")
        << QStringList{"order", "pay", "T1-000004", "--method", "card"} << state << "T1-000004";
    QTest::newRow("cash tendered below total")
        << QStringList{"order", "pay", "T1-000001", "--method", "cash", "--tendered", "999"}
        << invalid << "999";
    QTest::newRow("cash tendered negative")
        << QStringList{"order", "pay", "T1-000001", "--method", "cash", "--tendered", "-5"}
        << invalid << "";
    QTest::newRow("cash tendered not a number")
        << QStringList{"order", "pay", "T1-000001", "--method", "cash", "--tendered", "lots"}
        << invalid << "lots";
    QTest::newRow("card with tendered")
        << QStringList{"order", "pay", "T1-000001", "--method", "card", "--tendered", "2000"}
        << invalid << "";
    QTest::newRow("unknown method")
        << QStringList{"order", "pay", "T1-000001", "--method", "bitcoin"} << invalid << "bitcoin";
    QTest::newRow("no method") << QStringList{"order", "pay", "T1-000001"} << usage << "--method";

    // Cancel and complete.
    QTest::newRow("cancel twice") << QStringList{"order", "cancel", "T1-000003"} << state
                                  << "T1-000003";
    QTest::newRow("cancel a refunded order twice")
        << QStringList{"order", "cancel", "T1-000004"} << state << "T1-000004";
    QTest::newRow("cancel a delivered order")
        << QStringList{"order", "cancel", "T1-000005"} << state << "T1-000005";
    QTest::newRow("cancel unknown order")
        << QStringList{"order", "cancel", "T1-000999"} << notFound << "T1-000999";
    QTest::newRow("complete a cancelled delivery")
        << QStringList{"delivery", "complete", "T1-000004"} << state << "T1-000004";
    QTest::newRow("complete an unpaid order")
        << QStringList{"delivery", "complete", "T1-000001"} << state << "T1-000001";
    QTest::newRow("complete a cancelled unpaid order")
        << QStringList{"delivery", "complete", "T1-000003"} << state << "T1-000003";
    QTest::newRow("complete twice")
        << QStringList{"delivery", "complete", "T1-000005"} << state << "T1-000005";
    QTest::newRow("complete unknown order")
        << QStringList{"delivery", "complete", "T1-000999"} << notFound << "T1-000999";

    // Usage.
    QTest::newRow("no command") << QStringList{} << usage << "";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << usage << "frobnicate";
    QTest::newRow("unknown subcommand") << QStringList{"order", "frob"} << usage << "frob";
    QTest::newRow("unknown option")
        << QStringList{"order", "list", "--frob", "1"} << usage << "--frob";
    QTest::newRow("option of another command")
        << QStringList{"order", "show", "T1-000001", "--customer", "Kim"} << usage << "--customer";
    QTest::newRow("missing option value")
        << QStringList{"order", "list", "--status"} << usage << "--status";
    QTest::newRow("missing value of the last option")
        << QStringList{"order", "place", "--item", "P1:1", "--customer"} << usage << "--customer";
    QTest::newRow("missing order id")
        << QStringList{"order", "pay", "--method", "card"} << usage << "";
    QTest::newRow("extra argument")
        << QStringList{"order", "show", "T1-000001", "T1-000002"} << usage << "";
    QTest::newRow("repeated option")
        << QStringList{"order", "place", "--customer", "A", "--customer", "B", "--item", "P1:1"}
        << usage << "--customer";
    QTest::newRow("bad order status")
        << QStringList{"order", "list", "--status", "shipped"} << invalid << "shipped";
    QTest::newRow("bad delivery status")
        << QStringList{"delivery", "list", "--status", "placed"} << invalid << "placed";
    QTest::newRow("negative limit")
        << QStringList{"order", "list", "--limit", "-1"} << invalid << "";
    QTest::newRow("limit not a number")
        << QStringList{"events", "--limit", "ten"} << invalid << "ten";

    // No spaces inside or around numbers and ids (the contract writes ID:QTY, AMOUNT, N).
    QTest::newRow("qty after a space") << place({"P1: 1"}) << invalid << "P1: 1";
    QTest::newRow("qty before a space") << place({"P1:1 "}) << invalid << "";
    QTest::newRow("id before a space") << place({"P1 :1"}) << invalid << "P1 ";
    QTest::newRow("id after a space") << place({" P1:1"}) << invalid << "";
    QTest::newRow("qty with a space inside") << place({"P1:1 0"}) << invalid << "";
    QTest::newRow("price after a space")
        << QStringList{"product", "add", "--id", "P3", "--name", "Plum", "--price", " 5"} << invalid
        << "price";
    QTest::newRow("price before a space")
        << QStringList{"product", "add", "--id", "P3", "--name", "Plum", "--price", "5 "} << invalid
        << "price";
    QTest::newRow("price with a thousands space")
        << QStringList{"product", "add", "--id", "P3", "--name", "Plum", "--price", "1 000"}
        << invalid << "price";
    QTest::newRow("price with a tab")
        << QStringList{"product", "add", "--id", "P3", "--name", "Plum", "--price", "5\t"}
        << invalid << "price";
    QTest::newRow("sign apart from the number")
        << QStringList{"stock", "adjust", "--product", "P1", "--delta", "+ 2"} << invalid
        << "delta";
    QTest::newRow("product id after a space")
        << QStringList{"product", "add", "--id", " P3", "--name", "Plum", "--price", "5"} << invalid
        << "--id";
    QTest::newRow("stock product before a space")
        << QStringList{"stock", "adjust", "--product", "P1 ", "--delta", "1"} << invalid
        << "--product";
    QTest::newRow("tendered after a space")
        << QStringList{"order", "pay", "T1-000001", "--method", "cash", "--tendered", " 2000"}
        << invalid << "tendered";
    QTest::newRow("order id after a space")
        << QStringList{"order", "pay", " T1-000001", "--method", "card"} << invalid << "ORDER_ID";
    QTest::newRow("order id before a space")
        << QStringList{"order", "cancel", "T1-000001 "} << invalid << "ORDER_ID";
    QTest::newRow("events of an order id with a space")
        << QStringList{"events", "--order", "T1-000001 "} << invalid << "--order";
    QTest::newRow("limit after a space")
        << QStringList{"order", "list", "--limit", " 3"} << invalid << "limit";
}

void tst_Cli::strictFormsAccepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("product"); // whose stock row must then be as given
    QTest::addColumn<int>("onHand");
    QTest::addColumn<int>("reserved");

    // The fixture has P1 with 3 on hand and 1 reserved (T1-000001, placed), P2 with none.
    QTest::newRow("item") << QStringList{"order", "place", "--customer", "Kim", "--item", "P1:2"}
                          << "P1" << 3 << 3;
    QTest::newRow("price") << QStringList{"product", "add",  "--id",    "P3",
                                          "--name",  "Plum", "--price", "5"}
                           << "P3" << 0 << 0;
    QTest::newRow("delta with a plus sign")
        << QStringList{"stock", "adjust", "--product", "P2", "--delta", "+2"} << "P2" << 2 << 0;
    QTest::newRow("negative delta")
        << QStringList{"stock", "adjust", "--product", "P1", "--delta", "-1"} << "P1" << 2 << 1;
    QTest::newRow("option=value") << QStringList{"stock", "adjust", "--product=P2", "--delta=3"}
                                  << "P2" << 3 << 0;
    QTest::newRow("tendered") << QStringList{"order", "pay",        "T1-000001", "--method",
                                             "cash",  "--tendered", "2000"}
                              << "P1" << 2 << 0;
}

void tst_Cli::strictFormsAccepted()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, product);
    QFETCH(int, onHand);
    QFETCH(int, reserved);

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    QVERIFY(QFile::copy(m_template, db));
    const ProcessRun run = cli(db, arguments);
    VERIFY_CLI_OK(run);
    const QJsonObject stock = stockOf(db, product);
    QVERIFY2(!stock.isEmpty(), qPrintable(product));
    QCOMPARE(stock.value(QStringLiteral("onHand")).toInt(), onHand);
    QCOMPARE(stock.value(QStringLiteral("reserved")).toInt(), reserved);
}

void tst_Cli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, code);
    QFETCH(QString, mentions);

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    QVERIFY(QFile::copy(m_template, db));
    const QString before = dumpDatabase(db);
    const QJsonArray stockBefore = cli(db, {"stock", "list"}).array();
    const QJsonArray ordersBefore = cli(db, {"order", "list"}).array();
    const qsizetype eventsBefore = cli(db, {"events"}).array().size();
    QVERIFY(eventsBefore > 0);

    const ProcessRun run = cli(db, arguments);
    VERIFY_CLI_ERROR(run, code);
    if (!mentions.isEmpty())
        QVERIFY2(run.errorMessage().contains(mentions), qPrintable(run.describe()));

    QCOMPARE(cli(db, {"stock", "list"}).array(), stockBefore);
    QCOMPARE(cli(db, {"order", "list"}).array(), ordersBefore);
    QCOMPARE(cli(db, {"events"}).array().size(), eventsBefore);
    const QString after = dumpDatabase(db);
    QVERIFY2(before == after, qPrintable(dumpDifference(before, after)));
}

void tst_Cli::errorWithoutJson()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    QVERIFY(QFile::copy(m_template, db));
    const ProcessRun run = cliRaw({"--db", db, "order", "pay", "T1-000003", "--method", "card"});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.errLines().at(0).startsWith(QStringLiteral("shopdesk-cli: error: ")));
    QVERIFY(run.errLines().at(0).contains(QStringLiteral("T1-000003")));
}

void tst_Cli::notADatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("Dear shop,\nthis is a letter, not a database.\n");
    QTest::newRow("short text") << QByteArray("hello");
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 131 + 7) % 256));
    QTest::newRow("binary") << binary;
    QTest::newRow("SQLite header, garbage after") << QByteArray("SQLite format 3\0", 16) + binary;
}

void tst_Cli::notADatabase()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.db"));
    QVERIFY(writeFile(path, content));

    for (const QStringList &command :
         QList<QStringList>{{"stock", "list"},
                            {"verify"},
                            {"product", "add", "--id", "P1", "--name", "A", "--price", "1"}}) {
        const ProcessRun run = cli(path, command);
        VERIFY_CLI_ERROR(run, QStringLiteral("storage"));
        QVERIFY2(fileBytes(path) == content, "the file was changed");
        QVERIFY2(sidecarFiles(path).isEmpty(),
                 qPrintable(sidecarFiles(path).join(QLatin1Char(' '))));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("letter.db")});
}

void tst_Cli::foreignSqliteDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    {
        RawDatabase notes(path);
        QCOMPARE(notes.openError(), QString());
        QCOMPARE(
            notes.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")),
            QString());
        QCOMPARE(notes.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('buy milk')")),
                 QString());
    }
    const QByteArray before = fileBytes(path);
    QVERIFY(before.startsWith(QByteArray("SQLite format 3\0", 16)));
    QCOMPARE(int(before.at(18)), 1); // rollback journal, as its owner left it

    for (const QStringList &command : QList<QStringList>{
             {"order", "list"}, {"product", "add", "--id", "P1", "--name", "A", "--price", "1"}}) {
        const ProcessRun run = cli(path, command);
        VERIFY_CLI_ERROR(run, QStringLiteral("storage"));
        QVERIFY2(run.errorMessage().contains(QStringLiteral("not a ShopDesk")),
                 qPrintable(run.describe()));
        QVERIFY2(sidecarFiles(path).isEmpty(),
                 qPrintable(sidecarFiles(path).join(QLatin1Char(' '))));
        const QByteArray after = fileBytes(path);
        // Bytes 18 and 19 are the file format: 1 for a rollback journal, 2 for WAL.
        QVERIFY2(
            after.size() > 19 && after.at(18) == 1 && after.at(19) == 1,
            "the CLI switched another program's database to WAL journal mode, although it says "
            "the file was left untouched");
        QVERIFY2(after == before, "the file was changed");
    }
    RawDatabase notes(path);
    QCOMPARE(notes.value(QStringLiteral("SELECT body FROM notes")).toString(),
             QStringLiteral("buy milk"));
}

void tst_Cli::newerSchema()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("future.db"));
    QVERIFY(QFile::copy(m_template, db));
    {
        RawDatabase raw(db);
        QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = 99")), QString());
    }
    QVERIFY(sidecarFiles(db).isEmpty());
    const QByteArray before = fileBytes(db);

    for (const QStringList &command : QList<QStringList>{
             {"order", "list"}, {"verify"}, {"order", "pay", "T1-000001", "--method", "card"}}) {
        const ProcessRun run = cli(db, command);
        VERIFY_CLI_ERROR(run, QStringLiteral("storage"));
        QVERIFY2(run.errorMessage().contains(QStringLiteral("newer")), qPrintable(run.describe()));
        QVERIFY2(fileBytes(db) == before, "the file was changed");
        QVERIFY2(sidecarFiles(db).isEmpty(), qPrintable(sidecarFiles(db).join(QLatin1Char(' '))));
    }
    RawDatabase raw(db);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 99);
}

void tst_Cli::readOnlyFile()
{
    // As root, permission bits do not stop writes (and QFileInfo::isWritable() is true), so
    // the CLI runs as an unprivileged user there: the situation of a clerk on a shared file.
    QTemporaryDir dir;
    QString why;
    if (!permissionsBind(dir.path(), &why))
        QSKIP(qPrintable(why));
    // The folder stays writable: only the file is read-only.
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    QVERIFY(QFile::copy(m_template, db));
    const QString before = dumpDatabase(db);
    const QByteArray bytes = fileBytes(db);
    QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                          QFileDevice::ReadOther));

    for (const QStringList &read : QList<QStringList>{{"stock", "list"},
                                                      {"order", "list"},
                                                      {"order", "show", "T1-000002"},
                                                      {"events", "--order", "T1-000002"},
                                                      {"verify"}}) {
        const ProcessRun run = cli(db, read, As::Unprivileged);
        QVERIFY2(run.ok(),
                 qPrintable(read.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.describe()));
    }
    QCOMPARE(cli(db, {"order", "show", "T1-000002"}, As::Unprivileged)
                 .object()[QStringLiteral("status")]
                 .toString(),
             QStringLiteral("delivering"));
    QCOMPARE(cli(db, {"stock", "list"}, As::Unprivileged).array().size(), 2);

    for (const QStringList &write :
         QList<QStringList>{{"product", "add", "--id", "P3", "--name", "Plum", "--price", "1"},
                            {"stock", "adjust", "--product", "P1", "--delta", "1"},
                            {"order", "place", "--customer", "Kim", "--item", "P1:1"},
                            {"order", "pay", "T1-000001", "--method", "card"},
                            {"order", "cancel", "T1-000001"},
                            {"delivery", "complete", "T1-000002"}}) {
        const ProcessRun run = cli(db, write, As::Unprivileged);
        QVERIFY2(errorMismatch(run, QStringLiteral("storage")).isEmpty(),
                 qPrintable(write.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                            errorMismatch(run, QStringLiteral("storage"))));
        QVERIFY2(run.errorMessage().contains(QStringLiteral("read-only")),
                 qPrintable(run.describe()));
    }
    QVERIFY2(fileBytes(db) == bytes, "the read-only file was changed");
    const QString after = dumpDatabase(db);
    QVERIFY2(before == after, qPrintable(dumpDifference(before, after)));
}

void tst_Cli::readOnlyFileWritableAgain()
{
    // Reading a read-only file must leave nothing behind that keeps it read-only once its
    // owner makes it writable again.
    QTemporaryDir dir;
    QString why;
    if (!permissionsBind(dir.path(), &why))
        QSKIP(qPrintable(why));
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    QVERIFY(QFile::copy(m_template, db));
    QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                          QFileDevice::ReadOther));
    VERIFY_CLI_OK(cli(db, {"stock", "list"}, As::Unprivileged));
    const QStringList left = sidecarFiles(db);

    QVERIFY(QFile::setPermissions(db, QFileDevice::Permissions(0x7666)));
    const ProcessRun write =
        cli(db, {"stock", "adjust", "--product", "P1", "--delta", "1"}, As::Unprivileged);
    QVERIFY2(write.ok(),
             qPrintable(QStringLiteral("the file is writable again, but the write failed; the "
                                       "read-only read left %1\n%2")
                            .arg(left.join(QLatin1Char(' ')), write.describe())));
    QCOMPARE(write.object()[QStringLiteral("onHand")].toInteger(), 4);
}

void tst_Cli::readOnlyFolder()
{
    // A database on a read-only medium or share: neither the file nor its folder is writable,
    // so SQLite cannot create the -shm file beside it. Reads must still work.
    QTemporaryDir dir;
    QString why;
    if (!permissionsBind(dir.path(), &why))
        QSKIP(qPrintable(why));
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = QDir(folder).filePath(QStringLiteral("shop.db"));
    QVERIFY(QFile::copy(m_template, db));
    const QString before = dumpDatabase(db);
    const QByteArray bytes = fileBytes(db);
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7755)));
    QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                          QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                              QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                              QFileDevice::ReadOther | QFileDevice::ExeOther));
    const auto makeWritable = [&] {
        QFile::setPermissions(folder, QFileDevice::Permissions(0x7700));
    };
    const auto restore = qScopeGuard(makeWritable);

    const ProcessRun write =
        cli(db, {"stock", "adjust", "--product", "P1", "--delta", "1"}, As::Unprivileged);
    VERIFY_CLI_ERROR(write, QStringLiteral("storage"));
    const ProcessRun read = cli(db, {"order", "show", "T1-000002"}, As::Unprivileged);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("shop.db")});
    QVERIFY2(fileBytes(db) == bytes, "the read-only file was changed");
    QVERIFY2(read.ok(),
             qPrintable(QStringLiteral("reading a database in a read-only folder failed: ") +
                        read.describe()));
    QCOMPARE(read.object()[QStringLiteral("status")].toString(), QStringLiteral("delivering"));

    makeWritable();
    const QString after = dumpDatabase(db);
    QVERIFY2(before == after, qPrintable(dumpDifference(before, after)));
}

void tst_Cli::writerWaitsForAnotherWriter()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    QVERIFY(QFile::copy(m_template, db));

    RawDatabase holder(db);
    QCOMPARE(holder.exec(QStringLiteral("BEGIN IMMEDIATE")), QString());

    QProcess writer;
    writer.setProcessEnvironment(m_env);
    writer.start(QString::fromUtf8(SHOPDESK_CLI), {"--db", db, "--json", "order", "place",
                                                   "--customer", "Waiting", "--item", "P1:1"});
    QVERIFY(writer.waitForStarted());
    // While the other writer holds the lock, the CLI waits instead of failing at once.
    QVERIFY2(!writer.waitForFinished(1000),
             qPrintable(QStringLiteral("the CLI did not wait: exit %1, %2")
                            .arg(writer.exitCode())
                            .arg(QString::fromUtf8(writer.readAllStandardError()))));
    QCOMPARE(holder.exec(QStringLiteral("COMMIT")), QString());
    QVERIFY(writer.waitForFinished(30000));
    const QByteArray err = writer.readAllStandardError();
    QVERIFY2(writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0,
             err.constData());
    const QJsonObject order = QJsonDocument::fromJson(writer.readAllStandardOutput()).object();
    QCOMPARE(order[QStringLiteral("orderId")].toString(), QStringLiteral("T1-000006"));
    QCOMPARE(cli(db, {"order", "show", "T1-000006"}).object()[QStringLiteral("status")].toString(),
             QStringLiteral("placed"));
    QCOMPARE(cli(db, {"verify"}).exitCode, 0);
}

void tst_Cli::writerGivesUpWhenBusy()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    QVERIFY(QFile::copy(m_template, db));
    const QString before = dumpDatabase(db);

    RawDatabase holder(db);
    QCOMPARE(holder.exec(QStringLiteral("BEGIN IMMEDIATE")), QString());
    QCOMPARE(
        holder.exec(QStringLiteral("UPDATE stock SET on_hand = on_hand WHERE product_id = 'P1'")),
        QString());
    QElapsedTimer waited;
    waited.start();
    // The CLI waits its busy timeout (5 s), then says the database is busy.
    const ProcessRun run = cli(db, {"order", "pay", "T1-000001", "--method", "card"});
    const qint64 ms = waited.elapsed();
    QCOMPARE(holder.exec(QStringLiteral("ROLLBACK")), QString());

    VERIFY_CLI_ERROR(run, QStringLiteral("storage"));
    QVERIFY2(run.errorMessage().contains(QStringLiteral("busy")), qPrintable(run.describe()));
    QVERIFY2(ms >= 1000, qPrintable(QStringLiteral("gave up after %1 ms without waiting").arg(ms)));
    const QString after = dumpDatabase(db);
    QVERIFY2(before == after, qPrintable(dumpDifference(before, after)));
    QCOMPARE(cli(db, {"order", "show", "T1-000001"}).object()[QStringLiteral("status")].toString(),
             QStringLiteral("placed"));
    QCOMPARE(cli(db, {"verify"}).exitCode, 0);
}

void tst_Cli::concurrentWriters()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    runAll(db, {{"product", "add", "--id", "P1", "--name", "Apple", "--price", "1000"},
                {"product", "add", "--id", "P2", "--name", "Pear", "--price", "500"},
                {"stock", "adjust", "--product", "P1", "--delta", "1000"},
                {"stock", "adjust", "--product", "P2", "--delta", "1000"}});
    if (QTest::currentTestFailed())
        return;

    constexpr int Rounds = 20;
    constexpr int Lanes = 2;
    QStringList placedIds;
    QStringList paidIds;
    int busy = 0;

    // Every command either succeeds or says the database is busy; anything else fails.
    const auto runLanes =
        [&](const std::array<QStringList, Lanes> &commands) -> std::array<ProcessRun, Lanes> {
        std::array<std::unique_ptr<QProcess>, Lanes> processes;
        for (int lane = 0; lane < Lanes; ++lane) {
            processes[lane] = std::make_unique<QProcess>();
            processes[lane]->setProcessEnvironment(m_env);
            processes[lane]->start(QString::fromUtf8(SHOPDESK_CLI),
                                   QStringList{"--db", db, "--json"} + commands[lane]);
        }
        std::array<ProcessRun, Lanes> runs;
        for (int lane = 0; lane < Lanes; ++lane) {
            runs[lane] = collectProcess(*processes[lane]);
        }
        return runs;
    };

    for (int round = 0; round < Rounds; ++round) {
        const auto runs =
            runLanes({QStringList{"order", "place", "--customer", QStringLiteral("A%1").arg(round),
                                  "--item", "P1:1", "--item", "P2:2"},
                      QStringList{"order", "place", "--customer", QStringLiteral("B%1").arg(round),
                                  "--item", "P1:2"}});
        for (const ProcessRun &run : runs) {
            if (run.ok()) {
                placedIds << run.object()[QStringLiteral("orderId")].toString();
                QCOMPARE(run.object()[QStringLiteral("status")].toString(),
                         QStringLiteral("placed"));
            } else {
                QVERIFY2(errorMismatch(run, QStringLiteral("storage")).isEmpty() &&
                             run.errorMessage().contains(QStringLiteral("busy")),
                         qPrintable(run.describe()));
                ++busy;
            }
        }
    }
    // Paying runs the policies too, so two processes react at the same time.
    for (qsizetype i = 0; i + 1 < placedIds.size(); i += 2) {
        const auto runs =
            runLanes({QStringList{"order", "pay", placedIds.at(i), "--method", "card"},
                      QStringList{"order", "pay", placedIds.at(i + 1), "--method", "cash",
                                  "--tendered", "5000"}});
        for (int lane = 0; lane < Lanes; ++lane) {
            const ProcessRun &run = runs[lane];
            if (run.ok()) {
                paidIds << placedIds.at(i + lane);
            } else {
                QVERIFY2(errorMismatch(run, QStringLiteral("storage")).isEmpty() &&
                             run.errorMessage().contains(QStringLiteral("busy")),
                         qPrintable(run.describe()));
                ++busy;
            }
        }
    }
    qDebug("%lld orders placed, %lld paid, %d busy refusals", qint64(placedIds.size()),
           qint64(paidIds.size()), busy);

    // No id twice, and the ids are the numbers 1..n without a gap.
    QStringList sorted = placedIds;
    sorted.sort();
    QCOMPARE(QSet<QString>(sorted.cbegin(), sorted.cend()).size(), sorted.size());
    for (qsizetype i = 0; i < sorted.size(); ++i)
        QCOMPARE(sorted.at(i), QStringLiteral("T1-%1").arg(i + 1, 6, 10, QLatin1Char('0')));

    const ProcessRun verified = cli(db, {"verify"});
    QVERIFY2(verified.ok(), qPrintable(verified.describe()));
    const QJsonArray orders = cli(db, {"order", "list"}).array();
    QCOMPARE(orders.size(), placedIds.size());
    qint64 p1Sold = 0;
    qint64 p1Reserved = 0;
    for (const QJsonValue &order : orders) {
        const QString id = order[QStringLiteral("orderId")].toString();
        const qint64 p1 =
            order[QStringLiteral("customer")].toString().startsWith(QLatin1Char('A')) ? 1 : 2;
        const QString expected =
            paidIds.contains(id) ? QStringLiteral("delivering") : QStringLiteral("placed");
        QCOMPARE(order[QStringLiteral("status")].toString(), expected);
        (paidIds.contains(id) ? p1Sold : p1Reserved) += p1;
    }
    const QJsonObject p1 = stockOf(db, QStringLiteral("P1"));
    QCOMPARE(p1[QStringLiteral("onHand")].toInteger(), 1000 - p1Sold);
    QCOMPARE(p1[QStringLiteral("reserved")].toInteger(), p1Reserved);
}

void tst_Cli::verifyReportsBrokenInvariants()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    QVERIFY(QFile::copy(m_template, db));
    QCOMPARE(cli(db, {"verify"}).exitCode, 0);

    RawDatabase raw(db);
    // Stock that no event explains.
    QCOMPARE(
        raw.exec(QStringLiteral("UPDATE stock SET on_hand = on_hand + 5 WHERE product_id = 'P1'")),
        QString());
    ProcessRun run = cli(db, {"verify"});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.object()[QStringLiteral("ok")].toBool(true), false);
    QStringList errors;
    for (const QJsonValue &e : run.object()[QStringLiteral("errors")].toArray())
        errors << e.toString();
    QVERIFY2(errors.size() == 1 && errors.at(0).contains(QStringLiteral("P1")),
             qPrintable(run.describe()));
    const ProcessRun text = cliRaw({"--db", db, "verify"});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("P1"), text.out.constData());
    QCOMPARE(
        raw.exec(QStringLiteral("UPDATE stock SET on_hand = on_hand - 5 WHERE product_id = 'P1'")),
        QString());
    QCOMPARE(cli(db, {"verify"}).exitCode, 0);

    // A reservation that no open order holds.
    QCOMPARE(raw.exec(QStringLiteral(
                 "UPDATE stock SET reserved = reserved + 1 WHERE product_id = 'P2'")),
             QString());
    run = cli(db, {"verify"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.object()[QStringLiteral("errors")].toArray().at(0).toString().contains(
                 QStringLiteral("P2")),
             qPrintable(run.describe()));
    QCOMPARE(raw.exec(QStringLiteral(
                 "UPDATE stock SET reserved = reserved - 1 WHERE product_id = 'P2'")),
             QString());

    // A read-model row gone missing; verify reports it and does not repair it behind our back.
    QCOMPARE(
        raw.exec(QStringLiteral(
            "CREATE TEMP TABLE saved AS SELECT * FROM order_view WHERE order_id = 'T1-000002'")),
        QString());
    QCOMPARE(raw.exec(QStringLiteral("DELETE FROM order_view WHERE order_id = 'T1-000002'")),
             QString());
    for (int twice = 0; twice < 2; ++twice) {
        run = cli(db, {"verify"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.object()[QStringLiteral("errors")].toArray().at(0).toString().contains(
                     QStringLiteral("T1-000002")),
                 qPrintable(run.describe()));
    }
    QCOMPARE(raw.exec(QStringLiteral("INSERT INTO order_view SELECT * FROM temp.saved")),
             QString());

    // A reaction recorded as processed twice is not possible, but one never recorded is.
    QCOMPARE(raw.exec(QStringLiteral(
                 "UPDATE policy_runs SET processed_at = NULL WHERE policy = 'RefundPayment' "
                 "AND event_seq = (SELECT seq FROM events WHERE type = 'OrderCancelled' "
                 "AND order_id = 'T1-000003')")),
             QString());
    QCOMPARE(raw.exec(QStringLiteral(
                 "DELETE FROM policy_runs WHERE policy = 'RefundPayment' "
                 "AND event_seq = (SELECT seq FROM events WHERE type = 'OrderCancelled' "
                 "AND order_id = 'T1-000003')")),
             QString());
    run = cli(db, {"verify"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.object()[QStringLiteral("errors")].toArray().at(0).toString().contains(
                 QStringLiteral("T1-000003")),
             qPrintable(run.describe()));
    QCOMPARE(raw.exec(QStringLiteral("INSERT INTO policy_runs (event_seq, policy, processed_at) "
                                     "SELECT seq, 'RefundPayment', occurred_at FROM events "
                                     "WHERE type = 'OrderCancelled' AND order_id = 'T1-000003'")),
             QString());

    // Everything put back: verify passes again.
    run = cli(db, {"verify"});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.object()[QStringLiteral("ok")].toBool(), true);
}

QString tst_Cli::leavePaymentPending(const QString &db, const QString &orderId, qint64 total)
{
    RawDatabase raw(db);
    const QString eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now).toLocalTime();
    const QString day = local.date().toString(Qt::ISODate);
    const int hour = local.time().hour();
    const QString approval = QStringLiteral("12345678");
    const QJsonObject payload{{QStringLiteral("method"), QStringLiteral("card")},
                              {QStringLiteral("amount"), total},
                              {QStringLiteral("tendered"), total},
                              {QStringLiteral("change"), 0},
                              {QStringLiteral("status"), QStringLiteral("approved")},
                              {QStringLiteral("approvalCode"), approval}};
    // What PayOrder commits in its one transaction; the process then dies before the
    // StartDelivery policy runs.
    const QStringList failures{
        raw.exec(QStringLiteral("BEGIN IMMEDIATE")),
        raw.exec(
            QStringLiteral("INSERT INTO payment_parts (order_id, part, method, amount, tendered, "
                           "approval_code) VALUES (?, 1, 'card', ?, ?, ?)"),
            {orderId, total, total, approval}),
        raw.exec(QStringLiteral("UPDATE orders SET status = 'paid' WHERE order_id = ?"), {orderId}),
        raw.exec(
            QStringLiteral(
                "INSERT INTO events (event_id, type, order_id, product_id, origin, origin_seq, "
                "actor, causation_id, occurred_at, payload) "
                "SELECT ?, 'PaymentApproved', ?, NULL, m.value, "
                "(SELECT coalesce(max(origin_seq), 0) + 1 FROM events WHERE origin = m.value), "
                "'cli', NULL, ?, ? FROM meta m WHERE m.key = 'terminal'"),
            {eventId, orderId, now,
             QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))}),
        raw.exec(QStringLiteral("INSERT INTO policy_runs (event_seq, policy) "
                                "SELECT seq, 'StartDelivery' FROM events WHERE event_id = ?"),
                 {eventId}),
        raw.exec(QStringLiteral("UPDATE order_view SET status = 'paid', payment_method = 'card', "
                                "payment_status = 'approved', updated_at = ? WHERE order_id = ?"),
                 {now, orderId}),
        // The sale in the report tables, at the local hour of the payment (no discounts here:
        // gross and net are the total, each line's net its qty times its price).
        raw.exec(QStringLiteral("INSERT INTO report_hours (day, hour, terminal, measure, value) "
                                "SELECT ?, ?, m.value, x.measure, x.value FROM meta m, (SELECT "
                                "'orders' AS measure, 1 AS value UNION ALL SELECT 'gross', ? "
                                "UNION ALL SELECT 'net', ? UNION ALL SELECT 'paid.card', ? "
                                "UNION ALL SELECT 'vat', vat FROM orders WHERE order_id = ?) x "
                                "WHERE m.key = 'terminal' AND x.value <> 0 ON CONFLICT DO "
                                "UPDATE SET value = value + excluded.value"),
                 {day, hour, total, total, total, orderId}),
        raw.exec(QStringLiteral("INSERT INTO report_products (day, terminal, product_id, qty, net) "
                                "SELECT ?, m.value, l.product_id, sum(l.qty), sum(l.qty * "
                                "l.price) FROM meta m, order_lines l WHERE m.key = 'terminal' "
                                "AND l.order_id = ? GROUP BY l.product_id ON CONFLICT DO UPDATE "
                                "SET qty = qty + excluded.qty, net = net + excluded.net"),
                 {day, orderId}),
        raw.exec(QStringLiteral("INSERT INTO report_product_periods (period, terminal, "
                                "product_id, qty, net) SELECT p.period, m.value, l.product_id, "
                                "sum(l.qty), sum(l.qty * l.price) FROM meta m, order_lines l, "
                                "(SELECT substr(?, 1, 7) AS period UNION ALL SELECT substr(?, 1, "
                                "4)) p WHERE m.key = 'terminal' AND l.order_id = ? GROUP BY "
                                "p.period, l.product_id ON CONFLICT DO UPDATE SET qty = qty + "
                                "excluded.qty, net = net + excluded.net"),
                 {day, day, orderId}),
        raw.exec(QStringLiteral("COMMIT")),
    };
    for (const QString &failure : failures) {
        if (!failure.isEmpty()) {
            (void)raw.exec(QStringLiteral("ROLLBACK"));
            return QStringLiteral("error: ") + failure;
        }
    }
    return eventId;
}

void tst_Cli::pendingReactionsAreCompleted()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    QVERIFY(QFile::copy(m_template, db));
    const qint64 onHand = stockOf(db, QStringLiteral("P1"))[QStringLiteral("onHand")].toInteger();

    const QString eventId = leavePaymentPending(db, QStringLiteral("T1-000001"), 1000);
    QVERIFY2(!eventId.startsWith(QStringLiteral("error")), qPrintable(eventId));
    {
        RawDatabase raw(db);
        QCOMPARE(
            raw.value(QStringLiteral("SELECT count(*) FROM policy_runs WHERE processed_at IS NULL"))
                .toInt(),
            1);
    }

    // Any command, a read included, first finishes what the interrupted one left.
    const ProcessRun shown = cli(db, {"order", "show", "T1-000001"});
    VERIFY_CLI_OK(shown);
    QCOMPARE(shown.object()[QStringLiteral("status")].toString(), QStringLiteral("delivering"));
    QCOMPARE(shown.object()[QStringLiteral("delivery")][QStringLiteral("status")].toString(),
             QStringLiteral("started"));
    const QJsonObject p1 = stockOf(db, QStringLiteral("P1"));
    QCOMPARE(p1[QStringLiteral("onHand")].toInteger(), onHand - 1);
    QCOMPARE(p1[QStringLiteral("reserved")].toInteger(), 0);

    // The healed reactions are caused by the interrupted payment, each exactly once.
    QStringList chain;
    for (const QJsonValue &e : cli(db, {"events", "--order", "T1-000001"}).array()) {
        chain << e[QStringLiteral("type")].toString();
        if (e[QStringLiteral("type")].toString() == QLatin1StringView("DeliveryStarted"))
            QCOMPARE(e[QStringLiteral("causationId")].toString(), eventId);
    }
    QCOMPARE(chain, QStringList({"OrderPlaced", "StockReserved", "PaymentApproved",
                                 "DeliveryStarted", "StockDecreased"}));
    {
        RawDatabase raw(db);
        QCOMPARE(
            raw.value(QStringLiteral("SELECT count(*) FROM policy_runs WHERE processed_at IS NULL"))
                .toInt(),
            0);
    }
    const ProcessRun verified = cli(db, {"verify"});
    QVERIFY2(verified.ok(), qPrintable(verified.describe()));
    // Running again changes nothing more.
    VERIFY_CLI_OK(cli(db, {"order", "list"}));
    QCOMPARE(stockOf(db, QStringLiteral("P1"))[QStringLiteral("onHand")].toInteger(), onHand - 1);
}

void tst_Cli::pendingReactionsOnReadOnlyFileWarn()
{
    QTemporaryDir dir;
    QString why;
    if (!permissionsBind(dir.path(), &why))
        QSKIP(qPrintable(why));
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    QVERIFY(QFile::copy(m_template, db));
    const QString eventId = leavePaymentPending(db, QStringLiteral("T1-000001"), 1000);
    QVERIFY2(!eventId.startsWith(QStringLiteral("error")), qPrintable(eventId));
    const QString before = dumpDatabase(db);
    QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                          QFileDevice::ReadOther));

    // It cannot heal a read-only file: it shows the order as it is, and says so.
    const ProcessRun shown = cli(db, {"order", "show", "T1-000001"}, As::Unprivileged);
    VERIFY_CLI_OK(shown);
    QCOMPARE(shown.object()[QStringLiteral("status")].toString(), QStringLiteral("paid"));
    QVERIFY2(shown.err.contains("warning") && shown.err.contains("pending"),
             qPrintable(shown.describe()));
    const QString after = dumpDatabase(db);
    QVERIFY2(before == after, qPrintable(dumpDifference(before, after)));

    // The read-only run left no -wal/-shm behind; writable again, the next command heals it.
    QVERIFY(sidecarFiles(db).isEmpty());
    QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const ProcessRun healed = cli(db, {"order", "show", "T1-000001"});
    VERIFY_CLI_OK(healed);
    QCOMPARE(healed.object()[QStringLiteral("status")].toString(), QStringLiteral("delivering"));
    QCOMPARE(cli(db, {"verify"}).exitCode, 0);
}

void tst_Cli::fullDiskLeavesTheReactionPending()
{
    // A real full disk: a small tmpfs, filled up to a few pages, so that the payment's commit
    // fits and the delivery that should follow it does not.
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mountPoint));
    const QByteArray mountPath = QFile::encodeName(mountPoint);
    if (::mount("tmpfs", mountPath.constData(), "tmpfs", 0, "size=4m") != 0)
        QSKIP("cannot mount a small tmpfs here (needs root and CAP_SYS_ADMIN)");
    const auto unmount = qScopeGuard([&] { ::umount2(mountPath.constData(), MNT_DETACH); });
    const QString db = QDir(mountPoint).filePath(QStringLiteral("shop.db"));
    const QString filler = QDir(mountPoint).filePath(QStringLiteral("filler"));
    const auto fillLeaving = [&](qint64 bytes) {
        struct statvfs fs;
        if (::statvfs(mountPath.constData(), &fs) != 0)
            return false;
        qint64 left = qint64(fs.f_bavail) * qint64(fs.f_frsize) - bytes;
        QFile file(filler);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        const QByteArray chunk(64 * 1024, 'x');
        while (left > 0) {
            const qint64 n = std::min<qint64>(left, chunk.size());
            if (file.write(chunk.constData(), n) != n)
                return false;
            left -= n;
        }
        return file.flush();
    };

    // Free pages one at a time until the payment commits: with a few pages more its reactions
    // would commit as well, so the first free space that lets it in leaves them pending.
    ProcessRun paid;
    int freePages = 0;
    for (; freePages <= 96; ++freePages) {
        for (const QString &name : QDir(mountPoint).entryList(QDir::Files | QDir::Hidden))
            QFile::remove(QDir(mountPoint).filePath(name));
        QVERIFY(QFile::copy(m_template, db));
        QVERIFY(fillLeaving(qint64(freePages) * 4096));
        paid = cli(db, {"order", "pay", "T1-000001", "--method", "card"});
        if (paid.exitCode != 4)
            break;
        QCOMPARE(paid.errorCode(), QStringLiteral("storage")); // the disk is full
    }
    QVERIFY2(paid.exitCode == 6, qPrintable(paid.describe()));
    qInfo("the payment committed and its reaction failed with %d free pages", freePages);
    // Exit 6: the payment is recorded, and the output says so, with what is pending.
    QCOMPARE(paid.object()[QStringLiteral("payment")][QStringLiteral("status")].toString(),
             QStringLiteral("approved"));
    const QString policy =
        paid.object()[QStringLiteral("pending")][QStringLiteral("policy")].toString();
    QVERIFY2(policy == QLatin1StringView("StartDelivery") ||
                 policy == QLatin1StringView("DecreaseStock"),
             qPrintable(paid.describe()));
    QCOMPARE(paid.errLines().size(), 1);
    QVERIFY2(paid.errLines().first().contains(QStringLiteral("pending")) &&
                 paid.errLines().first().contains(QStringLiteral("retried")),
             qPrintable(paid.describe()));
    // The pending reaction is an error verify reports while the disk stays full.
    const ProcessRun stillFull = cli(db, {"verify"});
    QVERIFY2(stillFull.exitCode == 1, qPrintable(stillFull.describe()));

    // Space comes back: the next command completes the delivery and the stock decrease.
    QVERIFY(QFile::remove(filler));
    const ProcessRun shown = cli(db, {"order", "show", "T1-000001"});
    VERIFY_CLI_OK(shown);
    QCOMPARE(shown.object()[QStringLiteral("status")].toString(), QStringLiteral("delivering"));
    QVERIFY(!shown.object().contains(QStringLiteral("pending")));
    const QJsonObject p1 = stockOf(db, QStringLiteral("P1"));
    QCOMPARE(p1[QStringLiteral("onHand")].toInteger(), 2);
    QCOMPARE(p1[QStringLiteral("reserved")].toInteger(), 0);
    const ProcessRun verify = cli(db, {"verify"});
    QVERIFY2(verify.ok(), qPrintable(verify.describe()));
}

void tst_Cli::dbInAMissingFolderIsRefused()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("missing/deeper/shop.db"));
    const ProcessRun run = cli(db, {"product", "list"});
    QCOMPARE(run.exitCode, 4);
    VERIFY_CLI_ERROR(run, QStringLiteral("storage"));
    QVERIFY2(run.errorMessage().contains(QStringLiteral("does not exist")),
             qPrintable(run.describe()));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    // In a folder that exists, the file itself is created as before.
    const ProcessRun created = cli(dir.filePath(QStringLiteral("shop.db")), {"product", "list"});
    VERIFY_CLI_OK(created);
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("shop.db"))));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
