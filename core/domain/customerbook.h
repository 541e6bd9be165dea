#pragma once

#include "customer.h"
#include "events.h"
#include "order.h"
#include "orderview.h"

#include <QHash>

#include <map>
#include <optional>

namespace ShopDesk {

// The customer a customer event names; nullopt for every other event.
std::optional<QString> customerIdOf(const EventPayload &payload);

// What one customer event does to the book.
struct CustomerApplied
{
    CustomerRecord record; // the customer after the event
    // CustomerErased: the digits of the phones the customer had. The orders placed with them
    // before the erasure lose their customer fields (eraseCustomerOf).
    QStringList erasedPhoneDigits;
};

// The customer's record after a customer event, from `known`, its record so far (none before
// it was registered). InvalidInput for a registration that does not validate
// (CustomerRecord::validated) or whose id is not one of its origin terminal's, InvalidState
// for a customer registered twice, NotFound for a change or an erasure of a customer never
// registered. An erasure is final: a change made elsewhere before the erasure was known there
// leaves the erased customer as it is. The projection and the rebuild from the log both apply
// customer events through this.
Result<CustomerApplied> applyCustomerEvent(const DomainEvent &event, const EventPayload &payload,
                                           const std::optional<CustomerRecord> &known);

// An erased customer's order in the order list: the placeholder name, no phone, no address.
// Its money stays.
void eraseCustomerOf(OrderView &view);

// The book as the log tells it, folded event by event in log order (the rebuild and verify):
// each customer's record, and which orders the erasures reached.
class CustomerFold
{
public:
    // Applies one event of the log; events that are not a customer's are skipped.
    Status apply(const DomainEvent &event, const EventPayload &payload);

    const std::map<QString, CustomerRecord> &customers() const { return m_customers; }
    // Whether an erasure later in the log than placedSeq took this phone (as the order has it):
    // the order's customer fields were erased when that erasure was applied.
    bool erases(const QString &phone, qint64 placedSeq) const;

private:
    std::map<QString, CustomerRecord> m_customers;
    QHash<QString, qint64> m_erasedAt; // phone digits -> the seq of the latest erasure of them
};

// What placing an order with this customer on this terminal does to the book, given the
// customers the book holds with the order's phone (`known`, by its digits; erased ones hold
// none): a phone the book does not know registers the customer from the order (name, phone,
// address) under newCustomerId; a known phone with a new address adds it, and one of its
// addresses used again becomes the last. Of several customers with the phone, the one with
// the order's name is taken, else the first. Nothing (nullopt) when the phone is empty or not
// a phone number (8 to 15 digits), or the address is the customer's last already: the order
// itself never fails for the book's sake.
std::optional<DomainEvent> bookEventForOrder(const Customer &customer,
                                             const QList<CustomerRecord> &known,
                                             const QString &newCustomerId);

} // namespace ShopDesk
