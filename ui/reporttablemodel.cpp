#include "reporttablemodel.h"

#include "displaytext.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QLocale>

namespace ShopDesk {

namespace {

bool isMoneyKey(const QString &key)
{
    static const QStringList keys{
        QStringLiteral("gross"),    QStringLiteral("discounts"),    QStringLiteral("vat"),
        QStringLiteral("returned"), QStringLiteral("cancelled"),    QStringLiteral("netSales"),
        QStringLiteral("refunds"),  QStringLiteral("net"),          QStringLiteral("paid"),
        QStringLiteral("refunded"), QStringLiteral("openingFloat"), QStringLiteral("expected"),
        QStringLiteral("counted"),  QStringLiteral("difference")};
    return keys.contains(key);
}

bool isCountKey(const QString &key)
{
    static const QStringList keys{QStringLiteral("orders"),    QStringLiteral("qty"),
                                  QStringLiteral("onHand"),    QStringLiteral("reserved"),
                                  QStringLiteral("available"), QStringLiteral("threshold")};
    return keys.contains(key);
}

} // namespace

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setTable(const ReportTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

QStringList ReportTableModel::headers() const
{
    QStringList titles;
    for (const QString &key : m_table.columns)
        titles << columnTitle(key);
    return titles;
}

QString ReportTableModel::columnTitle(const QString &key)
{
    if (key == QLatin1StringView("day"))
        return tr("Day");
    if (key == QLatin1StringView("hour"))
        return tr("Hour");
    if (key == QLatin1StringView("orders"))
        return tr("Orders");
    if (key == QLatin1StringView("gross"))
        return tr("Gross");
    if (key == QLatin1StringView("discounts"))
        return tr("Discounts");
    if (key == QLatin1StringView("vat"))
        return tr("VAT");
    if (key == QLatin1StringView("returned"))
        return tr("Returned");
    if (key == QLatin1StringView("cancelled"))
        return tr("Cancelled");
    if (key == QLatin1StringView("netSales"))
        return tr("Net sales");
    if (key == QLatin1StringView("refunds"))
        return tr("Refunds");
    if (key == QLatin1StringView("productId"))
        return tr("Product");
    if (key == QLatin1StringView("productName"))
        return tr("Name");
    if (key == QLatin1StringView("qty"))
        return tr("Quantity");
    if (key == QLatin1StringView("net"))
        return tr("Net");
    if (key == QLatin1StringView("method"))
        return tr("Method");
    if (key == QLatin1StringView("paid"))
        return tr("Paid");
    if (key == QLatin1StringView("refunded"))
        return tr("Refunded");
    if (key == QLatin1StringView("shiftId"))
        return tr("Shift");
    if (key == QLatin1StringView("terminal"))
        return tr("Terminal");
    if (key == QLatin1StringView("openedBy"))
        return tr("Opened by");
    if (key == QLatin1StringView("openedAt"))
        return tr("Opened");
    if (key == QLatin1StringView("closedAt"))
        return tr("Closed");
    if (key == QLatin1StringView("openingFloat"))
        return tr("Float");
    if (key == QLatin1StringView("expected"))
        return tr("Expected");
    if (key == QLatin1StringView("counted"))
        return tr("Counted");
    if (key == QLatin1StringView("difference"))
        return tr("Difference");
    if (key == QLatin1StringView("onHand"))
        return tr("On hand");
    if (key == QLatin1StringView("reserved"))
        return tr("Reserved");
    if (key == QLatin1StringView("available"))
        return tr("Available");
    if (key == QLatin1StringView("threshold"))
        return tr("Low at");
    if (key == QLatin1StringView("level"))
        return tr("Stock");
    return key;
}

bool ReportTableModel::isFigure(int column) const
{
    if (column < 0 || column >= m_table.columns.size())
        return false;
    const QString &key = m_table.columns[column];
    return isMoneyKey(key) || isCountKey(key);
}

QString ReportTableModel::text(int row, int column) const
{
    if (row < 0 || row >= m_table.rows.size() || column < 0 || column >= m_table.columns.size())
        return {};
    const QVariant &cell = m_table.rows[row].value(column);
    const QString &key = m_table.columns[column];
    // An open shift has no count yet: its cells are empty text, not zero.
    if (cell.typeId() == QMetaType::QString) {
        const QString code = cell.toString();
        if (key == QLatin1StringView("method"))
            return DisplayText::paymentMethod(code);
        if (key == QLatin1StringView("level")) {
            if (code == QLatin1StringView("low"))
                return tr("Low stock");
            if (code == QLatin1StringView("outOfStock"))
                return tr("Out of stock");
            if (code == QLatin1StringView("oversold"))
                return tr("Oversold");
            return code;
        }
        if (key == QLatin1StringView("day")) {
            const QDate day = QDate::fromString(code, Qt::ISODate);
            return day.isValid()
                       ? QStringLiteral("%1 %2").arg(
                             code, QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat))
                       : code;
        }
        if (key == QLatin1StringView("hour"))
            return code + QStringLiteral(":00");
        return code;
    }
    if (isMoneyKey(key))
        return DisplayText::money(cell.toLongLong());
    return DisplayText::count(cell.toLongLong());
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_table.rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(index.row(), column);
    case ValueRole:
        return row.value(column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isFigure(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::ForegroundRole: {
        const QString &key = m_table.columns.at(column);
        const QVariant &cell = row.value(column);
        // A drawer short of what it should hold, and stock sold beyond what is on hand.
        if (key == QLatin1StringView("difference") && cell.typeId() != QMetaType::QString &&
            cell.toLongLong() < 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (key == QLatin1StringView("level") && cell.toString() == QLatin1StringView("oversold"))
            return QBrush(QColor(0x9c, 0x00, 0x06));
        break;
    }
    }
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(m_table.columns[section]);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((isFigure(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    return {};
}

} // namespace ShopDesk
