#pragma once

#include "domainevent.h"
#include "result.h"
#include "types.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace ShopDesk {

namespace CustomerRules {
// A phone number is kept by its digits: 8 (a local number) to 15 (E.164's longest).
inline constexpr int MinPhoneDigits = 8;
inline constexpr int MaxPhoneDigits = 15;
inline constexpr int MaxPhones = 10;
inline constexpr int MaxAddresses = 20;
} // namespace CustomerRules

// The digits of a phone number as typed: "010-1234-5678" and "(010) 1234 5678" are both
// "01012345678". Every other character is dropped.
QString phoneDigits(QStringView phone);

// What an edit of a customer changes; an unset field stays as it is. The id never changes.
struct CustomerEdit
{
    std::optional<QString> name;
    std::optional<QStringList> phones;    // as typed; the whole list
    std::optional<QStringList> addresses; // the whole list, most recently used last
    std::optional<QString> note;

    bool operator==(const CustomerEdit &) const = default;
};

// A customer of the book (고객): the aggregate the customer events describe. Not the Customer
// of an order, which is only what the clerk typed for that order.
struct CustomerRecord
{
    QString customerId; // "T1-C000001": the terminal that registered it, and its number there
    QString name;
    QStringList phones;    // as typed (trimmed); none twice by their digits
    QStringList addresses; // most recently used last
    QString note;
    bool erased = false; // a manager erased the personal data (CustomerErased)
    QDateTime registeredAt;
    QDateTime updatedAt;

    bool operator==(const CustomerRecord &) const = default;

    // The name the book and the order list show for an erased customer.
    static QString erasedName();

    // The digits of each phone, in the same order.
    QStringList phoneDigits() const;
    // The address used last, or empty.
    QString lastAddress() const { return addresses.isEmpty() ? QString() : addresses.last(); }

    // Validates and normalises the fields (name, phones, addresses and note trimmed; empty
    // addresses dropped): InvalidInput for an empty name, a phone without 8 to 15 digits, the
    // same phone twice, more than MaxPhones phones or MaxAddresses addresses, text too long or
    // with control characters. A customer may have no phone.
    static Result<CustomerRecord> validated(const QString &customerId, const QString &name,
                                            const QStringList &phones, const QStringList &addresses,
                                            const QString &note);
    DomainEvent registeredEvent() const;

    // Validates the edit and applies the fields that differ. Returns the CustomerChanged event
    // that records them, or no event when nothing differs. InvalidState once erased.
    Result<std::optional<DomainEvent>> change(const CustomerEdit &edit);
    // Replaces the personal data (name, phones, addresses, note) by the placeholder and
    // returns the CustomerErased event; InvalidState when it was erased already.
    Result<DomainEvent> erase();

    // {customerId, name, phones, phoneDigits, addresses, note, erased, registeredAt, updatedAt}
    QJsonObject toJson() const;
};

// The customer id a terminal's n-th customer gets: "T1-C000001".
QString customerIdFor(const QString &terminal, qint64 number);
// The number in a customer id of this terminal; 0 when it is not one.
qint64 customerNumberOf(const QString &customerId, const QString &terminal);

} // namespace ShopDesk
