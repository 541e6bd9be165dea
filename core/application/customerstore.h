#pragma once

#include "customer.h"
#include "listquery.h"
#include "orderview.h"
#include "result.h"

#include <QList>

#include <functional>
#include <optional>

namespace ShopDesk {

// What a customer's orders come to, from the order list.
struct CustomerTotals
{
    qint64 orders = 0;    // every order placed with one of the customer's phones
    qint64 cancelled = 0; // of those
    Money total = 0;      // the orders not cancelled, after returns
    Money paid = 0;       // the orders paid, delivering or delivered, after returns

    bool operator==(const CustomerTotals &) const = default;
};

// The customer book port: a projection of the customer events (CustomerRegistered,
// CustomerChanged, CustomerErased), kept in the transaction that logs them and rebuildable
// from the log, with its search. A customer's orders are the order list's orders placed with
// one of the customer's phones (matched by their digits).
class CustomerStore
{
public:
    virtual ~CustomerStore() = default;

    // Inside the open transaction: the id this terminal's next customer gets.
    virtual Result<QString> nextCustomerId() = 0;
    virtual Result<std::optional<CustomerRecord>> findCustomer(const QString &customerId) = 0;
    // The customers holding a phone of exactly these digits, oldest first.
    virtual Result<QList<CustomerRecord>> customersWithPhone(const QString &digits) = 0;
    // At most limit customers found by text: digits (and - + ( ) . or spaces) anywhere in a
    // phone's digits, else a part of the name anywhere in it (case ignored). In the order of
    // the matching part, from an index whatever the book's size; erased customers are never
    // found.
    virtual Result<QList<CustomerRecord>> searchCustomers(const QString &text, int limit) = 0;
    // The book by name (query.limit and offset; query.search as searchCustomers).
    virtual Result<QList<CustomerRecord>> customers(const ListQuery &query) = 0;
    virtual Result<qint64> customerCount() = 0;

    // Inside the open transaction: stores the customer as it is now (its row, its phones and
    // its search keys).
    virtual Status saveCustomer(const CustomerRecord &customer) = 0;
    // Inside the open transaction: the orders in the order list placed with these phone
    // digits lose their customer fields (eraseCustomerOf), in the list, its search and the
    // orders themselves; their money stays.
    virtual Status eraseOrderCustomers(const QStringList &phoneDigits) = 0;

    // The orders placed with these phone digits, newest first, at most limit (< 0: all).
    virtual Result<QList<OrderView>> ordersWithPhones(const QStringList &phoneDigits,
                                                      int limit) = 0;
    virtual Result<CustomerTotals> totalsOfPhones(const QStringList &phoneDigits) = 0;

    // Replaces the book with the one the log tells.
    virtual Status rebuildCustomers() = 0;
};

} // namespace ShopDesk
