#include "orderviewtablemodel.h"

#include "errortext.h"
#include "eventbus.h"
#include "orderservice.h"

#include <algorithm>

namespace ShopDesk {

OrderViewTableModel::OrderViewTableModel(OrderService &orders, EventBus &bus, QObject *parent)
    : QAbstractTableModel(parent)
    , m_orders(orders)
{
    connect(&bus, &EventBus::orderChanged, this, &OrderViewTableModel::refresh);
    connect(&bus, &EventBus::reset, this, &OrderViewTableModel::reload);
    // readPage() is virtual: the subclass's constructor reads the first page (reload()).
}

int OrderViewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool OrderViewTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void OrderViewTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        appendPage();
}

void OrderViewTableModel::setStatusFilter(const QString &status)
{
    if (status == m_query.status)
        return;
    m_query.status = status;
    reload();
}

void OrderViewTableModel::setSearch(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_query.search)
        return;
    m_query.search = search;
    reload();
}

void OrderViewTableModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void OrderViewTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    loadFirstPage();
    endResetModel();
}

void OrderViewTableModel::loadFirstPage()
{
    ListQuery query = m_query;
    query.limit = m_pageSize;
    query.offset = 0;
    auto page = readPage(query);
    if (!page) {
        m_atEnd = true;
        emit loadFailed(ErrorText::text(page.error(), ErrorText::Context::Reading));
        return;
    }
    m_rows = std::move(page.value());
    m_atEnd = m_rows.size() < m_pageSize;
}

bool OrderViewTableModel::appendPage()
{
    ListQuery query = m_query;
    query.limit = m_pageSize;
    query.offset = int(m_rows.size());
    auto page = readPage(query);
    if (!page) {
        m_atEnd = true; // no retry loop from a view that keeps asking
        emit loadFailed(ErrorText::text(page.error(), ErrorText::Context::Reading));
        return false;
    }
    QList<OrderView> rows = std::move(page.value());
    m_atEnd = rows.size() < m_pageSize;
    // A row already here (an event raced the read) is not shown twice.
    rows.removeIf([this](const OrderView &v) { return rowOf(v.orderId) >= 0; });
    if (rows.isEmpty())
        return true;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
    return true;
}

int OrderViewTableModel::rowOf(const QString &orderId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).orderId == orderId)
            return int(row);
    }
    return -1;
}

bool OrderViewTableModel::matches(const OrderView &view) const
{
    if (!listed(view, m_query.status))
        return false;
    const QString &search = m_query.search;
    // As the store searches: order id prefix or a part of the name, ASCII case ignored.
    return search.isEmpty() || view.orderId.startsWith(search, Qt::CaseInsensitive) ||
           view.customerName.contains(search, Qt::CaseInsensitive);
}

void OrderViewTableModel::refresh(const QString &orderId)
{
    auto read = m_orders.orderView(orderId);
    const int row = rowOf(orderId);
    if (!read) {
        if (read.error().code == ErrorCode::NotFound && row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        } else if (read.error().code != ErrorCode::NotFound) {
            emit loadFailed(ErrorText::text(read.error(), ErrorText::Context::Reading));
        }
        return;
    }
    const OrderView &view = read.value();
    const bool wanted = matches(view);
    if (row >= 0) {
        if (!wanted) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        } else if (m_rows.at(row) != view) {
            m_rows[row] = view;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
        return;
    }
    if (!wanted)
        return;
    const auto at = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [&](const OrderView &loaded) { return before(view, loaded); });
    const int position = int(at - m_rows.cbegin());
    // Past the loaded rows while more are unread: a later page brings it.
    if (position == m_rows.size() && !m_atEnd)
        return;
    beginInsertRows({}, position, position);
    m_rows.insert(position, view);
    endInsertRows();
}

} // namespace ShopDesk
