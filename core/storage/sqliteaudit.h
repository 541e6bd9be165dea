#pragma once

#include "auditstore.h"
#include "eventlog.h"
#include "sqlitepart.h"
#include "sqlitereadmodel.h"

namespace ShopDesk {

// The audit of a SQLite store: the invariants `verify` checks, read from one snapshot.
class SqliteAudit final : public AuditStore, private SqlitePart
{
public:
    SqliteAudit(SqliteConnection &connection, SqliteReadModel &readModel, EventLog &log);

    Result<AuditReport> audit() override;

private:
    Status foldReadModel(const std::function<Status(const OrderView &)> &sink);
    Result<qint64> eventCount();

    SqliteReadModel &m_readModel;
    EventLog &m_log;
};

} // namespace ShopDesk
