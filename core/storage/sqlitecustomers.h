#pragma once

#include "customerbook.h"
#include "customerstore.h"
#include "sqlitepart.h"

namespace ShopDesk {

// The customer book in SQLite (schema 16): customers, customer_phones and the search keys
// (customer_keys), and the customer side of the order list (order_view.customer_digits).
class SqliteCustomers final : public CustomerStore, private SqlitePart
{
public:
    explicit SqliteCustomers(SqliteConnection &connection);

    Result<QString> nextCustomerId() override;
    Result<std::optional<CustomerRecord>> findCustomer(const QString &customerId) override;
    Result<QList<CustomerRecord>> customersWithPhone(const QString &digits) override;
    Result<QList<CustomerRecord>> searchCustomers(const QString &text, int limit) override;
    Result<QList<CustomerRecord>> customers(const ListQuery &query) override;
    Result<qint64> customerCount() override;
    Status saveCustomer(const CustomerRecord &customer) override;
    Status eraseOrderCustomers(const QStringList &phoneDigits) override;
    Result<QList<OrderView>> ordersWithPhones(const QStringList &phoneDigits, int limit) override;
    Result<CustomerTotals> totalsOfPhones(const QStringList &phoneDigits) override;
    Status rebuildCustomers() override;

    // The book as the log tells it (for rebuildCustomers, the order list's rebuild and verify).
    Result<CustomerFold> foldLog();
    // Every customer in the book, by id (verify).
    Result<QList<CustomerRecord>> allCustomers();
    // The digits of every order's phone in the order list, once after an upgrade to schema 16.
    Status fillOrderDigits();

    // The search keys of a customer: every suffix of each phone's digits and of its name's
    // searchable form (searchForm).
    static QStringList searchKeys(const CustomerRecord &customer);
    // The text as a search term: the prefix its keys start with.
    static QString searchTerm(const QString &text);

private:
    Result<QList<CustomerRecord>> customersById(const QStringList &ids);
    Status writeCustomer(const CustomerRecord &customer);
};

} // namespace ShopDesk
