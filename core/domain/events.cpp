#include "events.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace ShopDesk {

namespace {

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

const QString productIdKey = QStringLiteral("productId");
const QString productNameKey = QStringLiteral("productName");
const QString priceKey = QStringLiteral("price");
const QString barcodeKey = QStringLiteral("barcode");
const QString thresholdKey = QStringLiteral("lowStockThreshold");
const QString qtyKey = QStringLiteral("qty");
const QString deltaKey = QStringLiteral("delta");
const QString reasonKey = QStringLiteral("reason");
const QString deliveryIdKey = QStringLiteral("deliveryId");
const QString methodKey = QStringLiteral("method");
const QString amountKey = QStringLiteral("amount");
const QString nameKey = QStringLiteral("name");
const QString roleKey = QStringLiteral("role");
const QString versionKey = QStringLiteral("v");
const QString taxKey = QStringLiteral("tax");
const QString discountKey = QStringLiteral("discount");
const QString partKey = QStringLiteral("part");
const QString shiftIdKey = QStringLiteral("shiftId");

// The money fields OrderPlaced carries beside its total (version 2).
const QList<std::pair<QString, Money OrderMoney::*>> &moneyFields()
{
    static const QList<std::pair<QString, Money OrderMoney::*>> fields{
        {QStringLiteral("gross"), &OrderMoney::gross},
        {QStringLiteral("lineDiscounts"), &OrderMoney::lineDiscounts},
        {QStringLiteral("orderDiscount"), &OrderMoney::orderDiscount},
        {QStringLiteral("taxable"), &OrderMoney::taxable},
        {QStringLiteral("supply"), &OrderMoney::supply},
        {QStringLiteral("vat"), &OrderMoney::vat},
        {QStringLiteral("exempt"), &OrderMoney::exempt},
    };
    return fields;
}

QString adjustKindName(Events::StockAdjusted::Kind kind)
{
    switch (kind) {
    case Events::StockAdjusted::Kind::Receive:
        return QStringLiteral("receive");
    case Events::StockAdjusted::Kind::Loss:
        return QStringLiteral("loss");
    case Events::StockAdjusted::Kind::Count:
        return QStringLiteral("count");
    }
    Q_UNREACHABLE();
    return QString();
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue jsonOf(const StockThreshold &threshold)
{
    return threshold ? QJsonValue(*threshold) : QJsonValue();
}

// The fields of an edit that are set, named as Product::toJson() names them.
QJsonObject editFields(const ProductEdit &edit)
{
    QJsonObject json;
    if (edit.productName)
        json.insert(productNameKey, *edit.productName);
    if (edit.price)
        json.insert(priceKey, *edit.price);
    if (edit.barcode)
        json.insert(barcodeKey, nullIfEmpty(*edit.barcode));
    if (edit.lowStockThreshold)
        json.insert(thresholdKey, jsonOf(*edit.lowStockThreshold));
    if (edit.tax)
        json.insert(taxKey, toText(*edit.tax));
    return json;
}

// Reads the fields of one payload; the first problem is kept and the rest read as empty.
class Reader
{
public:
    Reader(QStringView type, const QJsonObject &json)
        : m_type(type)
        , m_json(json)
    {}

    const QJsonObject &json() const { return m_json; }
    QString text(const QString &key, int maxLength)
    {
        return textIn(m_json, key, false, maxLength);
    }
    // A string, or null / missing for none.
    QString optionalText(const QString &key, int maxLength)
    {
        return textIn(m_json, key, true, maxLength);
    }
    // Every number of a payload has a range, as the commands that make it have: a peer's
    // number outside it would wrap a sum or hold a figure no terminal could have made.
    qint64 integer(const QString &key, qint64 minimum, qint64 maximum)
    {
        return integerIn(m_json, key, minimum, maximum);
    }
    std::optional<qint64> optionalInteger(const QString &key, qint64 minimum, qint64 maximum)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        return integerIn(m_json, key, minimum, maximum);
    }
    bool flag(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isBool())
            fail(QStringLiteral("\"%1\" must be true or false").arg(key));
        return value.toBool();
    }
    QJsonObject object(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isObject())
            fail(QStringLiteral("\"%1\" must be an object").arg(key));
        return value.toObject();
    }
    QJsonArray array(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isArray())
            fail(QStringLiteral("\"%1\" must be an array").arg(key));
        return value.toArray();
    }
    template<typename T> T parsed(const QString &key, std::optional<T> (*parse)(QStringView))
    {
        const QString value = text(key, Limits::MaxIdLength);
        const std::optional<T> result = parse(value);
        if (!result && m_problem.isEmpty())
            fail(QStringLiteral("\"%1\" has an unknown value '%2'").arg(key, value));
        return result.value_or(T{});
    }

    QString textIn(const QJsonObject &json, const QString &key, bool optional, int maxLength)
    {
        const QJsonValue value = json.value(key);
        if (optional && (value.isUndefined() || value.isNull()))
            return QString();
        if (!value.isString()) {
            fail(QStringLiteral("\"%1\" must be a string").arg(key));
            return QString();
        }
        QString text = value.toString();
        if (text.size() > maxLength) {
            fail(QStringLiteral("\"%1\" has %2 characters; at most %3")
                     .arg(key)
                     .arg(text.size())
                     .arg(maxLength));
            return QString();
        }
        return text;
    }
    qint64 integerIn(const QJsonObject &json, const QString &key, qint64 minimum, qint64 maximum)
    {
        Q_ASSERT(minimum <= maximum && maximum <= Limits::MaxMoney && -minimum <= Limits::MaxMoney);
        const QJsonValue value = json.value(key);
        // Whole numbers only, and only as large as a double holds exactly.
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || number < double(minimum) ||
            number > double(maximum)) {
            fail(QStringLiteral("\"%1\" must be a whole number from %2 to %3")
                     .arg(key)
                     .arg(minimum)
                     .arg(maximum));
            return 0;
        }
        return value.toInteger();
    }
    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    template<typename T> Result<EventPayload> done(T value) const
    {
        if (!m_problem.isEmpty()) {
            return Error::invalidInput(
                QStringLiteral("the %1 payload is malformed: %2").arg(m_type, m_problem),
                {{QStringLiteral("type"), m_type.toString()}});
        }
        return EventPayload(std::move(value));
    }

private:
    QStringView m_type;
    const QJsonObject &m_json;
    QString m_problem;
};

// The payload's version: 1 without "v".
int versionOf(Reader &r)
{
    return r.json().contains(versionKey) ? int(r.integer(versionKey, 1, 1'000'000)) : 1;
}

// A discount as Discount::toJson() writes it: null or missing for none.
Discount readDiscount(Reader &r, const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        r.fail(QStringLiteral("\"%1\" must be an object or null").arg(key));
        return {};
    }
    const QJsonObject o = value.toObject();
    Discount discount;
    const QString kind = r.textIn(o, QStringLiteral("kind"), false, Limits::MaxIdLength);
    const std::optional<Discount::Kind> parsed = discountKindFromString(kind);
    if (!parsed)
        r.fail(QStringLiteral("\"%1\" has an unknown kind '%2'").arg(key, kind));
    discount.kind = parsed.value_or(Discount::Kind::Amount);
    discount.value = r.integerIn(o, QStringLiteral("value"), 0,
                                 discount.kind == Discount::Kind::Percent ? 100 : Limits::MaxMoney);
    discount.reason = r.textIn(o, reasonKey, true, Limits::MaxTextLength);
    return discount;
}

template<typename E>
E enumIn(Reader &r, const QJsonObject &json, const QString &key,
         std::optional<E> (*parse)(QStringView))
{
    const QString text = r.textIn(json, key, false, Limits::MaxIdLength);
    const std::optional<E> value = parse(text);
    if (!value)
        r.fail(QStringLiteral("\"%1\" has an unknown value '%2'").arg(key, text));
    return value.value_or(E{});
}

std::optional<Events::StockAdjusted::Kind> adjustKindFromString(QStringView text)
{
    using Kind = Events::StockAdjusted::Kind;
    for (const Kind kind : {Kind::Receive, Kind::Loss, Kind::Count}) {
        if (text == adjustKindName(kind))
            return kind;
    }
    return std::nullopt;
}

ProductEdit readEdit(Reader &reader, const QJsonObject &json)
{
    ProductEdit edit;
    if (json.contains(productNameKey))
        edit.productName = reader.textIn(json, productNameKey, false, Limits::MaxNameLength);
    if (json.contains(priceKey))
        edit.price = reader.integerIn(json, priceKey, 0, Limits::MaxPrice);
    if (json.contains(barcodeKey))
        edit.barcode = reader.textIn(json, barcodeKey, true, Limits::MaxIdLength);
    if (json.contains(thresholdKey)) {
        const QJsonValue value = json.value(thresholdKey);
        edit.lowStockThreshold =
            value.isNull()
                ? StockThreshold()
                : StockThreshold(reader.integerIn(json, thresholdKey, 0, Limits::MaxStockDelta));
    }
    if (json.contains(taxKey))
        edit.tax = enumIn<TaxKind>(reader, json, taxKey, taxKindFromString);
    return edit;
}

const QString customerIdKey = QStringLiteral("customerId");
const QString phonesKey = QStringLiteral("phones");
const QString addressesKey = QStringLiteral("addresses");
const QString noteKey = QStringLiteral("note");

// A list of strings, at most maxCount of them, each at most maxLength characters.
QStringList textsIn(Reader &r, const QJsonObject &json, const QString &key, int maxCount,
                    int maxLength)
{
    const QJsonValue value = json.value(key);
    if (!value.isArray()) {
        r.fail(QStringLiteral("\"%1\" must be an array").arg(key));
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.size() > maxCount) {
        r.fail(QStringLiteral("\"%1\" has %2 entries; at most %3")
                   .arg(key)
                   .arg(array.size())
                   .arg(maxCount));
        return {};
    }
    QStringList texts;
    for (const QJsonValue &entry : array) {
        if (!entry.isString() || entry.toString().size() > maxLength) {
            r.fail(QStringLiteral("\"%1\" must hold strings of at most %2 characters")
                       .arg(key)
                       .arg(maxLength));
            return {};
        }
        texts << entry.toString();
    }
    return texts;
}

// The fields of a customer edit that are set, named as CustomerRecord::toJson() names them.
QJsonObject customerEditFields(const CustomerEdit &edit)
{
    QJsonObject json;
    if (edit.name)
        json.insert(nameKey, *edit.name);
    if (edit.phones)
        json.insert(phonesKey, QJsonArray::fromStringList(*edit.phones));
    if (edit.addresses)
        json.insert(addressesKey, QJsonArray::fromStringList(*edit.addresses));
    if (edit.note)
        json.insert(noteKey, *edit.note);
    return json;
}

CustomerEdit readCustomerEdit(Reader &r, const QJsonObject &json)
{
    CustomerEdit edit;
    if (json.contains(nameKey))
        edit.name = r.textIn(json, nameKey, false, Limits::MaxNameLength);
    if (json.contains(phonesKey))
        edit.phones = textsIn(r, json, phonesKey, CustomerRules::MaxPhones, Limits::MaxPhoneLength);
    if (json.contains(addressesKey))
        edit.addresses =
            textsIn(r, json, addressesKey, CustomerRules::MaxAddresses, Limits::MaxTextLength);
    if (json.contains(noteKey))
        edit.note = r.textIn(json, noteKey, false, Limits::MaxTextLength);
    return edit;
}

template<typename Move> Result<EventPayload> readStockMove(Reader &r)
{
    Move move;
    move.productId = r.text(productIdKey, Limits::MaxIdLength);
    move.qty = r.integer(qtyKey, 1, Limits::MaxQty);
    return r.done(move);
}

template<typename Fact> Result<EventPayload> readUserFact(Reader &r)
{
    Fact fact;
    fact.name = r.text(nameKey, Limits::MaxNameLength);
    fact.role = r.parsed<Role>(roleKey, roleFromString);
    return r.done(fact);
}

template<typename Access> Result<EventPayload> readUserAccess(Reader &r)
{
    Access access;
    access.name = r.text(nameKey, Limits::MaxNameLength);
    if (r.flag(QStringLiteral("disabled")) != Access::disabled)
        r.fail(QStringLiteral("\"disabled\" contradicts the event type"));
    return r.done(access);
}

using Decoder = Result<EventPayload> (*)(Reader &);

struct DecoderEntry
{
    QLatin1StringView type;
    Decoder decode;
};

const QList<DecoderEntry> &decoders()
{
    static const QList<DecoderEntry> table{
        {EventType::OrderPlaced,
         [](Reader &r) {
             Events::OrderPlaced e;
             const int version = versionOf(r);
             const QJsonObject customer = r.object(QStringLiteral("customer"));
             e.customer = {
                 r.textIn(customer, nameKey, false, Limits::MaxNameLength),
                 r.textIn(customer, QStringLiteral("phone"), true, Limits::MaxPhoneLength),
                 r.textIn(customer, QStringLiteral("address"), true, Limits::MaxTextLength)};
             for (const QJsonValue &value : r.array(QStringLiteral("lines"))) {
                 if (!value.isObject()) {
                     r.fail(QStringLiteral("a line must be an object"));
                     break;
                 }
                 const QJsonObject line = value.toObject();
                 OrderLine l;
                 l.productId = r.textIn(line, productIdKey, false, Limits::MaxIdLength);
                 l.productName = r.textIn(line, productNameKey, false, Limits::MaxNameLength);
                 l.qty = r.integerIn(line, qtyKey, 1, Limits::MaxQty);
                 l.price = r.integerIn(line, priceKey, 0, Limits::MaxPrice);
                 if (version >= 2) {
                     l.tax = enumIn<TaxKind>(r, line, taxKey, taxKindFromString);
                     l.discount = readDiscount(r, line, discountKey);
                 }
                 e.lines.append(l);
             }
             if (e.lines.isEmpty())
                 r.fail(QStringLiteral("the order has no lines"));
             if (e.lines.size() > Limits::MaxLines)
                 r.fail(QStringLiteral("the order has more than %1 lines").arg(Limits::MaxLines));
             e.total = r.integer(QStringLiteral("total"), 0, Limits::MaxMoney);
             if (version >= 2) {
                 e.terms.vatRate = int(r.integer(QStringLiteral("vatRate"), 0, Tax::MaxVatRate));
                 e.terms.discount = readDiscount(r, r.json(), discountKey);
                 e.terms.discountApprovedBy =
                     r.optionalText(QStringLiteral("discountApprovedBy"), Limits::MaxNameLength);
             }
             // No line is listed twice, and the money is the rule's for these lines and terms,
             // as Order::place makes it.
             QSet<QString> products;
             for (const OrderLine &line : std::as_const(e.lines)) {
                 if (products.contains(line.productId))
                     r.fail(QStringLiteral("product %1 is on two lines").arg(line.productId));
                 products.insert(line.productId);
             }
             const Result<OrderMoney> money =
                 orderMoney(e.lines, e.terms.discount, e.terms.vatRate);
             if (!money) {
                 r.fail(money.error().message);
             } else {
                 e.money = money.value();
                 if (e.money.total != e.total)
                     r.fail(QStringLiteral("\"total\" is not what the lines come to"));
                 for (const auto &[key, field] : moneyFields()) {
                     if (version >= 2 && r.integer(key, 0, Limits::MaxMoney) != e.money.*field)
                         r.fail(QStringLiteral("\"%1\" is not what the lines come to").arg(key));
                 }
             }
             return r.done(e);
         }},
        {EventType::OrderCancelled,
         [](Reader &r) {
             Events::OrderCancelled e;
             e.reason = r.text(reasonKey, Limits::MaxTextLength);
             e.previousStatus =
                 r.parsed<OrderStatus>(QStringLiteral("previousStatus"), orderStatusFromString);
             return r.done(e);
         }},
        {EventType::PaymentApproved,
         [](Reader &r) {
             Events::PaymentApproved e;
             e.method = r.parsed<PaymentMethod>(methodKey, paymentMethodFromString);
             e.amount = r.integer(amountKey, 0, Limits::MaxMoney);
             e.tendered = r.integer(QStringLiteral("tendered"), e.amount, Limits::MaxMoney);
             e.approvalCode = r.optionalText(QStringLiteral("approvalCode"), Limits::MaxTextLength);
             e.card.approval = e.approvalCode;
             if (versionOf(r) >= 2) {
                 e.part = int(r.integer(partKey, 1, Limits::MaxPaymentParts));
                 e.settles = r.flag(QStringLiteral("settles"));
                 e.card.company =
                     r.optionalText(QStringLiteral("cardCompany"), Limits::MaxNameLength);
                 e.card.instalments =
                     int(r.optionalInteger(QStringLiteral("instalments"), 0, 36).value_or(0));
                 e.card.last4 = r.optionalText(QStringLiteral("cardLast4"), 4);
                 const QJsonValue receipt = r.json().value(QStringLiteral("cashReceipt"));
                 if (receipt.isObject()) {
                     const QJsonObject o = receipt.toObject();
                     CashReceipt c;
                     c.kind = enumIn<CashReceipt::Kind>(r, o, QStringLiteral("kind"),
                                                        cashReceiptKindFromString);
                     c.number = r.textIn(o, QStringLiteral("number"), false, 19);
                     c.purpose = enumIn<CashReceipt::Purpose>(r, o, QStringLiteral("purpose"),
                                                              cashReceiptPurposeFromString);
                     e.cashReceipt = c;
                 } else if (!receipt.isUndefined() && !receipt.isNull()) {
                     r.fail(QStringLiteral("\"cashReceipt\" must be an object or null"));
                 }
             }
             return r.done(e);
         }},
        {EventType::PaymentRefunded,
         [](Reader &r) {
             Events::PaymentRefunded e;
             e.method = r.parsed<PaymentMethod>(methodKey, paymentMethodFromString);
             e.amount = r.integer(amountKey, 0, Limits::MaxMoney);
             e.reason = r.text(reasonKey, Limits::MaxTextLength);
             if (versionOf(r) < 2) {
                 e.parts = {{1, e.method, e.amount}};
                 return r.done(e);
             }
             Money sum = 0;
             for (const QJsonValue &value : r.array(QStringLiteral("parts"))) {
                 const QJsonObject o = value.toObject();
                 Events::PaymentRefunded::Part part{
                     int(r.integerIn(o, partKey, 1, Limits::MaxPaymentParts)),
                     enumIn<PaymentMethod>(r, o, methodKey, paymentMethodFromString),
                     r.integerIn(o, amountKey, 1, Limits::MaxMoney)};
                 sum += part.amount; // each below 2^53, at most MaxPaymentParts of them
                 e.parts.append(part);
             }
             if (e.parts.isEmpty() || e.parts.size() > Limits::MaxPaymentParts || sum != e.amount)
                 r.fail(QStringLiteral("\"parts\" must add up to the amount"));
             e.paidAfter = r.integer(QStringLiteral("paidAfter"), 0, Limits::MaxMoney);
             e.returnNo = int(r.integer(QStringLiteral("returnNo"), 0, 1'000'000));
             return r.done(e);
         }},
        {EventType::DeliveryStarted,
         [](Reader &r) {
             return r.done(Events::DeliveryStarted{r.text(deliveryIdKey, Limits::MaxIdLength)});
         }},
        {EventType::DeliveryCompleted,
         [](Reader &r) {
             return r.done(Events::DeliveryCompleted{r.text(deliveryIdKey, Limits::MaxIdLength)});
         }},
        {EventType::DeliveryCancelled,
         [](Reader &r) {
             Events::DeliveryCancelled e;
             e.deliveryId = r.text(deliveryIdKey, Limits::MaxIdLength);
             e.reason = r.text(reasonKey, Limits::MaxTextLength);
             return r.done(e);
         }},
        {EventType::SlipPrinted,
         [](Reader &r) {
             Events::SlipPrinted e;
             e.deliveryId = r.text(deliveryIdKey, Limits::MaxIdLength);
             e.copy = int(r.integer(QStringLiteral("copy"), 1, 1'000'000));
             e.page = r.text(QStringLiteral("page"), Limits::MaxIdLength);
             e.language = r.text(QStringLiteral("language"), Limits::MaxIdLength);
             return r.done(e);
         }},
        {EventType::OrderLinesReturned,
         [](Reader &r) {
             Events::OrderLinesReturned e;
             e.returnNo = int(r.integer(QStringLiteral("returnNo"), 1, 1'000'000));
             QSet<QString> products;
             for (const QJsonValue &value : r.array(QStringLiteral("lines"))) {
                 const QJsonObject o = value.toObject();
                 Events::OrderLinesReturned::Line line{
                     r.textIn(o, productIdKey, false, Limits::MaxIdLength),
                     r.integerIn(o, qtyKey, 1, Limits::MaxQty)};
                 if (products.contains(line.productId))
                     r.fail(QStringLiteral("product %1 is on two lines").arg(line.productId));
                 products.insert(line.productId);
                 e.lines.append(line);
             }
             if (e.lines.isEmpty() || e.lines.size() > Limits::MaxLines)
                 r.fail(QStringLiteral("a return has 1 to %1 lines").arg(Limits::MaxLines));
             e.stock = r.parsed<ReturnStock>(QStringLiteral("stock"), returnStockFromString);
             e.reason = r.text(reasonKey, Limits::MaxTextLength);
             e.refund = r.integer(QStringLiteral("refund"), 0, Limits::MaxMoney);
             e.total = r.integer(QStringLiteral("total"), 0, Limits::MaxMoney);
             e.settles = r.flag(QStringLiteral("settles"));
             e.cancels = r.flag(QStringLiteral("cancels"));
             if (e.settles && e.cancels)
                 r.fail(QStringLiteral("a return cannot both settle and cancel its order"));
             return r.done(e);
         }},
        {EventType::ReceiptPrinted,
         [](Reader &r) {
             Events::ReceiptPrinted e;
             e.returnNo = int(r.integer(QStringLiteral("returnNo"), 0, 1'000'000));
             e.copy = int(r.integer(QStringLiteral("copy"), 1, 1'000'000));
             e.page = r.text(QStringLiteral("page"), Limits::MaxIdLength);
             e.language = r.text(QStringLiteral("language"), Limits::MaxIdLength);
             return r.done(e);
         }},
        {EventType::DrawerOpened,
         [](Reader &r) {
             Events::DrawerOpened e;
             e.cause = r.parsed<DrawerCause>(QStringLiteral("cause"), drawerCauseFromString);
             e.reason = r.optionalText(reasonKey, Limits::MaxTextLength);
             e.printer = r.text(QStringLiteral("printer"), Limits::MaxTextLength);
             return r.done(e);
         }},
        {EventType::ShiftOpened,
         [](Reader &r) {
             Events::ShiftOpened e;
             e.shiftId = r.text(shiftIdKey, Limits::MaxIdLength);
             e.openingFloat = r.integer(QStringLiteral("openingFloat"), 0, Limits::MaxMoney);
             return r.done(e);
         }},
        {EventType::CashMoved,
         [](Reader &r) {
             Events::CashMoved e;
             e.shiftId = r.text(shiftIdKey, Limits::MaxIdLength);
             e.move = r.parsed<CashMove>(QStringLiteral("move"), cashMoveFromString);
             e.amount = r.integer(amountKey, 1, Limits::MaxMoney);
             e.reason = r.text(reasonKey, Limits::MaxTextLength);
             return r.done(e);
         }},
        {EventType::ShiftClosed,
         [](Reader &r) {
             Events::ShiftClosed e;
             e.shiftId = r.text(shiftIdKey, Limits::MaxIdLength);
             e.counted = r.integer(QStringLiteral("counted"), 0, Limits::MaxMoney);
             e.expected =
                 r.integer(QStringLiteral("expected"), -Limits::MaxMoney, Limits::MaxMoney);
             const QJsonValue counts = r.json().value(QStringLiteral("counts"));
             if (!counts.isUndefined()) {
                 Result<QList<CashCount>> read = cashCountsFromJson(counts);
                 if (!read)
                     r.fail(read.error().message);
                 else
                     e.counts = read.value();
                 if (read && !e.counts.isEmpty() && countedTotal(e.counts) != e.counted)
                     r.fail(QStringLiteral("\"counts\" do not add up to \"counted\""));
             }
             return r.done(e);
         }},
        {EventType::ProductRegistered,
         [](Reader &r) {
             Events::ProductRegistered e;
             e.product.productId = r.text(productIdKey, Limits::MaxIdLength);
             e.product.productName = r.text(productNameKey, Limits::MaxNameLength);
             e.product.price = r.integer(priceKey, 0, Limits::MaxPrice);
             e.product.barcode = r.optionalText(barcodeKey, Limits::MaxIdLength);
             e.product.lowStockThreshold =
                 r.optionalInteger(thresholdKey, 0, Limits::MaxStockDelta);
             if (versionOf(r) >= 2)
                 e.product.tax = r.parsed<TaxKind>(taxKey, taxKindFromString);
             return r.done(e);
         }},
        {EventType::ProductChanged,
         [](Reader &r) {
             Events::ProductChanged e;
             e.productId = r.text(productIdKey, Limits::MaxIdLength);
             // The changed fields sit beside productId and previous.
             e.changed = readEdit(r, r.json());
             e.previous = readEdit(r, r.object(QStringLiteral("previous")));
             return r.done(e);
         }},
        {EventType::StockReserved, readStockMove<Events::StockReserved>},
        {EventType::StockReleased, readStockMove<Events::StockReleased>},
        {EventType::StockDecreased, readStockMove<Events::StockDecreased>},
        {EventType::StockIncreased, readStockMove<Events::StockIncreased>},
        {EventType::StockAdjusted,
         [](Reader &r) {
             Events::StockAdjusted e;
             e.productId = r.text(productIdKey, Limits::MaxIdLength);
             e.kind = r.parsed<Events::StockAdjusted::Kind>(QStringLiteral("kind"),
                                                            adjustKindFromString);
             // A count moves the stock from what was expected (any level) to what was counted.
             const qint64 largest = e.kind == Events::StockAdjusted::Kind::Count
                                        ? Limits::MaxStockLevel + Limits::MaxStockDelta
                                        : Limits::MaxStockDelta;
             e.delta = r.integer(deltaKey, -largest, largest);
             e.reason = r.text(reasonKey, Limits::MaxTextLength);
             if (e.kind == Events::StockAdjusted::Kind::Count) {
                 e.counted = r.integer(QStringLiteral("counted"), 0, Limits::MaxStockDelta);
                 e.expected = r.integer(QStringLiteral("expected"), -Limits::MaxStockLevel,
                                        Limits::MaxStockLevel);
                 if (*e.counted - *e.expected != e.delta)
                     r.fail(QStringLiteral("\"delta\" is not counted - expected"));
             } else if (e.delta == 0) {
                 r.fail(QStringLiteral("\"delta\" must not be 0"));
             }
             return r.done(e);
         }},
        {EventType::UserCreated, readUserFact<Events::UserCreated>},
        {EventType::UserPinChanged, readUserFact<Events::UserPinChanged>},
        {EventType::UserRoleChanged, readUserFact<Events::UserRoleChanged>},
        {EventType::UserDisabled, readUserAccess<Events::UserDisabled>},
        {EventType::UserEnabled, readUserAccess<Events::UserEnabled>},
        {EventType::UserLockedOut,
         [](Reader &r) {
             Events::UserLockedOut e;
             e.name = r.text(nameKey, Limits::MaxNameLength);
             e.failedLogins = int(r.integer(QStringLiteral("failedLogins"), 1, 1'000'000'000));
             const QString until = r.text(QStringLiteral("lockedUntil"), Limits::MaxIdLength);
             e.lockedUntil = QDateTime::fromString(until, Qt::ISODateWithMs);
             if (!e.lockedUntil.isValid())
                 r.fail(QStringLiteral("\"lockedUntil\" must be an ISO 8601 date-time"));
             e.lockedUntil = e.lockedUntil.toUTC();
             return r.done(e);
         }},
        {EventType::UserUnlocked,
         [](Reader &r) {
             return r.done(Events::UserUnlocked{r.text(nameKey, Limits::MaxNameLength)});
         }},
        {EventType::CustomerRegistered,
         [](Reader &r) {
             Events::CustomerRegistered e;
             CustomerRecord &c = e.customer;
             c.customerId = r.text(customerIdKey, Limits::MaxIdLength);
             c.name = r.text(nameKey, Limits::MaxNameLength);
             c.phones =
                 textsIn(r, r.json(), phonesKey, CustomerRules::MaxPhones, Limits::MaxPhoneLength);
             c.addresses = textsIn(r, r.json(), addressesKey, CustomerRules::MaxAddresses,
                                   Limits::MaxTextLength);
             c.note = r.text(noteKey, Limits::MaxTextLength);
             return r.done(e);
         }},
        {EventType::CustomerChanged,
         [](Reader &r) {
             Events::CustomerChanged e;
             e.customerId = r.text(customerIdKey, Limits::MaxIdLength);
             e.changed = readCustomerEdit(r, r.json());
             e.previous = readCustomerEdit(r, r.object(QStringLiteral("previous")));
             return r.done(e);
         }},
        {EventType::CustomerErased,
         [](Reader &r) {
             return r.done(Events::CustomerErased{r.text(customerIdKey, Limits::MaxIdLength)});
         }},
    };
    return table;
}

} // namespace

QString toText(DrawerCause cause)
{
    switch (cause) {
    case DrawerCause::Sale:
        return QStringLiteral("sale");
    case DrawerCause::Refund:
        return QStringLiteral("refund");
    case DrawerCause::Manual:
        return QStringLiteral("manual");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<DrawerCause> drawerCauseFromString(QStringView text)
{
    for (const DrawerCause cause : {DrawerCause::Sale, DrawerCause::Refund, DrawerCause::Manual}) {
        if (text == toText(cause))
            return cause;
    }
    return std::nullopt;
}

QString toText(CashMove move)
{
    return move == CashMove::PayIn ? QStringLiteral("payIn") : QStringLiteral("payOut");
}

std::optional<CashMove> cashMoveFromString(QStringView text)
{
    for (const CashMove move : {CashMove::PayIn, CashMove::PayOut}) {
        if (text == toText(move))
            return move;
    }
    return std::nullopt;
}

Money countedTotal(const QList<CashCount> &counts)
{
    Money total = 0;
    for (const CashCount &c : counts)
        total += c.denomination * c.count; // cashCountsFromJson bounds both
    return total;
}

QJsonArray toJson(const QList<CashCount> &counts)
{
    QJsonArray array;
    for (const CashCount &c : counts)
        array.append(QJsonObject{{QStringLiteral("denomination"), c.denomination},
                                 {QStringLiteral("count"), c.count}});
    return array;
}

Result<QList<CashCount>> cashCountsFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return Error::invalidInput(QStringLiteral("the counts must be a list"));
    QList<CashCount> counts;
    Money total = 0;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        const QJsonValue d = o.value(QStringLiteral("denomination"));
        const QJsonValue n = o.value(QStringLiteral("count"));
        const double denomination = d.toDouble(-1);
        const double count = n.toDouble(-1);
        if (!d.isDouble() || !n.isDouble() || denomination != std::floor(denomination) ||
            count != std::floor(count) || denomination < 1 || denomination > 1e12 || count < 0 ||
            count > Cash::MaxCount) {
            return Error::invalidInput(
                QStringLiteral("a count is a whole denomination from 1 and a count of 0 to %1")
                    .arg(Cash::MaxCount));
        }
        CashCount c{Money(denomination), qint64(count)};
        for (const CashCount &seen : std::as_const(counts)) {
            if (seen.denomination == c.denomination)
                return Error::invalidInput(
                    QStringLiteral("the denomination %1 is counted twice").arg(c.denomination));
        }
        total += c.denomination * c.count;
        if (total > Limits::MaxMoney)
            return Error::invalidInput(
                QStringLiteral("the counts add up to more than %1").arg(Limits::MaxMoney));
        counts.append(c);
    }
    if (counts.size() > Cash::MaxDenominations)
        return Error::invalidInput(
            QStringLiteral("at most %1 denominations are counted").arg(Cash::MaxDenominations));
    return counts;
}

QLatin1StringView eventTypeOf(const EventPayload &payload)
{
    return std::visit([](const auto &e) { return std::decay_t<decltype(e)>::type; }, payload);
}

QJsonObject encodePayload(const EventPayload &payload)
{
    return std::visit(
        Overloaded{
            [](const Events::OrderPlaced &e) {
                QJsonArray lines;
                for (const OrderLine &line : e.lines) {
                    lines.append(QJsonObject{{productIdKey, line.productId},
                                             {productNameKey, line.productName},
                                             {qtyKey, line.qty},
                                             {priceKey, line.price},
                                             {taxKey, toText(line.tax)},
                                             {discountKey, line.discount.toJson()}});
                }
                QJsonObject json{{QStringLiteral("customer"), toJson(e.customer)},
                                 {QStringLiteral("lines"), lines},
                                 {QStringLiteral("total"), e.total},
                                 {versionKey, 2},
                                 {QStringLiteral("vatRate"), e.terms.vatRate},
                                 {discountKey, e.terms.discount.toJson()},
                                 {QStringLiteral("discountApprovedBy"),
                                  nullIfEmpty(e.terms.discountApprovedBy)}};
                const Result<OrderMoney> computed =
                    orderMoney(e.lines, e.terms.discount, e.terms.vatRate);
                const OrderMoney &money = computed ? computed.value() : e.money;
                for (const auto &[key, field] : moneyFields())
                    json.insert(key, money.*field);
                return json;
            },
            [](const Events::OrderCancelled &e) {
                return QJsonObject{{reasonKey, e.reason},
                                   {QStringLiteral("previousStatus"), toText(e.previousStatus)}};
            },
            [](const Events::PaymentApproved &e) {
                QJsonObject json{{methodKey, toText(e.method)},
                                 {amountKey, e.amount},
                                 {QStringLiteral("tendered"), e.tendered},
                                 {QStringLiteral("change"), e.tendered - e.amount},
                                 {QStringLiteral("status"), toText(PaymentStatus::Approved)}};
                if (!e.approvalCode.isEmpty())
                    json.insert(QStringLiteral("approvalCode"), e.approvalCode);
                json.insert(versionKey, 2);
                json.insert(partKey, e.part);
                json.insert(QStringLiteral("settles"), e.settles);
                if (e.method == PaymentMethod::Card) {
                    json.insert(QStringLiteral("cardCompany"), nullIfEmpty(e.card.company));
                    json.insert(QStringLiteral("instalments"), e.card.instalments);
                    json.insert(QStringLiteral("cardLast4"), nullIfEmpty(e.card.last4));
                }
                json.insert(QStringLiteral("cashReceipt"),
                            e.cashReceipt ? QJsonValue(e.cashReceipt->toJson()) : QJsonValue());
                return json;
            },
            [](const Events::PaymentRefunded &e) {
                QJsonArray parts;
                const QList<Events::PaymentRefunded::Part> refunded =
                    e.parts.isEmpty()
                        ? QList<Events::PaymentRefunded::Part>{{1, e.method, e.amount}}
                        : e.parts;
                for (const Events::PaymentRefunded::Part &part : refunded) {
                    parts.append(QJsonObject{{partKey, part.part},
                                             {methodKey, toText(part.method)},
                                             {amountKey, part.amount}});
                }
                return QJsonObject{{methodKey, toText(e.method)},
                                   {amountKey, e.amount},
                                   {reasonKey, e.reason},
                                   {versionKey, 2},
                                   {QStringLiteral("parts"), parts},
                                   {QStringLiteral("paidAfter"), e.paidAfter},
                                   {QStringLiteral("returnNo"), e.returnNo}};
            },
            [](const Events::OrderLinesReturned &e) {
                QJsonArray lines;
                for (const Events::OrderLinesReturned::Line &line : e.lines)
                    lines.append(QJsonObject{{productIdKey, line.productId}, {qtyKey, line.qty}});
                return QJsonObject{{QStringLiteral("returnNo"), e.returnNo},
                                   {QStringLiteral("lines"), lines},
                                   {QStringLiteral("stock"), toText(e.stock)},
                                   {reasonKey, e.reason},
                                   {QStringLiteral("refund"), e.refund},
                                   {QStringLiteral("total"), e.total},
                                   {QStringLiteral("settles"), e.settles},
                                   {QStringLiteral("cancels"), e.cancels}};
            },
            [](const Events::ReceiptPrinted &e) {
                return QJsonObject{{QStringLiteral("returnNo"), e.returnNo},
                                   {QStringLiteral("copy"), e.copy},
                                   {QStringLiteral("page"), e.page},
                                   {QStringLiteral("language"), e.language}};
            },
            [](const Events::DrawerOpened &e) {
                QJsonObject payload{{QStringLiteral("cause"), toText(e.cause)},
                                    {QStringLiteral("printer"), e.printer}};
                if (!e.reason.isEmpty())
                    payload.insert(reasonKey, e.reason);
                return payload;
            },
            [](const Events::ShiftOpened &e) {
                return QJsonObject{{shiftIdKey, e.shiftId},
                                   {QStringLiteral("openingFloat"), e.openingFloat}};
            },
            [](const Events::CashMoved &e) {
                return QJsonObject{{shiftIdKey, e.shiftId},
                                   {QStringLiteral("move"), toText(e.move)},
                                   {amountKey, e.amount},
                                   {reasonKey, e.reason}};
            },
            [](const Events::ShiftClosed &e) {
                QJsonObject payload{{shiftIdKey, e.shiftId},
                                    {QStringLiteral("counted"), e.counted},
                                    {QStringLiteral("expected"), e.expected}};
                if (!e.counts.isEmpty())
                    payload.insert(QStringLiteral("counts"), toJson(e.counts));
                return payload;
            },
            [](const Events::DeliveryStarted &e) {
                return QJsonObject{{deliveryIdKey, e.deliveryId}};
            },
            [](const Events::DeliveryCompleted &e) {
                return QJsonObject{{deliveryIdKey, e.deliveryId}};
            },
            [](const Events::DeliveryCancelled &e) {
                return QJsonObject{{deliveryIdKey, e.deliveryId}, {reasonKey, e.reason}};
            },
            [](const Events::SlipPrinted &e) {
                return QJsonObject{{deliveryIdKey, e.deliveryId},
                                   {QStringLiteral("copy"), e.copy},
                                   {QStringLiteral("page"), e.page},
                                   {QStringLiteral("language"), e.language}};
            },
            [](const Events::ProductRegistered &e) {
                QJsonObject json{{productIdKey, e.product.productId},
                                 {productNameKey, e.product.productName},
                                 {priceKey, e.product.price},
                                 {barcodeKey, nullIfEmpty(e.product.barcode)},
                                 {taxKey, toText(e.product.tax)},
                                 {versionKey, 2}};
                if (e.product.lowStockThreshold)
                    json.insert(thresholdKey, *e.product.lowStockThreshold);
                return json;
            },
            [](const Events::ProductChanged &e) {
                QJsonObject json = editFields(e.changed);
                json.insert(productIdKey, e.productId);
                json.insert(QStringLiteral("previous"), editFields(e.previous));
                return json;
            },
            [](const Events::StockAdjusted &e) {
                QJsonObject json{{productIdKey, e.productId},
                                 {deltaKey, e.delta},
                                 {QStringLiteral("kind"), adjustKindName(e.kind)},
                                 {reasonKey, e.reason}};
                if (e.counted)
                    json.insert(QStringLiteral("counted"), *e.counted);
                if (e.expected)
                    json.insert(QStringLiteral("expected"), *e.expected);
                return json;
            },
            [](const auto &e) {
                using T = std::decay_t<decltype(e)>;
                if constexpr (requires { e.qty; }) {
                    return QJsonObject{{productIdKey, e.productId}, {qtyKey, e.qty}};
                } else if constexpr (requires { e.role; }) {
                    return QJsonObject{{nameKey, e.name}, {roleKey, toText(e.role)}};
                } else {
                    return QJsonObject{{nameKey, e.name},
                                       {QStringLiteral("disabled"), T::disabled}};
                }
            },
            [](const Events::UserLockedOut &e) {
                return QJsonObject{{nameKey, e.name},
                                   {QStringLiteral("failedLogins"), e.failedLogins},
                                   {QStringLiteral("lockedUntil"),
                                    e.lockedUntil.toUTC().toString(Qt::ISODateWithMs)}};
            },
            [](const Events::UserUnlocked &e) {
                return QJsonObject{{nameKey, e.name}};
            },
            [](const Events::CustomerRegistered &e) {
                return QJsonObject{{customerIdKey, e.customer.customerId},
                                   {nameKey, e.customer.name},
                                   {phonesKey, QJsonArray::fromStringList(e.customer.phones)},
                                   {addressesKey, QJsonArray::fromStringList(e.customer.addresses)},
                                   {noteKey, e.customer.note}};
            },
            [](const Events::CustomerChanged &e) {
                QJsonObject json = customerEditFields(e.changed);
                json.insert(customerIdKey, e.customerId);
                json.insert(QStringLiteral("previous"), customerEditFields(e.previous));
                return json;
            },
            [](const Events::CustomerErased &e) {
                return QJsonObject{{customerIdKey, e.customerId}};
            },
        },
        payload);
}

Result<EventPayload> decodePayload(const QString &type, const QJsonObject &payload)
{
    for (const DecoderEntry &entry : decoders()) {
        if (type == entry.type) {
            Reader reader(type, payload);
            return entry.decode(reader);
        }
    }
    return Error::invalidInput(
        QStringLiteral("the event type '%1' is unknown to this build").arg(type),
        {{QStringLiteral("type"), type}});
}

Result<EventPayload> decodePayload(const DomainEvent &event)
{
    Result<EventPayload> decoded = decodePayload(event.type, event.payload);
    if (!decoded) {
        Error error = decoded.error();
        error.message = QStringLiteral("event %1: %2").arg(event.eventId, error.message);
        error.details.insert(QStringLiteral("eventId"), event.eventId);
        return error;
    }
    return decoded;
}

DomainEvent makeEvent(const EventPayload &payload, const QString &orderId, const QString &productId)
{
    return DomainEvent::make(eventTypeOf(payload), orderId, productId, encodePayload(payload));
}

const QList<StockEffectRule> &stockEffectRules()
{
    // Rules 5 and 7 and the reservation of ARCHITECTURE.md, in numbers.
    static const QList<StockEffectRule> rules{
        {EventType::StockReserved, QLatin1StringView("qty"), 0, +1},
        {EventType::StockReleased, QLatin1StringView("qty"), 0, -1},
        {EventType::StockDecreased, QLatin1StringView("qty"), -1, -1},
        {EventType::StockIncreased, QLatin1StringView("qty"), +1, 0},
        // A count too: its delta, never the counted figure, so replicas converge.
        {EventType::StockAdjusted, QLatin1StringView("delta"), +1, 0},
    };
    return rules;
}

std::optional<StockEffect> stockEffect(const EventPayload &payload)
{
    const auto amount =
        std::visit(Overloaded{[](const Events::StockAdjusted &e) {
                                  return std::optional<StockEffect>({e.productId, {e.delta, 0}});
                              },
                              [](const auto &e) {
                                  if constexpr (requires { e.qty; })
                                      return std::optional<StockEffect>({e.productId, {e.qty, 0}});
                                  else
                                      return std::optional<StockEffect>();
                              }},
                   payload);
    if (!amount)
        return std::nullopt;
    const QLatin1StringView type = eventTypeOf(payload);
    for (const StockEffectRule &rule : stockEffectRules()) {
        if (rule.type == type) {
            const qint64 value = amount->delta.onHand;
            return StockEffect{amount->productId,
                               {rule.onHandSign * value, rule.reservedSign * value}};
        }
    }
    Q_UNREACHABLE();
    return std::nullopt;
}

Result<StockDelta> addStock(const StockDelta &current, const StockDelta &delta,
                            const QString &productId)
{
    StockDelta sum;
    const auto inRange = [](qint64 value) {
        return value >= -Limits::MaxStockLevel && value <= Limits::MaxStockLevel;
    };
    if (__builtin_add_overflow(current.onHand, delta.onHand, &sum.onHand) ||
        __builtin_add_overflow(current.reserved, delta.reserved, &sum.reserved) ||
        !inRange(sum.onHand) || !inRange(sum.reserved)) {
        return Error::invalidInput(
            QStringLiteral("the stock of %1 would leave the range -%2 to %2 (on hand %3%4, "
                           "reserved %5%6)")
                .arg(productId)
                .arg(Limits::MaxStockLevel)
                .arg(current.onHand)
                .arg(delta.onHand < 0 ? QString::number(delta.onHand)
                                      : QLatin1Char('+') + QString::number(delta.onHand))
                .arg(current.reserved)
                .arg(delta.reserved < 0 ? QString::number(delta.reserved)
                                        : QLatin1Char('+') + QString::number(delta.reserved)),
            {{QStringLiteral("productId"), productId},
             {QStringLiteral("maximum"), Limits::MaxStockLevel}});
    }
    return sum;
}

QJsonObject OrderReturn::toJson() const
{
    QJsonArray returned;
    for (const auto &line : lines)
        returned.append(QJsonObject{{QStringLiteral("productId"), line.productId},
                                    {QStringLiteral("qty"), line.qty}});
    QJsonArray parts;
    for (const auto &part : refundParts)
        parts.append(QJsonObject{{QStringLiteral("part"), part.part},
                                 {QStringLiteral("method"), toText(part.method)},
                                 {QStringLiteral("amount"), part.amount}});
    return {{QStringLiteral("returnNo"), returnNo},
            {QStringLiteral("lines"), returned},
            {QStringLiteral("stock"), toText(stock)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("refund"), refund},
            {QStringLiteral("refundParts"), parts},
            {QStringLiteral("totalAfter"), totalAfter},
            {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), actor}};
}

Result<QList<OrderReturn>> orderReturns(const QList<DomainEvent> &events)
{
    QList<OrderReturn> returns;
    for (const DomainEvent &event : events) {
        SD_TRY(const EventPayload payload, decodePayload(event));
        if (const auto *r = std::get_if<Events::OrderLinesReturned>(&payload)) {
            returns.append({r->returnNo,
                            r->lines,
                            r->stock,
                            r->reason,
                            r->refund,
                            {},
                            r->total,
                            event.occurredAt,
                            event.actor});
        } else if (const auto *refunded = std::get_if<Events::PaymentRefunded>(&payload)) {
            for (OrderReturn &r : returns) {
                if (r.returnNo == refunded->returnNo)
                    r.refundParts += refunded->parts;
            }
        }
    }
    return returns;
}

std::optional<OrderStatus> orderStatusAfter(const EventPayload &payload)
{
    return std::visit(
        Overloaded{
            [](const Events::PaymentApproved &e) {
                return e.settles ? std::optional<OrderStatus>(OrderStatus::Paid) : std::nullopt;
            },
            [](const Events::OrderLinesReturned &e) {
                if (e.cancels)
                    return std::optional<OrderStatus>(OrderStatus::Cancelled);
                return e.settles ? std::optional<OrderStatus>(OrderStatus::Paid) : std::nullopt;
            },
            [](const Events::DeliveryStarted &) {
                return std::optional<OrderStatus>(OrderStatus::Delivering);
            },
            [](const Events::DeliveryCompleted &) {
                return std::optional<OrderStatus>(OrderStatus::Delivered);
            },
            [](const Events::OrderCancelled &) {
                return std::optional<OrderStatus>(OrderStatus::Cancelled);
            },
            [](const Events::OrderPlaced &) {
                return std::optional<OrderStatus>(OrderStatus::Placed);
            },
            [](const auto &) { return std::optional<OrderStatus>(); },
        },
        payload);
}

} // namespace ShopDesk
