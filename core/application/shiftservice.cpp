#include "shiftservice.h"

#include "projections.h"
#include "shopstore.h"
#include "unitofwork.h"
#include "validation.h"

#include <QJsonArray>

namespace ShopDesk {

namespace {

const QString OpenShift = QStringLiteral("open a shift");
const QString MoveCash = QStringLiteral("move cash in or out of the drawer");
const QString CloseShift = QStringLiteral("close a shift");
const QString ReadShifts = QStringLiteral("read the shifts");

Status checkAmount(Money amount, const QString &what, Money minimum)
{
    if (amount < minimum || amount > Limits::MaxMoney) {
        return Error::invalidInput(QStringLiteral("%1 must be from %2 to %3, not %4")
                                       .arg(what)
                                       .arg(minimum)
                                       .arg(Limits::MaxMoney)
                                       .arg(amount),
                                   {{QStringLiteral("field"), what}});
    }
    return {};
}

QJsonObject salesJson(const SalesFigures &s)
{
    return {{QStringLiteral("orders"), s.orders},
            {QStringLiteral("gross"), s.gross},
            {QStringLiteral("discounts"), s.discounts},
            {QStringLiteral("net"), s.net},
            {QStringLiteral("vat"), s.vat},
            {QStringLiteral("returns"), s.returns},
            {QStringLiteral("returned"), s.returned},
            {QStringLiteral("cancellations"), s.cancellations},
            {QStringLiteral("cancelled"), s.cancelled},
            {QStringLiteral("netSales"), s.netSales()},
            {QStringLiteral("refunds"), s.refunds},
            {QStringLiteral("paid"), QJsonObject{{QStringLiteral("cash"), s.paidCash},
                                                 {QStringLiteral("card"), s.paidCard}}},
            {QStringLiteral("refunded"), QJsonObject{{QStringLiteral("cash"), s.refundedCash},
                                                     {QStringLiteral("card"), s.refundedCard}}}};
}

} // namespace

QJsonObject ShiftReport::toJson() const
{
    QJsonObject json = shift.toJson();
    json.insert(QStringLiteral("report"), isFinal() ? QStringLiteral("Z") : QStringLiteral("X"));
    json.insert(QStringLiteral("sales"), salesJson(figures.sales));
    json.insert(QStringLiteral("payIns"), figures.payIns);
    json.insert(QStringLiteral("payOuts"), figures.payOuts);
    json.insert(QStringLiteral("payInCount"), figures.payInCount);
    json.insert(QStringLiteral("payOutCount"), figures.payOutCount);
    json.insert(QStringLiteral("drawerOpenings"), figures.drawerOpenings);
    json.insert(QStringLiteral("manualDrawerOpenings"), figures.manualOpenings);
    json.insert(QStringLiteral("expectedCash"), figures.expectedCash());
    if (!counts.isEmpty())
        json.insert(QStringLiteral("counts"), ShopDesk::toJson(counts));
    return json;
}

Result<ShiftFigures> shiftFigures(EventLog &log, const ShiftRecord &shift)
{
    EventQuery query;
    query.origin = shift.terminal;
    query.afterOriginSeq = shift.openedOriginSeq;
    query.beforeOriginSeq = shift.closed ? shift.closedOriginSeq : 0;
    SD_TRY(const QList<DomainEvent> events, log.events(query));
    ShiftFigures figures;
    figures.openingFloat = shift.openingFloat;
    for (const DomainEvent &event : events) {
        const bool sales = addsSales(event);
        if (!sales && event.type != EventType::CashMoved && event.type != EventType::DrawerOpened)
            continue;
        SD_TRY(const EventPayload payload, decodePayload(event));
        if (sales) {
            SD_TRY(const SalesFigures added, salesOf(log, event, payload));
            figures.sales.add(added);
        } else {
            figures.apply(shift, payload);
        }
    }
    return figures;
}

ShiftService::ShiftService(UnitOfWork &work)
    : m_work(work)
{}

Result<std::optional<ShiftRecord>> ShiftService::currentShift() const
{
    SD_CHECK(m_work.authorize(Role::Clerk, ReadShifts));
    ShopStore &store = m_work.store();
    return store.openShift(store.terminal());
}

Result<ShiftRecord> ShiftService::requireOpen() const
{
    ShopStore &store = m_work.store();
    SD_TRY(const std::optional<ShiftRecord> open, store.openShift(store.terminal()));
    if (!open) {
        return Error::invalidState(
            QStringLiteral("terminal %1 has no open shift: open one first").arg(store.terminal()),
            {{QStringLiteral("reason"), QStringLiteral("noOpenShift")}});
    }
    return open.value();
}

Result<ShiftRecord> ShiftService::open(Money openingFloat)
{
    SD_CHECK(m_work.authorize(Role::Clerk, OpenShift));
    SD_CHECK(checkAmount(openingFloat, QStringLiteral("the float"), 0));
    ShopStore &store = m_work.store();
    const QString terminal = store.terminal();
    QString shiftId;
    SD_CHECK(
        m_work
            .run([&]() -> Result<QList<DomainEvent>> {
                SD_TRY(const std::optional<ShiftRecord> open, store.openShift(terminal));
                if (open) {
                    return Error::invalidState(
                        QStringLiteral(
                            "shift %1 is open on terminal %2 since %3 (by %4): close it before "
                            "opening another")
                            .arg(open->shiftId, terminal, open->openedAt.toString(Qt::ISODate),
                                 open->openedBy),
                        {{QStringLiteral("shiftId"), open->shiftId},
                         {QStringLiteral("reason"), QStringLiteral("shiftOpen")}});
                }
                SD_TRY(const qint64 count, store.shiftCount(terminal));
                shiftId = shiftIdFor(terminal, count + 1);
                return QList<DomainEvent>{
                    makeEvent(Events::ShiftOpened{shiftId, openingFloat}, {})};
            })
            .status());
    SD_TRY(const std::optional<ShiftRecord> opened, store.findShift(shiftId));
    if (!opened)
        return Error::storage(QStringLiteral("shift %1 was not stored").arg(shiftId));
    return opened.value();
}

Result<ShiftReport> ShiftService::moveCash(CashMove move, Money amount, const QString &reason)
{
    SD_CHECK(m_work.authorize(Role::Clerk, MoveCash));
    SD_CHECK(checkAmount(amount, QStringLiteral("the amount"), 1));
    SD_CHECK(Validate::requiredText(reason, QStringLiteral("the reason"), Limits::MaxTextLength));
    ShopStore &store = m_work.store();
    QString shiftId;
    SD_CHECK(m_work
                 .run([&]() -> Result<QList<DomainEvent>> {
                     SD_TRY(const ShiftRecord shift, requireOpen());
                     shiftId = shift.shiftId;
                     if (move == CashMove::PayOut) {
                         SD_TRY(const ShiftFigures figures, shiftFigures(store, shift));
                         const Money inDrawer = figures.expectedCash();
                         if (amount > inDrawer) {
                             return Error::invalidState(
                                 QStringLiteral(
                                     "a pay-out of %1 is more than the drawer should hold (%2)")
                                     .arg(amount)
                                     .arg(inDrawer),
                                 {{QStringLiteral("reason"), QStringLiteral("payOutTooLarge")},
                                  {QStringLiteral("expectedCash"), inDrawer}});
                         }
                     }
                     return QList<DomainEvent>{makeEvent(
                         Events::CashMoved{shift.shiftId, move, amount, reason.trimmed()}, {})};
                 })
                 .status());
    return report(shiftId);
}

Result<ShiftReport> ShiftService::close(Money counted, const QList<CashCount> &counts)
{
    SD_CHECK(m_work.authorize(Role::Clerk, CloseShift));
    if (!counts.isEmpty()) {
        SD_TRY(const QList<CashCount> checked, cashCountsFromJson(toJson(counts)));
        counted = countedTotal(checked);
    }
    SD_CHECK(checkAmount(counted, QStringLiteral("the counted cash"), 0));
    ShopStore &store = m_work.store();
    QString shiftId;
    SD_CHECK(
        m_work
            .run([&]() -> Result<QList<DomainEvent>> {
                SD_TRY(const ShiftRecord shift, requireOpen());
                shiftId = shift.shiftId;
                const auto &user = m_work.actingUser();
                if (user && !user->isManager() && user->name != shift.openedBy) {
                    return Error::forbidden(
                        QStringLiteral(
                            "shift %1 was opened by %2: a clerk closes only a shift they "
                            "opened (or a manager closes it)")
                            .arg(shift.shiftId, shift.openedBy),
                        {{QStringLiteral("shiftId"), shift.shiftId},
                         {QStringLiteral("openedBy"), shift.openedBy}});
                }
                SD_TRY(const ShiftFigures figures, shiftFigures(store, shift));
                return QList<DomainEvent>{makeEvent(
                    Events::ShiftClosed{shift.shiftId, counted, figures.expectedCash(), counts},
                    {})};
            })
            .status());
    return report(shiftId);
}

Result<ShiftReport> ShiftService::report(const QString &shiftId) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, ReadShifts));
    ShopStore &store = m_work.store();
    ShiftReport report;
    if (shiftId.isEmpty()) {
        SD_TRY(report.shift, requireOpen());
    } else {
        SD_TRY(const std::optional<ShiftRecord> shift, store.findShift(shiftId));
        if (!shift)
            return Error::notFound(QStringLiteral("shift %1 does not exist").arg(shiftId),
                                   {{QStringLiteral("shiftId"), shiftId}});
        report.shift = shift.value();
    }
    SD_TRY(report.figures, shiftFigures(store, report.shift));
    if (report.shift.closed) {
        // The counts as the closing recorded them.
        EventQuery query;
        query.origin = report.shift.terminal;
        query.afterOriginSeq = report.shift.closedOriginSeq - 1;
        query.limit = 1;
        SD_TRY(const QList<DomainEvent> closing, store.events(query));
        if (!closing.isEmpty()) {
            SD_TRY(const Events::ShiftClosed closed,
                   decodeAs<Events::ShiftClosed>(closing.first()));
            report.counts = closed.counts;
        }
    }
    return report;
}

Result<QList<ShiftRecord>> ShiftService::shifts(const ShiftQuery &query) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, ReadShifts));
    return m_work.store().shifts(query);
}

Status ShiftService::canTakeCash() const
{
    return cashAllowed(m_work.store());
}

Status cashAllowed(ShopStore &store)
{
    SD_TRY(const ShopDetails shop, store.shopDetails());
    if (!shop.cashNeedsShift)
        return {};
    SD_TRY(const std::optional<ShiftRecord> open, store.openShift(store.terminal()));
    if (open)
        return {};
    return Error::invalidState(
        QStringLiteral("this shop takes cash only during a shift, and terminal %1 has none open: "
                       "open a shift with the float in the drawer first")
            .arg(store.terminal()),
        {{QStringLiteral("reason"), QStringLiteral("noOpenShift")}});
}

} // namespace ShopDesk
