#pragma once

#include "payment.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace ShopDesk {

class CancelDialog;
class NewOrderPanel;
class Order;
class OrderDetailsView;
class OrderTableModel;
class PayDialog;
class ShopServices;

// The Orders tab (주문): the new-order panel on top; below, the order list from the read
// model (status filter, search by order id or customer, a Terminal column for orders synced
// from other terminals) beside the details of the selected order with Pay and Cancel.
// Keys: F2 product field, F3 search, F4 order list, Ctrl+Return place the order, F9 pay and
// Ctrl+Shift+X cancel the selected order. The services must outlive the tab.
class OrdersTab : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersTab(ShopServices &shop, QWidget *parent = nullptr);

    NewOrderPanel *newOrderPanel() const { return m_panel; }
    OrderDetailsView *detailsView() const { return m_details; }
    OrderTableModel *ordersModel() const { return m_orders; }
    // The dialog of the payment or cancellation under way, if any (for tests and scripts).
    PayDialog *payDialog() const;
    CancelDialog *cancelDialog() const;
    // What the last payment or cancellation did, or why it was refused.
    QString actionMessage() const;

    // Selects the order in the list (loading pages until it is there); false if not listed.
    bool selectOrder(const QString &orderId);
    QString selectedOrderId() const;
    // Opens the payment dialog for the selected order (F9); false when it cannot be paid.
    bool paySelected();
    // Opens the cancellation dialog for the selected order (Ctrl+Shift+X).
    bool cancelSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void updateActions();
    void updateEmptyText();
    // Whether this terminal placed the order: only then may it pay, cancel or complete it.
    bool isOwnedHere(const Order &order) const;
    void showActionMessage(const QString &text, bool problem);
    void pay(const QString &orderId, const PaymentRequest &request);
    void cancel(const QString &orderId);

    ShopServices &m_shop;
    NewOrderPanel *m_panel = nullptr;
    OrderTableModel *m_orders = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    OrderDetailsView *m_details = nullptr;
    QPushButton *m_payButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_actionMessage = nullptr;
    QLabel *m_emptyText = nullptr;
    QSplitter *m_splitter = nullptr;
    // The order the action message speaks of; the message goes when another is selected.
    QString m_actionOrderId;
    QPointer<PayDialog> m_payDialog;
    QPointer<CancelDialog> m_cancelDialog;
};

} // namespace ShopDesk
