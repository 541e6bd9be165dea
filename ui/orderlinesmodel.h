#pragma once

#include "order.h"
#include "product.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace ShopDesk {

// The lines of the order being entered (not yet placed): product, quantity, unit price, line
// total before discounts, the line's own discount (an amount or a whole percentage, as
// Discount::parse reads it), and after a refusal how many units of each product are short.
// Adding a product that is already there adds to its line, as a second scan of the same
// barcode should.
class OrderLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProductIdColumn,
        NameColumn,
        QtyColumn,
        PriceColumn,
        LineTotalColumn,
        DiscountColumn,
        ShortColumn,
        ColumnCount
    };
    enum Role {
        ProductIdRole = Qt::UserRole + 1, // the product id of the row, in any column
        ValueRole,                        // the cell's raw value: qty, Money, short count
    };
    // Why a line's discount was not taken: not an amount or a percentage from 0 to 100, more
    // than the line comes to, or a quantity whose line would come to less than its discount.
    enum class DiscountRefusal { NotADiscount, MoreThanTheLine, QuantityBelowDiscount };
    Q_ENUM(DiscountRefusal)

    explicit OrderLinesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // The quantity (1..Limits::MaxQty) and the discount ("500", "10%", empty for none) are
    // editable.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Adds qty of the product (qty > 0), to its line when it has one; returns the line's row.
    // available is the product's stock available when it was added, if known: the line says
    // it, and warns when the quantity is more than that, before the order is placed.
    int addProduct(const Product &product, qint64 qty,
                   std::optional<qint64> available = std::nullopt);
    // Gives the line at row its own discount (none removes it); false, with discountRefused, when
    // it is more than the line comes to (orderMoney() says).
    bool setDiscount(int row, const Discount &discount);
    // Removes the line at row; false when there is no such row.
    bool removeLine(int row);
    void clear();

    bool isEmpty() const { return m_lines.isEmpty(); }
    const OrderLine &lineAt(int row) const { return m_lines.at(row).line; }
    Money total() const;
    // The request OrderService::placeOrder takes, the lines' discounts included.
    QList<OrderRequestLine> requestLines() const;

    // Marks the short products of a refusal (product id -> units short); the others clear.
    void setShortages(const QHash<QString, qint64> &shortByProduct);
    qint64 shortOf(int row) const { return m_lines.at(row).shortBy; }
    // How many units of the line are more than its product's available stock (0 when none or
    // unknown).
    qint64 overStock(int row) const;

signals:
    // The lines, their quantities or their discounts changed, so the total did (total() is
    // before discounts).
    void totalChanged(Money total);
    // A quantity typed on a line was not a whole number from 1 to Limits::MaxQty; the line
    // kept its quantity.
    void quantityRefused(const QString &typed);
    // A discount typed on a line, or a quantity that its discount would exceed, was not taken;
    // the line kept what it had.
    void discountRefused(int row, const QString &typed, DiscountRefusal why);
    // The line at row has a new discount (none when it was taken off).
    void discountChanged(int row);

private:
    struct Line
    {
        OrderLine line;
        qint64 shortBy = 0; // units short at the last refusal, 0 when none
        std::optional<qint64> available;
    };

    int rowOf(const QString &productId) const;
    // Whether orderMoney() takes the line as it would be: its discount at most what it comes to.
    static bool discountFits(const OrderLine &line);

    QList<Line> m_lines;
};

} // namespace ShopDesk
