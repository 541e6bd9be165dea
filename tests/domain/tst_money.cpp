#include "events.h"
#include "money.h"
#include "order.h"
#include "payment.h"

#include <QTest>

using namespace ShopDesk;

Q_DECLARE_METATYPE(ShopDesk::Discount)
Q_DECLARE_METATYPE(ShopDesk::PaymentRequest)

// The sale's money rules: the VAT rule on the order, discounts, returns of some lines,
// payments in parts, refunds by the way it was paid, and cash receipts.
class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void taxRule_data();
    void taxRule();
    void discountsNeverBelowZero();
    void partialReturnsRecompute_data();
    void partialReturnsRecompute();
    void clerkLimit();
    void paymentsInParts();
    void paymentRefusals_data();
    void paymentRefusals();
    void refundsByTheWayItWasPaid();
    void returnRefusals();
    void returnStockFollowsTheDelivery();
    void cashReceipts_data();
    void cashReceipts();
};

namespace {

OrderLine line(const QString &id, qint64 qty, Money price, TaxKind tax = TaxKind::Taxable,
               Discount discount = {})
{
    return {id, QStringLiteral("Product ") + id, qty, price, tax, discount};
}

Discount percent(qint64 value)
{
    return {Discount::Kind::Percent, value, QStringLiteral("regular")};
}

Discount amount(qint64 value)
{
    return {Discount::Kind::Amount, value, QStringLiteral("damaged box")};
}

Order placed(const QList<OrderLine> &lines, const Discount &discount = {},
             OrderStatus status = OrderStatus::Placed)
{
    Order order = Order::place(QStringLiteral("T1-000001"), {QStringLiteral("Kim"), {}, {}}, lines,
                               QDateTime::currentDateTimeUtc(), {discount, 10, {}})
                      .value();
    (void)order.takeEvents();
    return Order::restore(order.orderId(), status, order.customer(), order.lines(),
                          order.placedAt(), QStringLiteral("T1"), order.terms());
}

PaymentRequest cash(std::optional<Money> amount, std::optional<Money> tendered = {})
{
    PaymentRequest request;
    request.amount = amount;
    request.tendered = tendered;
    return request;
}

PaymentRequest card(std::optional<Money> amount, const QString &approval = "30012345")
{
    PaymentRequest request;
    request.method = PaymentMethod::Card;
    request.amount = amount;
    request.card = {approval, QStringLiteral("신한"), 3, QStringLiteral("1234")};
    return request;
}

} // namespace

void tst_Money::taxRule_data()
{
    QTest::addColumn<QList<OrderLine>>("lines");
    QTest::addColumn<Discount>("discount");
    QTest::addColumn<int>("rate");
    QTest::addColumn<QList<qint64>>("expected"); // total, taxable, supply, vat, exempt, discount

    using L = QList<OrderLine>;
    using E = QList<qint64>;
    QTest::newRow("11,000 at 10 %")
        << L{line("A", 1, 11000)} << Discount() << 10 << E{11000, 11000, 10000, 1000, 0, 0};
    // 1,000 / 1.1 = 909.09: supply 909, VAT 91 (not 90.9 rounded per line).
    QTest::newRow("rounding down")
        << L{line("A", 1, 1000)} << Discount() << 10 << E{1000, 1000, 909, 91, 0, 0};
    // 1,005 / 1.1 = 913.636: supply 914, VAT 91.
    QTest::newRow("rounding up") << L{line("A", 1, 1005)} << Discount() << 10
                                 << E{1005, 1005, 914, 91, 0, 0};
    // On the order, not per line: three lines of 1,000 give VAT 273 (3 x 91 would be 273
    // too), but seven lines of 100 give 64 where per line it would be 7 x 9 = 63.
    QTest::newRow("on the order, not per line")
        << L{line("A", 1, 100), line("B", 1, 100), line("C", 1, 100), line("D", 1, 100),
             line("E", 1, 100), line("F", 1, 100), line("G", 1, 100)}
        << Discount() << 10 << E{700, 700, 636, 64, 0, 0};
    QTest::newRow("exempt only") << L{line("R", 2, 5000, TaxKind::Exempt)} << Discount() << 10
                                 << E{10000, 0, 0, 0, 10000, 0};
    QTest::newRow("mixed") << L{line("A", 2, 5500), line("R", 1, 3000, TaxKind::Exempt)}
                           << Discount() << 10 << E{14000, 11000, 10000, 1000, 3000, 0};
    QTest::newRow("line discount 10 %") << L{line("A", 2, 5500, TaxKind::Taxable, percent(10))}
                                        << Discount() << 10 << E{9900, 9900, 9000, 900, 0, 1100};
    QTest::newRow("line discount amount")
        << L{line("A", 1, 11000, TaxKind::Taxable, amount(1000))} << Discount() << 10
        << E{10000, 10000, 9091, 909, 0, 1000};
    // The order's 1,400 shared in proportion: 11,000 of 14,000 to the taxable line (1,100),
    // 3,000 to the exempt one (300).
    QTest::newRow("order discount shared over taxable and exempt")
        << L{line("A", 2, 5500), line("R", 1, 3000, TaxKind::Exempt)} << percent(10) << 10
        << E{12600, 9900, 9000, 900, 2700, 1400};
    // 100 over three equal lines: 34 + 33 + 33, the extra won to the first line.
    QTest::newRow("largest remainder") << L{line("A", 1, 1000), line("B", 1, 1000, TaxKind::Exempt),
                                            line("C", 1, 1000, TaxKind::Exempt)}
                                       << amount(100) << 10 << E{2900, 966, 878, 88, 1934, 100};
    QTest::newRow("rate 0") << L{line("A", 1, 1000)} << Discount() << 0
                            << E{1000, 1000, 1000, 0, 0, 0};
    QTest::newRow("everything off")
        << L{line("A", 1, 1000)} << percent(100) << 10 << E{0, 0, 0, 0, 0, 1000};
    QTest::newRow("the largest total")
        << L{line("A", 1'000'000, 1'000'000'000)} << Discount() << 10 << E{1'000'000'000'000'000,
                                                                           1'000'000'000'000'000,
                                                                           909'090'909'090'909,
                                                                           90'909'090'909'091,
                                                                           0,
                                                                           0};
}

void tst_Money::taxRule()
{
    QFETCH(QList<OrderLine>, lines);
    QFETCH(Discount, discount);
    QFETCH(int, rate);
    QFETCH(QList<qint64>, expected);
    const Result<OrderMoney> money = orderMoney(lines, discount, rate);
    QVERIFY2(money.ok(), qPrintable(money.ok() ? QString() : money.error().message));
    const OrderMoney &m = money.value();
    QCOMPARE((QList<qint64>{m.total, m.taxable, m.supply, m.vat, m.exempt, m.discount()}),
             expected);
    QCOMPARE(m.supply + m.vat, m.taxable);
    QCOMPARE(m.taxable + m.exempt, m.total);
    QCOMPARE(m.gross - m.discount(), m.total);
    Money nets = 0;
    for (const LineMoney &l : m.lines)
        nets += l.net;
    QCOMPARE(nets, m.total);
    // Frozen when placed: the event carries the same figures, and they decode back.
    const Order order = Order::place(QStringLiteral("T1-000001"), {QStringLiteral("Kim"), {}, {}},
                                     lines, QDateTime::currentDateTimeUtc(), {discount, rate, {}})
                            .value();
    const auto decoded = decodeAs<Events::OrderPlaced>(order.recordedEvents().first());
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded->money, m);
    QCOMPARE(decoded->total, m.total);
}

void tst_Money::discountsNeverBelowZero()
{
    const auto refused = orderMoney({line("A", 1, 1000, TaxKind::Taxable, amount(1001))}, {}, 10);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY(refused.error().message.contains(QStringLiteral("below zero")));
    QVERIFY(!orderMoney({line("A", 1, 1000)}, amount(1001), 10).ok());
    QVERIFY(!orderMoney({line("A", 1, 1000)}, percent(101), 10).ok());
    QVERIFY(!orderMoney({line("A", 1, 1000)}, Discount{Discount::Kind::Amount, -1, {}}, 10).ok());
    QVERIFY(!orderMoney({line("A", 1, 1000)}, {}, 101).ok());
    // The text forms.
    QCOMPARE(Discount::parse(QStringLiteral("10%"), "d").value(),
             (Discount{Discount::Kind::Percent, 10, {}}));
    QCOMPARE(Discount::parse(QStringLiteral(" 500 "), "d").value(),
             (Discount{Discount::Kind::Amount, 500, {}}));
    for (const char *bad : {"", "-5", "5.5", "101%", "abc", "1e3", "%", "99999999999999999"})
        QVERIFY2(!Discount::parse(QString::fromLatin1(bad), "d").ok(), bad);
}

void tst_Money::partialReturnsRecompute_data()
{
    QTest::addColumn<Discount>("lineDiscount");
    QTest::addColumn<Discount>("orderDiscount");
    QTest::addColumn<qint64>("returned");
    QTest::addColumn<qint64>("total"); // after returning `returned` of 3 units of 1,000

    QTest::newRow("no discount, one of three")
        << Discount() << Discount() << qint64(1) << qint64(2000);
    QTest::newRow("line %, one of three") << percent(10) << Discount() << qint64(1) << qint64(1800);
    // An amount takes its share back: 300 on three units is 100 a unit.
    QTest::newRow("line amount, one of three")
        << amount(300) << Discount() << qint64(1) << qint64(1800);
    QTest::newRow("order amount, one of three")
        << Discount() << amount(600) << qint64(1) << qint64(1600);
    QTest::newRow("order %, two of three") << Discount() << percent(50) << qint64(2) << qint64(500);
    QTest::newRow("all three") << amount(300) << amount(600) << qint64(3) << qint64(0);
}

void tst_Money::partialReturnsRecompute()
{
    QFETCH(Discount, lineDiscount);
    QFETCH(Discount, orderDiscount);
    QFETCH(qint64, returned);
    QFETCH(qint64, total);
    Order order = placed({line("A", 3, 1000, TaxKind::Taxable, lineDiscount), line("B", 1, 0)},
                         orderDiscount, OrderStatus::Delivered);
    const Money paid = order.total();
    QVERIFY(
        order.returnLines({{QStringLiteral("A"), returned}}, false, QStringLiteral("r"), paid, 1)
            .ok());
    QCOMPARE(order.total(), total);
    QCOMPARE(order.lines().first().remaining(), 3 - returned);
    const auto e = decodeAs<Events::OrderLinesReturned>(order.recordedEvents().last()).value();
    QCOMPARE(e.refund, paid - total);
    QCOMPARE(e.total, total);
    QCOMPARE(e.stock, ReturnStock::Restock);
    QCOMPARE(e.cancels, false); // line B is left
    QCOMPARE(order.money().supply + order.money().vat, order.money().taxable);
}

void tst_Money::clerkLimit()
{
    const OrderMoney ten = orderMoney({line("A", 1, 10000)}, amount(1000), 10).value();
    QVERIFY(withinDiscountLimit(ten, 10));
    QVERIFY(!withinDiscountLimit(ten, 9));
    const OrderMoney eleven = orderMoney({line("A", 1, 10000)}, amount(1001), 10).value();
    QVERIFY(!withinDiscountLimit(eleven, 10));
    QVERIFY(withinDiscountLimit(orderMoney({line("A", 1, 0)}, {}, 10).value(), 0));
}

void tst_Money::paymentsInParts()
{
    const Order order = placed({line("A", 1, 30000)});
    // Cash first: 10,000 of it, 50,000 handed over; the change comes from the cash part only.
    Payment first = Payment::approve(order, 0, cash(10000, 50000), 1).value();
    QCOMPARE(first.amount(), 10000);
    QCOMPARE(first.change(), 40000);
    auto e1 = decodeAs<Events::PaymentApproved>(first.takeEvents().first()).value();
    QCOMPARE(e1.part, 1);
    QVERIFY(!e1.settles);
    QCOMPARE(orderStatusAfter(e1), std::nullopt);
    // The card pays what is left by default, and settles the order.
    Payment second = Payment::approve(order, 10000, card(std::nullopt), 2).value();
    QCOMPARE(second.amount(), 20000);
    QCOMPARE(second.change(), 0);
    QCOMPARE(second.card().last4, QStringLiteral("1234"));
    auto e2 = decodeAs<Events::PaymentApproved>(second.takeEvents().first()).value();
    QVERIFY(e2.settles);
    QCOMPARE(e2.card.instalments, 3);
    QCOMPARE(orderStatusAfter(e2), OrderStatus::Paid);
    QCOMPARE(paidBy({first, second}), 30000);
    // More than one of each: two cards and two cash parts.
    Payment a = Payment::approve(order, 0, card(5000), 1).value();
    Payment b = Payment::approve(order, 5000, card(5000, "777"), 2).value();
    Payment c = Payment::approve(order, 10000, cash(5000), 3).value();
    Payment d = Payment::approve(order, 15000, cash(std::nullopt, 20000), 4).value();
    QCOMPARE(d.amount(), 15000);
    QCOMPARE(d.change(), 5000);
    QCOMPARE(paidBy({a, b, c, d}), 30000);
    // Nothing left: a fifth part is refused.
    QCOMPARE(Payment::approve(order, 30000, cash(std::nullopt), 5).error().code,
             ErrorCode::InvalidState);
}

void tst_Money::paymentRefusals_data()
{
    QTest::addColumn<PaymentRequest>("request");
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");

    const int invalid = int(ErrorCode::InvalidInput);
    QTest::newRow("card part larger than what is left")
        << card(20001) << qint64(10000) << invalid << "amount";
    QTest::newRow("cash part larger than what is left")
        << cash(30001) << qint64(0) << invalid << "amount";
    QTest::newRow("zero part") << cash(0) << qint64(0) << invalid << "amount";
    QTest::newRow("tendered below the cash part")
        << cash(10000, 9999) << qint64(0) << invalid << "";
    PaymentRequest tenderedCard = card(1000);
    tenderedCard.tendered = 5000;
    QTest::newRow("card with tendered: no change from a card")
        << tenderedCard << qint64(0) << invalid << "";
    QTest::newRow("card without approval")
        << card(1000, QString()) << qint64(0) << int(ErrorCode::InvalidState) << "";
    QTest::newRow("a card number as approval")
        << card(1000, "4111111111111111") << qint64(0) << invalid << "approval";
    PaymentRequest longLast = card(1000);
    longLast.card.last4 = QStringLiteral("41111111");
    QTest::newRow("more than 4 digits of the card")
        << longLast << qint64(0) << invalid << "cardLast4";
    PaymentRequest months = card(1000);
    months.card.instalments = 1;
    QTest::newRow("1 month instalment") << months << qint64(0) << invalid << "instalments";
    PaymentRequest receiptOnCard = card(1000);
    receiptOnCard.cashReceipt = CashReceipt::parse({}, CashReceipt::Purpose::Deduction).value();
    QTest::newRow("cash receipt on a card")
        << receiptOnCard << qint64(0) << invalid << "cashReceipt";
}

void tst_Money::paymentRefusals()
{
    QFETCH(PaymentRequest, request);
    QFETCH(qint64, paid);
    QFETCH(int, code);
    QFETCH(QString, field);
    const Order order = placed({line("A", 1, 30000)});
    const Result<Payment> refused = Payment::approve(order, paid, request, 2);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().code), code);
    if (!field.isEmpty())
        QCOMPARE(refused.error().details.value(QStringLiteral("field")).toString(), field);
}

void tst_Money::refundsByTheWayItWasPaid()
{
    const Order order = placed({line("A", 1, 30000)});
    const auto parts = [&] {
        return Payments{Payment::approve(order, 0, cash(10000), 1).value(),
                        Payment::approve(order, 10000, card(15000), 2).value(),
                        Payment::approve(order, 25000, cash(5000), 3).value()};
    };
    // Card first, to its card; the rest in cash, the latest cash part first.
    Payments payments = parts();
    auto event = refund(payments, 18000, RefundOrder::CardFirst, QStringLiteral("r"), 1).value();
    auto e = decodeAs<Events::PaymentRefunded>(*event).value();
    QCOMPARE(e.parts, (QList<Events::PaymentRefunded::Part>{{2, PaymentMethod::Card, 15000},
                                                            {3, PaymentMethod::Cash, 3000}}));
    QCOMPARE(e.paidAfter, 12000);
    QCOMPARE(e.returnNo, 1);
    QCOMPARE(payments.at(1).status(), PaymentStatus::Refunded);
    QCOMPARE(payments.at(2).held(), 2000);
    // The clerk's choice: cash first.
    payments = parts();
    e = decodeAs<Events::PaymentRefunded>(
            *refund(payments, 18000, RefundOrder::CashFirst, {}).value())
            .value();
    QCOMPARE(e.parts, (QList<Events::PaymentRefunded::Part>{{3, PaymentMethod::Cash, 5000},
                                                            {1, PaymentMethod::Cash, 10000},
                                                            {2, PaymentMethod::Card, 3000}}));
    // Never more than was paid.
    payments = parts();
    QCOMPARE(refund(payments, 30001, RefundOrder::CardFirst, {}).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(paidBy(payments), 30000);
}

void tst_Money::returnRefusals()
{
    Order order = placed({line("A", 3, 1000), line("B", 1, 500)}, {}, OrderStatus::Delivered);
    const auto refusedWith = [&](const QList<OrderRequestLine> &lines, bool writeOff) {
        const Status refused = order.returnLines(lines, writeOff, {}, 3500, 1);
        return refused.ok() ? ErrorCode::Storage : refused.error().code;
    };
    QCOMPARE(refusedWith({{QStringLiteral("A"), 4}}, false), ErrorCode::InvalidInput);
    QCOMPARE(refusedWith({{QStringLiteral("C"), 1}}, false), ErrorCode::InvalidInput);
    QCOMPARE(refusedWith({{QStringLiteral("A"), 0}}, false), ErrorCode::InvalidInput);
    QCOMPARE(refusedWith({}, false), ErrorCode::InvalidInput);
    // Twice the same product adds up: 2 + 2 is more than 3.
    QCOMPARE(refusedWith({{QStringLiteral("A"), 2}, {QStringLiteral("A"), 2}}, false),
             ErrorCode::InvalidInput);
    QVERIFY(order.recordedEvents().isEmpty());
    QCOMPARE(order.total(), 3500);
    // What is left, returned: the order is cancelled.
    QVERIFY(
        order.returnLines({{QStringLiteral("A"), 3}, {QStringLiteral("B"), 1}}, true, {}, 3500, 1)
            .ok());
    QCOMPARE(order.status(), OrderStatus::Cancelled);
    const auto e = decodeAs<Events::OrderLinesReturned>(order.recordedEvents().last()).value();
    QVERIFY(e.cancels);
    QCOMPARE(e.stock, ReturnStock::WriteOff);
    QCOMPARE(e.refund, 3500);
    QCOMPARE(refusedWith({{QStringLiteral("A"), 1}}, false), ErrorCode::InvalidState);
    // Written off only after delivery.
    Order open = placed({line("A", 1, 1000)});
    QCOMPARE(open.returnLines({{QStringLiteral("A"), 1}}, true, {}, 0, 1).error().code,
             ErrorCode::InvalidInput);
}

void tst_Money::returnStockFollowsTheDelivery()
{
    const auto stockOf = [](OrderStatus status, Money paid) {
        Order order = placed({line("A", 2, 1000), line("B", 1, 1000)}, {}, status);
        (void)order.returnLines({{QStringLiteral("A"), 1}}, false, {}, paid, 1);
        return decodeAs<Events::OrderLinesReturned>(order.recordedEvents().last()).value();
    };
    QCOMPARE(stockOf(OrderStatus::Placed, 0).stock, ReturnStock::Release);
    QCOMPARE(stockOf(OrderStatus::Placed, 0).refund, 0);
    QCOMPARE(stockOf(OrderStatus::Paid, 3000).stock, ReturnStock::Release);
    QCOMPARE(stockOf(OrderStatus::Delivering, 3000).stock, ReturnStock::Restock);
    QCOMPARE(stockOf(OrderStatus::Delivering, 3000).refund, 1000);
    // A placed order paid 2,000 in part: returning 1,000 of it covers the rest, so it is paid.
    const auto settled = stockOf(OrderStatus::Placed, 2000);
    QVERIFY(settled.settles);
    QCOMPARE(settled.refund, 0);
    QCOMPARE(orderStatusAfter(settled), OrderStatus::Paid);
}

void tst_Money::cashReceipts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("purpose");
    QTest::addColumn<QString>("kind"); // empty: refused
    QTest::addColumn<QString>("printed");

    const int deduction = int(CashReceipt::Purpose::Deduction);
    const int proof = int(CashReceipt::Purpose::Proof);
    QTest::newRow("phone") << "010-1234-5678" << deduction << "phone"
                           << "010-****-5678";
    QTest::newRow("business") << "123-45-67891" << proof << "business"
                              << "123-45-67891";
    QTest::newRow("business check digit") << "123-45-67890" << proof << ""
                                          << "";
    QTest::newRow("business for deduction") << "1234567891" << deduction << ""
                                            << "";
    QTest::newRow("card") << "1234567890123456" << deduction << "card"
                          << "************3456";
    QTest::newRow("self-issued") << "" << deduction << "selfIssued"
                                 << "010-000-1234";
    QTest::newRow("letters") << "010-abcd-5678" << deduction << ""
                             << "";
    QTest::newRow("too short") << "12345" << deduction << ""
                               << "";
    QTest::newRow("too long") << "12345678901234567890" << deduction << ""
                              << "";
    QTest::newRow("unicode digits") << "０１０１２３４５６７８" << deduction << ""
                                    << "";
}

void tst_Money::cashReceipts()
{
    QFETCH(QString, id);
    QFETCH(int, purpose);
    QFETCH(QString, kind);
    QFETCH(QString, printed);
    const Result<CashReceipt> receipt = CashReceipt::parse(id, CashReceipt::Purpose(purpose));
    if (kind.isEmpty()) {
        QVERIFY(!receipt.ok());
        QCOMPARE(receipt.error().code, ErrorCode::InvalidInput);
        return;
    }
    QVERIFY2(receipt.ok(), qPrintable(receipt.ok() ? QString() : receipt.error().message));
    QCOMPARE(toText(receipt->kind), kind);
    QCOMPARE(receipt->printed(), printed);
    QVERIFY(!receipt->number.contains(u'-'));
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
