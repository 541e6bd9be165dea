#pragma once

#include "result.h"

#include <QJsonObject>
#include <QStringList>

namespace ShopDesk {

// What `verify` found: errors break an invariant; warnings need a manager (oversold stock).
struct AuditReport
{
    QStringList errors;
    QStringList warnings;
    QJsonObject counts;

    bool ok() const { return errors.isEmpty(); }
};

// The audit port: checks what is stored.
class AuditStore
{
public:
    virtual ~AuditStore() = default;

    // Checks the stored invariants (see AuditReport); read only.
    virtual Result<AuditReport> audit() = 0;
};

} // namespace ShopDesk
