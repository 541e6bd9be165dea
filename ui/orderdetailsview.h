#pragma once

#include "orderservice.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace ShopDesk {

class ShopServices;

// The details of the order selected in the order list: its status and the terminal it was
// placed on, the customer, the lines, the payment (method, amount, tendered and change, or
// the card's approval), the delivery, and why it was cancelled. It follows the event bus, so
// a payment or cancellation shows at once.
class OrderDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit OrderDetailsView(ShopServices &shop, QWidget *parent = nullptr);

    // Shows the order (empty: none); reads it through OrderService.
    void showOrder(const QString &orderId);
    QString orderId() const { return m_orderId; }
    // The order as last read, when one is shown.
    const std::optional<OrderDetails> &details() const { return m_details; }

signals:
    // The shown order was read again (or another one is shown).
    void detailsChanged();

private:
    void reload();
    void clearFields(const QString &title);

    ShopServices &m_shop;
    QString m_orderId;
    std::optional<OrderDetails> m_details;
    QLabel *m_title = nullptr;
    QLabel *m_customer = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_payment = nullptr;
    QLabel *m_delivery = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace ShopDesk
