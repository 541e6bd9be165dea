#pragma once

#include "orderservice.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ShopDesk {

class ReturnDialog;
class ShopServices;

// The details of the order selected in the order list: its status and the terminal it was
// placed on, the customer, the lines (returned units, discounts), the money (gross, discounts,
// total, supply value, VAT and exempt), every payment part (cash with tendered and change, or
// card with its approval), the returns with their refunds, the delivery, and why it was
// cancelled; Return items opens the return dialog. It follows the event bus, so a payment,
// a return or a cancellation shows at once.
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

    // Opens the return dialog for the shown order (Return items); false when nothing can be
    // returned.
    bool returnItems();
    // The dialog of the return under way, if any (for tests).
    ReturnDialog *returnDialog() const;

signals:
    // The shown order was read again (or another one is shown).
    void detailsChanged();
    // The return dialog recorded return returnNo of the order, refunding refund.
    void returned(const QString &orderId, int returnNo, Money refund);

private:
    void reload();
    void clearFields(const QString &title);
    // The lines table as high as its lines.
    void fitLinesHeight();

    ShopServices &m_shop;
    QString m_orderId;
    std::optional<OrderDetails> m_details;
    QLabel *m_title = nullptr;
    QLabel *m_customer = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_money = nullptr;
    QLabel *m_payment = nullptr;
    QLabel *m_returns = nullptr;
    QPushButton *m_returnButton = nullptr;
    QLabel *m_returnMessage = nullptr;
    QPointer<ReturnDialog> m_returnDialog;
    QLabel *m_delivery = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace ShopDesk
