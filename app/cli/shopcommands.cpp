#include "clisession.h"
#include "commandhandlers.h"

namespace ShopDesk::CliHandlers {

namespace {

int printShop(CliSession &session, const Result<ShopDetails> &shop)
{
    if (!shop)
        return session.out().fail(shop.error());
    return session.out().print(shop->toJson(), [&](QTextStream &text) {
        text << "Shop: " << shop->name << '\n'
             << "Address: " << shop->address << '\n'
             << "Phone: " << shop->phone << '\n'
             << "Currency: " << shop->currency << '\n'
             << "Low stock at: " << shop->lowStockThreshold << '\n'
             << "Business number: " << shop->businessNumber << '\n'
             << "Representative: " << shop->representative << '\n'
             << "VAT rate: " << shop->vatRate << " %\n"
             << "Clerk discount limit: " << shop->clerkDiscountLimit << " %\n"
             << "Cash needs a shift: " << (shop->cashNeedsShift ? "on" : "off") << '\n';
    });
}

} // namespace

int shopSet(CliSession &session)
{
    ShopDetailsChange change;
    if (session.has(QStringLiteral("--name")))
        change.name = session.value(QStringLiteral("--name"));
    if (session.has(QStringLiteral("--address")))
        change.address = session.value(QStringLiteral("--address"));
    if (session.has(QStringLiteral("--phone")))
        change.phone = session.value(QStringLiteral("--phone"));
    if (session.has(QStringLiteral("--currency")))
        change.currency = session.value(QStringLiteral("--currency"));
    if (session.has(QStringLiteral("--low-stock"))) {
        auto threshold = session.integerOption(QStringLiteral("--low-stock"));
        if (!threshold)
            return session.out().fail(threshold.error());
        change.lowStockThreshold = threshold.value();
    }
    if (session.has(QStringLiteral("--business-number")))
        change.businessNumber = session.value(QStringLiteral("--business-number"));
    if (session.has(QStringLiteral("--representative")))
        change.representative = session.value(QStringLiteral("--representative"));
    for (const auto &[option, field] :
         {std::pair{QStringLiteral("--vat-rate"), &ShopDetailsChange::vatRate},
          std::pair{QStringLiteral("--clerk-discount-limit"),
                    &ShopDetailsChange::clerkDiscountLimit}}) {
        if (!session.has(option))
            continue;
        auto percent = session.integerOption(option);
        if (!percent)
            return session.out().fail(percent.error());
        change.*field = percent.value();
    }
    if (session.has(QStringLiteral("--cash-needs-shift"))) {
        const QString onOff = session.value(QStringLiteral("--cash-needs-shift"));
        if (onOff != QLatin1StringView("on") && onOff != QLatin1StringView("off")) {
            return session.out().fail(Error::invalidInput(
                QStringLiteral("--cash-needs-shift must be on or off, got '%1'").arg(onOff)));
        }
        change.cashNeedsShift = onOff == QLatin1StringView("on");
    }
    if (!change.name && !change.address && !change.phone && !change.currency &&
        !change.lowStockThreshold && !change.businessNumber && !change.representative &&
        !change.vatRate && !change.clerkDiscountLimit && !change.cashNeedsShift)
        return session.out().usageFail(
            QStringLiteral("`shop set` needs --name, --address, --phone, --currency, --low-stock, "
                           "--business-number, --representative, --vat-rate, "
                           "--clerk-discount-limit or --cash-needs-shift"));
    return printShop(session, session.shop().slips.changeShopDetails(change));
}

int shopShow(CliSession &session)
{
    return printShop(session, session.shop().slips.shopDetails());
}

} // namespace ShopDesk::CliHandlers
