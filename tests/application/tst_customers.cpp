// The customer book through the services on real SQLite files: registering, the search by
// phone digits and by a part of a name, the order panel's lookup, a new customer saved with
// the first order and a new address with a later one (once, whatever restarts), the erasure
// in the book, the order list, its search and the orders, kept by a rebuild from the log, and
// remote customer events checked like any other terminal's.

#include "customerbook.h"
#include "testshop.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;

class tst_Customers : public QObject
{
    Q_OBJECT

private slots:
    void registerStoresTheCustomerAndItsEvent();
    void badInputChangesNothing();
    void searchFindsPartsOfPhonesAndNames();
    void searchKeepsToTheLimit();
    void lookupByPhoneGivesTheExactNumberFirst();
    void editChangesTheBookAndTheSearch();
    void firstOrderSavesTheCustomerAndLaterOrdersTheirAddresses();
    void ordersAreSavedOnceAfterARestart();
    void detailsGiveTheOrdersAndTotals();
    void erasureReachesTheBookAndTheOrderList();
    void rebuildFromTheLogKeepsTheErasure();
    void onlyAManagerErases();
    void remoteOrdersRegisterNoCopy();
    void badRemoteCustomerIsKeptAside();

private:
    static QList<QString> ids(const QList<CustomerRecord> &customers)
    {
        QList<QString> list;
        for (const CustomerRecord &c : customers)
            list << c.customerId;
        return list;
    }
    static qint64 count(TestShop &t, const QString &sql)
    {
        QSqlQuery q(t.store->database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    static QStringList typesOf(TestShop &t, QLatin1StringView type)
    {
        EventQuery query;
        query.types = {QString(type)};
        QStringList found;
        for (const DomainEvent &e : t.shop->orders.events(query).value())
            found << e.type;
        return found;
    }
    static CustomerRecord add(TestShop &t, const QString &name, const QStringList &phones,
                              const QStringList &addresses = {})
    {
        auto added = t.shop->customers.registerCustomer(name, phones, addresses);
        if (!added)
            qFatal("register %s: %s", qPrintable(name), qPrintable(added.error().message));
        return added.value();
    }
    static QString place(TestShop &t, const QString &name, const QString &phone,
                         const QString &address)
    {
        auto placed =
            t.shop->orders.placeOrder({name, phone, address}, {{QStringLiteral("P1"), 1}});
        if (!placed)
            qFatal("place: %s", qPrintable(placed.error().message));
        return placed->order.orderId();
    }
};

void tst_Customers::registerStoresTheCustomerAndItsEvent()
{
    TestShop t;
    const CustomerRecord kim = add(t, QStringLiteral("김민수"), {QStringLiteral("010-1234-5678")},
                                   {QStringLiteral("서울 강남구 1")});
    QCOMPARE(kim.customerId, QStringLiteral("T1-C000001"));
    QCOMPARE(kim.phoneDigits(), QStringList{QStringLiteral("01012345678")});
    QVERIFY(kim.registeredAt.isValid());
    QCOMPARE(add(t, QStringLiteral("Lee"), {}).customerId, QStringLiteral("T1-C000002"));
    const CustomerRecord found = t.shop->customers.customer(kim.customerId).value();
    QCOMPARE(found, kim);
    QCOMPARE(typesOf(t, EventType::CustomerRegistered).size(), 2);
    QCOMPARE(t.shop->customers.customer(QStringLiteral("T1-C000009")).error().code,
             ErrorCode::NotFound);
    QVERIFY2(t.audit().ok(), qPrintable(t.audit().errors.join(u'\n')));
}

void tst_Customers::badInputChangesNothing()
{
    TestShop t;
    const qint64 events = t.eventCount();
    for (const QStringList &phones :
         {QStringList{QStringLiteral("1234")},
          QStringList{QStringLiteral("010-1234-5678"), QStringLiteral("01012345678")}}) {
        const auto refused = t.shop->customers.registerCustomer(QStringLiteral("Kim"), phones);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    }
    QCOMPARE(t.shop->customers.registerCustomer(QStringLiteral(" "), {}).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(t.eventCount(), events);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM customers")), 0);
    QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM customer_keys")), 0);
}

void tst_Customers::searchFindsPartsOfPhonesAndNames()
{
    TestShop t;
    const QString kim =
        add(t, QStringLiteral("김민수"), {QStringLiteral("010-1234-5678")}).customerId;
    const QString park =
        add(t, QStringLiteral("Jimin Park"), {QStringLiteral("010-9876-4321")}).customerId;
    const QString lee = add(t, QStringLiteral("이민수"),
                            {QStringLiteral("02 555 5678"), QStringLiteral("010 4444 0000")})
                            .customerId;
    CustomerService &book = t.shop->customers;
    // The last four digits, typed with or without separators; the whole number.
    QCOMPARE(ids(book.search(QStringLiteral("5678")).value()), (QList<QString>{kim, lee}));
    QCOMPARE(ids(book.search(QStringLiteral("010-1234-5678")).value()), QList<QString>{kim});
    QCOMPARE(ids(book.search(QStringLiteral("1234")).value()), QList<QString>{kim});
    QCOMPARE(ids(book.search(QStringLiteral("4444")).value()), QList<QString>{lee});
    // A part of a Korean name, anywhere in it; English without regard to case.
    QCOMPARE(ids(book.search(QStringLiteral("민수")).value()), (QList<QString>{kim, lee}));
    QCOMPARE(ids(book.search(QStringLiteral("김민")).value()), QList<QString>{kim});
    QCOMPARE(ids(book.search(QStringLiteral("수")).value()), (QList<QString>{kim, lee}));
    QCOMPARE(ids(book.search(QStringLiteral("PARK")).value()), QList<QString>{park});
    QCOMPARE(ids(book.search(QStringLiteral("min p")).value()), QList<QString>{park});
    QVERIFY(book.search(QStringLiteral("박")).value().isEmpty());
    QVERIFY(book.search(QStringLiteral("  ")).value().isEmpty());
    // The list pages through the book by name.
    ListQuery page;
    page.limit = 2;
    QCOMPARE(ids(book.customers(page).value()), (QList<QString>{park, kim}));
    page.offset = 2;
    QCOMPARE(ids(book.customers(page).value()), QList<QString>{lee});
}

void tst_Customers::searchKeepsToTheLimit()
{
    TestShop t;
    QVERIFY(t.shop->work.beginBatch().ok());
    for (int i = 0; i < 30; ++i) {
        // Names that match the search by several of their suffixes: each customer counts once.
        add(t, QStringLiteral("민민민 %1").arg(i),
            {QStringLiteral("010-7777-%1").arg(i, 4, 10, QLatin1Char('0'))});
    }
    QVERIFY(t.shop->work.endBatch().ok());
    const QList<CustomerRecord> found = t.shop->customers.search(QStringLiteral("민"), 7).value();
    QCOMPARE(found.size(), 7);
    const QList<QString> foundIds = ids(found);
    QCOMPARE(QSet<QString>(foundIds.cbegin(), foundIds.cend()).size(), 7);
    QCOMPARE(t.shop->customers.search(QStringLiteral("7777"), 100).value().size(), 30);
}

void tst_Customers::lookupByPhoneGivesTheExactNumberFirst()
{
    TestShop t;
    const QString longer =
        add(t, QStringLiteral("Kim"), {QStringLiteral("+82 10 1234 5678")}).customerId;
    const QString exact =
        add(t, QStringLiteral("Lee"), {QStringLiteral("010-1234-5678")}).customerId;
    const PhoneLookup found =
        t.shop->customers.lookupByPhone(QStringLiteral("010 1234 5678")).value();
    QCOMPARE(ids(found.exact), QList<QString>{exact});
    QVERIFY(ids(found.candidates).isEmpty()); // 8210... does not hold 010...
    const PhoneLookup typing = t.shop->customers.lookupByPhone(QStringLiteral("5678")).value();
    QVERIFY(typing.exact.isEmpty());
    const QList<QString> candidates = ids(typing.candidates);
    QCOMPARE(QSet<QString>(candidates.cbegin(), candidates.cend()), (QSet<QString>{longer, exact}));
    QVERIFY(t.shop->customers.lookupByPhone(QStringLiteral("kim")).value().candidates.isEmpty());
}

void tst_Customers::editChangesTheBookAndTheSearch()
{
    TestShop t;
    const QString id =
        add(t, QStringLiteral("김민수"), {QStringLiteral("010-1234-5678")}).customerId;
    CustomerEdit edit;
    edit.name = QStringLiteral("박지영");
    edit.phones = QStringList{QStringLiteral("010-2222-3333")};
    const CustomerRecord edited = t.shop->customers.editCustomer(id, edit).value();
    QCOMPARE(edited.name, QStringLiteral("박지영"));
    QVERIFY(t.shop->customers.search(QStringLiteral("민수")).value().isEmpty());
    QVERIFY(t.shop->customers.search(QStringLiteral("5678")).value().isEmpty());
    QCOMPARE(ids(t.shop->customers.search(QStringLiteral("3333")).value()), QList<QString>{id});
    QCOMPARE(typesOf(t, EventType::CustomerChanged).size(), 1);
    // The same again records nothing; an unknown id is not found.
    QVERIFY(t.shop->customers.editCustomer(id, edit).ok());
    QCOMPARE(typesOf(t, EventType::CustomerChanged).size(), 1);
    QCOMPARE(t.shop->customers.editCustomer(QStringLiteral("T1-C000404"), edit).error().code,
             ErrorCode::NotFound);
    QVERIFY2(t.audit().ok(), qPrintable(t.audit().errors.join(u'\n')));
}

void tst_Customers::firstOrderSavesTheCustomerAndLaterOrdersTheirAddresses()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 100);
    const QString first = place(t, QStringLiteral("김민수"), QStringLiteral("010-1234-5678"),
                                QStringLiteral("서울 1"));
    QList<CustomerRecord> book = t.shop->customers.customers({}).value();
    QCOMPARE(book.size(), 1);
    QCOMPARE(book.first().name, QStringLiteral("김민수"));
    QCOMPARE(book.first().phones, QStringList{QStringLiteral("010-1234-5678")});
    QCOMPARE(book.first().addresses, QStringList{QStringLiteral("서울 1")});
    // The customer's event is the order's, in the same transaction.
    EventQuery all;
    const QList<DomainEvent> events = t.shop->orders.events(all).value();
    QCOMPARE(events.last().type, QString(EventType::CustomerRegistered));
    QVERIFY(events.last().causationId.isEmpty());
    QVERIFY(!first.isEmpty());

    // The same phone typed otherwise, to a new address: added, the most recent last.
    place(t, QStringLiteral("김민수"), QStringLiteral("01012345678"), QStringLiteral("부산 2"));
    book = t.shop->customers.customers({}).value();
    QCOMPARE(book.size(), 1);
    QCOMPARE(book.first().addresses,
             (QStringList{QStringLiteral("서울 1"), QStringLiteral("부산 2")}));
    // The last address again changes nothing; an order without a phone neither.
    place(t, QStringLiteral("김민수"), QStringLiteral("010 1234 5678"), QStringLiteral("부산 2"));
    place(t, QStringLiteral("Walk-in"), QString(), QStringLiteral("부산 2"));
    QCOMPARE(typesOf(t, EventType::CustomerRegistered).size(), 1);
    QCOMPARE(typesOf(t, EventType::CustomerChanged).size(), 1);
    QCOMPARE(t.shop->customers.customers({}).value().size(), 1);
    // The order panel: the phone finds the customer, the name and the last address.
    const PhoneLookup found =
        t.shop->customers.lookupByPhone(QStringLiteral("010-1234-5678")).value();
    QCOMPARE(found.exact.size(), 1);
    QCOMPARE(found.exact.first().lastAddress(), QStringLiteral("부산 2"));
    QVERIFY2(t.audit().ok(), qPrintable(t.audit().errors.join(u'\n')));
}

void tst_Customers::ordersAreSavedOnceAfterARestart()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 100);
    place(t, QStringLiteral("Kim"), QStringLiteral("010-1234-5678"), QStringLiteral("A"));
    // Another process opens the file, heals what is pending and places again.
    SqliteOptions options;
    options.path = t.path();
    auto reopened = SqliteStore::open(options);
    QVERIFY(reopened.ok());
    ShopServices again(*reopened.value());
    QVERIFY(again.policies.runPending().ok());
    QVERIFY(again.orders
                .placeOrder(
                    {QStringLiteral("Kim"), QStringLiteral("010-1234-5678"), QStringLiteral("A")},
                    {{QStringLiteral("P1"), 1}})
                .ok());
    QCOMPARE(again.customers.customers({}).value().size(), 1);
    QCOMPARE(typesOf(t, EventType::CustomerRegistered).size(), 1);
    QCOMPARE(typesOf(t, EventType::CustomerChanged).size(), 0);
}

void tst_Customers::detailsGiveTheOrdersAndTotals()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 100);
    const QString a = place(t, QStringLiteral("Kim"), QStringLiteral("010-1234-5678"), {});
    const QString b = place(t, QStringLiteral("Kim"), QStringLiteral("010 1234 5678"), {});
    const QString c = place(t, QStringLiteral("Kim"), QStringLiteral("01012345678"), {});
    place(t, QStringLiteral("Other"), QStringLiteral("010-0000-0000"), {});
    QVERIFY(t.shop->orders.payOrder(a, PaymentMethod::Cash).ok());
    QVERIFY(t.shop->orders.cancelOrder(c, QStringLiteral("changed mind")).ok());
    const QString id = t.shop->customers.lookupByPhone(QStringLiteral("01012345678"))
                           .value()
                           .exact.first()
                           .customerId;
    const CustomerDetails details = t.shop->customers.details(id).value();
    QCOMPARE(details.orders.size(), 3);
    QCOMPARE(details.orders.first().orderId, c); // newest first
    QCOMPARE(details.orders.last().orderId, a);
    QCOMPARE(details.totals, (CustomerTotals{3, 1, 2000, 1000}));
    QVERIFY(!b.isEmpty());
}

void tst_Customers::erasureReachesTheBookAndTheOrderList()
{
    TestShop t;
    t.staff(QStringLiteral("Boss"), QStringLiteral("2468"));
    t.product(QStringLiteral("P1"), 1000, 100);
    const QString order = place(t, QStringLiteral("김민수"), QStringLiteral("010-1234-5678"),
                                QStringLiteral("서울 1"));
    const QString other = place(t, QStringLiteral("김민지"), QStringLiteral("010-9999-0000"),
                                QStringLiteral("서울 2"));
    const QString id = t.shop->customers.search(QStringLiteral("민수")).value().first().customerId;
    const CustomerRecord erased = t.shop->customers.eraseCustomer(id).value();
    QCOMPARE(erased.name, CustomerRecord::erasedName());
    QVERIFY(erased.erased && erased.phones.isEmpty() && erased.addresses.isEmpty());
    QCOMPARE(typesOf(t, EventType::CustomerErased).size(), 1);

    // The book and its search forget the customer.
    QVERIFY(t.shop->customers.search(QStringLiteral("민수")).value().isEmpty());
    QVERIFY(t.shop->customers.search(QStringLiteral("5678")).value().isEmpty());
    QVERIFY(
        t.shop->customers.lookupByPhone(QStringLiteral("010-1234-5678")).value().exact.isEmpty());
    // The order list, its search and the order keep the money, not the person.
    const OrderView view = t.store->findOrderView(order).value().value();
    QCOMPARE(view.customerName, CustomerRecord::erasedName());
    QVERIFY(view.customerPhone.isEmpty() && view.customerAddress.isEmpty());
    QCOMPARE(view.total, 1000);
    const OrderDetails details = t.order(order);
    QCOMPARE(details.order.customer().name, CustomerRecord::erasedName());
    QVERIFY(details.order.customer().phone.isEmpty());
    ListQuery byName;
    byName.search = QStringLiteral("김민수");
    QVERIFY(t.store->orderViews(byName).value().isEmpty());
    byName.search = QStringLiteral("김민지");
    QCOMPARE(t.store->orderViews(byName).value().size(), 1);
    QCOMPARE(t.store->findOrderView(other).value()->customerName, QStringLiteral("김민지"));
    QCOMPARE(t.shop->customers.eraseCustomer(id).error().code, ErrorCode::InvalidState);
    QVERIFY2(t.audit().ok(), qPrintable(t.audit().errors.join(u'\n')));

    // The same phone afterwards is a new customer, and that order keeps its customer.
    const QString later = place(t, QStringLiteral("김민수"), QStringLiteral("010-1234-5678"),
                                QStringLiteral("서울 3"));
    QCOMPARE(t.store->findOrderView(later).value()->customerName, QStringLiteral("김민수"));
    QCOMPARE(t.shop->customers.search(QStringLiteral("5678")).value().size(), 1);
    QVERIFY2(t.audit().ok(), qPrintable(t.audit().errors.join(u'\n')));
}

void tst_Customers::rebuildFromTheLogKeepsTheErasure()
{
    TestShop t;
    t.product(QStringLiteral("P1"), 1000, 100);
    const QString before = place(t, QStringLiteral("Kim"), QStringLiteral("010-1234-5678"), {});
    const QString id = t.shop->customers.search(QStringLiteral("kim")).value().first().customerId;
    QVERIFY(t.shop->customers.eraseCustomer(id).ok());
    const QString after = place(t, QStringLiteral("Kim"), QStringLiteral("010-1234-5678"), {});
    const QList<CustomerRecord> bookBefore = t.shop->customers.customers({}).value();

    QVERIFY(t.store->rebuildReadModel().ok());
    QVERIFY(t.store->rebuildCustomers().ok());
    QCOMPARE(t.store->findOrderView(before).value()->customerName, CustomerRecord::erasedName());
    QCOMPARE(t.store->findOrderView(after).value()->customerName, QStringLiteral("Kim"));
    QCOMPARE(t.shop->customers.customers({}).value(), bookBefore);
    QCOMPARE(ids(t.shop->customers.search(QStringLiteral("kim")).value()),
             QList<QString>{QStringLiteral("T1-C000002")});
    QVERIFY2(t.audit().ok(), qPrintable(t.audit().errors.join(u'\n')));
    // verify notices a book that the log does not tell.
    QSqlQuery q(t.store->database());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE customers SET note = 'x' WHERE customer_id = 'T1-C000002'")));
    QVERIFY(!t.audit().ok());
}

void tst_Customers::onlyAManagerErases()
{
    TestShop t;
    t.staff(QStringLiteral("Boss"), QStringLiteral("2468"),
            {{QStringLiteral("Clerk"), QStringLiteral("1357")}});
    const QString id = add(t, QStringLiteral("Kim"), {QStringLiteral("010-1234-5678")}).customerId;
    QVERIFY(t.shop->users.logIn(QStringLiteral("Clerk"), QStringLiteral("1357")).ok());
    QVERIFY(t.shop->customers.registerCustomer(QStringLiteral("Lee"), {}).ok());
    QCOMPARE(t.shop->customers.eraseCustomer(id).error().code, ErrorCode::Forbidden);
    QCOMPARE(t.shop->customers.customer(id)->name, QStringLiteral("Kim"));
}

void tst_Customers::remoteOrdersRegisterNoCopy()
{
    TestShop t1(QStringLiteral("T1"));
    TestShop t2(QStringLiteral("T2"));
    t1.product(QStringLiteral("P1"), 1000, 100);
    place(t1, QStringLiteral("Kim"), QStringLiteral("010-1234-5678"), QStringLiteral("A"));
    t2.receiveFrom(t1);
    const QList<CustomerRecord> book = t2.shop->customers.customers({}).value();
    QCOMPARE(ids(book), QList<QString>{QStringLiteral("T1-C000001")});
    QCOMPARE(typesOf(t2, EventType::CustomerRegistered).size(), 1);
    QVERIFY2(t2.audit().ok(), qPrintable(t2.audit().errors.join(u'\n')));
    // An erasure made on T1 reaches T2's book and order list.
    QVERIFY(t1.shop->customers.eraseCustomer(QStringLiteral("T1-C000001")).ok());
    t2.receiveFrom(t1);
    QCOMPARE(t2.shop->customers.customer(QStringLiteral("T1-C000001"))->name,
             CustomerRecord::erasedName());
    QCOMPARE(t2.store->findOrderView(QStringLiteral("T1-000001")).value()->customerName,
             CustomerRecord::erasedName());
    QVERIFY2(t2.audit().ok(), qPrintable(t2.audit().errors.join(u'\n')));
}

void tst_Customers::badRemoteCustomerIsKeptAside()
{
    TestShop t;
    const auto remote = [&](const QString &origin, const QJsonObject &payload, qint64 seq) {
        DomainEvent event = DomainEvent::make(EventType::CustomerRegistered, {}, {}, payload);
        event.eventId = newEventId(QDateTime::currentDateTimeUtc());
        event.origin = origin;
        event.originSeq = seq;
        event.actor = QStringLiteral("someone");
        event.occurredAt = QDateTime::currentDateTimeUtc();
        return RemoteEvent{event, seq, {}};
    };
    const QJsonObject bad{{"customerId", "T2-C000001"},
                          {"name", "Lee"},
                          {"phones", QJsonArray{"12"}},
                          {"addresses", QJsonArray()},
                          {"note", ""}};
    QJsonObject notTheirs = bad;
    notTheirs["phones"] = QJsonArray{"010-2222-3333"};
    notTheirs["customerId"] = "T1-C000001";
    const RemoteApplied applied = t.shop->sync
                                      .applyRemote({remote(QStringLiteral("T2"), bad, 1),
                                                    remote(QStringLiteral("T2"), notTheirs, 2)})
                                      .value();
    QCOMPARE(applied.keptAside, 2);
    QCOMPARE(applied.applied, 0);
    QCOMPARE(t.shop->customers.customers({}).value().size(), 0);
    QVERIFY(!t.audit().ok()); // verify names what was kept aside
}

QTEST_GUILESS_MAIN(tst_Customers)
#include "tst_customers.moc"
