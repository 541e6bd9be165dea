// Customers between two terminals through a real shopdesk-hub, each terminal a database driven
// by the real shopdesk-cli and synced with `sync --hub`: a customer registered on T1 (and one
// saved with an order) is found on T2; an edit on T2 comes back to T1; the erasure on T1
// reaches T2's book and its order list; a remote order never registers a second copy.

#include "clidatabase.h"
#include "hubprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ShopDesk::Testing;

#ifndef SHOPDESK_CLI
#error "SHOPDESK_CLI must name the shopdesk-cli binary"
#endif
#ifndef SHOPDESK_HUB
#error "SHOPDESK_HUB must name the shopdesk-hub binary"
#endif

class tst_CustomerSync : public QObject
{
    Q_OBJECT

private slots:
    void customersTravelBetweenTerminals();

private:
    ProcessRun cli(const QString &db, const QStringList &args)
    {
        return runCliOn(QStringLiteral(SHOPDESK_CLI), db, args);
    }
    QJsonArray found(const QString &db, const QString &search)
    {
        return cli(db, {"--json", "customer", "list", "--search", search}).array();
    }

    QTemporaryDir m_dir;
};

void tst_CustomerSync::customersTravelBetweenTerminals()
{
    HubProcess hub(QStringLiteral(SHOPDESK_HUB), m_dir.filePath(QStringLiteral("hub.db")));
    const QString t1Token = writeTokenFile(hub, QStringLiteral("T1"), m_dir.path());
    const QString t2Token = writeTokenFile(hub, QStringLiteral("T2"), m_dir.path());
    QVERIFY(!t1Token.isEmpty() && !t2Token.isEmpty());
    QVERIFY2(hub.start(), qPrintable(hub.errText()));
    const QString url = hub.url().toString();
    const QString t1 = m_dir.filePath(QStringLiteral("t1.db"));
    const QString t2 = m_dir.filePath(QStringLiteral("t2.db"));
    const auto sync = [&](const QString &db, const QString &token) {
        const ProcessRun run = cli(db, {"sync", "--hub", url, "--token-file", token});
        return run.ok() ? QString() : run.describe();
    };
    QVERIFY(cli(t1, {"--terminal", "T1", "product", "add", "--id", "P1", "--name", "Apple",
                     "--price", "1000"})
                .ok());
    QVERIFY(cli(t1, {"stock", "adjust", "--product", "P1", "--delta", "10"}).ok());
    QVERIFY(cli(t2, {"--terminal", "T2", "verify"}).ok());

    // T1: one customer registered by hand, one saved with an order.
    QVERIFY(
        cli(t1, {"customer", "add", "김민수", "--phone", "010-1234-5678", "--address", "서울 1"})
            .ok());
    QVERIFY(cli(t1, {"order", "place", "--customer", "Jimin Park", "--phone", "010-9999-0000",
                     "--address", "Busan 2", "--item", "P1:1"})
                .ok());
    QCOMPARE(sync(t1, t1Token), QString());
    QCOMPARE(sync(t2, t2Token), QString());
    QJsonArray onT2 = found(t2, QStringLiteral("5678"));
    QCOMPARE(onT2.size(), 1);
    QCOMPARE(onT2.first().toObject().value("customerId").toString(), QStringLiteral("T1-C000001"));
    QCOMPARE(found(t2, QStringLiteral("민수")).size(), 1);
    onT2 = found(t2, QStringLiteral("park"));
    QCOMPARE(onT2.size(), 1);
    QCOMPARE(onT2.first().toObject().value("customerId").toString(), QStringLiteral("T1-C000002"));
    // The remote order registered no copy on T2: the book holds T1's two customers.
    QCOMPARE(cli(t2, {"--json", "customer", "list"}).array().size(), 2);

    // An edit on T2 comes back to T1.
    QVERIFY(cli(t2, {"customer", "edit", "T1-C000001", "--note", "VIP"}).ok());
    QCOMPARE(sync(t2, t2Token), QString());
    QCOMPARE(sync(t1, t1Token), QString());
    QCOMPARE(cli(t1, {"--json", "customer", "show", "T1-C000001"}).json().value("note").toString(),
             QStringLiteral("VIP"));

    // The erasure on T1 reaches T2: its book and the order list forget the customer.
    const ProcessRun erased = cli(t1, {"customer", "erase", "T1-C000002"});
    QVERIFY2(erased.ok(), qPrintable(erased.describe()));
    QCOMPARE(sync(t1, t1Token), QString());
    QCOMPARE(sync(t2, t2Token), QString());
    QCOMPARE(found(t2, QStringLiteral("park")).size(), 0);
    QCOMPARE(found(t2, QStringLiteral("9999")).size(), 0);
    const QJsonObject order = cli(t2, {"--json", "order", "show", "T1-000001"}).json();
    QCOMPARE(order.value("customer").toObject().value("name").toString(),
             QStringLiteral("(erased)"));
    QCOMPARE(order.value("total").toInt(), 1000);
    const QJsonArray listed = cli(t2, {"--json", "order", "list", "--search", "Jimin"}).array();
    QCOMPARE(listed.size(), 0);
    QVERIFY(cli(t1, {"verify"}).ok());
    const ProcessRun verified = cli(t2, {"verify"});
    QVERIFY2(verified.ok(), qPrintable(verified.describe()));
}

QTEST_GUILESS_MAIN(tst_CustomerSync)
#include "tst_customersync.moc"
