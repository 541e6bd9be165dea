#pragma once

#include "money.h"

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QStringListModel;
class QTableView;

namespace ShopDesk {

class OrderLinesModel;
class ProductCompletionModel;
class ShopServices;

// The new-order panel of the Orders tab: the customer, the product field (an id, a part of a
// name with completion, or a barcode from a scanner: the code and Enter add the line at once),
// the quantity, the lines with their totals and each line's own discount (F6, or typed in its
// cell), a discount on the whole order (an amount or a percentage; the reason goes with every
// discount of the order), the gross, discount and VAT, the order total in large print, and
// Place order (Ctrl+Return). Discounts above the clerk's limit ask for a manager's PIN. The
// product field has the focus again after each line and each placed order. A refusal marks the
// short lines and keeps the order for correction.
//
// The customer book (issue 16): typing digits of a phone lists the customers whose numbers hold
// them (from four digits), the exact number first; the whole number of one customer fills the
// name and the last delivery address (unless the clerk typed others), choosing a listed one
// does the same, and a customer with several addresses offers them in the address field,
// newest first. A line under the fields names the customer found and their orders. A new
// customer is saved with the first order (OrderService).
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
    // Opens the discount of the selected line, or of the last line when none is selected, for
    // typing (F6); Enter takes it. False, with a message, when there are no lines.
    bool editLineDiscount();
    // Places the entered order; on success clears it and emits orderPlaced.
    bool placeOrder();
    // Shows the change to hand back in the large print where the total was, until the next
    // order starts (a line added or a customer typed).
    void showChange(Money change);
    // The large figure: the order's total, or the change after a cash payment.
    QString bigFigure() const;
    // The figures under it: gross, discount, total and VAT of the lines as entered.
    QString moneySummary() const;

    // "감귤*5" or "P001 * 5": the product's text and the quantity typed after it; qty 0 when the
    // text names no quantity, -1 when the quantity is not a whole number from 1 to
    // Limits::MaxQty.
    struct ProductEntry
    {
        QString product;
        qint64 qty = 0;
    };
    static ProductEntry parseProductEntry(const QString &text);

    // The customers the phone field lists now (name and number as shown), and the addresses
    // the address field offers; the line naming the customer found, empty when none.
    QStringList customerMatches() const;
    QStringList addressChoices() const;
    QString customerFound() const;
    // Fills the fields from the book's customer (as choosing it from the list does).
    void useCustomer(const QString &customerId);

signals:
    void orderPlaced(const QString &orderId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addProduct(const QString &productId, qint64 qty);
    void lookUpPhone(const QString &text);
    void forgetCustomer();
    void clearFilled();
    void showMessage(const QString &text, bool problem);
    void clearProblem();
    void updateTotal();
    // The order's discount as typed: none when the field is empty.
    Result<Discount> typedDiscount() const;
    // The completion the popup has highlighted, or its only one; empty when none.
    QString chosenCompletion() const;

    ShopServices &m_shop;
    OrderLinesModel *m_lines = nullptr;
    ProductCompletionModel *m_completions = nullptr;
    QCompleter *m_completer = nullptr;
    QLineEdit *m_customer = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_address = nullptr;
    QStandardItemModel *m_customerMatches = nullptr;
    QCompleter *m_customerCompleter = nullptr;
    QStringListModel *m_addresses = nullptr;
    QCompleter *m_addressCompleter = nullptr;
    QLabel *m_customerFound = nullptr;
    QString m_filledName;    // what the book put in the name field, until the clerk changes it
    QString m_filledAddress; // the same for the address
    QLineEdit *m_product = nullptr;
    QSpinBox *m_qty = nullptr;
    QPushButton *m_add = nullptr;
    QTableView *m_linesView = nullptr;
    QLineEdit *m_discount = nullptr;
    QLineEdit *m_discountReason = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_totalCaption = nullptr;
    QLabel *m_total = nullptr;
    QPushButton *m_place = nullptr;
    QLabel *m_message = nullptr;
    // A completion the popup chose, added once whether Enter also reaches the field or not.
    QString m_pendingCompletion;
};

} // namespace ShopDesk
