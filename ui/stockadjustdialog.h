#pragma once

#include "shopstore.h"
#include "stockitem.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ShopDesk {

class EventBus;
class InventoryService;

// Adjusts the stock of one product (manager only): receive, write off a loss, or record a
// stock-take count, each with a reason. Before confirming it shows what on hand becomes,
// following the product's stock while it is open. Bad input is named under the fields and
// nothing is saved; the dialog closes only after a save.
class StockAdjustDialog : public QDialog
{
    Q_OBJECT
public:
    using Kind = StockItem::AdjustKind;

    StockAdjustDialog(InventoryService &inventory, EventBus &bus, const QString &productId,
                      Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    QString message() const;
    // "On hand 10 → 15" (and, while orders hold stock, a second line with what becomes
    // available), or empty while the quantity is not a valid number.
    QString preview() const;
    // The product's stock after the save, once accepted().
    const StockRow &result() const { return m_stock; }

public slots:
    void save();

signals:
    void saved(const QString &productId);

private:
    void readStock();
    void updatePreview();
    // The change of on hand the fields describe, or an explanation of what is wrong.
    std::variant<qint64, QString> delta() const;
    void showProblem(const QString &text, QLineEdit *field);

    InventoryService &m_inventory;
    QString m_productId;
    Kind m_kind;
    StockRow m_stock;
    QLabel *m_product = nullptr;
    QButtonGroup *m_kinds = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QLineEdit *m_quantity = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ShopDesk
