#include "customerservice.h"

#include "shopstore.h"
#include "unitofwork.h"

#include <QJsonArray>

namespace ShopDesk {

namespace {

const QString ReadCustomers = QStringLiteral("read customers");

Error unknownCustomer(const QString &customerId)
{
    return Error::notFound(
        QStringLiteral("unknown customer '%1'; see `customer list`").arg(customerId),
        {{QStringLiteral("customerId"), customerId}});
}

} // namespace

QJsonObject CustomerDetails::toJson() const
{
    QJsonObject json = customer.toJson();
    QJsonArray list;
    for (const OrderView &order : orders) {
        list.append(
            QJsonObject{{QStringLiteral("orderId"), order.orderId},
                        {QStringLiteral("status"), order.status},
                        {QStringLiteral("total"), order.total},
                        {QStringLiteral("placedAt"), order.placedAt.toString(Qt::ISODateWithMs)}});
    }
    json.insert(QStringLiteral("orders"), list);
    json.insert(QStringLiteral("totals"),
                QJsonObject{{QStringLiteral("orders"), totals.orders},
                            {QStringLiteral("cancelled"), totals.cancelled},
                            {QStringLiteral("total"), totals.total},
                            {QStringLiteral("paid"), totals.paid}});
    return json;
}

CustomerService::CustomerService(UnitOfWork &work)
    : m_work(work)
{}

Result<CustomerRecord> CustomerService::registerCustomer(const QString &name,
                                                         const QStringList &phones,
                                                         const QStringList &addresses,
                                                         const QString &note)
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("register customers")));
    // Input first, under a stand-in id: a malformed customer is refused before anything runs.
    SD_TRY(const CustomerRecord checked,
           CustomerRecord::validated(customerIdFor(m_work.store().terminal(), 1), name, phones,
                                     addresses, note));
    Q_UNUSED(checked);
    CustomerStore &store = m_work.store();
    QString customerId;
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        SD_TRY(customerId, store.nextCustomerId());
        SD_TRY(const CustomerRecord record,
               CustomerRecord::validated(customerId, name, phones, addresses, note));
        return QList<DomainEvent>{record.registeredEvent()};
    });
    if (!done)
        return done.error();
    return customer(customerId);
}

Result<CustomerRecord>
CustomerService::change(const QString &customerId,
                        const std::function<Result<DomainEvent>(CustomerRecord &)> &decide)
{
    CustomerStore &store = m_work.store();
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        SD_TRY(std::optional<CustomerRecord> record, store.findCustomer(customerId));
        if (!record)
            return unknownCustomer(customerId);
        SD_TRY(const DomainEvent event, decide(*record));
        if (event.type.isEmpty())
            return QList<DomainEvent>();
        return QList<DomainEvent>{event};
    });
    if (!done)
        return done.error();
    return customer(customerId);
}

Result<CustomerRecord> CustomerService::editCustomer(const QString &customerId,
                                                     const CustomerEdit &edit)
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("edit customers")));
    return change(customerId, [&](CustomerRecord &record) -> Result<DomainEvent> {
        SD_TRY(const std::optional<DomainEvent> changed, record.change(edit));
        return changed.value_or(DomainEvent());
    });
}

Result<CustomerRecord> CustomerService::eraseCustomer(const QString &customerId)
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("erase customers")));
    return change(customerId, [](CustomerRecord &record) { return record.erase(); });
}

Result<CustomerRecord> CustomerService::customer(const QString &customerId) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, ReadCustomers));
    SD_TRY(const std::optional<CustomerRecord> record, m_work.store().findCustomer(customerId));
    if (!record)
        return unknownCustomer(customerId);
    return *record;
}

Result<CustomerDetails> CustomerService::details(const QString &customerId, int orderLimit) const
{
    SD_TRY(const CustomerRecord record, customer(customerId));
    CustomerStore &store = m_work.store();
    const QStringList digits = record.phoneDigits();
    SD_TRY(const QList<OrderView> orders, store.ordersWithPhones(digits, orderLimit));
    SD_TRY(const CustomerTotals totals, store.totalsOfPhones(digits));
    return CustomerDetails{record, orders, totals};
}

Result<QList<CustomerRecord>> CustomerService::search(const QString &text, int limit) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, ReadCustomers));
    return m_work.store().searchCustomers(text, limit);
}

Result<PhoneLookup> CustomerService::lookupByPhone(const QString &phone, int limit) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, ReadCustomers));
    PhoneLookup found;
    const QString digits = phoneDigits(phone);
    if (digits.isEmpty())
        return found;
    CustomerStore &store = m_work.store();
    SD_TRY(found.exact, store.customersWithPhone(digits));
    SD_TRY(const QList<CustomerRecord> holding,
           store.searchCustomers(digits, limit + int(found.exact.size())));
    for (const CustomerRecord &candidate : holding) {
        const bool exact =
            std::any_of(found.exact.cbegin(), found.exact.cend(), [&](const CustomerRecord &c) {
                return c.customerId == candidate.customerId;
            });
        if (!exact && found.candidates.size() < limit)
            found.candidates << candidate;
    }
    return found;
}

Result<QList<CustomerRecord>> CustomerService::customers(const ListQuery &query) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, ReadCustomers));
    return m_work.store().customers(query);
}

} // namespace ShopDesk
