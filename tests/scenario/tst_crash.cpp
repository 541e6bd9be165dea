// The crash test: crashchild places, pays (some orders in two parts, cash then card),
// cancels, completes and partly returns orders until it is killed with SIGKILL at a random
// moment. After each kill the database is opened the way the app
// opens it (runPending heals what the kill interrupted), and then nothing the child reported
// as done may be missing, no order may be half written, every policy must have run exactly
// once for each event that triggers it, and the stock must add up. On odd rounds the test
// heals the file itself; on even rounds it heals and checks a copy, and leaves the original
// for the next child to heal at its start, as every real command does.
//
// SHOPDESK_CRASH_SEED=N repeats a run's choices (the kill moments and the child's orders;
// where exactly a kill lands still depends on the machine). SHOPDESK_CRASH_ROUNDS=N changes
// the number of rounds (at least 20; for hundreds, raise QTEST_FUNCTION_TIMEOUT as well).

#include "testshop.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <csignal>
#include <map>
#include <set>

#include <signal.h>
#include <sys/types.h>

using namespace ShopDesk;
using namespace ShopDesk::Testing;

namespace {

constexpr int MinRounds = 20;
constexpr int DefaultRounds = 25;
constexpr int ProductCount = 10;
constexpr qint64 InitialStock = 40;

// What the child said it did to one order; each line was printed after its commit.
struct ReportedPart
{
    int part = 0;
    QString method;
    Money amount = 0;
};

struct ReportedReturn
{
    QString productId;
    qint64 qty = 0;
    Money refund = 0;
};

struct Reported
{
    int round = 0;
    bool paid = false;
    bool cancelled = false;
    bool completed = false;
    QList<ReportedPart> parts;
    std::optional<ReportedReturn> returned;
};

struct Line
{
    QString productId;
    qint64 qty = 0;
    Money price = 0;
    qint64 returned = 0;
};

struct StoredPart
{
    int part = 0;
    QString method;
    Money amount = 0;
    Money refunded = 0;
    QString approval;
};

struct StoredOrder
{
    qint64 orderNo = 0;
    QString status;
    Money total = 0;
    QList<Line> lines;
    std::optional<QString> paymentStatus;
    Money paymentAmount = 0; // what the parts hold now: their amounts less their refunds
    Money refunded = 0;
    QList<StoredPart> parts;
    std::optional<QString> deliveryStatus;

    bool hasReturns() const
    {
        return std::any_of(lines.begin(), lines.end(),
                           [](const Line &l) { return l.returned > 0; });
    }
};

struct StoredEvent
{
    qint64 seq = 0;
    QString eventId;
    QString type;
    QString orderId;
    QString productId;
    QString causationId;
    QJsonObject payload;
};

// A plain QSQLITE connection of its own, to look at the file without the store's code.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("crash-check-%1").arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!m_db.open())
            m_error = m_db.lastError().text();
    }
    ~RawDatabase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    // Every row of the query as a list of values; a failing query is recorded in error().
    QList<QVariantList> rows(const QString &sql)
    {
        QList<QVariantList> result;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(sql)) {
            m_error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
            return result;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            result << row;
        }
        return result;
    }

    QVariant value(const QString &sql)
    {
        const QList<QVariantList> all = rows(sql);
        return all.isEmpty() || all.first().isEmpty() ? QVariant() : all.first().first();
    }

    const QString &error() const { return m_error; }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

int roundsFromEnvironment()
{
    bool ok = false;
    const int rounds = qEnvironmentVariableIntValue("SHOPDESK_CRASH_ROUNDS", &ok);
    return ok ? std::max(rounds, MinRounds) : DefaultRounds;
}

quint32 seedFromEnvironment()
{
    bool ok = false;
    const uint seed = qEnvironmentVariable("SHOPDESK_CRASH_SEED").toUInt(&ok);
    return ok ? seed : QRandomGenerator::global()->generate();
}

QString stockKey(const QString &type, const QString &productId, qint64 qty)
{
    return QStringLiteral("%1:%2:%3").arg(type, productId).arg(qty);
}

// The events an order must have in its status, as sorted "Type" and "Type:product:qty"
// entries: exactly once each, nothing missing, nothing extra.
QStringList expectedEvents(const StoredOrder &order)
{
    QStringList expected{QStringLiteral("OrderPlaced")};
    auto perLine = [&](const char *type) {
        for (const Line &line : order.lines)
            expected << stockKey(QString::fromLatin1(type), line.productId, line.qty);
    };
    perLine("StockReserved");
    const bool paid = order.paymentStatus.has_value();
    const bool shipped = order.deliveryStatus.has_value();
    for (qsizetype i = 0; i < order.parts.size(); ++i)
        expected << QStringLiteral("PaymentApproved");
    // The child returns at most once per order: one return, its restock and its refund.
    if (order.hasReturns()) {
        expected << QStringLiteral("OrderLinesReturned");
        for (const Line &line : order.lines) {
            if (line.returned > 0)
                expected << stockKey(QStringLiteral("StockIncreased"), line.productId,
                                     line.returned);
        }
        if (order.refunded > 0)
            expected << QStringLiteral("PaymentRefunded");
    }
    if (shipped) {
        expected << QStringLiteral("DeliveryStarted");
        perLine("StockDecreased");
    }
    if (order.status == QLatin1StringView("delivered"))
        expected << QStringLiteral("DeliveryCompleted");
    if (order.status == QLatin1StringView("cancelled")) {
        expected << QStringLiteral("OrderCancelled");
        if (paid)
            expected << QStringLiteral("PaymentRefunded");
        if (shipped) {
            expected << QStringLiteral("DeliveryCancelled");
            perLine("StockIncreased");
        } else {
            perLine("StockReleased");
        }
    }
    expected.sort();
    return expected;
}

// The event type whose policy raises each type; an empty string for command events.
QString causeOf(const QString &type)
{
    static const QHash<QString, QString> causes{
        {QStringLiteral("DeliveryStarted"), QStringLiteral("PaymentApproved")},
        {QStringLiteral("StockDecreased"), QStringLiteral("DeliveryStarted")},
        {QStringLiteral("DeliveryCancelled"), QStringLiteral("OrderCancelled")},
        {QStringLiteral("StockReleased"), QStringLiteral("OrderCancelled")},
        {QStringLiteral("PaymentRefunded"), QStringLiteral("OrderCancelled")},
        {QStringLiteral("StockIncreased"), QStringLiteral("DeliveryCancelled")},
    };
    return causes.value(type);
}

} // namespace

class tst_Crash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAtRandomMoments();

private:
    void runRound(int round);
    void readReport(int round, const QByteArray &output);
    QStringList checkBeforeHealing();
    QStringList checkAfterHealing(bool healOriginal);
    QStringList checkStore(RawDatabase &db);

    quint32 m_seed = 0;
    QRandomGenerator m_random;
    TestShop m_shop;
    std::map<QString, Reported> m_reported;
    int m_restocks = 0;
    int m_shiftSteps = 0; // shifts opened, cash moved, shifts closed
    int m_roundsHealed = 0;
    int m_reactionsHealed = 0;
    int m_roundsWithoutReport = 0;
    int m_childHealed = 0;
    int m_pendingForChild = -1; // what the next child must heal at start; -1 if unknown
};

void tst_Crash::initTestCase()
{
    m_seed = seedFromEnvironment();
    m_random.seed(m_seed);
    qInfo("crash test seed: %u (repeat with SHOPDESK_CRASH_SEED=%u)", m_seed, m_seed);
    QVERIFY2(QFileInfo::exists(QStringLiteral(CRASHCHILD)), CRASHCHILD);

    for (int i = 1; i <= ProductCount; ++i) {
        m_shop.product(QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0')), 1000 + 700 * i,
                       InitialStock);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(m_shop.audit().ok());
    // The child is the only writer from here on; each round opens the file anew.
    m_shop.shop.reset();
    m_shop.store.reset();
}

void tst_Crash::killedAtRandomMoments()
{
    const int rounds = roundsFromEnvironment();
    int round = 0;
    int paid = 0, cancelled = 0, completed = 0, inParts = 0, returned = 0;
    // A slow disk may let the child do little per round: then go on for a few more rounds
    // until every kind of command was reported, or nothing above would have been tested.
    auto covered = [&] {
        paid = cancelled = completed = inParts = returned = 0;
        for (const auto &[id, reported] : m_reported) {
            paid += reported.paid;
            cancelled += reported.cancelled;
            completed += reported.completed;
            inParts += reported.paid && reported.parts.size() > 1;
            returned += reported.returned.has_value();
        }
        return m_reported.size() >= std::size_t(rounds) && paid > 0 && cancelled > 0 &&
               completed > 0 && inParts > 0 && returned > 0;
    };
    while (round < rounds || (round < 3 * rounds && !covered())) {
        ++round;
        runRound(round);
        if (QTest::currentTestFailed()) {
            qWarning("failed in round %d; seed %u", round, m_seed);
            return;
        }
    }
    const bool enough = covered();
    qInfo("%d rounds: %zu orders reported placed, %d paid (%d in two parts), %d cancelled, %d "
          "completed, %d partly returned, %d restocks, %d shift steps; %d rounds left %d reactions "
          "for healing, the children healed %d; %d rounds were killed before reporting anything",
          round, m_reported.size(), paid, inParts, cancelled, completed, returned, m_restocks,
          m_shiftSteps, m_roundsHealed, m_reactionsHealed, m_childHealed, m_roundsWithoutReport);
    QVERIFY2(enough, "the child did too little work before its kills to test anything");
}

void tst_Crash::runRound(int round)
{
    const int delayMs = m_random.bounded(50, 401);
    const quint32 childSeed = m_random.generate();

    QProcess child;
    child.setProgram(QStringLiteral(CRASHCHILD));
    child.setArguments({m_shop.path(), QString::number(childSeed)});
    child.start();
    QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
    // qWait keeps reading the child's output meanwhile, so its pipe never fills up.
    QTest::qWait(delayMs);
    QVERIFY2(child.state() == QProcess::Running,
             qPrintable(QStringLiteral("round %1: the child ended by itself before the kill "
                                       "(exit %2): %3")
                            .arg(round)
                            .arg(child.exitCode())
                            .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
    QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    const QByteArray errors = child.readAllStandardError();
    QVERIFY2(errors.trimmed().isEmpty(),
             qPrintable(QStringLiteral("round %1: the child complained: %2")
                            .arg(round)
                            .arg(QString::fromLocal8Bit(errors))));
    readReport(round, child.readAllStandardOutput());
    if (QTest::currentTestFailed())
        return;
    m_pendingForChild = -1;

    const QStringList before = checkBeforeHealing();
    QVERIFY2(before.isEmpty(), qPrintable(QStringLiteral("round %1 (killed after %2 ms), before "
                                                         "healing:\n  %3")
                                              .arg(round)
                                              .arg(delayMs)
                                              .arg(before.join(QStringLiteral("\n  ")))));
    const QStringList after = checkAfterHealing(round % 2 == 1);
    QVERIFY2(after.isEmpty(), qPrintable(QStringLiteral("round %1 (killed after %2 ms), after "
                                                        "healing:\n  %3")
                                             .arg(round)
                                             .arg(delayMs)
                                             .arg(after.join(QStringLiteral("\n  ")))));
}

void tst_Crash::readReport(int round, const QByteArray &output)
{
    // A kill may cut the last line short; only whole lines count (each was one write()).
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast();
    if (lines.isEmpty())
        ++m_roundsWithoutReport;
    for (const QByteArray &raw : std::as_const(lines)) {
        const QStringList words = QString::fromUtf8(raw).split(QLatin1Char(' '));
        const QString &verb = words.first();
        if (verb == QLatin1StringView("healed") && words.size() == 2) {
            const int healed = words.at(1).toInt();
            m_childHealed += healed;
            // The copy healed in the last round started from the very state this child did.
            if (m_pendingForChild >= 0)
                QCOMPARE(healed, m_pendingForChild);
            continue;
        }
        if (verb == QLatin1StringView("shift") && words.size() == 3) {
            ++m_shiftSteps;
            continue;
        }
        if (verb == QLatin1StringView("restocked") && words.size() == 3) {
            ++m_restocks;
            continue;
        }
        if (verb == QLatin1StringView("part") && words.size() == 5) {
            const auto it = m_reported.find(words.at(1));
            QVERIFY2(it != m_reported.end(), raw.constData());
            it->second.parts.append({words.at(2).toInt(), words.at(3), words.at(4).toLongLong()});
            continue;
        }
        if (verb == QLatin1StringView("returned") && words.size() == 5) {
            const auto it = m_reported.find(words.at(1));
            QVERIFY2(it != m_reported.end(), raw.constData());
            QVERIFY2(!it->second.returned, raw.constData());
            it->second.returned =
                ReportedReturn{words.at(2), words.at(3).toLongLong(), words.at(4).toLongLong()};
            continue;
        }
        QVERIFY2(words.size() == 2, raw.constData());
        const QString &orderId = words.at(1);
        if (verb == QLatin1StringView("placed")) {
            // An id reported twice means a committed order was lost and its number reused.
            if (const auto earlier = m_reported.find(orderId); earlier != m_reported.end()) {
                QFAIL(qPrintable(QStringLiteral("round %1: %2 was placed again; it was first "
                                                "reported in round %3")
                                     .arg(round)
                                     .arg(orderId)
                                     .arg(earlier->second.round)));
            }
            m_reported[orderId].round = round;
            continue;
        }
        const auto it = m_reported.find(orderId);
        QVERIFY2(it != m_reported.end(), raw.constData());
        if (verb == QLatin1StringView("paid"))
            it->second.paid = true;
        else if (verb == QLatin1StringView("cancelled"))
            it->second.cancelled = true;
        else if (verb == QLatin1StringView("completed"))
            it->second.completed = true;
        else
            QFAIL(raw.constData());
    }
}

// What must hold before anything heals: the file is sound and every reported order is
// there, durable as the commit that preceded its report.
QStringList tst_Crash::checkBeforeHealing()
{
    QStringList problems;
    RawDatabase db(m_shop.path());
    const QString integrity = db.value(QStringLiteral("PRAGMA integrity_check")).toString();
    if (integrity != QLatin1StringView("ok"))
        problems << QStringLiteral("integrity_check: %1").arg(integrity);
    std::set<QString> stored;
    for (const QVariantList &row : db.rows(QStringLiteral("SELECT order_id FROM orders")))
        stored.insert(row.at(0).toString());
    for (const auto &[orderId, reported] : m_reported) {
        if (!stored.contains(orderId))
            problems << QStringLiteral("%1 (reported in round %2) is missing")
                            .arg(orderId)
                            .arg(reported.round);
    }
    if (!db.error().isEmpty())
        problems << db.error();
    return problems;
}

QStringList tst_Crash::checkAfterHealing(bool healOriginal)
{
    QStringList problems;
    QString path = m_shop.path();
    if (!healOriginal) {
        // No connection is open now, so the file and its WAL are a consistent pair to copy.
        path = m_shop.dir.filePath(QStringLiteral("healed-copy.db"));
        QFile::remove(path + QStringLiteral("-shm")); // SQLite rebuilds the index from the WAL
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            const QString from = m_shop.path() + suffix;
            const QString to = path + suffix;
            QFile::remove(to);
            if (QFile::exists(from) && !QFile::copy(from, to))
                return {QStringLiteral("cannot copy %1 to %2").arg(from, to)};
        }
    }
    {
        SqliteOptions options;
        options.path = path;
        auto opened = SqliteStore::open(options);
        if (!opened)
            return {QStringLiteral("reopen: %1").arg(opened.error().message)};
        std::unique_ptr<SqliteStore> store = std::move(opened.value());
        ShopServices shop(*store);
        shop.work.setActor(QStringLiteral("tst_crash"));
        auto healed = shop.policies.runPending();
        if (!healed)
            return {QStringLiteral("runPending: %1").arg(healed.error().message)};
        if (healed.value() > 0) {
            ++m_roundsHealed;
            m_reactionsHealed += healed.value();
        }
        if (!healOriginal)
            m_pendingForChild = healed.value();
        auto again = shop.policies.runPending();
        if (!again || again.value() != 0)
            problems << QStringLiteral("a second runPending still found work");
        auto audit = store->audit();
        if (!audit)
            return {QStringLiteral("audit: %1").arg(audit.error().message)};
        for (const QString &error : std::as_const(audit->errors))
            problems << QStringLiteral("audit: %1").arg(error);
        for (const QString &warning : std::as_const(audit->warnings))
            problems
                << QStringLiteral("audit warning (no local command may oversell): %1").arg(warning);
    }
    RawDatabase db(path);
    problems << checkStore(db);
    if (!db.error().isEmpty())
        problems << db.error();
    return problems;
}

QStringList tst_Crash::checkStore(RawDatabase &db)
{
    QStringList problems;
    const QString integrity = db.value(QStringLiteral("PRAGMA integrity_check")).toString();
    if (integrity != QLatin1StringView("ok"))
        problems << QStringLiteral("integrity_check: %1").arg(integrity);

    std::map<QString, StoredOrder> orders;
    for (const QVariantList &row :
         db.rows(QStringLiteral("SELECT order_id, order_no, status, total FROM orders"))) {
        StoredOrder &order = orders[row.at(0).toString()];
        order.orderNo = row.at(1).toLongLong();
        order.status = row.at(2).toString();
        order.total = row.at(3).toLongLong();
    }
    for (const QVariantList &row :
         db.rows(QStringLiteral("SELECT order_id, product_id, qty, price, returned_qty FROM "
                                "order_lines ORDER BY order_id, line_no"))) {
        const auto it = orders.find(row.at(0).toString());
        if (it == orders.end()) {
            problems << QStringLiteral("order line of missing order %1").arg(row.at(0).toString());
            continue;
        }
        it->second.lines.append({row.at(1).toString(), row.at(2).toLongLong(),
                                 row.at(3).toLongLong(), row.at(4).toLongLong()});
    }
    for (const QVariantList &row : db.rows(
             QStringLiteral("SELECT order_id, CASE WHEN sum(amount - refunded) > 0 THEN "
                            "'approved' ELSE 'refunded' END, sum(amount - refunded), sum(refunded) "
                            "FROM payment_parts GROUP BY order_id"))) {
        const auto it = orders.find(row.at(0).toString());
        if (it == orders.end()) {
            problems << QStringLiteral("payment of missing order %1").arg(row.at(0).toString());
            continue;
        }
        it->second.paymentStatus = row.at(1).toString();
        it->second.paymentAmount = row.at(2).toLongLong();
        it->second.refunded = row.at(3).toLongLong();
    }
    for (const QVariantList &row :
         db.rows(QStringLiteral("SELECT order_id, part, method, amount, refunded, "
                                "coalesce(approval_code, '') FROM payment_parts ORDER BY order_id, "
                                "part"))) {
        const auto it = orders.find(row.at(0).toString());
        if (it == orders.end())
            continue; // named above
        it->second.parts.append({row.at(1).toInt(), row.at(2).toString(), row.at(3).toLongLong(),
                                 row.at(4).toLongLong(), row.at(5).toString()});
    }
    for (const QVariantList &row :
         db.rows(QStringLiteral("SELECT order_id, status FROM deliveries"))) {
        const auto it = orders.find(row.at(0).toString());
        if (it == orders.end()) {
            problems << QStringLiteral("delivery of missing order %1").arg(row.at(0).toString());
            continue;
        }
        it->second.deliveryStatus = row.at(1).toString();
    }

    // Order numbers never skip or repeat: an order lost after its commit would show as a gap.
    const qint64 maxOrderNo =
        db.value(QStringLiteral("SELECT coalesce(max(order_no), 0) FROM orders")).toLongLong();
    if (maxOrderNo != qint64(orders.size()))
        problems << QStringLiteral("%1 orders but the highest number is %2")
                        .arg(orders.size())
                        .arg(maxOrderNo);

    std::map<QString, StoredEvent> eventsById;
    std::map<qint64, QString> typeBySeq;
    std::map<QString, QStringList> eventsByOrder;
    std::map<QString, qint64> adjustedByProduct;
    for (const QVariantList &row :
         db.rows(QStringLiteral("SELECT seq, event_id, type, order_id, product_id, causation_id, "
                                "payload FROM events ORDER BY seq"))) {
        StoredEvent e{row.at(0).toLongLong(),
                      row.at(1).toString(),
                      row.at(2).toString(),
                      row.at(3).toString(),
                      row.at(4).toString(),
                      row.at(5).toString(),
                      QJsonDocument::fromJson(row.at(6).toString().toUtf8()).object()};
        typeBySeq[e.seq] = e.type;
        if (e.type == QLatin1StringView("StockAdjusted"))
            adjustedByProduct[e.productId] += e.payload.value(QStringLiteral("delta")).toInteger();
        if (!e.orderId.isEmpty()) {
            if (!orders.contains(e.orderId))
                problems << QStringLiteral("event %1 (%2) of missing order %3")
                                .arg(e.seq)
                                .arg(e.type, e.orderId);
            eventsByOrder[e.orderId]
                << (e.productId.isEmpty()
                        ? e.type
                        : stockKey(e.type, e.productId,
                                   e.payload.value(QStringLiteral("qty")).toInteger()));
        }
        eventsById[e.eventId] = e;
    }
    if (!typeBySeq.empty() && typeBySeq.rbegin()->first != qint64(typeBySeq.size()))
        problems << QStringLiteral("event seq is not dense: %1 events, highest seq %2")
                        .arg(typeBySeq.size())
                        .arg(typeBySeq.rbegin()->first);
    for (const QVariantList &row : db.rows(QStringLiteral(
             "SELECT origin, count(*), max(origin_seq) FROM events GROUP BY origin"))) {
        if (row.at(1).toLongLong() != row.at(2).toLongLong())
            problems << QStringLiteral("origin %1: %2 events but origin_seq reaches %3")
                            .arg(row.at(0).toString())
                            .arg(row.at(1).toLongLong())
                            .arg(row.at(2).toLongLong());
    }

    // Each event was caused by the event its policy reacts to, of the same order.
    for (const auto &[id, e] : eventsById) {
        QString cause = causeOf(e.type);
        // A return restocks and refunds in its own command: no policy caused those.
        if (e.causationId.isEmpty() &&
            (e.type == QLatin1StringView("StockIncreased") ||
             e.type == QLatin1StringView("PaymentRefunded")) &&
            orders.contains(e.orderId) && orders.at(e.orderId).hasReturns() &&
            (e.type == QLatin1StringView("StockIncreased") ||
             e.payload.value(QStringLiteral("returnNo")).toInt() > 0))
            cause.clear();
        if (cause.isEmpty()) {
            if (!e.causationId.isEmpty())
                problems << QStringLiteral("%1 %2 of %3 names a cause").arg(e.type, id, e.orderId);
            continue;
        }
        const auto it = eventsById.find(e.causationId);
        if (it == eventsById.end() || it->second.type != cause || it->second.orderId != e.orderId)
            problems << QStringLiteral("%1 of %2 is not caused by its order's %3")
                            .arg(e.type, e.orderId, cause);
    }

    // A policy's effect exists at most once.
    for (const QVariantList &row : db.rows(QStringLiteral(
             "SELECT causation_id, type, coalesce(product_id, ''), count(*) FROM events "
             "WHERE causation_id IS NOT NULL GROUP BY causation_id, type, coalesce(product_id, '') "
             "HAVING count(*) > 1"))) {
        problems << QStringLiteral("event %1 caused %2 (%3) %4 times")
                        .arg(row.at(0).toString(), row.at(1).toString(), row.at(2).toString())
                        .arg(row.at(3).toLongLong());
    }

    // Each triggering event has exactly its policies in the ledger, all processed.
    std::map<qint64, QStringList> policiesBySeq;
    for (const QVariantList &row :
         db.rows(QStringLiteral("SELECT event_seq, policy, processed_at FROM policy_runs"))) {
        policiesBySeq[row.at(0).toLongLong()] << row.at(1).toString();
        if (row.at(2).isNull())
            problems << QStringLiteral("policy %1 of event %2 is still unprocessed")
                            .arg(row.at(1).toString())
                            .arg(row.at(0).toLongLong());
    }
    for (const auto &[seq, type] : typeBySeq) {
        QStringList expected;
        for (const Policy policy : policiesFor(type))
            expected << policyName(policy);
        expected.sort();
        QStringList actual = policiesBySeq.contains(seq) ? policiesBySeq.at(seq) : QStringList();
        actual.sort();
        if (actual != expected)
            problems << QStringLiteral("event %1 (%2) has policies [%3], expected [%4]")
                            .arg(seq)
                            .arg(type, actual.join(QLatin1Char(',')),
                                 expected.join(QLatin1Char(',')));
    }
    for (const auto &[seq, policies] : policiesBySeq) {
        if (!typeBySeq.contains(seq))
            problems << QStringLiteral("policy_runs names event %1, which does not exist").arg(seq);
    }

    // The read model agrees with the orders, row for row.
    std::set<QString> viewed;
    for (const QVariantList &row :
         db.rows(QStringLiteral("SELECT order_id, status, total, line_count, payment_status, "
                                "delivery_status FROM order_view"))) {
        const QString orderId = row.at(0).toString();
        viewed.insert(orderId);
        const auto it = orders.find(orderId);
        if (it == orders.end()) {
            problems << QStringLiteral("order view row of missing order %1").arg(orderId);
            continue;
        }
        const StoredOrder &o = it->second;
        if (row.at(1).toString() != o.status || row.at(2).toLongLong() != o.total ||
            row.at(3).toLongLong() != o.lines.size() ||
            row.at(4).toString() != o.paymentStatus.value_or(QString()) ||
            row.at(5).toString() != o.deliveryStatus.value_or(QString()))
            problems << QStringLiteral(
                            "order view of %1 says %2/%3/%4 lines/payment %5/delivery %6; "
                            "the order is %7/%8/%9 lines/payment %10/delivery %11")
                            .arg(orderId, row.at(1).toString())
                            .arg(row.at(2).toLongLong())
                            .arg(row.at(3).toLongLong())
                            .arg(row.at(4).toString(), row.at(5).toString(), o.status)
                            .arg(o.total)
                            .arg(o.lines.size())
                            .arg(o.paymentStatus.value_or(QString()),
                                 o.deliveryStatus.value_or(QString()));
    }

    // Every order is whole: lines, total, payment and delivery fit its status, and its
    // events are exactly those of its path through the flow.
    std::map<QString, qint64> shippedByProduct;
    std::map<QString, qint64> reservedByProduct;
    for (const auto &[orderId, o] : orders) {
        if (o.lines.isEmpty())
            problems << QStringLiteral("%1 has no lines").arg(orderId);
        Money total = 0;
        for (const Line &line : o.lines) {
            total += (line.qty - line.returned) * line.price;
            if (line.returned < 0 || line.returned > line.qty)
                problems << QStringLiteral("%1: %2 of %3 returned of %4")
                                .arg(orderId)
                                .arg(line.returned)
                                .arg(line.productId)
                                .arg(line.qty);
        }
        if (total != o.total)
            problems << QStringLiteral("%1: total %2, lines add up to %3")
                            .arg(orderId)
                            .arg(o.total)
                            .arg(total);
        if (!viewed.contains(orderId))
            problems << QStringLiteral("%1 has no order view row").arg(orderId);
        // Paid, delivering and delivered orders hold exactly their total; a placed one may
        // hold a first part only (killed before its second).
        const bool settled =
            o.status != QLatin1StringView("placed") && o.status != QLatin1StringView("cancelled");
        if (o.paymentStatus &&
            (settled ? o.paymentAmount != o.total
                     : o.status == QLatin1StringView("placed") && o.paymentAmount >= o.total))
            problems << QStringLiteral("%1: paid %2 of %3")
                            .arg(orderId)
                            .arg(o.paymentAmount)
                            .arg(o.total);

        const QString payment = o.paymentStatus.value_or(QStringLiteral("none"));
        const QString delivery = o.deliveryStatus.value_or(QStringLiteral("none"));
        bool fits = false;
        if (o.status == QLatin1StringView("placed"))
            fits = (payment == QLatin1StringView("none") ||
                    (payment == QLatin1StringView("approved") && o.parts.size() == 1)) &&
                   delivery == QLatin1StringView("none");
        else if (o.status == QLatin1StringView("delivering"))
            fits = payment == QLatin1StringView("approved") &&
                   delivery == QLatin1StringView("started");
        else if (o.status == QLatin1StringView("delivered"))
            fits = payment == QLatin1StringView("approved") &&
                   delivery == QLatin1StringView("completed");
        else if (o.status == QLatin1StringView("cancelled"))
            fits = (payment == QLatin1StringView("none") ||
                    payment == QLatin1StringView("refunded")) &&
                   (delivery == QLatin1StringView("none") ||
                    delivery == QLatin1StringView("cancelled")) &&
                   (payment != QLatin1StringView("none") || delivery == QLatin1StringView("none"));
        // 'paid' does not fit either: once healed, StartDelivery has moved every paid order on.
        if (!fits)
            problems << QStringLiteral("%1 is %2 with payment %3 and delivery %4")
                            .arg(orderId, o.status, payment, delivery);

        QStringList actual =
            eventsByOrder.contains(orderId) ? eventsByOrder.at(orderId) : QStringList();
        actual.sort();
        const QStringList expected = expectedEvents(o);
        if (actual != expected)
            problems << QStringLiteral("%1 (%2) has events [%3], expected [%4]")
                            .arg(orderId, o.status, actual.join(QLatin1Char(' ')),
                                 expected.join(QLatin1Char(' ')));

        const bool shipped = o.status == QLatin1StringView("delivering") ||
                             o.status == QLatin1StringView("delivered");
        const bool reserving =
            o.status == QLatin1StringView("placed") || o.status == QLatin1StringView("paid");
        for (const Line &line : o.lines) {
            if (shipped)
                shippedByProduct[line.productId] += line.qty - line.returned;
            if (reserving)
                reservedByProduct[line.productId] += line.qty;
        }
    }

    // Stock from the orders' statuses, independent of the stock events the audit sums.
    for (const QVariantList &row :
         db.rows(QStringLiteral("SELECT product_id, on_hand, reserved FROM stock"))) {
        const QString productId = row.at(0).toString();
        const qint64 onHand = row.at(1).toLongLong();
        const qint64 reserved = row.at(2).toLongLong();
        const qint64 expectedOnHand = adjustedByProduct[productId] - shippedByProduct[productId];
        if (onHand != expectedOnHand || reserved != reservedByProduct[productId])
            problems << QStringLiteral("%1: on hand %2, reserved %3; the orders say %4 and %5")
                            .arg(productId)
                            .arg(onHand)
                            .arg(reserved)
                            .arg(expectedOnHand)
                            .arg(reservedByProduct[productId]);
        if (onHand - reserved < 0)
            problems << QStringLiteral("%1 is oversold: on hand %2, reserved %3")
                            .arg(productId)
                            .arg(onHand)
                            .arg(reserved);
    }

    // What the child reported, from every round so far.
    for (const auto &[orderId, reported] : m_reported) {
        const auto it = orders.find(orderId);
        if (it == orders.end()) {
            problems << QStringLiteral("%1 (reported in round %2) is missing")
                            .arg(orderId)
                            .arg(reported.round);
            continue;
        }
        const StoredOrder &o = it->second;
        const QString where = QStringLiteral("%1 (round %2)").arg(orderId).arg(reported.round);
        if (reported.cancelled && o.status != QLatin1StringView("cancelled"))
            problems << QStringLiteral("%1 was reported cancelled but is %2").arg(where, o.status);
        if (reported.completed && o.status != QLatin1StringView("delivered"))
            problems << QStringLiteral("%1 was reported completed but is %2").arg(where, o.status);
        if (reported.paid &&
            (o.status == QLatin1StringView("placed") || o.status == QLatin1StringView("paid")))
            problems << QStringLiteral("%1 was reported paid but is %2").arg(where, o.status);
        if (reported.paid && !o.paymentStatus)
            problems << QStringLiteral("%1 was reported paid but has no payment").arg(where);
        if (reported.paid && reported.cancelled &&
            (o.paymentStatus != QStringLiteral("refunded") ||
             o.deliveryStatus != QStringLiteral("cancelled")))
            problems << QStringLiteral("%1 was paid and cancelled but payment is %2, delivery %3")
                            .arg(where, o.paymentStatus.value_or(QStringLiteral("none")),
                                 o.deliveryStatus.value_or(QStringLiteral("none")));
        // The payment parts as reported: each in the store once, all of them once paid.
        for (const ReportedPart &part : reported.parts) {
            const bool stored = std::any_of(o.parts.begin(), o.parts.end(), [&](const auto &p) {
                return p.part == part.part && p.method == part.method && p.amount == part.amount;
            });
            if (!stored)
                problems << QStringLiteral("%1: part %2 (%3 %4) was reported but is not stored")
                                .arg(where)
                                .arg(part.part)
                                .arg(part.method)
                                .arg(part.amount);
        }
        if (reported.paid && o.parts.size() != reported.parts.size())
            problems << QStringLiteral("%1 was reported paid in %2 parts but has %3")
                            .arg(where)
                            .arg(reported.parts.size())
                            .arg(o.parts.size());
        for (const StoredPart &part : o.parts) {
            if (part.method == QLatin1StringView("card") && part.approval.isEmpty())
                problems
                    << QStringLiteral("%1: card part %2 has no approval").arg(where).arg(part.part);
        }
        if (reported.returned) {
            const ReportedReturn &r = *reported.returned;
            qint64 returned = 0;
            for (const Line &line : o.lines) {
                if (line.productId == r.productId)
                    returned += line.returned;
            }
            if (returned != r.qty)
                problems << QStringLiteral("%1 was reported returning %2 of %3 but %4 are returned")
                                .arg(where)
                                .arg(r.qty)
                                .arg(r.productId)
                                .arg(returned);
            if (o.refunded != r.refund)
                problems << QStringLiteral("%1 was reported refunding %2 but its parts refunded %3")
                                .arg(where)
                                .arg(r.refund)
                                .arg(o.refunded);
            if (r.refund <= 0)
                problems << QStringLiteral("%1: a return refunded nothing").arg(where);
        }
        if (!reported.paid && reported.cancelled && (o.paymentStatus || o.deliveryStatus))
            problems << QStringLiteral("%1 was cancelled unpaid but has a payment or delivery")
                            .arg(where);
    }
    return problems;
}

QTEST_GUILESS_MAIN(tst_Crash)
#include "tst_crash.moc"
