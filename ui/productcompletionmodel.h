#pragma once

#include "product.h"

#include <QAbstractListModel>

#include <optional>

namespace ShopDesk {

class InventoryService;

// The products a QCompleter offers while a clerk types in the product field, read through
// InventoryService::completeProducts (indexed, so it stays fast in a shop of 100,000 products).
// The model holds only the current matches; the completer shows them unfiltered.
class ProductCompletionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ProductIdRole = Qt::UserRole + 1,
    };

    static constexpr int DefaultLimit = 20;

    explicit ProductCompletionModel(InventoryService &inventory, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    // Display: id, name, price and the stock available; edit (what the completer puts into the
    // field): the id.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Reads the matches of text (none for empty text); a failed read leaves no matches.
    void setText(const QString &text);
    QString text() const { return m_text; }
    const Product &productAt(int row) const { return m_products.at(row).product; }

private:
    InventoryService &m_inventory;
    QString m_text;
    struct Match
    {
        Product product;
        std::optional<qint64> available; // unknown when its stock could not be read
    };
    QList<Match> m_products;
    int m_limit = DefaultLimit;
};

} // namespace ShopDesk
