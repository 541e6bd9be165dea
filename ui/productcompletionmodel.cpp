#include "productcompletionmodel.h"

#include "displaytext.h"
#include "inventoryservice.h"

#include <QColor>

namespace ShopDesk {

ProductCompletionModel::ProductCompletionModel(InventoryService &inventory, QObject *parent)
    : QAbstractListModel(parent)
    , m_inventory(inventory)
{}

int ProductCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

QVariant ProductCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Match &match = m_products.at(index.row());
    const Product &product = match.product;
    switch (role) {
    case Qt::DisplayRole: {
        const QString text =
            QStringLiteral("%1   %2   %3")
                .arg(product.productId, product.productName, DisplayText::money(product.price));
        if (!match.available)
            return text;
        return QStringLiteral("%1   (%2)")
            .arg(text, *match.available > 0
                           ? tr("%1 available").arg(DisplayText::count(*match.available))
                           : tr("out of stock"));
    }
    case Qt::ForegroundRole:
        if (match.available && *match.available <= 0)
            return QColor(0xb0, 0x00, 0x20);
        break;
    case Qt::EditRole:
    case ProductIdRole:
        return product.productId;
    case Qt::ToolTipRole:
        return product.barcode.isEmpty() ? QString() : tr("Barcode %1").arg(product.barcode);
    }
    return {};
}

void ProductCompletionModel::setText(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted == m_text)
        return;
    m_text = wanted;
    QList<Match> products;
    if (!wanted.isEmpty()) {
        auto found = m_inventory.completeProducts(wanted, m_limit);
        if (found) {
            for (Product &product : found.value()) {
                // One indexed read per suggestion (at most DefaultLimit of them).
                const Result<StockRow> stock = m_inventory.stockOf(product.productId);
                products.append({std::move(product),
                                 stock ? std::optional<qint64>(stock->available()) : std::nullopt});
            }
        }
    }
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

} // namespace ShopDesk
