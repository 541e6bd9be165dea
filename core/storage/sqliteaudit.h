#pragma once

#include "auditstore.h"
#include "eventlog.h"
#include "sqlitecustomers.h"
#include "sqlitepart.h"
#include "sqlitereadmodel.h"
#include "sqlitereports.h"
#include "sqliteshifts.h"

namespace ShopDesk {

// The audit of a SQLite store: the invariants `verify` checks, read from one snapshot.
class SqliteAudit final : public AuditStore, private SqlitePart
{
public:
    SqliteAudit(SqliteConnection &connection, SqliteReadModel &readModel, EventLog &log,
                SqliteReports &reports, SqliteShifts &shifts, SqliteCustomers &customers);

    Result<AuditReport> audit() override;

private:
    Status foldReadModel(const std::function<Status(const OrderView &)> &sink);
    Result<qint64> eventCount();
    // The report tables against the log folded again; the shifts likewise, and each closed
    // shift's expected cash against its events.
    Status auditReports(AuditReport &report);
    Status auditShifts(AuditReport &report);
    // The customer book against the log folded again, and its search keys against the book.
    Status auditCustomers(AuditReport &report);

    SqliteReadModel &m_readModel;
    EventLog &m_log;
    SqliteReports &m_reports;
    SqliteShifts &m_shifts;
    SqliteCustomers &m_customers;
};

} // namespace ShopDesk
