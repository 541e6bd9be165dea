#pragma once

#include "orderservice.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace ShopDesk {

class ShopServices;

// Return some units of an order's lines (반품): the lines with what remains of each and a
// quantity to return, a write-off (only for a delivered order: damaged goods are not put back
// on the shelf), a reason, and the refund the return would make, read live through
// OrderService::refundFor before the clerk confirms, with the payment parts it goes back to.
// When card and cash parts both hold money, the clerk chooses which is refunded first: card
// (the default, Alt+C) or cash (Alt+H). Confirm returns through
// OrderService::returnLines; the dialog closes with the order as it then is (result()).
class ReturnDialog : public QDialog
{
    Q_OBJECT
public:
    ReturnDialog(ShopServices &shop, const OrderDetails &details, QWidget *parent = nullptr);

    QString orderId() const { return m_details.order.orderId(); }
    // The lines and quantities chosen (quantity above zero only).
    QList<OrderRequestLine> chosenLines() const;
    // The spin box of the line's quantity to return (row of the order's lines).
    QSpinBox *quantityBox(int row) const;
    // The order after the return, once confirmed.
    const std::optional<OrderDetails> &result() const { return m_result; }
    // What the return did, in a sentence, once confirmed.
    QString resultText() const;
    // Which payments the refund is taken from first, as chosen.
    RefundOrder refundOrder() const;
    // Whether the clerk may choose it: card and cash parts both hold money.
    bool offersRefundOrder() const;

    void accept() override;

private:
    void updateRefund();

    ShopServices &m_shop;
    OrderDetails m_details;
    std::optional<OrderDetails> m_result;
    QTableWidget *m_lines = nullptr;
    QList<QSpinBox *> m_quantities;
    QCheckBox *m_writeOff = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_refund = nullptr;
    QWidget *m_refundOrderBox = nullptr;
    QRadioButton *m_cardFirst = nullptr;
    QRadioButton *m_cashFirst = nullptr;
    QLabel *m_refundParts = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace ShopDesk
