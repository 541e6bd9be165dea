#pragma once

#include "auditstore.h"
#include "backupstore.h"
#include "catalogstore.h"
#include "customerstore.h"
#include "eventlog.h"
#include "orderstore.h"
#include "readmodelstore.h"
#include "reportstore.h"
#include "shiftstore.h"
#include "stockmove.h"
#include "storesession.h"
#include "syncstatestore.h"
#include "userstore.h"

#include <memory>

namespace ShopDesk {

// The whole storage port, one per concern: an adapter that stores a shop implements all of
// them on one connection (see StoreSession), so that a command's writes to several concerns
// commit together. Services that need one concern take its port alone.
class ShopStore : public StoreSession,
                  public CatalogStore,
                  public OrderStore,
                  public EventLog,
                  public ReadModelStore,
                  public ReportStore,
                  public ShiftStore,
                  public CustomerStore,
                  public UserStore,
                  public SyncStateStore,
                  public AuditStore,
                  public BackupStore
{
public:
    ~ShopStore() override = default;

    // Another connection to the same database, for work on a worker thread (a catalog
    // import): call it on that thread, which then owns the store. A store that cannot answers
    // with a Storage error.
    virtual Result<std::unique_ptr<ShopStore>> openAnother() const;
};

} // namespace ShopDesk
