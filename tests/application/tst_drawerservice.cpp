#include "../common/testshop.h"

#include <QTest>

using namespace ShopDesk;
using namespace ShopDesk::Testing;

// The cash drawer's openings through the service: a manager opens it on demand, a clerk only
// with a reason; a cash payment or refund names its order; each opening is one DrawerOpened
// event in the log (what the shift's report counts), and a refusal logs nothing.
class tst_DrawerService : public QObject
{
    Q_OBJECT

private slots:
    void openingsAreEvents();
    void clerkNeedsAReason();
    void paymentOpeningNamesItsOrder();
};

namespace {

const QString Printer = QStringLiteral("tcp://192.168.0.50");

struct Shop
{
    TestShop t;

    Shop()
    {
        t.shop->users.setFailureDelay(std::chrono::milliseconds(0));
        QVERIFY(
            t.shop->users.createFirstManager(QStringLiteral("boss"), QStringLiteral("9876")).ok());
        QVERIFY(t.shop->users.logIn(QStringLiteral("boss"), QStringLiteral("9876")).ok());
        QVERIFY(t.shop->users.addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("1111"))
                    .ok());
        t.product(QStringLiteral("A"), 5500, 10);
    }
    int drawerEvents() const
    {
        EventQuery query;
        query.types = {EventType::DrawerOpened};
        return int(t.shop->store().events(query).value().size());
    }
};

} // namespace

void tst_DrawerService::openingsAreEvents()
{
    Shop shop;
    DrawerService &drawer = shop.t.shop->drawer;
    auto opened = drawer.recordOpening(DrawerCause::Manual, Printer);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(opened->actor, QStringLiteral("boss"));
    QCOMPARE(opened->reason, QString());
    QVERIFY(drawer.recordOpening(DrawerCause::Manual, Printer, QStringLiteral(" 잔돈 교환 ")).ok());
    const auto openings = drawer.openings(10).value();
    QCOMPARE(openings.size(), 2);
    QCOMPARE(openings.first().reason, QStringLiteral("잔돈 교환")); // newest first, trimmed
    QCOMPARE(openings.first().cause, DrawerCause::Manual);
    QCOMPARE(openings.first().printer, Printer);
    QCOMPARE(openings.first().terminal, shop.t.shop->store().terminal());
    QCOMPARE(shop.drawerEvents(), 2);
    QCOMPARE(drawer.openings(1).value().size(), 1);
}

void tst_DrawerService::clerkNeedsAReason()
{
    Shop shop;
    QVERIFY(shop.t.shop->users.logIn(QStringLiteral("clerk"), QStringLiteral("1111")).ok());
    DrawerService &drawer = shop.t.shop->drawer;
    for (const QString &reason : {QString(), QStringLiteral("   ")}) {
        const auto refused = drawer.recordOpening(DrawerCause::Manual, Printer, reason);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QVERIFY(!drawer.canOpenOnDemand(reason).ok());
    }
    QVERIFY(!drawer.recordOpening(DrawerCause::Manual, Printer, QString(5000, u'x')).ok());
    QCOMPARE(shop.drawerEvents(), 0);
    QVERIFY(drawer.canOpenOnDemand(QStringLiteral("change for the float")).ok());
    const auto opened =
        drawer.recordOpening(DrawerCause::Manual, Printer, QStringLiteral("change for the float"));
    QVERIFY(opened.ok());
    QCOMPARE(opened->actor, QStringLiteral("clerk"));
    QCOMPARE(shop.drawerEvents(), 1);
}

void tst_DrawerService::paymentOpeningNamesItsOrder()
{
    Shop shop;
    DrawerService &drawer = shop.t.shop->drawer;
    auto placed = shop.t.shop->orders.placeOrder({QStringLiteral("김민수"), {}, {}},
                                                 {{QStringLiteral("A"), 1}});
    QVERIFY(placed.ok());
    const QString orderId = placed->order.orderId();
    QVERIFY(!drawer.recordOpening(DrawerCause::Sale, Printer).ok());                  // no order
    QVERIFY(!drawer.recordOpening(DrawerCause::Sale, Printer, {}, "T1-999999").ok()); // unknown
    QVERIFY(!drawer.recordOpening(DrawerCause::Manual, Printer, QStringLiteral("x"), orderId).ok());
    QVERIFY(!drawer.recordOpening(DrawerCause::Sale, QString(), {}, orderId).ok()); // no printer
    QCOMPARE(shop.drawerEvents(), 0);
    const auto opened = drawer.recordOpening(DrawerCause::Sale, Printer, {}, orderId);
    QVERIFY(opened.ok());
    QVERIFY(drawer.recordOpening(DrawerCause::Refund, Printer, {}, orderId).ok());
    EventQuery query;
    query.orderId = orderId;
    query.types = {EventType::DrawerOpened};
    const auto events = shop.t.shop->store().events(query).value();
    QCOMPARE(events.size(), 2);
    const auto first = decodePayload(events.first());
    QVERIFY(first.ok());
    QCOMPARE(std::get<Events::DrawerOpened>(first.value()).cause, DrawerCause::Sale);
    QCOMPARE(drawer.openings(5).value().first().cause, DrawerCause::Refund);
}

QTEST_GUILESS_MAIN(tst_DrawerService)
#include "tst_drawerservice.moc"
