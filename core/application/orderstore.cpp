#include "orderstore.h"

#include "syncstatestore.h"

namespace ShopDesk {

Status OrderStore::insertRemoteOrder(const Order &, const QString &, const QString &)
{
    return noSyncSupport();
}

} // namespace ShopDesk
