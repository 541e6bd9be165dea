#include "clisession.h"
#include "commandhandlers.h"
#include "exitstatus.h"

namespace ShopDesk::CliHandlers {

namespace {

QJsonValue orNull(const QString &value, const QJsonValue &present)
{
    return value.isEmpty() ? QJsonValue() : present;
}

QJsonObject orderViewJson(const OrderView &v)
{
    return {{QStringLiteral("orderId"), v.orderId},
            {QStringLiteral("status"), v.status},
            {QStringLiteral("customer"), v.customerName},
            {QStringLiteral("phone"), v.customerPhone},
            {QStringLiteral("total"), v.total},
            {QStringLiteral("lines"), v.lineCount},
            {QStringLiteral("items"), v.itemCount},
            {QStringLiteral("payment"),
             orNull(v.paymentStatus, QJsonObject{{QStringLiteral("method"), v.paymentMethod},
                                                 {QStringLiteral("status"), v.paymentStatus}})},
            {QStringLiteral("delivery"),
             orNull(v.deliveryStatus, QJsonObject{{QStringLiteral("deliveryId"), v.deliveryId},
                                                  {QStringLiteral("status"), v.deliveryStatus}})},
            {QStringLiteral("placedAt"), v.placedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("origin"), v.origin}};
}

QJsonObject deliveryJson(const OrderView &v)
{
    return {{QStringLiteral("deliveryId"), v.deliveryId},
            {QStringLiteral("orderId"), v.orderId},
            {QStringLiteral("status"), v.deliveryStatus},
            {QStringLiteral("orderStatus"), v.status},
            {QStringLiteral("customer"), v.customerName},
            {QStringLiteral("address"), v.customerAddress},
            {QStringLiteral("startedAt"), v.deliveryStartedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("origin"), v.origin}};
}

void writeOrderText(QTextStream &text, const OrderDetails &details)
{
    const Order &order = details.order;
    text << "Order " << order.orderId() << "  " << toText(order.status()) << '\n';
    text << "Customer: " << order.customer().name;
    if (!order.customer().phone.isEmpty())
        text << ", " << order.customer().phone;
    if (!order.customer().address.isEmpty())
        text << ", " << order.customer().address;
    text << '\n';
    for (const OrderLine &line : order.lines()) {
        text << "  " << CliOutput::padRight(line.productId, 10) << ' '
             << CliOutput::padRight(line.productName, 28) << ' '
             << QString::number(line.qty).rightJustified(5) << " x "
             << CliOutput::money(line.price).rightJustified(10) << " = "
             << CliOutput::money(line.total()).rightJustified(12) << '\n';
    }
    text << "Total: " << CliOutput::money(order.total()) << '\n';
    for (const Payment &p : details.payments) {
        text << "Payment: " << toText(p.method()) << ' ' << CliOutput::money(p.amount());
        if (p.method() == PaymentMethod::Cash)
            text << ", tendered " << CliOutput::money(p.tendered()) << ", change "
                 << CliOutput::money(p.change());
        else
            text << ", approval " << p.approvalCode();
        text << " (" << toText(p.status()) << ")\n";
    }
    if (const auto &d = details.delivery)
        text << "Delivery: " << d->deliveryId() << ' ' << toText(d->status()) << '\n';
}

} // namespace

int printOrder(CliSession &session, const Result<OrderDetails> &details)
{
    if (!details)
        return session.out().fail(details.error());
    const int printed = session.out().print(
        details->toJson(), [&](QTextStream &text) { writeOrderText(text, *details); });
    if (!details->pending || printed != ExitStatus::Ok)
        return printed;
    session.out().warning(
        QStringLiteral("order %1 is %2, but its follow-up from %3 on is pending and will be "
                       "retried by the next command: %4")
            .arg(details->order.orderId(), toText(details->order.status()),
                 policyName(details->pending->policy), details->pending->error.message));
    return ExitStatus::ReactionPending;
}

int printOrderViews(CliSession &session, const ListQuery &query, bool deliveries)
{
    CliOutput::List list = session.out().list();
    auto print = [&](const OrderView &v) {
        list.add([&] { return deliveries ? deliveryJson(v) : orderViewJson(v); },
                 [&](QTextStream &text) {
                     if (deliveries) {
                         text << CliOutput::padRight(v.deliveryId, 14) << ' '
                              << CliOutput::padRight(v.orderId, 12) << ' '
                              << CliOutput::padRight(v.deliveryStatus, 10) << ' '
                              << CliOutput::padRight(v.customerName, 16) << ' ' << v.customerAddress
                              << '\n';
                         return;
                     }
                     text << CliOutput::padRight(v.orderId, 12) << ' '
                          << CliOutput::padRight(v.status, 10) << ' '
                          << CliOutput::padRight(v.customerName, 16) << ' '
                          << CliOutput::money(v.total).rightJustified(12) << ' '
                          << v.placedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          << '\n';
                 });
    };
    OrderService &orders = session.shop().orders;
    return list.finish(deliveries ? orders.forEachDelivery(query, print)
                                  : orders.forEachOrder(query, print));
}

int orderPlace(CliSession &session)
{
    QList<OrderRequestLine> lines;
    for (const QString &item : session.values(QStringLiteral("--item"))) {
        const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == item.size() - 1) {
            return session.out().fail(Error::invalidInput(
                QStringLiteral("malformed --item '%1'; write PRODUCT_ID:QTY, for example P001:2")
                    .arg(item)));
        }
        auto qty = CliArguments::parseInteger(
            item.mid(colon + 1), QStringLiteral("the quantity in --item '%1'").arg(item));
        if (!qty)
            return session.out().fail(qty.error());
        lines.append({item.left(colon), *qty});
    }
    const Customer customer{session.value(QStringLiteral("--customer")),
                            session.value(QStringLiteral("--phone")),
                            session.value(QStringLiteral("--address"))};
    return printOrder(session, session.shop().orders.placeOrder(customer, lines));
}

int orderPay(CliSession &session)
{
    const QString methodText = session.value(QStringLiteral("--method"));
    const auto method = paymentMethodFromString(methodText);
    if (!method) {
        return session.out().fail(Error::invalidInput(
            QStringLiteral("--method must be cash or card, got '%1'").arg(methodText)));
    }
    std::optional<Money> tendered;
    if (session.has(QStringLiteral("--tendered"))) {
        auto amount = session.integerOption(QStringLiteral("--tendered"));
        if (!amount)
            return session.out().fail(amount.error());
        if (*amount < 0)
            return session.out().fail(Error::invalidInput(
                QStringLiteral("--tendered cannot be negative, got %1").arg(*amount)));
        tendered = *amount;
    }
    return printOrder(session,
                      session.shop().orders.payOrder(session.argument(), *method, tendered));
}

int orderCancel(CliSession &session)
{
    return printOrder(session, session.shop().orders.cancelOrder(
                                   session.argument(), session.value(QStringLiteral("--reason"))));
}

int orderShow(CliSession &session)
{
    return printOrder(session, session.shop().orders.order(session.argument()));
}

int orderList(CliSession &session)
{
    auto query = session.listQuery();
    if (!query)
        return session.out().fail(query.error());
    if (!query->status.isEmpty() && !orderStatusFromString(query->status)) {
        return session.out().fail(Error::invalidInput(
            QStringLiteral(
                "--status must be one of placed, paid, delivering, delivered, cancelled; got '%1'")
                .arg(query->status)));
    }
    return printOrderViews(session, *query, false);
}

} // namespace ShopDesk::CliHandlers
