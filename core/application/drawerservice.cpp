#include "drawerservice.h"

#include "shopstore.h"
#include "unitofwork.h"
#include "validation.h"

namespace ShopDesk {

namespace {

const QString OpenDrawer = QStringLiteral("open the cash drawer");

} // namespace

DrawerService::DrawerService(UnitOfWork &work)
    : m_work(work)
{}

Status DrawerService::canRecord() const
{
    SD_CHECK(m_work.authorize(Role::Clerk, OpenDrawer));
    const ShopStore &store = m_work.store();
    if (store.isReadOnly()) {
        return Error::storage(QStringLiteral("the database %1 is read-only, so an opening of the "
                                             "drawer cannot be recorded; it was not opened")
                                  .arg(store.location()));
    }
    return {};
}

Status DrawerService::canOpenOnDemand(const QString &reason) const
{
    SD_CHECK(canRecord());
    SD_CHECK(Validate::optionalText(reason, QStringLiteral("the reason"), Limits::MaxTextLength));
    const auto &user = m_work.actingUser();
    if (user && !user->isManager() && reason.trimmed().isEmpty()) {
        return Error::forbidden(
            QStringLiteral("a clerk opens the cash drawer without a sale only with a reason "
                           "(or a manager opens it)"),
            {{QStringLiteral("reason"), QStringLiteral("drawerReason")}});
    }
    return {};
}

Result<DrawerOpening> DrawerService::recordOpening(DrawerCause cause, const QString &printer,
                                                   const QString &reason, const QString &orderId)
{
    if (cause == DrawerCause::Manual) {
        SD_CHECK(canOpenOnDemand(reason));
        if (!orderId.isEmpty())
            return Error::invalidInput(
                QStringLiteral("a drawer opened on demand belongs to no order"));
    } else {
        SD_CHECK(canRecord());
        SD_CHECK(
            Validate::optionalText(reason, QStringLiteral("the reason"), Limits::MaxTextLength));
        if (orderId.isEmpty())
            return Error::invalidInput(
                QStringLiteral("a drawer opened for a payment or refund names its order"));
    }
    SD_CHECK(Validate::requiredText(printer, QStringLiteral("the printer"), Limits::MaxTextLength));
    ShopStore &store = m_work.store();
    DrawerOpening opening;
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        if (!orderId.isEmpty()) {
            SD_TRY(const std::optional<Order> order, store.findOrder(orderId));
            if (!order)
                return Error::notFound(QStringLiteral("order %1 does not exist").arg(orderId),
                                       {{QStringLiteral("orderId"), orderId}});
        }
        return QList<DomainEvent>{
            makeEvent(Events::DrawerOpened{cause, reason.trimmed(), printer}, orderId)};
    });
    if (!done)
        return done.error();
    const DomainEvent &event = done->first();
    opening.cause = cause;
    opening.reason = reason.trimmed();
    opening.printer = printer;
    opening.orderId = orderId;
    opening.actor = event.actor;
    opening.terminal = event.origin;
    opening.at = event.occurredAt;
    return opening;
}

Result<QList<DrawerOpening>> DrawerService::openings(int limit) const
{
    EventQuery query;
    query.types = {EventType::DrawerOpened};
    query.newestFirst = true;
    query.limit = limit;
    SD_TRY(const QList<DomainEvent> events, m_work.store().events(query));
    QList<DrawerOpening> openings;
    for (const DomainEvent &event : events) {
        SD_TRY(const EventPayload payload, decodePayload(event));
        const auto &opened = std::get<Events::DrawerOpened>(payload);
        openings.append({opened.cause, opened.reason, opened.printer, event.orderId, event.actor,
                         event.origin, event.occurredAt});
    }
    return openings;
}

} // namespace ShopDesk
