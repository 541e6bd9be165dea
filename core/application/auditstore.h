#pragma once

#include "result.h"

#include <QJsonObject>
#include <QStringList>

namespace ShopDesk {

// What `verify` found: errors break an invariant; warnings need a manager (oversold stock).
struct AuditReport
{
    QStringList errors;
    // Of the errors: reactions not yet run (a policy of an event not processed). A crash, or a
    // copy taken between a command's commit and its reaction's, leaves them; the policy runner
    // runs them at the next start. verify reports them as errors all the same.
    QStringList pendingReactions;
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
