#include "sqliteorders.h"

#include "sqlitehelpers.h"

namespace ShopDesk {

namespace {

// QSQLITE binds a null QString as NULL; NOT NULL text columns get an empty string instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// A discount or a cash receipt as a JSON column: empty (bound as NULL) for none.
QString jsonText(const QJsonValue &value)
{
    if (!value.isObject())
        return QString();
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonObject jsonOf(const QVariant &column)
{
    return column.isNull() ? QJsonObject()
                           : QJsonDocument::fromJson(column.toString().toUtf8()).object();
}

Discount discountOf(const QVariant &column)
{
    const QJsonObject o = jsonOf(column);
    if (o.isEmpty())
        return {};
    return {discountKindFromString(o.value(QStringLiteral("kind")).toString())
                .value_or(Discount::Kind::Amount),
            o.value(QStringLiteral("value")).toInteger(),
            o.value(QStringLiteral("reason")).toString()};
}

std::optional<CashReceipt> cashReceiptOf(const QVariant &column)
{
    const QJsonObject o = jsonOf(column);
    if (o.isEmpty())
        return std::nullopt;
    return CashReceipt{cashReceiptKindFromString(o.value(QStringLiteral("kind")).toString())
                           .value_or(CashReceipt::Kind::SelfIssued),
                       o.value(QStringLiteral("number")).toString(),
                       cashReceiptPurposeFromString(o.value(QStringLiteral("purpose")).toString())
                           .value_or(CashReceipt::Purpose::Deduction)};
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
           run(QStringLiteral("SELECT status, customer_name, phone, address, placed_at, origin, "
                              "vat_rate, discount, discount_approved_by "
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
    const OrderTerms terms{discountOf(q->value(7)), q->value(6).toInt(), q->value(8).toString()};
    q->finish();
    if (!status)
        return Error::storage(QStringLiteral("order %1 has an unknown status").arg(orderId));

    SD_TRY(q, run(QStringLiteral("SELECT product_id, product_name, qty, price, tax, discount, "
                                 "returned_qty FROM order_lines "
                                 "WHERE order_id = ? ORDER BY line_no"),
                  {orderId}));
    QueryFinisher finish{q};
    QList<OrderLine> lines;
    while (q->next()) {
        OrderLine line;
        line.productId = q->value(0).toString();
        line.productName = q->value(1).toString();
        line.qty = q->value(2).toLongLong();
        line.price = q->value(3).toLongLong();
        line.tax = taxKindFromString(q->value(4).toString()).value_or(TaxKind::Taxable);
        line.discount = discountOf(q->value(5));
        line.returned = q->value(6).toLongLong();
        lines.append(line);
    }
    return std::optional<Order>(
        Order::restore(orderId, *status, customer, lines, placedAt, origin, terms));
}

Status SqliteOrders::insertOrder(const Order &order, const QString &placedBy)
{
    return insertOrderOf(order, m_terminal, placedBy);
}

Status SqliteOrders::insertOrderOf(const Order &order, const QString &origin,
                                   const QString &placedBy)
{
    const QString prefix = origin + QLatin1Char('-');
    const qint64 orderNo =
        order.orderId().startsWith(prefix) ? order.orderId().mid(prefix.size()).toLongLong() : 0;
    const OrderMoney &money = order.money();
    const OrderTerms &terms = order.terms();
    SD_CHECK(
        write("INSERT INTO orders (order_id, origin, order_no, status, customer_name, "
              "phone, address, total, placed_at, vat_rate, discount, discount_approved_by, "
              "placed_by, gross, discount_total, taxable, supply, vat, exempt) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              {order.orderId(), origin, orderNo, toText(order.status()), order.customer().name,
               NativeArg::text(order.customer().phone), NativeArg::text(order.customer().address),
               order.total(), order.placedAt().toMSecsSinceEpoch(), terms.vatRate,
               NativeArg::nullIfEmpty(jsonText(terms.discount.toJson())),
               NativeArg::text(terms.discountApprovedBy), NativeArg::text(placedBy), money.gross,
               money.discount(), money.taxable, money.supply, money.vat, money.exempt}));
    int lineNo = 0;
    for (const OrderLine &line : order.lines()) {
        SD_CHECK(
            write("INSERT INTO order_lines (order_id, line_no, product_id, product_name, "
                  "qty, price, tax, discount, returned_qty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  {order.orderId(), ++lineNo, line.productId, line.productName, line.qty,
                   line.price, toText(line.tax),
                   NativeArg::nullIfEmpty(jsonText(line.discount.toJson())), line.returned}));
    }
    return {};
}

Status SqliteOrders::saveOrderStatus(const Order &order)
{
    return write("UPDATE orders SET status = ? WHERE order_id = ?",
                 {toText(order.status()), order.orderId()})
        .status();
}

Status SqliteOrders::saveOrder(const Order &order)
{
    const OrderMoney &money = order.money();
    SD_CHECK(write("UPDATE orders SET status = ?, total = ?, gross = ?, discount_total = ?, "
                   "taxable = ?, supply = ?, vat = ?, exempt = ? WHERE order_id = ?",
                   {toText(order.status()), money.total, money.gross, money.discount(),
                    money.taxable, money.supply, money.vat, money.exempt, order.orderId()}));
    for (const OrderLine &line : order.lines()) {
        SD_CHECK(write("UPDATE order_lines SET returned_qty = ? WHERE order_id = ? AND "
                       "product_id = ?",
                       {line.returned, order.orderId(), line.productId}));
    }
    return {};
}

Result<QString> SqliteOrders::orderClerk(const QString &orderId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT placed_by FROM orders WHERE order_id = ?"), {orderId}));
    QueryFinisher finish{q};
    return q->next() ? q->value(0).toString() : QString();
}

Result<Payments> SqliteOrders::findPayments(const QString &orderId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT part, method, amount, tendered, approval_code, "
                              "card_company, instalments, card_last4, cash_receipt, refunded "
                              "FROM payment_parts WHERE order_id = ? ORDER BY part"),
               {orderId}));
    QueryFinisher finish{q};
    Payments payments;
    while (q->next()) {
        const auto method = paymentMethodFromString(q->value(1).toString());
        if (!method)
            return Error::storage(QStringLiteral("a payment of %1 is damaged").arg(orderId));
        payments.append(Payment::restore(orderId, q->value(0).toInt(), *method,
                                         q->value(2).toLongLong(), q->value(3).toLongLong(),
                                         {q->value(4).toString(), q->value(5).toString(),
                                          q->value(6).toInt(), q->value(7).toString()},
                                         cashReceiptOf(q->value(8)), q->value(9).toLongLong()));
    }
    return payments;
}

Result<OrderFlow> SqliteOrders::orderFlow(const QString &orderId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT o.origin, o.status, (SELECT CASE WHEN "
                              "sum(p.amount - p.refunded) > 0 THEN 'approved' ELSE 'refunded' END "
                              "FROM payment_parts p WHERE p.order_id = o.order_id "
                              "HAVING count(*) > 0), d.status FROM orders o "
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
    const CardDetails &card = payment.card();
    return write("INSERT INTO payment_parts (order_id, part, method, amount, tendered, "
                 "approval_code, card_company, instalments, card_last4, cash_receipt, refunded) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (order_id, part) DO UPDATE SET refunded = excluded.refunded",
                 {payment.orderId(), payment.part(), toText(payment.method()), payment.amount(),
                  payment.tendered(), NativeArg::text(card.approval), NativeArg::text(card.company),
                  card.instalments, NativeArg::text(card.last4),
                  NativeArg::nullIfEmpty(jsonText(payment.cashReceipt()
                                                      ? QJsonValue(payment.cashReceipt()->toJson())
                                                      : QJsonValue())),
                  payment.refunded()})
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
    // Read for every order placed and every cash part: on the sqlite3 API.
    ShopDetails details;
    SD_CHECK(read("SELECT key, value FROM meta WHERE key IN ('shop_name', "
                  "'shop_address', 'shop_phone', 'shop_currency', 'shop_low_stock', "
                  "'shop_business_number', 'shop_representative', 'shop_vat_rate', "
                  "'shop_clerk_discount_limit', 'shop_cash_needs_shift')",
                  {}, [&details](const QStringList &row) {
                      const QString &key = row.at(0);
                      const QString &value = row.at(1);
                      if (key == QLatin1StringView("shop_name"))
                          details.name = value;
                      else if (key == QLatin1StringView("shop_address"))
                          details.address = value;
                      else if (key == QLatin1StringView("shop_phone"))
                          details.phone = value;
                      else if (key == QLatin1StringView("shop_currency"))
                          details.currency = value;
                      else if (key == QLatin1StringView("shop_business_number"))
                          details.businessNumber = value;
                      else if (key == QLatin1StringView("shop_representative"))
                          details.representative = value;
                      else if (key == QLatin1StringView("shop_vat_rate"))
                          details.vatRate = value.toInt();
                      else if (key == QLatin1StringView("shop_clerk_discount_limit"))
                          details.clerkDiscountLimit = value.toInt();
                      else if (key == QLatin1StringView("shop_cash_needs_shift"))
                          details.cashNeedsShift = value == QLatin1StringView("1");
                      else
                          details.lowStockThreshold = value.toLongLong();
                  }));
    return details;
}

Status SqliteOrders::saveShopDetails(const ShopDetails &details)
{
    return exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('shop_name', ?), "
                               "('shop_address', ?), ('shop_phone', ?), ('shop_currency', ?), "
                               "('shop_low_stock', ?), ('shop_business_number', ?), "
                               "('shop_representative', ?), ('shop_vat_rate', ?), "
                               "('shop_clerk_discount_limit', ?), ('shop_cash_needs_shift', ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {text(details.name), text(details.address), text(details.phone),
                 text(details.currency), QString::number(details.lowStockThreshold),
                 text(details.businessNumber), text(details.representative),
                 QString::number(details.vatRate), QString::number(details.clerkDiscountLimit),
                 QString::number(details.cashNeedsShift ? 1 : 0)});
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

Result<QList<ReceiptPrint>> SqliteOrders::receiptPrints(const QString &orderId)
{
    SD_TRY(QSqlQuery * q,
           run(QStringLiteral("SELECT return_no, copy, page, language, terminal, printed_at "
                              "FROM receipt_prints WHERE order_id = ? ORDER BY print_id"),
               {orderId}));
    QueryFinisher finish{q};
    QList<ReceiptPrint> prints;
    while (q->next()) {
        prints.append({orderId, q->value(0).toInt(), q->value(1).toInt(), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toString(), timeAt(q->value(5))});
    }
    return prints;
}

Status SqliteOrders::insertReceiptPrint(const ReceiptPrint &print)
{
    return write("INSERT INTO receipt_prints (order_id, return_no, copy, page, language, "
                 "terminal, printed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 {print.orderId, print.returnNo, print.copy, print.page, print.language,
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

Status SqliteOrders::insertRemoteOrder(const Order &order, const QString &origin,
                                       const QString &placedBy)
{
    return insertOrderOf(order, origin, placedBy);
}

} // namespace ShopDesk
