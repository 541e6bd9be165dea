#include "orderlinesmodel.h"

#include "displaytext.h"
#include "types.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ShopDesk {

OrderLinesModel::OrderLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int OrderLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OrderLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &entry = m_lines.at(index.row());
    const OrderLine &line = entry.line;
    const int column = index.column();
    switch (role) {
    case ProductIdRole:
        return line.productId;
    case Qt::DisplayRole:
        switch (column) {
        case ProductIdColumn:
            return line.productId;
        case NameColumn:
            return line.productName;
        case QtyColumn:
            return DisplayText::count(line.qty);
        case PriceColumn:
            return DisplayText::money(line.price);
        case LineTotalColumn:
            return DisplayText::money(line.total());
        case DiscountColumn: {
            if (line.discount.isNone())
                return QString();
            const QString off =
                QStringLiteral("-") + DisplayText::money(line.discount.of(line.total()));
            if (line.discount.kind == Discount::Kind::Percent)
                return QStringLiteral("%1 (%2)").arg(line.discount.text(), off);
            return off;
        }
        case ShortColumn:
            if (entry.shortBy > 0)
                return tr("%1 short").arg(DisplayText::count(entry.shortBy));
            if (entry.available)
                return line.qty > *entry.available
                           ? tr("only %1 available").arg(DisplayText::count(*entry.available))
                           : tr("%1 available").arg(DisplayText::count(*entry.available));
            return QString();
        }
        break;
    case Qt::EditRole:
        if (column == QtyColumn)
            return line.qty;
        if (column == DiscountColumn)
            return line.discount.isNone() ? QString() : line.discount.text();
        return data(index, Qt::DisplayRole);
    case ValueRole:
        switch (column) {
        case QtyColumn:
            return QVariant::fromValue<qint64>(line.qty);
        case PriceColumn:
            return QVariant::fromValue<qint64>(line.price);
        case LineTotalColumn:
            return QVariant::fromValue<qint64>(line.total());
        case DiscountColumn:
            return QVariant::fromValue<qint64>(line.discount.of(line.total()));
        case ShortColumn:
            return QVariant::fromValue<qint64>(entry.shortBy);
        }
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column == QtyColumn || column == PriceColumn || column == LineTotalColumn ||
            column == DiscountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case Qt::ForegroundRole:
        if (entry.shortBy > 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (overStock(index.row()) > 0)
            return QBrush(QColor(0xa3, 0x4d, 0x00));
        break;
    case Qt::FontRole:
        if ((entry.shortBy > 0 || overStock(index.row()) > 0) && column == ShortColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (entry.shortBy > 0)
            return tr("%1 more than the stock can serve: lower the quantity or remove the line")
                .arg(DisplayText::count(entry.shortBy));
        if (overStock(index.row()) > 0)
            return tr("Only %1 in stock: the order will be refused unless the quantity is "
                      "lowered")
                .arg(DisplayText::count(*entry.available));
        if (column == QtyColumn)
            return tr("Type a number from 1 to %1, or double-click, to change the quantity")
                .arg(DisplayText::count(Limits::MaxQty));
        if (column == DiscountColumn)
            return tr("F6, or type here: a discount on this line, an amount (500) or a percentage "
                      "(10%); empty for none");
        break;
    }
    return {};
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == QtyColumn || section == PriceColumn ||
                                          section == LineTotalColumn || section == DiscountColumn))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProductIdColumn:
        return tr("Product");
    case NameColumn:
        return tr("Name");
    case QtyColumn:
        return tr("Qty");
    case PriceColumn:
        return tr("Price");
    case LineTotalColumn:
        return tr("Line total");
    case DiscountColumn:
        return tr("Discount");
    case ShortColumn:
        return tr("Stock");
    }
    return {};
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == QtyColumn || index.column() == DiscountColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool OrderLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.parent().isValid() ||
        (index.column() != QtyColumn && index.column() != DiscountColumn))
        return false;
    if (index.column() == DiscountColumn) {
        const QString typed = value.toString().trimmed();
        if (typed.isEmpty())
            return setDiscount(index.row(), Discount{});
        const Result<Discount> discount = Discount::parse(typed, QStringLiteral("discount"));
        if (!discount) {
            emit discountRefused(index.row(), typed, DiscountRefusal::NotADiscount);
            return false;
        }
        return setDiscount(index.row(), discount.value());
    }
    bool ok = false;
    const qint64 qty = value.toLongLong(&ok);
    if (!ok || qty < 1 || qty > Limits::MaxQty) {
        emit quantityRefused(value.toString());
        return false;
    }
    Line &entry = m_lines[index.row()];
    if (entry.line.qty == qty)
        return true;
    OrderLine changed = entry.line;
    changed.qty = qty;
    if (!discountFits(changed)) {
        emit discountRefused(index.row(), value.toString(), DiscountRefusal::QuantityBelowDiscount);
        return false;
    }
    entry.line.qty = qty;
    entry.shortBy = 0; // the refusal was about the old quantity
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit totalChanged(total());
    return true;
}

int OrderLinesModel::addProduct(const Product &product, qint64 qty, std::optional<qint64> available)
{
    Q_ASSERT(qty > 0);
    const int existing = rowOf(product.productId);
    if (existing >= 0) {
        Line &entry = m_lines[existing];
        entry.line.qty = std::min<qint64>(entry.line.qty + qty, Limits::MaxQty);
        entry.shortBy = 0;
        if (available)
            entry.available = available;
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        emit totalChanged(total());
        return existing;
    }
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(
        {{product.productId, product.productName, qty, product.price, product.tax}, 0, available});
    endInsertRows();
    emit totalChanged(total());
    return row;
}

bool OrderLinesModel::setDiscount(int row, const Discount &discount)
{
    if (row < 0 || row >= m_lines.size())
        return false;
    Line &entry = m_lines[row];
    OrderLine changed = entry.line;
    changed.discount = discount;
    if (!discountFits(changed)) {
        emit discountRefused(row, discount.text(), DiscountRefusal::MoreThanTheLine);
        return false;
    }
    if (entry.line.discount == discount)
        return true;
    entry.line.discount = discount;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit totalChanged(total());
    emit discountChanged(row);
    return true;
}

bool OrderLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return false;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    emit totalChanged(total());
    return true;
}

void OrderLinesModel::clear()
{
    if (m_lines.isEmpty())
        return;
    beginResetModel();
    m_lines.clear();
    endResetModel();
    emit totalChanged(0);
}

Money OrderLinesModel::total() const
{
    Money sum = 0;
    for (const Line &entry : m_lines)
        sum += entry.line.total();
    return sum;
}

QList<OrderRequestLine> OrderLinesModel::requestLines() const
{
    QList<OrderRequestLine> lines;
    for (const Line &entry : m_lines)
        lines.append({entry.line.productId, entry.line.qty, entry.line.discount});
    return lines;
}

void OrderLinesModel::setShortages(const QHash<QString, qint64> &shortByProduct)
{
    for (qsizetype row = 0; row < m_lines.size(); ++row) {
        Line &entry = m_lines[row];
        const qint64 shortBy = shortByProduct.value(entry.line.productId, 0);
        if (entry.shortBy != shortBy) {
            entry.shortBy = shortBy;
            emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
    }
}

qint64 OrderLinesModel::overStock(int row) const
{
    const Line &entry = m_lines.at(row);
    return entry.available ? std::max<qint64>(0, entry.line.qty - *entry.available) : 0;
}

bool OrderLinesModel::discountFits(const OrderLine &line)
{
    return orderMoney({line}, Discount{}, Tax::DefaultVatRate).ok();
}

int OrderLinesModel::rowOf(const QString &productId) const
{
    for (qsizetype row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).line.productId == productId)
            return int(row);
    }
    return -1;
}

} // namespace ShopDesk
