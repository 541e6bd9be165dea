#pragma once

#include "domainevent.h"
#include "policies.h"
#include "result.h"

namespace ShopDesk {

class UnitOfWork;

// Carries out the policies of ARCHITECTURE.md. Each reaction runs in its own transaction
// that also records (event, policy) as processed, so its effect happens exactly once; what
// a crash left unprocessed is found again by runPending().
class PolicyRunner
{
public:
    explicit PolicyRunner(UnitOfWork &work);

    // Runs the policies the given events trigger, and those of the events they raise, until
    // the flow is quiet. The first failure stops it; what is left stays pending, and the error
    // names the policy that failed and its order in details "policy" and "orderId". Events of
    // another terminal trigger nothing (neither here nor in runPending): their origin reacted.
    Status react(const QList<DomainEvent> &events);
    // Runs every reaction left pending in the log, oldest first. Returns how many ran.
    Result<int> runPending();

private:
    Result<QList<DomainEvent>> runOne(const DomainEvent &event, Policy policy);
    Result<QList<DomainEvent>> startDelivery(const DomainEvent &event);
    Result<QList<DomainEvent>> decreaseStock(const DomainEvent &event);
    Result<QList<DomainEvent>> cancelDeliveryOrRelease(const DomainEvent &event);
    Result<QList<DomainEvent>> refundPayment(const DomainEvent &event);
    Result<QList<DomainEvent>> increaseStock(const DomainEvent &event);

    enum class StockMove { Release, Decrease, Increase };
    Result<QList<DomainEvent>> moveStock(const QString &orderId, StockMove move);

    UnitOfWork &m_work;
};

} // namespace ShopDesk
