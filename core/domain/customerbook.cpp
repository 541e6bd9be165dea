#include "customerbook.h"

namespace ShopDesk {

std::optional<QString> customerIdOf(const EventPayload &payload)
{
    if (const auto *registered = std::get_if<Events::CustomerRegistered>(&payload))
        return registered->customer.customerId;
    if (const auto *changed = std::get_if<Events::CustomerChanged>(&payload))
        return changed->customerId;
    if (const auto *erased = std::get_if<Events::CustomerErased>(&payload))
        return erased->customerId;
    return std::nullopt;
}

Result<CustomerApplied> applyCustomerEvent(const DomainEvent &event, const EventPayload &payload,
                                           const std::optional<CustomerRecord> &known)
{
    const std::optional<QString> customerId = customerIdOf(payload);
    Q_ASSERT(customerId);
    const QJsonObject details{{QStringLiteral("customerId"), *customerId},
                              {QStringLiteral("eventId"), event.eventId}};
    if (const auto *registered = std::get_if<Events::CustomerRegistered>(&payload)) {
        if (known) {
            return Error::invalidState(
                QStringLiteral("customer %1 of event %2 is registered already")
                    .arg(*customerId, event.eventId),
                details);
        }
        if (customerNumberOf(*customerId, event.origin) == 0) {
            return Error::invalidInput(
                QStringLiteral("customer id %1 of event %2 is not one of terminal %3 (%4)")
                    .arg(*customerId, event.eventId, event.origin, customerIdFor(event.origin, 1)),
                details);
        }
        const CustomerRecord &c = registered->customer;
        SD_TRY(CustomerRecord record,
               CustomerRecord::validated(c.customerId, c.name, c.phones, c.addresses, c.note));
        record.registeredAt = event.occurredAt;
        record.updatedAt = event.occurredAt;
        return CustomerApplied{record, {}};
    }
    if (!known) {
        return Error::notFound(QStringLiteral("customer %1 of event %2 is unknown here")
                                   .arg(*customerId, event.eventId),
                               details);
    }
    CustomerRecord record = *known;
    if (record.erased)
        return CustomerApplied{record, {}};
    if (const auto *changed = std::get_if<Events::CustomerChanged>(&payload)) {
        SD_TRY(const std::optional<DomainEvent> ignored, record.change(changed->changed));
        Q_UNUSED(ignored);
        record.updatedAt = event.occurredAt;
        return CustomerApplied{record, {}};
    }
    const QStringList digits = record.phoneDigits();
    SD_TRY(const DomainEvent ignored, record.erase());
    Q_UNUSED(ignored);
    record.updatedAt = event.occurredAt;
    return CustomerApplied{record, digits};
}

void eraseCustomerOf(OrderView &view)
{
    view.customerName = CustomerRecord::erasedName();
    view.customerPhone.clear();
    view.customerAddress.clear();
}

Status CustomerFold::apply(const DomainEvent &event, const EventPayload &payload)
{
    const std::optional<QString> customerId = customerIdOf(payload);
    if (!customerId)
        return {};
    const auto it = m_customers.find(*customerId);
    SD_TRY(const CustomerApplied applied,
           applyCustomerEvent(event, payload,
                              it == m_customers.end() ? std::nullopt
                                                      : std::optional<CustomerRecord>(it->second)));
    m_customers[*customerId] = applied.record;
    for (const QString &digits : applied.erasedPhoneDigits)
        m_erasedAt.insert(digits, event.seq);
    return {};
}

bool CustomerFold::erases(const QString &phone, qint64 placedSeq) const
{
    const QString digits = phoneDigits(phone);
    return !digits.isEmpty() && m_erasedAt.value(digits, 0) > placedSeq;
}

std::optional<DomainEvent> bookEventForOrder(const Customer &customer,
                                             const QList<CustomerRecord> &known,
                                             const QString &newCustomerId)
{
    const QString digits = phoneDigits(customer.phone);
    if (digits.isEmpty())
        return std::nullopt;
    if (known.isEmpty()) {
        const QStringList addresses =
            customer.address.isEmpty() ? QStringList() : QStringList{customer.address};
        const Result<CustomerRecord> record = CustomerRecord::validated(
            newCustomerId, customer.name, {customer.phone}, addresses, {});
        if (!record)
            return std::nullopt;
        return record->registeredEvent();
    }
    const auto sameName = std::find_if(known.cbegin(), known.cend(), [&](const CustomerRecord &c) {
        return c.name == customer.name.trimmed();
    });
    CustomerRecord record = sameName != known.cend() ? *sameName : known.first();
    const QString address = customer.address.trimmed();
    if (address.isEmpty() || record.lastAddress() == address)
        return std::nullopt;
    QStringList addresses = record.addresses;
    addresses.removeAll(address);
    addresses.append(address);
    // The oldest address makes room for a new one.
    while (addresses.size() > CustomerRules::MaxAddresses)
        addresses.removeFirst();
    CustomerEdit edit;
    edit.addresses = addresses;
    const Result<std::optional<DomainEvent>> changed = record.change(edit);
    if (!changed || !changed.value())
        return std::nullopt;
    return *changed.value();
}

} // namespace ShopDesk
