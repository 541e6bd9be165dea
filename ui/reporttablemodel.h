#pragma once

#include "reporttables.h"

#include <QAbstractTableModel>

namespace ShopDesk {

// One table of the Reports tab (보고서): a ReportTable (a cut of the sales report, or the stock
// that needs a manager) with translated column titles, amounts in the shop's currency, counts
// grouped, payment methods and stock levels in words, and a shift's negative difference in
// red. The table's stable column keys and raw cells stay as they are for the CSV export.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // the cell as the table holds it: qint64 or a code
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    const ReportTable &table() const { return m_table; }
    void setTable(const ReportTable &table);
    // The column titles in the window's language, one per column.
    QStringList headers() const;
    // The title of a column by its key ("netSales": Net sales); the key for one it does not know.
    static QString columnTitle(const QString &key);
    // Whether the column holds figures (right-aligned).
    bool isFigure(int column) const;
    // The text a cell shows.
    QString text(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};

} // namespace ShopDesk
