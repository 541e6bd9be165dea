#pragma once

#include "sliplayout.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPrinter;
class QPushButton;
class QTableView;

namespace ShopDesk {

class DeliveryTableModel;
class PrintTargets;
class ShopServices;
class SlipPrinter;
struct DomainEvent;

// The Deliveries tab (배송): deliveries with order id, customer, address, status and start
// time, filtered by status and searchable; Complete delivery; the delivery slip printed
// (system print dialog), previewed, exported as PDF, and every unprinted slip printed at
// once, on the page size this terminal remembers. A scanned slip (its QR code holds the
// order id, typed into the search field with Enter) selects its delivery and puts the focus
// on Complete, at once and for good (a reload of the list keeps the selected delivery). An
// empty list says why it is empty. With auto-print on (TerminalSettings), each delivery this
// terminal starts has its slip printed on the default printer. Printing runs on SlipPrinter's
// thread, so the window never waits for a printer. The services must outlive the tab.
class DeliveriesTab : public QWidget
{
    Q_OBJECT
public:
    // At most this many slips per Print all unprinted, the oldest first.
    static constexpr int MaxBatch = 100;

    explicit DeliveriesTab(ShopServices &shop, QWidget *parent = nullptr);
    ~DeliveriesTab() override;

    // Replaces the machine's printers (tests put a PDF file there).
    void setPrintTargets(std::unique_ptr<PrintTargets> targets);
    SlipPrinter *slipPrinter() const { return m_printer; }
    DeliveryTableModel *model() const { return m_deliveries; }

    // The order id of the selected row; empty when none is selected.
    QString selectedOrderId() const;
    // Selects the delivery of the order, filtering the list to it if it is not loaded.
    bool selectOrder(const QString &orderId);

    // The actions behind the buttons.
    void completeSelected();
    void printSelected();
    void previewSelected();
    void exportSelected();
    void printAllUnprinted();

    SlipPage slipPage() const;
    SlipLanguage slipLanguage() const;

signals:
    // A message for the clerk was shown (also in the message line); for tests and the status bar.
    void messageShown(const QString &text, bool error);

private:
    void scan();
    void complete(const QString &orderId);
    void printTo(const QStringList &orderIds, std::shared_ptr<QPrinter> printer);
    void onEvent(const DomainEvent &event);
    void autoPrint(const QString &orderId);
    void updateActions();
    void updateEmptyText();
    void showMessage(const QString &text);
    void showError(const QString &text);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ShopServices &m_shop;
    std::unique_ptr<PrintTargets> m_targets;
    SlipPrinter *m_printer = nullptr;
    DeliveryTableModel *m_deliveries = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_complete = nullptr;
    QString m_completeToolTip; // while the selected delivery is this terminal's
    QComboBox *m_page = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_printAll = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_emptyText = nullptr;
    QString m_keptOrderId; // the selection across a reload of the list
    QPointer<QMessageBox> m_errorBox;
};

} // namespace ShopDesk
