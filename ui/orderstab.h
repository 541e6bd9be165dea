#pragma once

#include "events.h"
#include "payment.h"
#include "sliplayout.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
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
class PrintTargets;
class ReceiptPrinter;
class ShopServices;

// The Orders tab (주문): the new-order panel on top; below, the order list from the read
// model (status filter, search by order id or customer, a Terminal column for orders synced
// from other terminals) beside the details of the selected order with Pay and Cancel.
// Below the details, the customer's receipt (영수증): the sale's, or the refund receipt of one
// of its returns, printed (Ctrl+P) or written as a PDF (Ctrl+E) without blocking the window;
// with Settings' automatic receipts, the receipt prints on the default printer when the window
// takes the payment that settles an order, and the refund receipt when it records a return.
// Keys: F2 product field, F3 search, F4 order list, Ctrl+Return place the order, F9 pay and
// Ctrl+Shift+X cancel the selected order. The services must outlive the tab.
class OrdersTab : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersTab(ShopServices &shop, QWidget *parent = nullptr);
    ~OrdersTab() override;

    // Where receipts print (tests put a PDF file in the printer's place).
    void setPrintTargets(std::unique_ptr<PrintTargets> targets);
    ReceiptPrinter *receiptPrinter() const { return m_receiptPrinter; }
    // What the last receipt print did, or why it failed.
    QString receiptMessage() const;

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
    // The receipt chosen for the selected order (0 the sale's, N the refund of return N) to
    // the printer chosen in the print dialog (Ctrl+P), or to a PDF file (Ctrl+E).
    bool printReceipt();
    bool exportReceipt();
    // Opens the cash drawer on demand through the receipt printer (File > Open cash drawer):
    // a manager may give no reason, a clerk must.
    bool openDrawer(const QString &reason);
    // Thermal jobs that failed queued again (Print again); how many.
    int retryReceipts();

signals:
    // A cash part was refused because the shop takes cash only during a shift and none is
    // open on this terminal: the window offers to open one.
    void shiftNeeded();

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
    void updateReceiptChoice();
    void showReceiptMessage(const QString &text, bool problem);
    // Says what became of a receipt or drawer job: printing when it was queued, else refused
    // with its last %N filled with the reason. Returns whether it was queued.
    bool sayQueued(const Status &queued, const QString &refused, const QString &printing);
    // The receipt to the default printer, when Settings asks for automatic receipts.
    // cash: a part was taken or refunded in cash, so the drawer opens (thermal printer only).
    void autoPrintReceipt(const QString &orderId, int returnNo, bool cash = false);
    void printThermal(const QString &orderId, int returnNo, bool openDrawer);
    void openDrawerFor(const QString &orderId, DrawerCause cause);
    void updateRetry();
    void printReceiptTo(const QString &orderId, int returnNo, std::shared_ptr<QPrinter> printer);
    SlipPage receiptPage() const;

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
    QComboBox *m_receiptChoice = nullptr;
    QPushButton *m_printReceipt = nullptr;
    QPushButton *m_exportReceipt = nullptr;
    QLabel *m_receiptMessage = nullptr;
    QPushButton *m_retryReceipts = nullptr;
    ReceiptPrinter *m_receiptPrinter = nullptr;
    std::unique_ptr<PrintTargets> m_targets;
    QSplitter *m_splitter = nullptr;
    // The order the action message speaks of; the message goes when another is selected.
    QString m_actionOrderId;
    QPointer<PayDialog> m_payDialog;
    QPointer<CancelDialog> m_cancelDialog;
};

} // namespace ShopDesk
