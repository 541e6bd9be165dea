#pragma once

#include "backupservice.h"
#include "customerservice.h"
#include "demodata.h"
#include "drawerservice.h"
#include "eventbus.h"
#include "inventoryservice.h"
#include "orderservice.h"
#include "policyrunner.h"
#include "receiptservice.h"
#include "reportservice.h"
#include "shiftservice.h"
#include "slipservice.h"
#include "syncservice.h"
#include "unitofwork.h"
#include "userservice.h"

namespace ShopDesk {

class ShopStore;

// The application services over one store, wired once: what every adapter (the CLI, the
// window, the benchmarks) sits on. The store must outlive it.
class ShopServices
{
public:
    explicit ShopServices(ShopStore &store, const Clock &clock = Clock::system())
        : work(store, bus)
        , policies(work)
        , inventory(work)
        , users(work)
        , orders(work, policies, users)
        , demo(work, inventory, orders)
        , slips(work, orders)
        , receipts(work, orders)
        , drawer(work)
        , shifts(work)
        , reports(work)
        , sync(work)
        , backups(work)
        , customers(work)
    {
        work.setClock(clock);
    }

    ShopServices(const ShopServices &) = delete;
    ShopServices &operator=(const ShopServices &) = delete;

    ShopStore &store() const { return work.store(); }

    EventBus bus;
    UnitOfWork work;
    PolicyRunner policies;
    InventoryService inventory;
    UserService users;
    OrderService orders;
    DemoData demo;
    SlipService slips;
    ReceiptService receipts;
    DrawerService drawer;
    ShiftService shifts;
    ReportService reports;
    SyncService sync;
    BackupService backups;
    CustomerService customers;
};

} // namespace ShopDesk
