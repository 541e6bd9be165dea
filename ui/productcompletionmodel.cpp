#include "productcompletionmodel.h"

#include "displaytext.h"
#include "inventoryservice.h"

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
    const Product &product = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1   %2   %3")
            .arg(product.productId, product.productName, DisplayText::money(product.price));
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
    QList<Product> products;
    if (!wanted.isEmpty()) {
        auto found = m_inventory.completeProducts(wanted, m_limit);
        if (found)
            products = std::move(found.value());
    }
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

} // namespace ShopDesk
