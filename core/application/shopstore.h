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
};

} // namespace ShopDesk
