#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ShopDesk {

// The policies of ARCHITECTURE.md (event -> command). Each runs in its own transaction and
// is recorded as processed for its event in that same transaction.
enum class Policy {
    StartDelivery,           // PaymentApproved -> StartDelivery
    DecreaseStock,           // DeliveryStarted -> DecreaseStock
    CancelDeliveryOrRelease, // OrderCancelled -> CancelDelivery, else release the reservation
    RefundPayment,           // OrderCancelled -> refund when paid
    IncreaseStock,           // DeliveryCancelled -> IncreaseStock
};

// Every policy, in the order they run.
QList<Policy> allPolicies();
QString policyName(Policy policy);
std::optional<Policy> policyFromName(QStringView name);
// The policies that react to an event of this type, in the order they run.
QList<Policy> policiesFor(QStringView eventType);
// The event types that may trigger any policy.
QList<QString> policyTriggerTypes();

} // namespace ShopDesk
