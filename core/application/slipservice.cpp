#include "slipservice.h"

#include "payment.h"

#include "events.h"
#include "orderservice.h"
#include "unitofwork.h"
#include "validation.h"

namespace ShopDesk {

namespace {

// The order with its delivery: NotFound or InvalidState (not paid yet) otherwise.
Result<OrderDetails> withDelivery(Result<OrderDetails> details)
{
    if (!details)
        return details.error();
    const Order &order = details->order;
    if (details->delivery)
        return details;
    return Error::invalidState(
        QStringLiteral("order %1 is %2 and has no delivery, so it has no delivery slip; it must "
                       "be paid first")
            .arg(order.orderId(), toText(order.status())),
        {{QStringLiteral("orderId"), order.orderId()},
         {QStringLiteral("status"), toText(order.status())}});
}

Status validateShopDetails(const ShopDetails &details)
{
    SD_CHECK(Validate::optionalText(details.name, QStringLiteral("the shop name"),
                                    Limits::MaxNameLength));
    SD_CHECK(Validate::optionalText(details.address, QStringLiteral("the shop address"),
                                    Limits::MaxTextLength));
    SD_CHECK(Validate::optionalText(details.phone, QStringLiteral("the shop phone"),
                                    Limits::MaxPhoneLength));
    if (!Currency::find(details.currency)) {
        QStringList codes;
        for (const Currency &currency : Currency::supported())
            codes << currency.code;
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("unknown currency '%1': use one of %2")
                         .arg(details.currency, codes.join(QStringLiteral(", "))),
                     {}};
    }
    if (details.lowStockThreshold < 0 || details.lowStockThreshold > Limits::MaxStockDelta)
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("the low-stock threshold must be between 0 and %1, not %2")
                         .arg(Limits::MaxStockDelta)
                         .arg(details.lowStockThreshold),
                     {}};
    if (!details.businessNumber.isEmpty())
        SD_CHECK(validateBusinessNumber(details.businessNumber));
    SD_CHECK(Validate::optionalText(details.representative, QStringLiteral("the representative"),
                                    Limits::MaxNameLength));
    if (details.vatRate < 0 || details.vatRate > Tax::MaxVatRate) {
        return Error::invalidInput(QStringLiteral("the VAT rate must be 0 to %1 %, not %2")
                                       .arg(Tax::MaxVatRate)
                                       .arg(details.vatRate),
                                   {{QStringLiteral("field"), QStringLiteral("vatRate")}});
    }
    if (details.clerkDiscountLimit < 0 || details.clerkDiscountLimit > 100) {
        return Error::invalidInput(
            QStringLiteral("the clerk's discount limit must be 0 to 100 %, not %1")
                .arg(details.clerkDiscountLimit),
            {{QStringLiteral("field"), QStringLiteral("clerkDiscountLimit")}});
    }
    return {};
}

} // namespace

QString SlipData::deliveryId() const
{
    return details.delivery ? details.delivery->deliveryId() : QString();
}

bool SlipData::isCancelled() const
{
    return details.delivery && details.delivery->status() == DeliveryStatus::Cancelled;
}

SlipService::SlipService(UnitOfWork &work, const OrderService &orders)
    : m_work(work)
    , m_orders(orders)
{}

Result<ShopDetails> SlipService::shopDetails() const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read the shop's details")));
    return m_work.store().shopDetails();
}

Result<ShopDetails> SlipService::changeShopDetails(const ShopDetailsChange &change)
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("change the shop's details")));
    OrderStore &store = m_work.store();
    ShopDetails saved;
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        SD_TRY(saved, store.shopDetails());
        if (change.name)
            saved.name = change.name->trimmed();
        if (change.address)
            saved.address = change.address->trimmed();
        if (change.phone)
            saved.phone = change.phone->trimmed();
        if (change.currency)
            saved.currency = change.currency->trimmed().toUpper();
        if (change.lowStockThreshold)
            saved.lowStockThreshold = *change.lowStockThreshold;
        if (change.businessNumber) {
            saved.businessNumber = change.businessNumber->trimmed();
            saved.businessNumber.remove(u'-');
        }
        if (change.representative)
            saved.representative = change.representative->trimmed();
        if (change.vatRate)
            saved.vatRate = int(qBound(qint64(-1), *change.vatRate, qint64(1000)));
        if (change.clerkDiscountLimit)
            saved.clerkDiscountLimit =
                int(qBound(qint64(-1), *change.clerkDiscountLimit, qint64(1000)));
        if (change.cashNeedsShift)
            saved.cashNeedsShift = *change.cashNeedsShift;
        SD_CHECK(validateShopDetails(saved));
        SD_CHECK(store.saveShopDetails(saved));
        // Settings of this terminal, not a business fact: no event.
        return QList<DomainEvent>();
    });
    if (!done)
        return done.error();
    return saved;
}

Result<SlipData> SlipService::slip(const QString &orderId) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("print slips")));
    OrderStore &store = m_work.store();
    SlipData data;
    SD_TRY(data.details, withDelivery(m_orders.order(orderId)));
    SD_TRY(data.shop, store.shopDetails());
    SD_TRY(const QList<SlipPrint> before, store.slipPrints(orderId));
    data.copy = int(before.size()) + 1;
    data.printedAt = m_work.now();
    if (data.details.order.status() == OrderStatus::Cancelled) {
        SD_TRY(data.notes, m_orders.cancellationReason(orderId));
    }
    return data;
}

Status SlipService::canRecordPrints() const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("print slips")));
    const ShopStore &store = m_work.store();
    if (store.isReadOnly()) {
        return Error::storage(
            QStringLiteral("the database %1 is read-only, so a print cannot be recorded; nothing "
                           "was printed")
                .arg(store.location()));
    }
    return {};
}

Result<SlipPrint> SlipService::recordPrint(const QString &orderId, const QString &page,
                                           const QString &language)
{
    SD_TRY(const QList<SlipPrint> recorded, recordPrints({orderId}, page, language));
    return recorded.first();
}

Result<QList<SlipPrint>> SlipService::recordPrints(const QStringList &orderIds, const QString &page,
                                                   const QString &language)
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("print slips")));
    SD_CHECK(Validate::identifier(page, QStringLiteral("the page size")));
    SD_CHECK(Validate::identifier(language, QStringLiteral("the language")));
    if (orderIds.isEmpty())
        return Error::invalidInput(QStringLiteral("no slip was printed"));
    ShopStore &store = m_work.store();
    QList<SlipPrint> prints;
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        prints.clear();
        QList<DomainEvent> events;
        for (const QString &orderId : orderIds) {
            // Read inside the transaction: the copy number counts the prints before this one.
            SD_TRY(const OrderDetails details, withDelivery(m_orders.order(orderId)));
            const std::optional<Delivery> &delivery = details.delivery;
            SD_TRY(const QList<SlipPrint> before, store.slipPrints(orderId));
            SlipPrint print;
            print.orderId = orderId;
            print.deliveryId = delivery->deliveryId();
            print.copy = int(before.size()) + 1;
            print.page = page;
            print.language = language;
            print.terminal = store.terminal();
            print.printedAt = m_work.now();
            SD_CHECK(store.insertSlipPrint(print));
            events << makeEvent(Events::SlipPrinted{print.deliveryId, print.copy, page, language},
                                orderId);
            prints << print;
        }
        return events;
    });
    if (!done)
        return done.error();
    return prints;
}

Result<QList<SlipPrint>> SlipService::prints(const QString &orderId) const
{
    SD_CHECK(m_orders.order(orderId)); // NotFound for an unknown order
    return m_work.store().slipPrints(orderId);
}

Result<QStringList> SlipService::unprintedDeliveries(int limit) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read deliveries")));
    return m_work.store().unprintedDeliveries(limit);
}

QString SlipService::terminal() const
{
    return m_work.store().terminal();
}

} // namespace ShopDesk
