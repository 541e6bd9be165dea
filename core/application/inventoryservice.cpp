#include "inventoryservice.h"

#include "unitofwork.h"
#include "validation.h"

namespace ShopDesk {

namespace {

Error unknownProduct(const QString &productId)
{
    return Error::notFound(
        QStringLiteral("unknown product '%1'; see `product list`").arg(productId),
        {{QStringLiteral("productId"), productId}});
}

} // namespace

InventoryService::InventoryService(UnitOfWork &work)
    : m_work(work)
{}

Result<Product> InventoryService::registerProduct(const QString &productId,
                                                  const QString &productName, Money price,
                                                  const QString &barcode,
                                                  StockThreshold lowStockThreshold, TaxKind tax)
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("register products")));
    SD_TRY(const Product product,
           Product::validated(productId, productName, price, barcode, lowStockThreshold, tax));
    CatalogStore &store = m_work.store();
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        SD_TRY(const auto existing, store.findProduct(product.productId));
        if (existing) {
            return Error::invalidInput(
                QStringLiteral("product id '%1' already exists (%2); choose another id")
                    .arg(product.productId, existing->productName));
        }
        if (!product.barcode.isEmpty()) {
            SD_TRY(const auto sameCode, store.findProductByBarcode(product.barcode));
            if (sameCode) {
                return Error::invalidInput(
                    QStringLiteral("barcode '%1' already belongs to product '%2'")
                        .arg(product.barcode, sameCode->productId));
            }
        }
        SD_CHECK(store.insertProduct(product));
        return QList<DomainEvent>{product.registeredEvent()};
    });
    if (!done)
        return done.error();
    return product;
}

Result<Product> InventoryService::editProduct(const QString &productId, const ProductEdit &edit)
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("edit products")));
    CatalogStore &store = m_work.store();
    std::optional<Product> edited;
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        SD_TRY(edited, store.findProduct(productId));
        if (!edited)
            return unknownProduct(productId);
        SD_TRY(const std::optional<DomainEvent> changed, edited->change(edit));
        if (!changed)
            return QList<DomainEvent>();
        SD_CHECK(store.saveProduct(*edited));
        return QList<DomainEvent>{*changed};
    });
    if (!done)
        return done.error();
    return *edited;
}

Result<StockRow> InventoryService::adjustStock(const QString &productId, qint64 delta,
                                               const QString &reason)
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("adjust stock")));
    SD_CHECK(Validate::optionalText(reason, QStringLiteral("reason"), Limits::MaxTextLength));
    return changeStock(productId, [&](StockItem &item) { return item.adjust(delta, reason); });
}

Result<StockRow> InventoryService::countStock(const QString &productId, qint64 counted,
                                              const QString &reason)
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("count stock")));
    SD_CHECK(Validate::optionalText(reason, QStringLiteral("reason"), Limits::MaxTextLength));
    return changeStock(productId, [&](StockItem &item) { return item.count(counted, reason); });
}

Result<StockRow> InventoryService::changeStock(const QString &productId,
                                               const std::function<Status(StockItem &)> &change)
{
    CatalogStore &store = m_work.store();
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        SD_TRY(std::optional<StockItem> item, store.findStock(productId));
        if (!item)
            return unknownProduct(productId);
        SD_CHECK(change(*item));
        SD_CHECK(store.saveStock(*item));
        return item->takeEvents();
    });
    if (!done)
        return done.error();
    return stockOf(productId);
}

Result<QList<Product>> InventoryService::products(const ListQuery &query) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read products")));
    return m_work.store().products(query);
}

Result<QList<StockRow>> InventoryService::stock(const ListQuery &query) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read stock")));
    return m_work.store().stockRows(query);
}

Result<StockRow> InventoryService::stockOf(const QString &productId) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read stock")));
    SD_TRY(const std::optional<Product> product, m_work.store().findProduct(productId));
    if (!product)
        return unknownProduct(productId);
    SD_TRY(const std::optional<StockItem> item, m_work.store().findStock(productId));
    if (!item)
        return unknownProduct(productId);
    return StockRow{product->productId, product->productName, item->onHand(), item->reserved()};
}

Result<Product> InventoryService::product(const QString &productId) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read products")));
    SD_TRY(const std::optional<Product> product, m_work.store().findProduct(productId));
    if (!product)
        return unknownProduct(productId);
    return *product;
}

Result<QList<StockMove>> InventoryService::stockHistory(const QString &productId,
                                                        const EventQuery &page) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read stock")));
    SD_TRY(const std::optional<Product> product, m_work.store().findProduct(productId));
    if (!product)
        return unknownProduct(productId);
    EventQuery query;
    query.productId = productId;
    query.types = StockMove::eventTypes();
    query.newestFirst = true;
    query.afterSeq = page.afterSeq;
    query.beforeSeq = page.beforeSeq;
    query.limit = page.limit;
    QList<StockMove> moves;
    SD_CHECK(m_work.store().visitEvents(query, [&moves](const DomainEvent &event) {
        if (std::optional<StockMove> move = StockMove::fromEvent(event))
            moves.append(*move);
    }));
    return moves;
}

Result<Product> InventoryService::productByBarcode(const QString &barcode) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read products")));
    SD_TRY(const std::optional<Product> product, m_work.store().findProductByBarcode(barcode));
    if (!product)
        return Error::notFound(QStringLiteral("no product has barcode '%1'").arg(barcode));
    return *product;
}

Result<QList<Product>> InventoryService::completeProducts(const QString &text, int limit) const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("read products")));
    return m_work.store().completeProducts(text, limit);
}

} // namespace ShopDesk
