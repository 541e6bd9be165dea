#include "clisession.h"
#include "commandhandlers.h"
#include "customerservice.h"

#include <QJsonObject>

namespace ShopDesk::CliHandlers {

namespace {

const QString PhoneOption = QStringLiteral("--phone");
const QString AddressOption = QStringLiteral("--address");

QString localTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// The customer as the text form shows it, its first line led by `verb` ("Registered").
void writeCustomer(QTextStream &text, const CustomerRecord &c, const char *verb = "Customer")
{
    text << verb << (qstrcmp(verb, "Customer") == 0 ? " " : " customer ") << c.customerId << "  "
         << c.name << '\n';
    text << "Phones: " << (c.phones.isEmpty() ? QStringLiteral("-") : c.phones.join(u", ")) << '\n';
    text << "Addresses (most recently used last):" << (c.addresses.isEmpty() ? " -" : "") << '\n';
    for (const QString &address : c.addresses)
        text << "  " << address << '\n';
    if (!c.note.isEmpty())
        text << "Note: " << c.note << '\n';
}

int printCustomer(CliSession &session, const Result<CustomerRecord> &customer, const char *verb)
{
    if (!customer)
        return session.out().fail(customer.error());
    return session.out().print(customer->toJson(),
                               [&](QTextStream &text) { writeCustomer(text, *customer, verb); });
}

} // namespace

int customerAdd(CliSession &session)
{
    return printCustomer(
        session,
        session.shop().customers.registerCustomer(session.argument(), session.values(PhoneOption),
                                                  session.values(AddressOption),
                                                  session.value(QStringLiteral("--note"))),
        "Registered");
}

int customerEdit(CliSession &session)
{
    CustomerEdit edit;
    if (session.has(QStringLiteral("--name")))
        edit.name = session.value(QStringLiteral("--name"));
    if (session.has(PhoneOption))
        edit.phones = session.values(PhoneOption);
    if (session.has(AddressOption))
        edit.addresses = session.values(AddressOption);
    if (session.has(QStringLiteral("--note")))
        edit.note = session.value(QStringLiteral("--note"));
    if (edit == CustomerEdit()) {
        return session.out().usageFail(
            QStringLiteral("`customer edit` needs at least one of --name, --phone, --address and "
                           "--note"));
    }
    return printCustomer(session, session.shop().customers.editCustomer(session.argument(), edit),
                         "Edited");
}

int customerErase(CliSession &session)
{
    return printCustomer(session, session.shop().customers.eraseCustomer(session.argument()),
                         "Erased");
}

int customerShow(CliSession &session)
{
    const auto details = session.shop().customers.details(session.argument());
    if (!details)
        return session.out().fail(details.error());
    return session.out().print(details->toJson(), [&](QTextStream &text) {
        writeCustomer(text, details->customer);
        const CustomerTotals &totals = details->totals;
        text << "Orders: " << totals.orders << " (" << totals.cancelled << " cancelled), total "
             << CliOutput::money(totals.total) << ", paid " << CliOutput::money(totals.paid)
             << '\n';
        for (const OrderView &order : details->orders) {
            text << "  " << CliOutput::padRight(order.orderId, 12) << ' '
                 << CliOutput::padRight(order.status, 11) << ' '
                 << CliOutput::money(order.total).rightJustified(12) << "  "
                 << localTime(order.placedAt) << '\n';
        }
    });
}

int customerList(CliSession &session)
{
    CliOutput &out = session.out();
    auto query = session.listQuery();
    if (!query)
        return out.fail(query.error());
    auto customers = session.shop().customers.customers(*query);
    if (!customers)
        return out.fail(customers.error());
    CliOutput::List list = out.list();
    for (const CustomerRecord &c : *customers) {
        list.add([&] { return c.toJson(); },
                 [&](QTextStream &text) {
                     text << CliOutput::padRight(c.customerId, 12) << ' '
                          << CliOutput::padRight(c.name, 20) << ' '
                          << CliOutput::padRight(c.phones.join(u", "), 28) << ' ' << c.lastAddress()
                          << '\n';
                 });
    }
    return list.finish();
}

} // namespace ShopDesk::CliHandlers
