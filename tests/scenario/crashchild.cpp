// The victim of tst_crash: places, pays, cancels and completes orders on the database named
// on the command line until it is killed. It reports each command on stdout only after the
// service returned success, so every reported line names committed work:
//   healed N (reactions run at start) | placed ID | paid ID | cancelled ID | completed ID
//   | restocked PRODUCT QTY | part ID PART METHOD AMOUNT (one payment part approved)
//   | returned ID PRODUCT QTY REFUND (a partial return, with the refund it made)
//   | shift ID opened|moved|closed (the drawer's shift: opened with a float, cash paid in
//     or out, closed with the count the X report expected)
// Some orders are paid in two parts (cash, then card for the rest), and some delivering or
// delivered orders get one unit of one line back.
// Anything unexpected goes to stderr and ends it with exit status 1.

#include "shopservices.h"
#include "sqlitestore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>

#include <cstdio>

using namespace ShopDesk;

namespace {

constexpr qint64 RestockQty = 30;

int failed(const QString &what, const Error &error)
{
    std::fprintf(stderr, "crashchild: %s failed (%s): %s\n", qPrintable(what),
                 qPrintable(errorCodeName(error.code)), qPrintable(error.message));
    return 1;
}

void report(const char *what, const QString &id)
{
    std::printf("%s %s\n", what, qPrintable(id));
    std::fflush(stdout);
}

QList<OrderRequestLine> randomLines(QRandomGenerator &random, QStringList productIds)
{
    QList<OrderRequestLine> lines;
    const int count = random.bounded(1, 4);
    for (int i = 0; i < count && !productIds.isEmpty(); ++i) {
        const QString productId = productIds.takeAt(random.bounded(productIds.size()));
        lines.append({productId, random.bounded(1, 4)});
    }
    return lines;
}

// Reports the payment part the last pay() approved.
void reportPart(const OrderDetails &details)
{
    const Payment &part = details.payments.last();
    std::printf("part %s %d %s %lld\n", qPrintable(details.order.orderId()), part.part(),
                qPrintable(toText(part.method())), part.amount());
    std::fflush(stdout);
}

// Returns one unit of one line when the order keeps at least one unit after it.
int returnOne(ShopServices &shop, QRandomGenerator &random, const OrderDetails &details)
{
    const QList<OrderLine> &lines = details.order.lines();
    qint64 units = 0;
    for (const OrderLine &line : lines)
        units += line.qty;
    if (units < 2)
        return 0;
    const QString orderId = details.order.orderId();
    const QString productId = lines.at(random.bounded(int(lines.size()))).productId;
    ReturnOptions options;
    options.reason = QStringLiteral("crash return");
    auto returned = shop.orders.returnLines(orderId, {{productId, 1}}, options);
    if (!returned)
        return failed(QStringLiteral("return %1 of %2").arg(productId, orderId), returned.error());
    const Money refund = returned->returns.isEmpty() ? 0 : returned->returns.last().refund;
    std::printf("returned %s %s 1 %lld\n", qPrintable(orderId), qPrintable(productId), refund);
    std::fflush(stdout);
    return 0;
}

void reportShift(const QString &shiftId, const char *what)
{
    std::printf("shift %s %s\n", qPrintable(shiftId), what);
    std::fflush(stdout);
}

// The drawer's shift beside the sales: one open at all times, cash moved every few orders,
// closed with what it should hold and opened again every few more. Its figures are checked by
// verify (each closed shift's expected cash against its events) after every kill.
int tendShift(ShopServices &shop, QRandomGenerator &random, quint64 n)
{
    auto current = shop.shifts.currentShift();
    if (!current)
        return failed(QStringLiteral("current shift"), current.error());
    if (!current->has_value()) {
        auto opened = shop.shifts.open(100'000);
        if (!opened)
            return failed(QStringLiteral("open shift"), opened.error());
        reportShift(opened->shiftId, "opened");
        return 0;
    }
    const QString shiftId = current->value().shiftId;
    if (n % 7 == 3) {
        auto x = shop.shifts.report();
        if (!x)
            return failed(QStringLiteral("X report"), x.error());
        const bool out = x->figures.expectedCash() > 5'000 && random.bounded(2) == 0;
        auto moved = shop.shifts.moveCash(out ? CashMove::PayOut : CashMove::PayIn,
                                          random.bounded(1, 5'000), QStringLiteral("crash"));
        if (!moved)
            return failed(QStringLiteral("move cash"), moved.error());
        reportShift(shiftId, "moved");
    } else if (n % 25 == 24) {
        auto x = shop.shifts.report();
        if (!x)
            return failed(QStringLiteral("X report"), x.error());
        auto closed = shop.shifts.close(x->figures.expectedCash());
        if (!closed)
            return failed(QStringLiteral("close shift"), closed.error());
        reportShift(shiftId, "closed");
    }
    return 0;
}

// Receives stock for every product the refusal names as short.
int restock(ShopServices &shop, const Error &refusal)
{
    const QJsonArray shortages = refusal.details.value(QStringLiteral("shortages")).toArray();
    if (shortages.isEmpty())
        return failed(QStringLiteral("place (no shortages named)"), refusal);
    for (const QJsonValue &shortage : shortages) {
        const QString productId = shortage.toObject().value(QStringLiteral("productId")).toString();
        auto received =
            shop.inventory.adjustStock(productId, RestockQty, QStringLiteral("restock"));
        if (!received)
            return failed(QStringLiteral("restock %1").arg(productId), received.error());
        std::printf("restocked %s %lld\n", qPrintable(productId), RestockQty);
        std::fflush(stdout);
    }
    return 0;
}

int work(ShopServices &shop, QRandomGenerator &random)
{
    // Every real command first completes what an earlier, interrupted one left pending.
    auto healed = shop.policies.runPending();
    if (!healed)
        return failed(QStringLiteral("runPending"), healed.error());
    std::printf("healed %d\n", healed.value());
    std::fflush(stdout);

    auto products = shop.inventory.products();
    if (!products)
        return failed(QStringLiteral("list products"), products.error());
    QStringList productIds;
    for (const Product &product : products.value())
        productIds << product.productId;
    if (productIds.isEmpty()) {
        std::fprintf(stderr, "crashchild: the database has no products\n");
        return 1;
    }

    for (quint64 n = 0;; ++n) {
        if (const int status = tendShift(shop, random, n); status != 0)
            return status;
        const Customer customer{
            QStringLiteral("Crash Customer %1").arg(n),
            QStringLiteral("010-0000-%1").arg(n % 10000, 4, 10, QLatin1Char('0')),
            QStringLiteral("%1 Test-ro, Seoul").arg(n % 500 + 1)};
        auto placed = shop.orders.placeOrder(customer, randomLines(random, productIds));
        if (!placed) {
            if (placed.error().code != ErrorCode::InsufficientStock)
                return failed(QStringLiteral("place"), placed.error());
            if (const int status = restock(shop, placed.error()); status != 0)
                return status;
            continue;
        }
        const QString orderId = placed->order.orderId();
        report("placed", orderId);

        const int fate = random.bounded(100);
        if (fate < 10) {
            auto cancelled = shop.orders.cancelOrder(orderId, QStringLiteral("changed mind"));
            if (!cancelled)
                return failed(QStringLiteral("cancel unpaid %1").arg(orderId), cancelled.error());
            report("cancelled", orderId);
            continue;
        }

        std::optional<Result<OrderDetails>> paid;
        if (n % 3 == 2) {
            // In two parts: half in cash, then the rest by card.
            PaymentRequest cashPart;
            cashPart.method = PaymentMethod::Cash;
            cashPart.amount = placed->order.total() / 2;
            auto first = shop.orders.pay(orderId, cashPart);
            if (!first)
                return failed(QStringLiteral("pay cash part %1").arg(orderId), first.error());
            reportPart(first.value());
            PaymentRequest cardPart;
            cardPart.method = PaymentMethod::Card;
            cardPart.card.approval = QStringLiteral("CR%1").arg(n, 8, 10, QLatin1Char('0'));
            cardPart.card.company = QStringLiteral("Crash Card");
            paid = shop.orders.pay(orderId, cardPart);
        } else {
            const bool cash = n % 2 == 0;
            std::optional<Money> tendered;
            if (cash && random.bounded(2) == 0)
                tendered = (placed->order.total() / 10000 + 1) * 10000;
            paid = shop.orders.payOrder(orderId, cash ? PaymentMethod::Cash : PaymentMethod::Card,
                                        tendered);
        }
        if (!*paid)
            return failed(QStringLiteral("pay %1").arg(orderId), paid->error());
        reportPart(paid->value());
        report("paid", orderId);

        if (fate < 35) {
            auto cancelled = shop.orders.cancelOrder(orderId, QStringLiteral("refund please"));
            if (!cancelled)
                return failed(QStringLiteral("cancel paid %1").arg(orderId), cancelled.error());
            report("cancelled", orderId);
        } else if (fate < 75) {
            auto completed = shop.orders.completeDelivery(orderId);
            if (!completed)
                return failed(QStringLiteral("complete %1").arg(orderId), completed.error());
            report("completed", orderId);
            if (random.bounded(3) == 0) {
                if (const int status = returnOne(shop, random, completed.value()); status != 0)
                    return status;
            }
        } else if (random.bounded(3) == 0) {
            if (const int status = returnOne(shop, random, paid->value()); status != 0)
                return status;
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: crashchild DATABASE [SEED]\n");
        return 2;
    }
    const quint32 seed =
        args.size() == 3 ? args.at(2).toUInt() : QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);

    SqliteOptions options;
    options.path = args.at(1);
    auto opened = SqliteStore::open(options);
    if (!opened)
        return failed(QStringLiteral("open %1").arg(options.path), opened.error());
    const std::unique_ptr<SqliteStore> store = std::move(opened.value());
    ShopServices shop(*store);
    shop.work.setActor(QStringLiteral("crashchild"));
    return work(shop, random);
}
