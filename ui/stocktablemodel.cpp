#include "stocktablemodel.h"

#include "displaytext.h"
#include "errortext.h"
#include "eventbus.h"
#include "inventoryservice.h"

#include <QBrush>
#include <QColor>
#include <QHash>

#include <algorithm>

namespace ShopDesk {

StockTableModel::StockTableModel(InventoryService &inventory, EventBus &bus, QObject *parent)
    : QAbstractTableModel(parent)
    , m_inventory(inventory)
{
    connect(&bus, &EventBus::stockChanged, this, &StockTableModel::refresh);
    connect(&bus, &EventBus::productChanged, this, &StockTableModel::refresh);
    connect(&bus, &EventBus::reset, this, &StockTableModel::reload);
    reload();
}

int StockTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StockTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

StockTableModel::StockLevel StockTableModel::levelOf(qint64 available, StockThreshold own) const
{
    switch (stockLevelOf(available, own.value_or(m_lowStockThreshold))) {
    case ShopDesk::StockLevel::Oversold:
        return StockLevel::Oversold;
    case ShopDesk::StockLevel::OutOfStock:
        return StockLevel::OutOfStock;
    case ShopDesk::StockLevel::Low:
        return StockLevel::Low;
    case ShopDesk::StockLevel::Normal:
        break;
    }
    return StockLevel::Normal;
}

QVariant StockTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const StockRow &stock = row.stock;
    const int column = index.column();
    const StockLevel level = levelOf(stock.available(), row.threshold);
    const qint64 threshold = row.threshold.value_or(m_lowStockThreshold);
    switch (role) {
    case ProductIdRole:
        return stock.productId;
    case OwnThresholdRole:
        return row.threshold ? QVariant::fromValue<qint64>(*row.threshold) : QVariant();
    case BarcodeRole:
        return row.barcode;
    case StockLevelRole:
        return QVariant::fromValue(level);
    case Qt::DisplayRole:
        switch (column) {
        case ProductIdColumn:
            return stock.productId;
        case NameColumn:
            return stock.productName;
        case BarcodeColumn:
            return row.barcode;
        case PriceColumn:
            return DisplayText::money(row.price);
        case OnHandColumn:
            return DisplayText::count(stock.onHand);
        case ReservedColumn:
            return DisplayText::count(stock.reserved);
        case AvailableColumn:
            return DisplayText::count(stock.available());
        case ThresholdColumn:
            return row.threshold ? DisplayText::count(threshold)
                                 : tr("%1 (default)").arg(DisplayText::count(threshold));
        case StatusColumn:
            switch (level) {
            case StockLevel::Normal:
                return QString();
            case StockLevel::Low:
                return tr("Low stock");
            case StockLevel::OutOfStock:
                return tr("Out of stock");
            case StockLevel::Oversold:
                return tr("Oversold");
            }
            break;
        }
        break;
    case ValueRole:
        switch (column) {
        case PriceColumn:
            return QVariant::fromValue<qint64>(row.price);
        case OnHandColumn:
            return QVariant::fromValue<qint64>(stock.onHand);
        case ReservedColumn:
            return QVariant::fromValue<qint64>(stock.reserved);
        case AvailableColumn:
            return QVariant::fromValue<qint64>(stock.available());
        case ThresholdColumn:
            return QVariant::fromValue<qint64>(threshold);
        }
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column >= PriceColumn && column <= ThresholdColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case Qt::BackgroundRole:
        // Light tints that keep the text readable on either palette's text colour below.
        // Out of stock in grey, between the amber of low stock and the red of oversold, so the
        // three read apart at a glance.
        switch (level) {
        case StockLevel::Oversold:
            return QBrush(QColor(0xf8, 0xd0, 0xd0));
        case StockLevel::OutOfStock:
            return QBrush(QColor(0xdd, 0xdd, 0xdd));
        case StockLevel::Low:
            return QBrush(QColor(0xff, 0xf0, 0xc0));
        case StockLevel::Normal:
            break;
        }
        break;
    case Qt::ForegroundRole:
        switch (level) {
        case StockLevel::Oversold:
            return QBrush(QColor(0x9c, 0x00, 0x06));
        case StockLevel::OutOfStock:
            return QBrush(QColor(0x30, 0x30, 0x30));
        case StockLevel::Low:
            return QBrush(QColor(0x7a, 0x4f, 0x00));
        case StockLevel::Normal:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (level == StockLevel::Oversold)
            return tr("Oversold: %n more reserved than on hand", nullptr,
                      int(std::min<qint64>(-stock.available(), INT_MAX)));
        if (level == StockLevel::OutOfStock)
            return tr("Out of stock: nothing is available for new orders");
        if (level == StockLevel::Low)
            return tr("Low stock: %1 available (threshold %2)")
                .arg(DisplayText::count(stock.available()), DisplayText::count(threshold));
        if (column == ThresholdColumn && !row.threshold)
            return tr("This product has no threshold of its own: the shop's default applies");
        break;
    }
    return {};
}

QVariant StockTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section >= PriceColumn && section <= ThresholdColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProductIdColumn:
        return tr("Product");
    case NameColumn:
        return tr("Name");
    case BarcodeColumn:
        return tr("Barcode");
    case PriceColumn:
        return tr("Price");
    case OnHandColumn:
        return tr("On hand");
    case ReservedColumn:
        return tr("Reserved");
    case AvailableColumn:
        return tr("Available");
    case ThresholdColumn:
        return tr("Low at");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

bool StockTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void StockTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        appendPage();
}

void StockTableModel::setSearch(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_query.search)
        return;
    m_query.search = search;
    reload();
}

void StockTableModel::setLowStockThreshold(qint64 threshold)
{
    if (threshold == m_lowStockThreshold)
        return;
    m_lowStockThreshold = threshold;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, ValueRole, Qt::BackgroundRole, Qt::ForegroundRole,
                          Qt::ToolTipRole, StockLevelRole});
}

void StockTableModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void StockTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    auto page = readPage(0);
    if (page) {
        m_rows = std::move(page.value());
        m_atEnd = m_rows.size() < m_pageSize;
    } else {
        m_atEnd = true;
    }
    reindex();
    endResetModel();
    if (!page)
        emit loadFailed(ErrorText::text(page.error(), ErrorText::Context::Reading));
}

Result<QList<StockTableModel::Row>> StockTableModel::readPage(int offset) const
{
    ListQuery query = m_query;
    query.limit = m_pageSize;
    query.offset = offset;
    auto stock = m_inventory.stock(query);
    if (!stock)
        return stock.error();
    // The stock list carries no price: the product list of the same page has it (same
    // filter and order), read by the index when the list is not searched. A search scans the
    // table, so then the page's products are read one by one by id instead of a second scan;
    // so are rows a concurrent change left out of the product page.
    QHash<QString, Product> byId;
    if (m_query.search.isEmpty()) {
        auto products = m_inventory.products(query);
        if (!products)
            return products.error();
        for (const Product &product : products.value())
            byId.insert(product.productId, product);
    }
    QList<Row> rows;
    rows.reserve(stock.value().size());
    for (const StockRow &item : stock.value()) {
        auto found = byId.constFind(item.productId);
        if (found != byId.cend()) {
            rows.append({item, found->price, found->lowStockThreshold, found->barcode});
            continue;
        }
        auto product = m_inventory.product(item.productId);
        if (!product)
            return product.error();
        rows.append({item, product->price, product->lowStockThreshold, product->barcode});
    }
    return rows;
}

Result<StockTableModel::Row> StockTableModel::readRow(const QString &productId) const
{
    auto stock = m_inventory.stockOf(productId);
    if (!stock)
        return stock.error();
    auto product = m_inventory.product(productId);
    if (!product)
        return product.error();
    return Row{stock.value(), product->price, product->lowStockThreshold, product->barcode};
}

bool StockTableModel::appendPage()
{
    auto page = readPage(int(m_rows.size()));
    if (!page) {
        m_atEnd = true; // no retry loop from a view that keeps asking
        emit loadFailed(ErrorText::text(page.error(), ErrorText::Context::Reading));
        return false;
    }
    QList<Row> rows = std::move(page.value());
    m_atEnd = rows.size() < m_pageSize;
    rows.removeIf([this](const Row &r) { return m_index.contains(r.stock.productId); });
    if (rows.isEmpty())
        return true;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const Row &row : rows) {
        m_index.insert(row.stock.productId, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
    return true;
}

void StockTableModel::reindex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        m_index.insert(m_rows.at(row).stock.productId, int(row));
}

int StockTableModel::rowOf(const QString &productId) const
{
    return m_index.value(productId, -1);
}

bool StockTableModel::matches(const Row &row) const
{
    const QString &search = m_query.search;
    // As the store searches: product id prefix, a part of the name or of the barcode (ASCII
    // case ignored).
    return search.isEmpty() || row.stock.productId.startsWith(search, Qt::CaseInsensitive) ||
           row.stock.productName.contains(search, Qt::CaseInsensitive) ||
           row.barcode.contains(search, Qt::CaseInsensitive);
}

void StockTableModel::refresh(const QString &productId)
{
    auto read = readRow(productId);
    if (!read) {
        if (read.error().code != ErrorCode::NotFound)
            emit loadFailed(ErrorText::text(read.error(), ErrorText::Context::Reading));
        return;
    }
    const Row &fresh = read.value();
    const int row = rowOf(productId);
    if (row >= 0) {
        Row &loaded = m_rows[row];
        if (loaded.price == fresh.price && loaded.stock.productName == fresh.stock.productName &&
            loaded.stock.onHand == fresh.stock.onHand &&
            loaded.stock.reserved == fresh.stock.reserved && loaded.threshold == fresh.threshold &&
            loaded.barcode == fresh.barcode)
            return;
        loaded = fresh;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (!matches(fresh))
        return;
    const auto at = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) {
        return fresh.stock.productId < r.stock.productId;
    });
    const int position = int(at - m_rows.cbegin());
    // Past the loaded rows while more are unread: a later page brings it.
    if (position == m_rows.size() && !m_atEnd)
        return;
    beginInsertRows({}, position, position);
    m_rows.insert(position, fresh);
    reindex(); // rows below moved down; a new product is rare enough for a full pass
    endInsertRows();
}

} // namespace ShopDesk
