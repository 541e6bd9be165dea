#pragma once

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ShopDesk {

class OrderLinesModel;
class ProductCompletionModel;
class ShopServices;

// The new-order panel of the Orders tab: the customer, the product field (an id, a part of a
// name with completion, or a barcode from a scanner: the code and Enter add the line at once),
// the quantity, the lines with their totals, the order total in large print, and Place order
// (Ctrl+Return). The product field has the focus again after each line and each placed
// order. A refusal marks the short lines and keeps the order for correction.
class NewOrderPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NewOrderPanel(ShopServices &shop, QWidget *parent = nullptr);

    OrderLinesModel *lines() const { return m_lines; }
    QLineEdit *productField() const { return m_product; }
    // The message under the lines: what was placed, or what to correct.
    QString message() const;

    // Puts the focus into the product field (F2).
    void focusProductField();
    // Adds the product the field names (barcode, id, or the only completion) with the
    // quantity; false, with a message, when it names none.
    bool addProductFromField();
    // Removes the selected line (Delete in the lines table).
    void removeSelectedLine();
    // Places the entered order; on success clears it and emits orderPlaced.
    bool placeOrder();

signals:
    void orderPlaced(const QString &orderId);

private:
    void addProduct(const QString &productId);
    void showMessage(const QString &text, bool problem);
    void updateTotal();

    ShopServices &m_shop;
    OrderLinesModel *m_lines = nullptr;
    ProductCompletionModel *m_completions = nullptr;
    QCompleter *m_completer = nullptr;
    QLineEdit *m_customer = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_product = nullptr;
    QSpinBox *m_qty = nullptr;
    QPushButton *m_add = nullptr;
    QTableView *m_linesView = nullptr;
    QLabel *m_total = nullptr;
    QPushButton *m_place = nullptr;
    QLabel *m_message = nullptr;
    // A completion the popup chose, added once whether Enter also reaches the field or not.
    QString m_pendingCompletion;
};

} // namespace ShopDesk
