#include "clisession.h"
#include "commandhandlers.h"
#include "exitstatus.h"
#include "pinprompt.h"

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
    const OrderMoney &money = order.money();
    for (qsizetype i = 0; i < order.lines().size(); ++i) {
        const OrderLine &line = order.lines().at(i);
        if (line.discount.isNone() && line.returned == 0 && line.tax == TaxKind::Taxable)
            continue;
        text << "    " << line.productId << ':';
        if (!line.discount.isNone())
            text << " discount " << line.discount.text() << " -"
                 << CliOutput::money(money.lines.value(i).lineDiscount);
        if (line.returned > 0)
            text << " returned " << line.returned;
        if (line.tax == TaxKind::Exempt)
            text << " VAT exempt";
        text << '\n';
    }
    if (money.orderDiscount > 0)
        text << "Order discount: " << order.terms().discount.text() << " -"
             << CliOutput::money(money.orderDiscount) << '\n';
    if (!order.terms().discountApprovedBy.isEmpty())
        text << "Discounts approved by " << order.terms().discountApprovedBy << '\n';
    text << "Total: " << CliOutput::money(order.total()) << '\n';
    text << "VAT " << money.vatRate << " %: " << CliOutput::money(money.vat) << " (supply "
         << CliOutput::money(money.supply) << ", exempt " << CliOutput::money(money.exempt)
         << ")\n";
    for (const Payment &p : details.payments) {
        text << "Payment: " << toText(p.method()) << ' ' << CliOutput::money(p.amount());
        if (p.method() == PaymentMethod::Cash)
            text << ", tendered " << CliOutput::money(p.tendered()) << ", change "
                 << CliOutput::money(p.change());
        else
            text << ", approval " << p.approvalCode();
        text << " (" << toText(p.status()) << ")\n";
    }
    if (!details.payments.isEmpty() && details.due() > 0 && order.status() == OrderStatus::Placed)
        text << "Paid " << CliOutput::money(details.paid()) << ", due "
             << CliOutput::money(details.due()) << '\n';
    for (const OrderReturn &r : details.returns) {
        text << "Return " << r.returnNo << ':';
        for (const auto &line : r.lines)
            text << ' ' << line.productId << " x" << line.qty;
        text << " (" << toText(r.stock) << "), refund " << CliOutput::money(r.refund) << '\n';
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

namespace {

// The --item values: PRODUCT_ID:QTY, and with `discounts` also PRODUCT_ID:QTY:DISCOUNT (500 or
// 10%). Product ids hold no ':'.
Result<QList<OrderRequestLine>> requestLines(CliSession &session, bool discounts)
{
    QList<OrderRequestLine> lines;
    for (const QString &item : session.values(QStringLiteral("--item"))) {
        const QStringList parts = item.split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > (discounts ? 3 : 2) || parts.first().isEmpty() ||
            parts.at(1).isEmpty()) {
            return Error::invalidInput(
                QStringLiteral("malformed --item '%1'; write PRODUCT_ID:QTY%2, for example "
                               "P001:2%3")
                    .arg(item, discounts ? QStringLiteral("[:DISCOUNT]") : QString(),
                         discounts ? QStringLiteral(" or P001:2:10%") : QString()));
        }
        SD_TRY(const qint64 qty,
               CliArguments::parseInteger(parts.at(1),
                                          QStringLiteral("the quantity in --item '%1'").arg(item)));
        OrderRequestLine line{parts.first(), qty};
        if (parts.size() == 3) {
            SD_TRY(line.discount,
                   Discount::parse(parts.at(2),
                                   QStringLiteral("the discount in --item '%1'").arg(item)));
            line.discount.reason = session.value(QStringLiteral("--discount-reason"));
        }
        lines.append(line);
    }
    return lines;
}

Result<std::optional<Money>> moneyOption(CliSession &session, const QString &option)
{
    if (!session.has(option))
        return std::optional<Money>();
    SD_TRY(const qint64 amount, session.integerOption(option));
    if (amount < 0) {
        return Error::invalidInput(
            QStringLiteral("%1 cannot be negative, got %2").arg(option).arg(amount));
    }
    return std::optional<Money>(amount);
}

} // namespace

int orderPlace(CliSession &session)
{
    auto lines = requestLines(session, true);
    if (!lines)
        return session.out().fail(lines.error());
    PlaceOptions options;
    if (session.has(QStringLiteral("--discount"))) {
        auto discount = Discount::parse(session.value(QStringLiteral("--discount")),
                                        QStringLiteral("--discount"));
        if (!discount)
            return session.out().fail(discount.error());
        options.discount = *discount;
        options.discount.reason = session.value(QStringLiteral("--discount-reason"));
    }
    if (session.has(QStringLiteral("--approved-by"))) {
        const QString manager = session.value(QStringLiteral("--approved-by"));
        const std::optional<QString> pin =
            PinPrompt::pinFrom("SHOPDESK_APPROVER_PIN",
                               QStringLiteral("PIN of %1 to approve the discount: ").arg(manager));
        if (!pin) {
            return session.out().fail(Error::unauthorized(
                QStringLiteral("no PIN for %1: set $SHOPDESK_APPROVER_PIN or run on a terminal")
                    .arg(manager)));
        }
        options.approval = DiscountApproval{manager, *pin};
    }
    const Customer customer{session.value(QStringLiteral("--customer")),
                            session.value(QStringLiteral("--phone")),
                            session.value(QStringLiteral("--address"))};
    return printOrder(session, session.shop().orders.placeOrder(customer, *lines, options));
}

int orderPay(CliSession &session)
{
    const QString methodText = session.value(QStringLiteral("--method"));
    const auto method = paymentMethodFromString(methodText);
    if (!method) {
        return session.out().fail(Error::invalidInput(
            QStringLiteral("--method must be cash or card, got '%1'").arg(methodText)));
    }
    PaymentRequest request;
    request.method = *method;
    for (const auto &[option, field] :
         {std::pair{QStringLiteral("--tendered"), &PaymentRequest::tendered},
          std::pair{QStringLiteral("--amount"), &PaymentRequest::amount}}) {
        auto amount = moneyOption(session, option);
        if (!amount)
            return session.out().fail(amount.error());
        request.*field = *amount;
    }
    const bool cardDetails = session.has(QStringLiteral("--approval")) ||
                             session.has(QStringLiteral("--card-company")) ||
                             session.has(QStringLiteral("--instalments")) ||
                             session.has(QStringLiteral("--card-last4"));
    if (*method == PaymentMethod::Card) {
        if (session.has(QStringLiteral("--approval"))) {
            request.card.approval = session.value(QStringLiteral("--approval"));
            request.card.company = session.value(QStringLiteral("--card-company"));
            request.card.last4 = session.value(QStringLiteral("--card-last4"));
            if (session.has(QStringLiteral("--instalments"))) {
                auto months = session.integerOption(QStringLiteral("--instalments"));
                if (!months)
                    return session.out().fail(months.error());
                request.card.instalments = int(qBound(qint64(-1), *months, qint64(1000)));
            }
        } else if (cardDetails) {
            return session.out().fail(Error::invalidInput(
                QStringLiteral("--approval is required with the card's details: the number the "
                               "card terminal printed")));
        }
    } else if (cardDetails) {
        return session.out().fail(Error::invalidInput(
            QStringLiteral("--approval, --card-company, --instalments and --card-last4 apply to "
                           "--method card only")));
    }
    if (session.has(QStringLiteral("--cash-receipt")) || session.has(QStringLiteral("--purpose"))) {
        const QString purposeText = session.has(QStringLiteral("--purpose"))
                                        ? session.value(QStringLiteral("--purpose"))
                                        : QString();
        std::optional<CashReceipt::Purpose> purpose = cashReceiptPurposeFromString(purposeText);
        if (!purposeText.isEmpty() && !purpose) {
            return session.out().fail(Error::invalidInput(
                QStringLiteral("--purpose must be deduction or proof, got '%1'").arg(purposeText)));
        }
        const QString id = session.value(QStringLiteral("--cash-receipt"));
        // A business number is for expense proof; anything else is for income deduction
        // unless the clerk says otherwise.
        QString digits = id;
        digits.remove(u'-');
        if (!purpose)
            purpose = digits.size() == 10 && !digits.startsWith(QStringLiteral("01"))
                          ? CashReceipt::Purpose::Proof
                          : CashReceipt::Purpose::Deduction;
        auto receipt = CashReceipt::parse(id, *purpose);
        if (!receipt)
            return session.out().fail(receipt.error());
        request.cashReceipt = *receipt;
    }
    OrderService &orders = session.shop().orders;
    // Without an approval number the card terminal is simulated, as before parts existed.
    if (*method == PaymentMethod::Card && request.card.approval.isEmpty()) {
        if (request.amount)
            return session.out().fail(Error::invalidInput(
                QStringLiteral("a card part with --amount needs --approval from the card "
                               "terminal")));
        return printOrder(session, orders.payOrder(session.argument(), *method, request.tendered));
    }
    return printOrder(session, orders.pay(session.argument(), request));
}

int orderReturn(CliSession &session)
{
    auto lines = requestLines(session, false);
    if (!lines)
        return session.out().fail(lines.error());
    const bool restock = session.has(QStringLiteral("--restock"));
    const bool writeOff = session.has(QStringLiteral("--write-off"));
    if (restock && writeOff) {
        return session.out().usageFail(
            QStringLiteral("--restock and --write-off contradict each other; give one"));
    }
    ReturnOptions options;
    options.writeOff = writeOff;
    options.reason = session.value(QStringLiteral("--reason"));
    if (session.has(QStringLiteral("--refund-first"))) {
        const QString first = session.value(QStringLiteral("--refund-first"));
        if (first != QLatin1StringView("card") && first != QLatin1StringView("cash")) {
            return session.out().fail(Error::invalidInput(
                QStringLiteral("--refund-first must be card or cash, got '%1'").arg(first)));
        }
        options.refundOrder =
            first == QLatin1StringView("cash") ? RefundOrder::CashFirst : RefundOrder::CardFirst;
    }
    return printOrder(session,
                      session.shop().orders.returnLines(session.argument(), *lines, options));
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
