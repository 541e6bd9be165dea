#include "sqliteorders.h"

#include "sqlitehelpers.h"

namespace ShopDesk {

namespace {

// QSQLITE binds a null QString as NULL; NOT NULL text columns get an empty string instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

SqliteOrders::SqliteOrders(SqliteConnection &connection)
    : SqlitePart(connection)
{}

Result<QString> SqliteOrders::nextOrderId()
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT coalesce(max(order_no), 0) + 1 FROM orders WHERE origin = ?"),
               {m_terminal}));
    const qint64 next = q->next() ? q->value(0).toLongLong() : 1;
    q->finish();
    return QStringLiteral("%1-%2").arg(m_terminal).arg(next, 6, 10, QLatin1Char('0'));
}

Result<std::optional<Order>> SqliteOrders::findOrder(const QString &orderId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT status, customer_name, phone, address, placed_at, origin "
                              "FROM orders WHERE order_id = ?"),
               {orderId}));
    if (!q->next()) {
        q->finish();
        return std::optional<Order>();
    }
    const auto status = orderStatusFromString(q->value(0).toString());
    const Customer customer{q->value(1).toString(), q->value(2).toString(), q->value(3).toString()};
    const QDateTime placedAt = timeAt(q->value(4));
    const QString origin = q->value(5).toString();
    q->finish();
    if (!status)
        return Error::storage(QStringLiteral("order %1 has an unknown status").arg(orderId));

    SD_TRY(q, run(QStringLiteral("SELECT product_id, product_name, qty, price FROM order_lines "
                                 "WHERE order_id = ? ORDER BY line_no"),
                  {orderId}));
    QueryFinisher finish{q};
    QList<OrderLine> lines;
    while (q->next()) {
        lines.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                      q->value(3).toLongLong()});
    }
    return std::optional<Order>(
        Order::restore(orderId, *status, customer, lines, placedAt, origin));
}

Status SqliteOrders::insertOrder(const Order &order)
{
    return insertOrderOf(order, m_terminal);
}

Status SqliteOrders::insertOrderOf(const Order &order, const QString &origin)
{
    const QString prefix = origin + QLatin1Char('-');
    const qint64 orderNo =
        order.orderId().startsWith(prefix) ? order.orderId().mid(prefix.size()).toLongLong() : 0;
    SD_CHECK(
        write("INSERT INTO orders (order_id, origin, order_no, status, customer_name, "
              "phone, address, total, placed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              {order.orderId(), origin, orderNo, toText(order.status()), order.customer().name,
               NativeArg::text(order.customer().phone), NativeArg::text(order.customer().address),
               order.total(), order.placedAt().toMSecsSinceEpoch()}));
    int lineNo = 0;
    for (const OrderLine &line : order.lines()) {
        SD_CHECK(write(
            "INSERT INTO order_lines (order_id, line_no, product_id, product_name, "
            "qty, price) VALUES (?, ?, ?, ?, ?, ?)",
            {order.orderId(), ++lineNo, line.productId, line.productName, line.qty, line.price}));
    }
    return {};
}

Status SqliteOrders::saveOrderStatus(const Order &order)
{
    return write("UPDATE orders SET status = ? WHERE order_id = ?",
                 {toText(order.status()), order.orderId()})
        .status();
}

Result<std::optional<Payment>> SqliteOrders::findPayment(const QString &orderId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT method, amount, tendered, approval_code, status "
                              "FROM payments WHERE order_id = ?"),
               {orderId}));
    QueryFinisher finish{q};
    if (!q->next())
        return std::optional<Payment>();
    const auto method = paymentMethodFromString(q->value(0).toString());
    const auto status = paymentStatusFromString(q->value(4).toString());
    if (!method || !status)
        return Error::storage(QStringLiteral("payment of %1 is damaged").arg(orderId));
    return std::optional<Payment>(Payment::restore(orderId, *method, q->value(1).toLongLong(),
                                                   q->value(2).toLongLong(), q->value(3).toString(),
                                                   *status));
}

Result<OrderFlow> SqliteOrders::orderFlow(const QString &orderId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT o.origin, o.status, p.status, d.status FROM orders o "
                              "LEFT JOIN payments p ON p.order_id = o.order_id "
                              "LEFT JOIN deliveries d ON d.order_id = o.order_id "
                              "WHERE o.order_id = ?"),
               {orderId}));
    QueryFinisher finish{q};
    OrderFlow flow;
    flow.orderId = orderId;
    if (!q->next())
        return flow;
    const auto status = orderStatusFromString(q->value(1).toString());
    if (!status)
        return Error::storage(QStringLiteral("order %1 has an unknown status").arg(orderId));
    flow.owner = q->value(0).toString();
    flow.status = *status;
    if (!q->value(2).isNull())
        flow.payment = paymentStatusFromString(q->value(2).toString());
    if (!q->value(3).isNull())
        flow.delivery = deliveryStatusFromString(q->value(3).toString());
    return flow;
}

Status SqliteOrders::savePayment(const Payment &payment)
{
    return write("INSERT INTO payments (order_id, method, amount, tendered, approval_code, "
                 "status) VALUES (?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (order_id) DO UPDATE SET status = excluded.status",
                 {payment.orderId(), toText(payment.method()), payment.amount(), payment.tendered(),
                  NativeArg::text(payment.approvalCode()), toText(payment.status())})
        .status();
}

Result<std::optional<Delivery>> SqliteOrders::findDelivery(const QString &orderId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT delivery_id, status, started_at FROM deliveries "
                              "WHERE order_id = ?"),
               {orderId}));
    QueryFinisher finish{q};
    if (!q->next())
        return std::optional<Delivery>();
    const auto status = deliveryStatusFromString(q->value(1).toString());
    if (!status)
        return Error::storage(QStringLiteral("delivery of %1 is damaged").arg(orderId));
    return std::optional<Delivery>(
        Delivery::restore(q->value(0).toString(), orderId, *status, timeAt(q->value(2))));
}

Status SqliteOrders::saveDelivery(const Delivery &delivery)
{
    return write("INSERT INTO deliveries (order_id, delivery_id, status, started_at) "
                 "VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (order_id) DO UPDATE SET status = excluded.status",
                 {delivery.orderId(), delivery.deliveryId(), toText(delivery.status()),
                  delivery.startedAt().toMSecsSinceEpoch()})
        .status();
}

Result<ShopDetails> SqliteOrders::shopDetails()
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('shop_name', "
                              "'shop_address', 'shop_phone', 'shop_currency', 'shop_low_stock')")));
    QueryFinisher finish{q};
    ShopDetails details;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == QLatin1StringView("shop_name"))
            details.name = value;
        else if (key == QLatin1StringView("shop_address"))
            details.address = value;
        else if (key == QLatin1StringView("shop_phone"))
            details.phone = value;
        else if (key == QLatin1StringView("shop_currency"))
            details.currency = value;
        else
            details.lowStockThreshold = value.toLongLong();
    }
    return details;
}

Status SqliteOrders::saveShopDetails(const ShopDetails &details)
{
    return exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('shop_name', ?), "
                               "('shop_address', ?), ('shop_phone', ?), ('shop_currency', ?), "
                               "('shop_low_stock', ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {text(details.name), text(details.address), text(details.phone),
                 text(details.currency), QString::number(details.lowStockThreshold)});
}

Result<QList<SlipPrint>> SqliteOrders::slipPrints(const QString &orderId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT delivery_id, copy, page, language, terminal, printed_at "
                              "FROM slip_prints WHERE order_id = ? ORDER BY print_id"),
               {orderId}));
    QueryFinisher finish{q};
    QList<SlipPrint> prints;
    while (q->next()) {
        prints.append({orderId, q->value(0).toString(), q->value(1).toInt(), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toString(), timeAt(q->value(5))});
    }
    return prints;
}

Status SqliteOrders::insertSlipPrint(const SlipPrint &print)
{
    return write("INSERT INTO slip_prints (order_id, delivery_id, copy, page, language, "
                 "terminal, printed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 {print.orderId, print.deliveryId, print.copy, print.page, print.language,
                  print.terminal, print.printedAt.toMSecsSinceEpoch()})
        .status();
}

Result<QStringList> SqliteOrders::unprintedDeliveries(int limit)
{
    // Through the order list's delivery index, which started deliveries already use.
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT v.order_id FROM order_view v "
                              "WHERE v.delivery_status = 'started' AND NOT EXISTS "
                              "(SELECT 1 FROM slip_prints p WHERE p.order_id = v.order_id) "
                              "ORDER BY v.delivery_started_at, v.order_id LIMIT ?"),
               {limit}));
    QueryFinisher finish{q};
    QStringList orderIds;
    while (q->next())
        orderIds.append(q->value(0).toString());
    return orderIds;
}

Status SqliteOrders::insertRemoteOrder(const Order &order, const QString &origin)
{
    return insertOrderOf(order, origin);
}

} // namespace ShopDesk
