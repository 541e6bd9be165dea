#include "shopstore.h"

namespace ShopDesk {

Result<std::unique_ptr<ShopStore>> ShopStore::openAnother() const
{
    return Error::storage(
        QStringLiteral("this store cannot open another connection to %1").arg(location()));
}

} // namespace ShopDesk
