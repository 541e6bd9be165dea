#pragma once

#include "product.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ShopDesk {

class InventoryService;

// Registers a new product or edits one (manager only): id, name, price, barcode and an
// optional low-stock threshold (empty: the shop's default). Bad input is named in a message
// under the fields, the field to fix gets the focus, and nothing is saved until it is right;
// the service's own refusals show the same way. The dialog closes only after a save.
class ProductDialog : public QDialog
{
    Q_OBJECT
public:
    // Registers a new product.
    ProductDialog(InventoryService &inventory, QWidget *parent = nullptr);
    // Edits this product; its id cannot change.
    ProductDialog(InventoryService &inventory, const Product &product, QWidget *parent = nullptr);

    bool isEditing() const { return m_editing; }
    // Names the shop's default threshold in the empty threshold field.
    void setDefaultThreshold(qint64 threshold);
    // The message shown for the last refused save, empty when none.
    QString message() const;
    // The saved product, after accepted().
    const Product &product() const { return m_product; }

public slots:
    // Checks the fields, saves through the service and closes; on bad input it stays open
    // with the message.
    void save();

signals:
    void saved(const QString &productId);

private:
    void build();
    void showProblem(const QString &text, QLineEdit *field);

    InventoryService &m_inventory;
    bool m_editing = false;
    Product m_product;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_price = nullptr;
    QLineEdit *m_barcode = nullptr;
    QLineEdit *m_threshold = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ShopDesk
