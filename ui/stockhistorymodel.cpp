#include "stockhistorymodel.h"

#include "displaytext.h"
#include "errortext.h"
#include "eventbus.h"
#include "inventoryservice.h"
#include "inventorytext.h"

#include <algorithm>

namespace ShopDesk {

StockHistoryModel::StockHistoryModel(InventoryService &inventory, EventBus &bus, QObject *parent)
    : QAbstractTableModel(parent)
    , m_inventory(inventory)
{
    connect(&bus, &EventBus::stockChanged, this, &StockHistoryModel::refresh);
    connect(&bus, &EventBus::reset, this, &StockHistoryModel::reload);
}

int StockHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_moves.size());
}

int StockHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockMove &move = m_moves.at(index.row());
    const int column = index.column();
    switch (role) {
    case SeqRole:
        return QVariant::fromValue<qint64>(move.seq);
    case KindRole:
        return StockMove::kindName(move.kind);
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return DisplayText::dateTime(move.occurredAt);
        case KindColumn:
            if (move.counted)
                return tr("%1 (%2 counted)")
                    .arg(InventoryText::moveKind(move.kind), DisplayText::count(*move.counted));
            return InventoryText::moveKind(move.kind);
        case OnHandColumn:
            return InventoryText::delta(move.onHandDelta);
        case ReservedColumn:
            return InventoryText::delta(move.reservedDelta);
        case ReasonColumn:
            return move.reason;
        case UserColumn:
            return move.actor;
        case OrderColumn:
            return move.orderId;
        }
        break;
    case ValueRole:
        switch (column) {
        case TimeColumn:
            return move.occurredAt;
        case OnHandColumn:
            return QVariant::fromValue<qint64>(move.onHandDelta);
        case ReservedColumn:
            return QVariant::fromValue<qint64>(move.reservedDelta);
        }
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column == OnHandColumn || column == ReservedColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case Qt::ToolTipRole:
        if (column == TimeColumn)
            return QLocale().toString(move.occurredAt.toLocalTime(), QLocale::LongFormat);
        if (column == ReasonColumn && !move.reason.isEmpty())
            return move.reason;
        break;
    }
    return {};
}

QVariant StockHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == OnHandColumn || section == ReservedColumn))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case OnHandColumn:
        return tr("On hand");
    case ReservedColumn:
        return tr("Reserved");
    case ReasonColumn:
        return tr("Reason");
    case UserColumn:
        return tr("User");
    case OrderColumn:
        return tr("Order");
    }
    return {};
}

bool StockHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

Result<QList<StockMove>> StockHistoryModel::readPage()
{
    EventQuery page;
    page.limit = m_pageSize;
    if (!m_moves.isEmpty())
        page.beforeSeq = m_moves.constLast().seq;
    auto moves = m_inventory.stockHistory(m_productId, page);
    // After a failure, no retry loop from a view that keeps asking.
    m_atEnd = !moves || moves->size() < m_pageSize;
    return moves;
}

void StockHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto moves = readPage();
    if (!moves) {
        emit loadFailed(ErrorText::text(moves.error(), ErrorText::Context::Reading));
        return;
    }
    if (moves->isEmpty())
        return;
    const int first = int(m_moves.size());
    beginInsertRows({}, first, first + int(moves->size()) - 1);
    m_moves.append(moves.value());
    endInsertRows();
}

void StockHistoryModel::setProductId(const QString &productId)
{
    if (productId == m_productId)
        return;
    m_productId = productId;
    reload();
}

void StockHistoryModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void StockHistoryModel::reload()
{
    beginResetModel();
    m_moves.clear();
    m_atEnd = true;
    Result<QList<StockMove>> first = QList<StockMove>();
    if (!m_productId.isEmpty()) {
        first = readPage();
        if (first)
            m_moves = first.value();
    }
    endResetModel();
    if (!first)
        emit loadFailed(ErrorText::text(first.error(), ErrorText::Context::Reading));
}

void StockHistoryModel::refresh(const QString &productId)
{
    if (productId != m_productId || productId.isEmpty())
        return;
    EventQuery newer;
    if (!m_moves.isEmpty())
        newer.afterSeq = m_moves.constFirst().seq;
    else if (!m_atEnd)
        return; // the first page is still to be read and will hold it
    auto moves = m_inventory.stockHistory(m_productId, newer);
    if (!moves) {
        emit loadFailed(ErrorText::text(moves.error(), ErrorText::Context::Reading));
        return;
    }
    if (moves->isEmpty())
        return;
    beginInsertRows({}, 0, int(moves->size()) - 1);
    m_moves = moves.value() + m_moves;
    endInsertRows();
}

} // namespace ShopDesk
