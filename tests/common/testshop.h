#pragma once

#include "shopservices.h"
#include "sqlitestore.h"
#include "syncservice.h"

#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>
#include <utility>

namespace ShopDesk::Testing {

// A real SQLite file in a fresh temporary folder, with the services over it.
struct TestShop
{
    QTemporaryDir dir;
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<ShopServices> shop;

    explicit TestShop(const QString &terminal = QStringLiteral("T1"))
    {
        SqliteOptions options;
        options.path = path();
        options.terminal = terminal;
        auto opened = SqliteStore::open(options);
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error().message));
        store = std::move(opened.value());
        shop = std::make_unique<ShopServices>(*store);
        shop->work.setActor(QStringLiteral("tester"));
    }

    QString path() const { return dir.filePath(QStringLiteral("shop.db")); }

    // Registers a product with the given stock on hand.
    void product(const QString &id, Money price, qint64 onHand, const QString &name = {})
    {
        auto made = shop->inventory.registerProduct(
            id, name.isEmpty() ? QStringLiteral("Product ") + id : name, price);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        if (onHand > 0) {
            auto received = shop->inventory.adjustStock(id, onHand);
            QVERIFY2(received.ok(),
                     qPrintable(received.ok() ? QString() : received.error().message));
        }
    }

    StockRow stock(const QString &id) const
    {
        auto row = shop->inventory.stockOf(id);
        if (!row)
            qFatal("no stock row for %s", qPrintable(id));
        return row.value();
    }

    OrderDetails order(const QString &id) const
    {
        auto details = shop->orders.order(id);
        if (!details)
            qFatal("no order %s", qPrintable(id));
        return details.value();
    }

    QStringList eventTypes(const QString &orderId) const
    {
        EventQuery query;
        query.orderId = orderId;
        QStringList types;
        for (const DomainEvent &e : shop->orders.events(query).value())
            types << e.type;
        return types;
    }

    qint64 eventCount() const { return store->eventCount().value(); }

    // What a hub would bring: every event of `other` applied here as another terminal's,
    // numbered after the ones received so far (no hub, no network).
    void receiveFrom(const TestShop &other)
    {
        QList<RemoteEvent> batch;
        qint64 seq = shop->sync.lastGlobalSeq().value();
        const Status read = other.store->visitEvents({}, [&](const DomainEvent &event) {
            batch.append({event, ++seq, {}});
        });
        QVERIFY(read.ok());
        const Result<RemoteApplied> applied = shop->sync.applyRemote(batch);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    }

    AuditReport audit() const { return store->audit().value(); }

    // Users for a test: PIN checks made quick (few PBKDF2 rounds, no delay after a wrong PIN),
    // the first manager, logged in, and clerks given as {name, PIN}.
    void staff(const QString &manager, const QString &pin,
               const QList<std::pair<QString, QString>> &clerks = {})
    {
        UserService &users = shop->users;
        users.setIterations(1000);
        users.setFailureDelay(std::chrono::milliseconds(0));
        QVERIFY(users.createFirstManager(manager, pin).ok());
        QVERIFY(users.logIn(manager, pin).ok());
        for (const auto &[name, clerkPin] : clerks)
            QVERIFY(users.addUser(name, Role::Clerk, clerkPin).ok());
    }
};

} // namespace ShopDesk::Testing
