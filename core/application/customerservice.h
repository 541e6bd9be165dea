#pragma once

#include "customer.h"
#include "customerstore.h"
#include "listquery.h"
#include "result.h"

namespace ShopDesk {

class UnitOfWork;

// A customer with what their orders come to: the details the window and `customer show` give.
struct CustomerDetails
{
    CustomerRecord customer;
    QList<OrderView> orders; // newest first, at most the limit asked for
    CustomerTotals totals;   // of all their orders

    // The customer's JSON with "orders" (orderId, status, total, placedAt) and "totals".
    QJsonObject toJson() const;
};

// What the order panel finds for a phone number typed so far.
struct PhoneLookup
{
    QList<CustomerRecord> exact;      // holding exactly this number (by its digits)
    QList<CustomerRecord> candidates; // others holding these digits in a number
};

// The customer book (고객). A clerk registers, edits and finds customers; only a manager
// erases one. A new customer is also registered with the first order placed here with a phone
// the book does not know (OrderService::placeOrder, bookEventForOrder). Each command commits
// one transaction whose event (CustomerRegistered, CustomerChanged, CustomerErased) updates
// the book (projectEvent), and goes to the other terminals like any event.
class CustomerService
{
public:
    explicit CustomerService(UnitOfWork &work);

    // InvalidInput as CustomerRecord::validated says (nothing is written).
    Result<CustomerRecord> registerCustomer(const QString &name, const QStringList &phones,
                                            const QStringList &addresses = {},
                                            const QString &note = {});
    // NotFound for an unknown id, InvalidState for an erased customer; an edit that changes
    // nothing records nothing.
    Result<CustomerRecord> editCustomer(const QString &customerId, const CustomerEdit &edit);
    // A manager only: the name, phones, addresses and note are replaced by the placeholder in
    // the book and in the orders placed with the customer's phones (their money stays).
    // InvalidState when erased already. The event log keeps the earlier events as they were.
    Result<CustomerRecord> eraseCustomer(const QString &customerId);

    Result<CustomerRecord> customer(const QString &customerId) const;
    Result<CustomerDetails> details(const QString &customerId, int orderLimit = 50) const;
    // Phone digits anywhere in a number, else a part of the name (CustomerStore).
    Result<QList<CustomerRecord>> search(const QString &text, int limit = 20) const;
    // For the order panel: the customers holding exactly the number typed first, then at most
    // limit others whose numbers hold its digits. Nothing for text without digits.
    Result<PhoneLookup> lookupByPhone(const QString &phone, int limit = 10) const;
    // The book by name, a page at a time (query.limit, query.offset), or what query.search
    // finds.
    Result<QList<CustomerRecord>> customers(const ListQuery &query) const;

private:
    Result<CustomerRecord>
    change(const QString &customerId,
           const std::function<Result<DomainEvent>(CustomerRecord &)> &decide);

    UnitOfWork &m_work;
};

} // namespace ShopDesk
