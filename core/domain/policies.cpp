#include "policies.h"

#include "domainevent.h"

#include <array>

namespace ShopDesk {

namespace {

struct PolicyInfo
{
    Policy policy;
    QLatin1StringView name;
    QLatin1StringView trigger;
};

constexpr std::array<PolicyInfo, 6> policyTable{{
    {Policy::StartDelivery, QLatin1StringView("StartDelivery"), EventType::PaymentApproved},
    // A return that leaves a placed order covered by its payments pays it.
    {Policy::StartDelivery, QLatin1StringView("StartDelivery"), EventType::OrderLinesReturned},
    {Policy::DecreaseStock, QLatin1StringView("DecreaseStock"), EventType::DeliveryStarted},
    {Policy::CancelDeliveryOrRelease, QLatin1StringView("CancelDeliveryOrRelease"),
     EventType::OrderCancelled},
    {Policy::RefundPayment, QLatin1StringView("RefundPayment"), EventType::OrderCancelled},
    {Policy::IncreaseStock, QLatin1StringView("IncreaseStock"), EventType::DeliveryCancelled},
}};

} // namespace

QList<Policy> allPolicies()
{
    QList<Policy> result;
    for (const auto &info : policyTable) {
        if (!result.contains(info.policy))
            result.append(info.policy);
    }
    return result;
}

QString policyName(Policy policy)
{
    for (const auto &info : policyTable) {
        if (info.policy == policy)
            return info.name;
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<Policy> policyFromName(QStringView name)
{
    for (const auto &info : policyTable) {
        if (name == info.name)
            return info.policy;
    }
    return std::nullopt;
}

QList<Policy> policiesFor(QStringView eventType)
{
    QList<Policy> result;
    for (const auto &info : policyTable) {
        if (eventType == info.trigger)
            result.append(info.policy);
    }
    return result;
}

QList<QString> policyTriggerTypes()
{
    QList<QString> result;
    for (const auto &info : policyTable) {
        if (!result.contains(info.trigger))
            result.append(info.trigger);
    }
    return result;
}

} // namespace ShopDesk
