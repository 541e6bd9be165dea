#include "receiptservice.h"

#include "events.h"
#include "unitofwork.h"
#include "validation.h"

#include <algorithm>

namespace ShopDesk {

namespace {

const QString PrintReceipts = QStringLiteral("print receipts");

// The order's receipt returnNo can print: NotFound, or InvalidState for a return the order
// does not have or a sale without a payment.
Result<OrderDetails> withReceipt(Result<OrderDetails> details, int returnNo)
{
    if (!details)
        return details.error();
    const QString orderId = details->order.orderId();
    if (returnNo < 0 || returnNo > details->returns.size()) {
        return Error::invalidState(
            QStringLiteral("order %1 has no return %2, so it has no refund receipt %2; it has "
                           "%3 returns")
                .arg(orderId)
                .arg(returnNo)
                .arg(details->returns.size()),
            {{QStringLiteral("orderId"), orderId}, {QStringLiteral("returnNo"), returnNo}});
    }
    if (returnNo == 0 && details->payments.isEmpty()) {
        return Error::invalidState(
            QStringLiteral("order %1 is not paid yet, so it has no receipt").arg(orderId),
            {{QStringLiteral("orderId"), orderId},
             {QStringLiteral("status"), toText(details->order.status())}});
    }
    return details;
}

// The order's lines with the units returned by its first `returns` returns.
QList<OrderLine> linesAfter(const OrderDetails &details, int returns)
{
    QList<OrderLine> lines = details.order.lines();
    for (OrderLine &line : lines)
        line.returned = 0;
    for (const OrderReturn &done : details.returns) {
        if (done.returnNo > returns)
            continue;
        for (const auto &returned : done.lines) {
            auto line = std::find_if(lines.begin(), lines.end(), [&](const OrderLine &l) {
                return l.productId == returned.productId && l.remaining() > 0;
            });
            if (line != lines.end())
                line->returned += qMin(returned.qty, line->remaining());
        }
    }
    return lines;
}

} // namespace

const OrderReturn *ReceiptData::orderReturn() const
{
    for (const OrderReturn &done : details.returns) {
        if (done.returnNo == returnNo && returnNo > 0)
            return &done;
    }
    return nullptr;
}

Result<OrderMoney> ReceiptData::money() const
{
    const OrderTerms &terms = details.order.terms();
    SD_TRY(const OrderMoney before,
           orderMoney(linesAfter(details, qMax(0, returnNo - 1)), terms.discount, terms.vatRate));
    if (returnNo == 0)
        return before;
    SD_TRY(const OrderMoney after,
           orderMoney(linesAfter(details, returnNo), terms.discount, terms.vatRate));
    OrderMoney taken;
    taken.vatRate = before.vatRate;
    taken.gross = before.gross - after.gross;
    taken.lineDiscounts = before.lineDiscounts - after.lineDiscounts;
    taken.orderDiscount = before.orderDiscount - after.orderDiscount;
    taken.total = before.total - after.total;
    taken.taxable = before.taxable - after.taxable;
    taken.supply = before.supply - after.supply;
    taken.vat = before.vat - after.vat;
    taken.exempt = before.exempt - after.exempt;
    for (qsizetype i = 0; i < before.lines.size() && i < after.lines.size(); ++i) {
        const LineMoney &b = before.lines.at(i);
        const LineMoney &a = after.lines.at(i);
        taken.lines.append({b.gross - a.gross, b.lineDiscount - a.lineDiscount,
                            b.orderDiscount - a.orderDiscount, b.net - a.net});
    }
    return taken;
}

ReceiptService::ReceiptService(UnitOfWork &work, const OrderService &orders)
    : m_work(work)
    , m_orders(orders)
{}

Result<ReceiptData> ReceiptService::receipt(const QString &orderId, int returnNo) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, PrintReceipts));
    OrderStore &store = m_work.store();
    ReceiptData data;
    SD_TRY(data.details, withReceipt(m_orders.order(orderId), returnNo));
    SD_TRY(data.shop, store.shopDetails());
    SD_TRY(const QList<ReceiptPrint> before, store.receiptPrints(orderId));
    data.returnNo = returnNo;
    data.copy = 1 + int(std::count_if(before.cbegin(), before.cend(), [&](const ReceiptPrint &p) {
                    return p.returnNo == returnNo;
                }));
    data.printedAt = m_work.now();
    data.terminal = m_work.store().terminal();
    return data;
}

Status ReceiptService::canRecordPrints() const
{
    SD_CHECK(m_work.authorize(Role::Clerk, PrintReceipts));
    const ShopStore &store = m_work.store();
    if (store.isReadOnly()) {
        return Error::storage(
            QStringLiteral("the database %1 is read-only, so a print cannot be recorded; nothing "
                           "was printed")
                .arg(store.location()));
    }
    return {};
}

Result<ReceiptPrint> ReceiptService::recordPrint(const QString &orderId, int returnNo,
                                                 const QString &page, const QString &language)
{
    SD_CHECK(m_work.authorize(Role::Clerk, PrintReceipts));
    SD_CHECK(Validate::identifier(page, QStringLiteral("the page size")));
    SD_CHECK(Validate::identifier(language, QStringLiteral("the language")));
    ShopStore &store = m_work.store();
    ReceiptPrint print;
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        // Read inside the transaction: the copy number counts the prints before this one.
        SD_CHECK(withReceipt(m_orders.order(orderId), returnNo));
        SD_TRY(const QList<ReceiptPrint> before, store.receiptPrints(orderId));
        print = ReceiptPrint();
        print.orderId = orderId;
        print.returnNo = returnNo;
        print.copy =
            1 + int(std::count_if(before.cbegin(), before.cend(),
                                  [&](const ReceiptPrint &p) { return p.returnNo == returnNo; }));
        print.page = page;
        print.language = language;
        print.terminal = store.terminal();
        print.printedAt = m_work.now();
        SD_CHECK(store.insertReceiptPrint(print));
        return QList<DomainEvent>{
            makeEvent(Events::ReceiptPrinted{returnNo, print.copy, page, language}, orderId)};
    });
    if (!done)
        return done.error();
    return print;
}

Result<QList<ReceiptPrint>> ReceiptService::prints(const QString &orderId) const
{
    SD_CHECK(m_orders.order(orderId)); // NotFound for an unknown order
    return m_work.store().receiptPrints(orderId);
}

} // namespace ShopDesk
