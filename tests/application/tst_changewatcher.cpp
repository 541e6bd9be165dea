#include "changewatcher.h"
#include "testshop.h"

#include <QSignalSpy>
#include <QTest>

using namespace ShopDesk;
using namespace ShopDesk::Testing;

class tst_ChangeWatcher : public QObject
{
    Q_OBJECT
private slots:
    void ownCommitsAreNotExternal();
    void anotherConnectionsCommitResetsTheBusOnce();
    void pollsByItself();
};

namespace {
std::unique_ptr<SqliteStore> secondConnection(const TestShop &t)
{
    SqliteOptions options;
    options.path = t.path();
    auto opened = SqliteStore::open(options);
    if (!opened)
        qFatal("cannot open a second connection: %s", qPrintable(opened.error().message));
    return std::move(opened.value());
}
} // namespace

void tst_ChangeWatcher::ownCommitsAreNotExternal()
{
    TestShop t;
    ChangeWatcher watcher(*t.store, t.shop->bus);
    QSignalSpy resets(&t.shop->bus, &EventBus::reset);
    QVERIFY(resets.isValid());
    watcher.start();
    t.product(QStringLiteral("P1"), 1000, 5);
    QVERIFY(!watcher.check());
    QCOMPARE(resets.count(), 0);
}

void tst_ChangeWatcher::anotherConnectionsCommitResetsTheBusOnce()
{
    TestShop t;
    ChangeWatcher watcher(*t.store, t.shop->bus);
    QSignalSpy resets(&t.shop->bus, &EventBus::reset);
    QSignalSpy seen(&watcher, &ChangeWatcher::externalChangeSeen);
    QVERIFY(resets.isValid() && seen.isValid());
    watcher.start();

    const std::unique_ptr<SqliteStore> other = secondConnection(t);
    ShopServices otherShop(*other);
    otherShop.work.setActor(QStringLiteral("cli"));
    QVERIFY(
        otherShop.inventory.registerProduct(QStringLiteral("P9"), QStringLiteral("Tea"), 900).ok());

    QVERIFY(watcher.check());
    QCOMPARE(seen.count(), 1);
    QCOMPARE(resets.count(), 1);
    // What the reset tells listeners to read again is there for this connection.
    QCOMPARE(t.shop->inventory.product(QStringLiteral("P9"))->productName, QStringLiteral("Tea"));
    // Nothing new since: no second reset.
    QVERIFY(!watcher.check());
    QCOMPARE(resets.count(), 1);
}

void tst_ChangeWatcher::pollsByItself()
{
    TestShop t;
    ChangeWatcher watcher(*t.store, t.shop->bus);
    watcher.setInterval(50);
    QSignalSpy resets(&t.shop->bus, &EventBus::reset);
    watcher.start();
    const std::unique_ptr<SqliteStore> other = secondConnection(t);
    ShopServices otherShop(*other);
    otherShop.work.setActor(QStringLiteral("cli"));
    QVERIFY(
        otherShop.inventory.registerProduct(QStringLiteral("P9"), QStringLiteral("Tea"), 900).ok());
    QTRY_COMPARE_WITH_TIMEOUT(resets.count(), 1, 2000);
    watcher.stop();
    QVERIFY(otherShop.inventory.adjustStock(QStringLiteral("P9"), 3).ok());
    QTest::qWait(200);
    QCOMPARE(resets.count(), 1);
}

QTEST_GUILESS_MAIN(tst_ChangeWatcher)
#include "tst_changewatcher.moc"
