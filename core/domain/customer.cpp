#include "customer.h"

#include "editdiff.h"
#include "events.h"
#include "validation.h"

#include <QJsonArray>
#include <QSet>

namespace ShopDesk {

namespace {

Status validPhone(const QString &phone)
{
    SD_CHECK(Validate::optionalText(phone, QStringLiteral("phone"), Limits::MaxPhoneLength));
    for (const QChar c : phone) {
        if (!c.isDigit() && !QStringView(u" -+().").contains(c)) {
            return Error::invalidInput(
                QStringLiteral("phone '%1' has '%2'; use digits, spaces and - + ( ) . only")
                    .arg(phone, c));
        }
    }
    const qsizetype digits = phoneDigits(phone).size();
    if (digits < CustomerRules::MinPhoneDigits || digits > CustomerRules::MaxPhoneDigits) {
        return Error::invalidInput(QStringLiteral("phone '%1' has %2 digits; a phone number has "
                                                  "%3 to %4")
                                       .arg(phone)
                                       .arg(digits)
                                       .arg(CustomerRules::MinPhoneDigits)
                                       .arg(CustomerRules::MaxPhoneDigits));
    }
    return {};
}

QJsonArray arrayOf(const QStringList &texts)
{
    return QJsonArray::fromStringList(texts);
}

} // namespace

QString phoneDigits(QStringView phone)
{
    QString digits;
    digits.reserve(phone.size());
    for (const QChar c : phone) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    }
    return digits;
}

QString CustomerRecord::erasedName()
{
    return QStringLiteral("(erased)");
}

QStringList CustomerRecord::phoneDigits() const
{
    QStringList digits;
    for (const QString &phone : phones)
        digits << ShopDesk::phoneDigits(phone);
    return digits;
}

Result<CustomerRecord> CustomerRecord::validated(const QString &customerId, const QString &name,
                                                 const QStringList &phones,
                                                 const QStringList &addresses, const QString &note)
{
    SD_CHECK(Validate::identifier(customerId, QStringLiteral("customer id")));
    SD_CHECK(Validate::requiredText(name, QStringLiteral("customer name"), Limits::MaxNameLength));
    SD_CHECK(Validate::optionalText(note, QStringLiteral("note"), Limits::MaxTextLength));
    CustomerRecord record;
    record.customerId = customerId;
    record.name = name.trimmed();
    record.note = note.trimmed();
    if (phones.size() > CustomerRules::MaxPhones)
        return Error::invalidInput(QStringLiteral("a customer has at most %1 phones, got %2")
                                       .arg(CustomerRules::MaxPhones)
                                       .arg(phones.size()));
    QSet<QString> seen;
    for (const QString &typed : phones) {
        const QString phone = typed.trimmed();
        SD_CHECK(validPhone(phone));
        const QString digits = ShopDesk::phoneDigits(phone);
        if (seen.contains(digits))
            return Error::invalidInput(
                QStringLiteral("phone '%1' is given twice for the customer").arg(phone));
        seen.insert(digits);
        record.phones << phone;
    }
    for (const QString &typed : addresses) {
        const QString address = typed.trimmed();
        SD_CHECK(Validate::optionalText(address, QStringLiteral("address"), Limits::MaxTextLength));
        if (!address.isEmpty() && !record.addresses.contains(address))
            record.addresses << address;
    }
    if (record.addresses.size() > CustomerRules::MaxAddresses)
        return Error::invalidInput(QStringLiteral("a customer has at most %1 addresses, got %2")
                                       .arg(CustomerRules::MaxAddresses)
                                       .arg(record.addresses.size()));
    return record;
}

DomainEvent CustomerRecord::registeredEvent() const
{
    return makeEvent(Events::CustomerRegistered{*this}, {});
}

Result<std::optional<DomainEvent>> CustomerRecord::change(const CustomerEdit &edit)
{
    if (erased)
        return Error::invalidState(
            QStringLiteral("customer %1 was erased; it cannot be edited").arg(customerId),
            {{QStringLiteral("customerId"), customerId}});
    SD_TRY(CustomerRecord wanted,
           validated(customerId, edit.name.value_or(name), edit.phones.value_or(phones),
                     edit.addresses.value_or(addresses), edit.note.value_or(note)));
    EditDiff<CustomerRecord, CustomerEdit> diff{*this, wanted};
    diff.compare(&CustomerRecord::name, &CustomerEdit::name);
    diff.compare(&CustomerRecord::phones, &CustomerEdit::phones);
    diff.compare(&CustomerRecord::addresses, &CustomerEdit::addresses);
    diff.compare(&CustomerRecord::note, &CustomerEdit::note);
    if (!diff.any)
        return std::optional<DomainEvent>();
    const Events::CustomerChanged e{customerId, diff.changed, diff.previous};
    name = wanted.name;
    phones = wanted.phones;
    addresses = wanted.addresses;
    note = wanted.note;
    return std::optional<DomainEvent>(makeEvent(e, {}));
}

Result<DomainEvent> CustomerRecord::erase()
{
    if (erased)
        return Error::invalidState(QStringLiteral("customer %1 was erased already").arg(customerId),
                                   {{QStringLiteral("customerId"), customerId}});
    name = erasedName();
    phones.clear();
    addresses.clear();
    note.clear();
    erased = true;
    return makeEvent(Events::CustomerErased{customerId}, {});
}

QJsonObject CustomerRecord::toJson() const
{
    return {{QStringLiteral("customerId"), customerId},
            {QStringLiteral("name"), name},
            {QStringLiteral("phones"), arrayOf(phones)},
            {QStringLiteral("phoneDigits"), arrayOf(phoneDigits())},
            {QStringLiteral("addresses"), arrayOf(addresses)},
            {QStringLiteral("note"), note},
            {QStringLiteral("erased"), erased},
            {QStringLiteral("registeredAt"), registeredAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("updatedAt"), updatedAt.toString(Qt::ISODateWithMs)}};
}

QString customerIdFor(const QString &terminal, qint64 number)
{
    return QStringLiteral("%1-C%2").arg(terminal).arg(number, 6, 10, QLatin1Char('0'));
}

qint64 customerNumberOf(const QString &customerId, const QString &terminal)
{
    const QString prefix = terminal + QStringLiteral("-C");
    if (!customerId.startsWith(prefix))
        return 0;
    bool ok = false;
    const qint64 number = customerId.mid(prefix.size()).toLongLong(&ok);
    return ok && number > 0 ? number : 0;
}

} // namespace ShopDesk
