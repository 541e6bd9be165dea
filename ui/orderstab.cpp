#include "orderstab.h"

#include "canceldialog.h"
#include "displaytext.h"
#include "errortext.h"
#include "listwidgets.h"
#include "neworderpanel.h"
#include "orderdetailsview.h"
#include "ordertablemodel.h"
#include "paydialog.h"
#include "printtargets.h"
#include "receiptprinter.h"
#include "shopservices.h"
#include "terminalsettings.h"

#include <QApplication>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

namespace ShopDesk {

namespace {

const QString splitterKey = QStringLiteral("orders/splitter");
const QString listSplitterKey = QStringLiteral("orders/listSplitter");
const QString columnsKey = QStringLiteral("orders/columns");
const QString lineColumnsKey = QStringLiteral("orders/lineColumns");

// Remembers where the clerk leaves a splitter or a table's columns, on this machine; only what
// is dragged with the mouse is saved, not a column stretching as the window resizes.
void remember(QSplitter *splitter, const QString &key)
{
    splitter->restoreState(TerminalSettings().windowState(key));
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, key] {
        TerminalSettings().setWindowState(key, splitter->saveState());
    });
}

void remember(QTableView *view, const QString &key)
{
    QHeaderView *header = view->horizontalHeader();
    if (const QByteArray state = TerminalSettings().windowState(key); !state.isEmpty())
        header->restoreState(state);
    QObject::connect(header, &QHeaderView::sectionResized, header, [header, key] {
        if (QGuiApplication::mouseButtons() != Qt::NoButton)
            TerminalSettings().setWindowState(key, header->saveState());
    });
}

} // namespace

OrdersTab::OrdersTab(ShopServices &shop, QWidget *parent)
    : QWidget(parent)
    , m_shop(shop)
{
    m_panel = new NewOrderPanel(shop, this);
    m_orders = new OrderTableModel(shop.orders, shop.bus, this);

    QStringList codes;
    for (OrderStatus status : {OrderStatus::Placed, OrderStatus::Paid, OrderStatus::Delivering,
                               OrderStatus::Delivered, OrderStatus::Cancelled})
        codes << toText(status);
    m_statusFilter = ListWidgets::createStatusFilter(QStringLiteral("orderStatusFilter"),
                                                     tr("Order status filter"), codes,
                                                     &DisplayText::orderStatus, this);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_orders->setStatusFilter(m_statusFilter->currentData().toString()); });
    m_search = ListWidgets::createSearch(
        QStringLiteral("orderSearch"), tr("Search orders"),
        [this](const QString &text) { m_orders->setSearch(text); }, this);
    m_search->setPlaceholderText(tr("Order id or customer (F3)"));

    m_view = ListWidgets::createView(QStringLiteral("ordersView"), tr("Orders"), this);
    m_view->setModel(m_orders);
    m_view->setToolTip(tr("F4: here. F9 pays the selected order, Ctrl+Shift+X cancels it"));
    {
        QStringList statuses, payments, deliveries;
        for (const char *code : {"placed", "paid", "delivering", "delivered", "cancelled"})
            statuses << DisplayText::orderStatus(QLatin1StringView(code));
        for (const char *method : {"cash", "card"})
            payments << OrderTableModel::paymentText(QLatin1StringView(method),
                                                     QStringLiteral("refunded"));
        for (const char *code : {"started", "completed", "cancelled"})
            deliveries << DisplayText::deliveryStatus(QLatin1StringView(code));
        ListWidgets::fitColumns(
            m_view, {{QStringLiteral("T1-000000")},
                     statuses,
                     {QStringLiteral("Emma Wilson")}, // longer names are elided
                     {QStringLiteral("010-0000-0000")},
                     {DisplayText::money(9'999'999)},
                     {QStringLiteral("999")},
                     {DisplayText::dateTime(QDateTime(QDate(2026, 12, 30), QTime(23, 59)))},
                     payments,
                     deliveries,
                     {QStringLiteral("T1")}});
    }
    m_emptyText = ListWidgets::createEmptyText(m_view, QStringLiteral("ordersEmptyText"));
    connect(m_orders, &QAbstractItemModel::modelReset, this, &OrdersTab::updateEmptyText);
    updateEmptyText();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersTab::showSelected);
    // A new filter or search resets the list: keep the shown order selected if it is listed.
    connect(m_orders, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_orders->rowOf(m_details->orderId());
        if (row >= 0)
            m_view->selectRow(row);
    });

    m_details = new OrderDetailsView(shop, this);
    connect(m_details, &OrderDetailsView::detailsChanged, this, &OrdersTab::updateActions);

    m_payButton = new QPushButton(QIcon(QStringLiteral(":/icons/pay.svg")), tr("Pa&y (F9)"), this);
    m_payButton->setObjectName(QStringLiteral("payButton"));
    m_payButton->setAccessibleName(tr("Pay the selected order"));
    connect(m_payButton, &QPushButton::clicked, this, &OrdersTab::paySelected);
    m_cancelButton = new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")),
                                     tr("Cancel order (Ctrl+Shift+X)"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelOrderButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the selected order"));
    connect(m_cancelButton, &QPushButton::clicked, this, &OrdersTab::cancelSelected);

    m_targets = std::make_unique<PrintTargets>();
    m_receiptPrinter = new ReceiptPrinter(shop.receipts, shop.drawer, this);
    m_receiptChoice = new QComboBox(this);
    m_receiptChoice->setObjectName(QStringLiteral("receiptChoice"));
    m_receiptChoice->setAccessibleName(tr("Which receipt"));
    // As wide as "Refund 12" (or 환불 12) before it is filled: the row fits the side.
    m_receiptChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_receiptChoice->setMinimumContentsLength(10);
    // Short words beside "Receipt:", so that the row fits the side of the tab; the full
    // words are in the tooltips and for screen readers.
    m_printReceipt = ListWidgets::actionButton(tr("Print…"), QStringLiteral("printReceiptButton"),
                                               QKeySequence(Qt::CTRL | Qt::Key_P), this,
                                               QStringLiteral("print"));
    m_printReceipt->setAccessibleName(tr("Print the receipt"));
    m_printReceipt->setToolTip(tr("Print the chosen receipt (Ctrl+P)"));
    connect(m_printReceipt, &QPushButton::clicked, this, &OrdersTab::printReceipt);
    m_exportReceipt =
        ListWidgets::actionButton(tr("PDF…"), QStringLiteral("exportReceiptButton"),
                                  QKeySequence(Qt::CTRL | Qt::Key_E), this, QStringLiteral("pdf"));
    m_exportReceipt->setAccessibleName(tr("Write the receipt as a PDF file"));
    m_exportReceipt->setToolTip(tr("Write the chosen receipt as a PDF file (Ctrl+E)"));
    connect(m_exportReceipt, &QPushButton::clicked, this, &OrdersTab::exportReceipt);
    m_receiptMessage = ListWidgets::createTextLabel(QStringLiteral("receiptMessage"),
                                                    tr("Result of the last receipt print"), this);
    m_retryReceipts = new QPushButton(this);
    m_retryReceipts->setObjectName(QStringLiteral("retryReceiptsButton"));
    m_retryReceipts->setToolTip(tr("Send the receipts the printer did not take to it again"));
    m_retryReceipts->setAutoDefault(false);
    m_retryReceipts->hide();
    connect(m_retryReceipts, &QPushButton::clicked, this, &OrdersTab::retryReceipts);
    connect(m_receiptPrinter, &PrintQueue::idle, this, &OrdersTab::updateRetry);
    connect(m_receiptPrinter, &PrintQueue::jobFinished, this,
            [this](const QStringList &orderIds, const QString &target, bool replaced) {
                QString text =
                    tr("Printed the receipt of %1 to %2.").arg(orderIds.value(0), target);
                if (replaced)
                    text += QLatin1Char('\n') + tr("It replaced the existing file %1.").arg(target);
                showReceiptMessage(text, false);
            });
    connect(m_receiptPrinter, &PrintQueue::jobFailed, this,
            [this](const QStringList &orderIds, const QString &target, const QString &message) {
                showReceiptMessage(tr("The receipt of %1 was not printed to %2.\n%3")
                                       .arg(orderIds.value(0), target, message),
                                   true);
            });
    connect(m_details, &OrderDetailsView::returned, this,
            [this](const QString &orderId, int returnNo, Money refund) {
                if (refund <= 0)
                    return;
                // The drawer opens when some of the refund is paid out in cash.
                bool cash = false;
                if (const auto &details = m_details->details()) {
                    for (const OrderReturn &done : details->returns) {
                        if (done.returnNo != returnNo)
                            continue;
                        cash = std::any_of(done.refundParts.cbegin(), done.refundParts.cend(),
                                           [](const auto &part) {
                                               return part.method == PaymentMethod::Cash &&
                                                      part.amount > 0;
                                           });
                    }
                }
                autoPrintReceipt(orderId, returnNo, cash);
            });

    m_actionMessage =
        ListWidgets::createTextLabel(QStringLiteral("ordersActionMessage"),
                                     tr("Result of the last payment or cancellation"), this);
    m_actionMessage->setMinimumHeight(m_actionMessage->fontMetrics().lineSpacing() * 2);

    connect(m_panel, &NewOrderPanel::orderPlaced, this, [this](const QString &orderId) {
        selectOrder(orderId);
        m_panel->focusProductField();
    });

    auto key = [this](const QKeySequence &keys, const std::function<void()> &action) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    };
    key(QKeySequence(Qt::Key_F2), [this] { m_panel->focusProductField(); });
    key(QKeySequence(Qt::Key_F3), [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    key(QKeySequence(Qt::Key_F4), [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    key(QKeySequence(Qt::Key_F9), [this] { paySelected(); });
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), [this] { cancelSelected(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { m_panel->placeOrder(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { m_panel->placeOrder(); });

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(ListWidgets::filterBar(m_statusFilter, m_search));
    listLayout->addWidget(m_view, 1);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_payButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    sideLayout->addLayout(buttons);
    sideLayout->addWidget(m_actionMessage);
    auto *receiptRow = new QHBoxLayout;
    auto *receiptLabel = new QLabel(tr("Rece&ipt:"), this);
    receiptLabel->setBuddy(m_receiptChoice);
    receiptRow->addWidget(receiptLabel);
    receiptRow->addWidget(m_receiptChoice);
    receiptRow->addWidget(m_printReceipt);
    receiptRow->addWidget(m_exportReceipt);
    receiptRow->addStretch(1);
    sideLayout->addLayout(receiptRow);
    auto *receiptMessageRow = new QHBoxLayout;
    receiptMessageRow->addWidget(m_receiptMessage, 1);
    receiptMessageRow->addWidget(m_retryReceipts, 0, Qt::AlignTop);
    sideLayout->addLayout(receiptMessageRow);

    auto *below = new QSplitter(Qt::Horizontal, this);
    below->setObjectName(QStringLiteral("ordersListSplitter"));
    below->addWidget(list);
    below->addWidget(side);
    below->setStretchFactor(0, 3);
    below->setStretchFactor(1, 2);
    // At the default size the list shows every column and the details every amount.
    below->setSizes({900, 380});

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("ordersSplitter"));
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(below);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    remember(m_splitter, splitterKey);
    remember(below, listSplitterKey);
    remember(m_view, columnsKey);
    remember(m_panel->findChild<QTableView *>(QStringLiteral("orderLinesView")), lineColumnsKey);

    setTabOrder(m_panel->findChild<QPushButton *>(QStringLiteral("placeOrderButton")),
                m_statusFilter);
    setTabOrder(m_statusFilter, m_search);
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_payButton);
    setTabOrder(m_payButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_receiptChoice);
    setTabOrder(m_receiptChoice, m_printReceipt);
    setTabOrder(m_printReceipt, m_exportReceipt);
    setFocusProxy(m_panel->productField());
    updateActions();
}

OrdersTab::~OrdersTab() = default;

void OrdersTab::setPrintTargets(std::unique_ptr<PrintTargets> targets)
{
    m_targets = std::move(targets);
}

QString OrdersTab::receiptMessage() const
{
    return m_receiptMessage->text();
}

PayDialog *OrdersTab::payDialog() const
{
    return m_payDialog.data();
}

CancelDialog *OrdersTab::cancelDialog() const
{
    return m_cancelDialog.data();
}

void OrdersTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Shown (at start or by Ctrl+1) with the focus elsewhere: ready for the next product.
    if (!isAncestorOf(QApplication::focusWidget()))
        m_panel->focusProductField();
}

QString OrdersTab::actionMessage() const
{
    return m_actionMessage->text();
}

bool OrdersTab::selectOrder(const QString &orderId)
{
    int row = m_orders->rowOf(orderId);
    while (row < 0 && m_orders->canFetchMore({})) {
        m_orders->fetchMore({});
        row = m_orders->rowOf(orderId);
    }
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_orders->index(row, 0));
    showSelected();
    return true;
}

QString OrdersTab::selectedOrderId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(OrderTableModel::OrderIdRole).toString() : QString();
}

void OrdersTab::showSelected()
{
    const QString orderId = selectedOrderId();
    if (orderId != m_details->orderId())
        m_details->showOrder(orderId);
    // What was said about one order is not shown under another.
    if (!m_actionOrderId.isEmpty() && orderId != m_actionOrderId) {
        m_actionOrderId.clear();
        showActionMessage(QString(), false);
    }
}

void OrdersTab::updateActions()
{
    const auto &details = m_details->details();
    const std::optional<OrderStatus> status =
        details ? std::optional<OrderStatus>(details->order.status()) : std::nullopt;
    const bool here = !details || isOwnedHere(details->order);
    m_payButton->setEnabled(here && status == OrderStatus::Placed);
    m_cancelButton->setEnabled(here &&
                               (status == OrderStatus::Placed || status == OrderStatus::Paid ||
                                status == OrderStatus::Delivering));
    const QString elsewhere =
        here ? QString()
             : ErrorText::ownedElsewhere(details->order.orderId(), details->order.origin());
    m_payButton->setToolTip(here ? tr("Pay the selected order by cash or card (F9)") : elsewhere);
    m_cancelButton->setToolTip(here ? tr("Cancel the selected order, with a reason (Ctrl+Shift+X)")
                                    : elsewhere);
    updateReceiptChoice();
}

void OrdersTab::updateReceiptChoice()
{
    const auto &details = m_details->details();
    const QString orderId = details ? details->order.orderId() : QString();
    // The clerk's choice stays while the same order is read again, until a receipt is added.
    const bool same = m_receiptChoice->property("orderId").toString() == orderId;
    const QVariant chosen = same ? m_receiptChoice->currentData() : QVariant();
    const int before = same ? m_receiptChoice->count() : 0;
    m_receiptChoice->clear();
    m_receiptChoice->setProperty("orderId", orderId);
    // A receipt is the proof of a payment: an order without one has none yet.
    if (details && !details->payments.isEmpty()) {
        m_receiptChoice->addItem(tr("Sale"), 0);
        for (const OrderReturn &done : details->returns) {
            if (done.refund > 0) {
                m_receiptChoice->addItem(tr("Refund %1").arg(done.returnNo), done.returnNo);
                m_receiptChoice->setItemData(
                    m_receiptChoice->count() - 1,
                    tr("The refund receipt of return %1: %2 refunded")
                        .arg(QString::number(done.returnNo), DisplayText::money(done.refund)),
                    Qt::ToolTipRole);
            }
        }
        // The newest receipt is the one a customer asks for.
        const int kept = chosen.isValid() && m_receiptChoice->count() == before
                             ? m_receiptChoice->findData(chosen)
                             : -1;
        m_receiptChoice->setCurrentIndex(kept >= 0 ? kept : m_receiptChoice->count() - 1);
    }
    const bool any = m_receiptChoice->count() > 0;
    m_receiptChoice->setEnabled(any);
    m_printReceipt->setEnabled(any);
    m_exportReceipt->setEnabled(any);
    const QString why = details ? tr("Order %1 has no payment yet, so no receipt.").arg(orderId)
                                : tr("Select an order first.");
    m_receiptChoice->setToolTip(any ? tr("The sale's receipt, or the refund receipt of a return")
                                    : why);
}

void OrdersTab::showReceiptMessage(const QString &text, bool problem)
{
    ListWidgets::setLabelText(m_receiptMessage, text);
    m_receiptMessage->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold;")
                                            : QStringLiteral("color: #1b5e20;"));
}

SlipPage OrdersTab::receiptPage() const
{
    return ReceiptLayout::pageFromName(TerminalSettings().receiptPage()).value_or(SlipPage::Roll80);
}

bool OrdersTab::printReceipt()
{
    const auto &details = m_details->details();
    if (!details || m_receiptChoice->count() == 0) {
        showReceiptMessage(
            details
                ? tr("Order %1 has no payment yet, so no receipt.").arg(details->order.orderId())
                : tr("Select an order first (F4, then Up/Down)."),
            true);
        return false;
    }
    const QString orderId = details->order.orderId();
    const int returnNo = m_receiptChoice->currentData().toInt();
    // A receipt printer on the counter prints at once, without a dialog.
    if (!TerminalSettings().thermalPrinter().isEmpty()) {
        printThermal(orderId, returnNo, false);
        return true;
    }
    if (m_targets->printerNames().isEmpty()) {
        showReceiptMessage(tr("No printer is installed on this computer, so the receipt of %1 "
                              "was not printed. Write it as a PDF file instead (Ctrl+E).")
                               .arg(orderId),
                           true);
        return false;
    }
    if (const Status ready = m_shop.receipts.canRecordPrints(); !ready) {
        showReceiptMessage(ErrorText::text(ready.error(), ErrorText::Context::Printing), true);
        return false;
    }
    QPointer<OrdersTab> self(this);
    m_targets->choosePrinter(this, tr("Print the receipt of %1").arg(orderId),
                             [self, orderId, returnNo](std::shared_ptr<QPrinter> printer) {
                                 if (self)
                                     self->printReceiptTo(orderId, returnNo, std::move(printer));
                             });
    return true;
}

bool OrdersTab::exportReceipt()
{
    const auto &details = m_details->details();
    if (!details || m_receiptChoice->count() == 0) {
        showReceiptMessage(tr("Select a paid order first (F4, then Up/Down)."), true);
        return false;
    }
    if (const Status ready = m_shop.receipts.canRecordPrints(); !ready) {
        showReceiptMessage(ErrorText::text(ready.error(), ErrorText::Context::Printing), true);
        return false;
    }
    const QString orderId = details->order.orderId();
    const int returnNo = m_receiptChoice->currentData().toInt();
    const QString name = returnNo > 0
                             ? QStringLiteral("refund-%1-%2.pdf").arg(orderId).arg(returnNo)
                             : QStringLiteral("receipt-%1.pdf").arg(orderId);
    PrintTargets::askPdfPath(
        this, tr("Write the receipt of %1 as PDF").arg(orderId), QStringLiteral("receiptPdfDialog"),
        name, [this, orderId, returnNo](const QString &path) {
            const Status queued = m_receiptPrinter->exportPdf(
                orderId, returnNo, path, receiptPage(), PrintTargets::windowLanguage());
            if (!queued)
                showReceiptMessage(
                    tr("The receipt was not written: %1")
                        .arg(ErrorText::text(queued.error(), ErrorText::Context::Printing)),
                    true);
            else
                showReceiptMessage(tr("Writing the receipt of %1 to %2…").arg(orderId, path),
                                   false);
        });
    return true;
}

void OrdersTab::printReceiptTo(const QString &orderId, int returnNo,
                               std::shared_ptr<QPrinter> printer)
{
    if (const QString why = m_targets->refusal(*printer); !why.isEmpty()) {
        showReceiptMessage(tr("The receipt of %1 was not printed: %2").arg(orderId, why), true);
        return;
    }
    sayQueued(m_receiptPrinter->print(orderId, returnNo, std::move(printer), receiptPage(),
                                      PrintTargets::windowLanguage()),
              tr("The receipt of %1 was not printed: %2").arg(orderId),
              tr("Printing the receipt of %1…").arg(orderId));
}

bool OrdersTab::sayQueued(const Status &queued, const QString &refused, const QString &printing)
{
    if (!queued) {
        showReceiptMessage(
            refused.arg(ErrorText::text(queued.error(), ErrorText::Context::Printing)), true);
        return false;
    }
    if (!printing.isEmpty())
        showReceiptMessage(printing, false);
    return true;
}

void OrdersTab::autoPrintReceipt(const QString &orderId, int returnNo, bool cash)
{
    const TerminalSettings settings;
    const bool thermal = !settings.thermalPrinter().isEmpty();
    const bool drawer = cash && thermal && settings.drawerOnCash();
    if (!settings.autoPrintReceipts()) {
        if (drawer)
            openDrawerFor(orderId, returnNo > 0 ? DrawerCause::Refund : DrawerCause::Sale);
        return;
    }
    if (thermal) {
        printThermal(orderId, returnNo, drawer);
        return;
    }
    std::shared_ptr<QPrinter> printer = m_targets->defaultPrinter();
    if (!printer) {
        showReceiptMessage(tr("Automatic receipts are on, but this computer has no printer: the "
                              "receipt of %1 was not printed. Write it as a PDF file (Ctrl+E).")
                               .arg(orderId),
                           true);
        return;
    }
    printReceiptTo(orderId, returnNo, std::move(printer));
}

namespace {

// The receipt printer of Settings; an address Settings would not have taken is said.
Result<PrinterAddress> thermalAddress()
{
    return PrinterAddress::parse(TerminalSettings().thermalPrinter());
}

EscPosOptions thermalOptions(bool openDrawer)
{
    const TerminalSettings settings;
    const Result<EscPosOptions> options =
        EscPosOptions::fromNames(settings.thermalPaper(), settings.thermalMode(), openDrawer);
    EscPosOptions chosen =
        options ? options.value() : EscPosOptions{EscPosPaper::Mm80, EscPosMode::Auto, openDrawer};
    chosen.cutPaper = settings.thermalCut();
    return chosen;
}

} // namespace

void OrdersTab::printThermal(const QString &orderId, int returnNo, bool openDrawer)
{
    const Result<PrinterAddress> printer = thermalAddress();
    sayQueued(printer ? m_receiptPrinter->printThermal(orderId, returnNo, *printer,
                                                       thermalOptions(openDrawer),
                                                       PrintTargets::windowLanguage())
                      : Status(printer.error()),
              tr("The receipt of %1 was not printed: %2").arg(orderId),
              printer ? tr("Printing the receipt of %1 on %2…").arg(orderId, printer->toString())
                      : QString());
}

void OrdersTab::openDrawerFor(const QString &orderId, DrawerCause cause)
{
    const TerminalSettings settings;
    if (settings.thermalPrinter().isEmpty() || !settings.drawerOnCash())
        return;
    const Result<PrinterAddress> printer = thermalAddress();
    sayQueued(printer ? m_receiptPrinter->openDrawer(*printer, cause, orderId)
                      : Status(printer.error()),
              tr("The cash drawer did not open: %1"), QString());
}

bool OrdersTab::openDrawer(const QString &reason)
{
    if (TerminalSettings().thermalPrinter().isEmpty()) {
        showReceiptMessage(tr("No receipt printer is set up, so there is no cash drawer to open: "
                              "set one in Settings."),
                           true);
        return false;
    }
    const Result<PrinterAddress> printer = thermalAddress();
    return sayQueued(printer
                         ? m_receiptPrinter->openDrawer(*printer, DrawerCause::Manual, {}, reason)
                         : Status(printer.error()),
                     tr("The cash drawer did not open: %1"), tr("Opening the cash drawer…"));
}

int OrdersTab::retryReceipts()
{
    const Result<PrinterAddress> printer = thermalAddress();
    if (!printer) {
        showReceiptMessage(tr("No receipt printer is set up: set one in Settings, then print "
                              "again."),
                           true);
        return 0;
    }
    const int queued = m_receiptPrinter->retryFailed(*printer);
    updateRetry();
    if (queued > 0)
        showReceiptMessage(tr("Printing %n receipt(s) again…", nullptr, queued), false);
    return queued;
}

void OrdersTab::updateRetry()
{
    const int failed = m_receiptPrinter->failedJobs();
    m_retryReceipts->setText(tr("Print again (%1)").arg(failed));
    m_retryReceipts->setVisible(failed > 0);
}

bool OrdersTab::isOwnedHere(const Order &order) const
{
    return order.origin().isEmpty() || order.origin() == m_shop.sync.terminal();
}

void OrdersTab::updateEmptyText()
{
    const QString search = m_orders->search();
    const QString status = m_orders->statusFilter();
    if (!search.isEmpty()) {
        m_emptyText->setText(
            status.isEmpty()
                ? tr("Nothing matches \"%1\" — search by order id or customer.").arg(search)
                : tr("Nothing matches \"%1\" among the orders that are %2.")
                      .arg(search, DisplayText::orderStatus(status)));
    } else if (!status.isEmpty()) {
        m_emptyText->setText(tr("No order is %1; choose All statuses to see the others.")
                                 .arg(DisplayText::orderStatus(status)));
    } else {
        m_emptyText->setText(
            tr("No orders yet — scan or type a product above (F2) to take the first one."));
    }
}

void OrdersTab::showActionMessage(const QString &text, bool problem)
{
    m_actionOrderId = text.isEmpty() ? QString() : selectedOrderId();
    ListWidgets::setLabelText(m_actionMessage, text);
    m_actionMessage->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold;")
                                           : QStringLiteral("color: #1b5e20;"));
}

bool OrdersTab::paySelected()
{
    showSelected();
    const auto &details = m_details->details();
    if (!details) {
        showActionMessage(tr("Select an order to pay first (F4, then Up/Down)."), true);
        return false;
    }
    if (!isOwnedHere(details->order)) {
        showActionMessage(
            ErrorText::ownedElsewhere(details->order.orderId(), details->order.origin()), true);
        return false;
    }
    if (details->order.status() != OrderStatus::Placed) {
        showActionMessage(tr("Order %1 is %2: only a placed order can be paid.")
                              .arg(details->order.orderId(),
                                   DisplayText::orderStatus(toText(details->order.status()))),
                          true);
        return false;
    }
    if (m_payDialog)
        m_payDialog->close();
    auto *dialog = new PayDialog(*details, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_payDialog = dialog;
    connect(
        dialog, &PayDialog::partRequested, this,
        [this](const QString &orderId, const PaymentRequest &request) { pay(orderId, request); });
    connect(dialog, &QDialog::finished, this, [this] { m_view->setFocus(); });
    dialog->open();
    return true;
}

void OrdersTab::pay(const QString &orderId, const PaymentRequest &request)
{
    if (!m_payDialog)
        return;
    auto paid = m_shop.orders.pay(orderId, request);
    if (!paid) {
        const QString why = ErrorText::text(paid.error(), ErrorText::Context::PayingOrder);
        m_payDialog->showRefusal(why);
        showActionMessage(why, true);
        if (paid.error().details.value(QStringLiteral("reason")).toString() ==
            QLatin1StringView("noOpenShift"))
            emit shiftNeeded();
        return;
    }
    const Payment &payment = paid->payments.last();
    if (request.method == PaymentMethod::Cash)
        m_panel->showChange(payment.change());
    if (paid->pending) {
        // The payment is recorded; what should follow it failed (a full disk, say).
        showActionMessage(
            tr("Order %1 is paid and the payment is recorded, but starting its delivery and "
               "decreasing the stock are pending: %2 ShopDesk retries them at its next start.")
                .arg(orderId,
                     ErrorText::text(paid->pending->error, ErrorText::Context::PayingOrder)),
            true);
    } else if (paid->due() > 0) {
        showActionMessage(tr("Order %1: %2 %3 taken, %4 left to pay.")
                              .arg(orderId, DisplayText::paymentMethod(toText(payment.method())),
                                   DisplayText::money(payment.amount()),
                                   DisplayText::money(paid->due())),
                          false);
    } else if (paid->payments.size() > 1) {
        showActionMessage(tr("Order %1 paid in %2 parts. Delivery started.")
                              .arg(orderId, QString::number(paid->payments.size())),
                          false);
    } else if (request.method == PaymentMethod::Cash) {
        showActionMessage(tr("Order %1 paid in cash: %2 tendered, change %3. Delivery started.")
                              .arg(orderId, DisplayText::money(payment.tendered()),
                                   DisplayText::money(payment.change())),
                          false);
    } else {
        showActionMessage(tr("Order %1 paid by card (approval %2). Delivery started.")
                              .arg(orderId, payment.approvalCode()),
                          false);
    }
    // The customer takes the receipt with them once the order is paid (a payment whose
    // reaction is pending is recorded: the order is paid).
    const bool cash = request.method == PaymentMethod::Cash;
    if (paid->due() == 0)
        autoPrintReceipt(orderId, 0, cash);
    else if (cash)
        openDrawerFor(orderId, DrawerCause::Sale);
    // Closes the dialog once nothing is left to pay, or after a payment whose reaction is
    // pending (the order is paid then).
    if (paid->pending)
        m_payDialog->close();
    else
        m_payDialog->showPaid(paid.value());
}

bool OrdersTab::cancelSelected()
{
    showSelected();
    const auto &details = m_details->details();
    if (!details) {
        showActionMessage(tr("Select an order to cancel first (F4, then Up/Down)."), true);
        return false;
    }
    if (!isOwnedHere(details->order)) {
        showActionMessage(
            ErrorText::ownedElsewhere(details->order.orderId(), details->order.origin()), true);
        return false;
    }
    const OrderStatus status = details->order.status();
    if (status == OrderStatus::Delivered || status == OrderStatus::Cancelled) {
        showActionMessage(
            tr("Order %1 is %2 and cannot be cancelled.")
                .arg(details->order.orderId(), DisplayText::orderStatus(toText(status))),
            true);
        return false;
    }
    if (m_cancelDialog)
        m_cancelDialog->close();
    auto *dialog = new CancelDialog(*details, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_cancelDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { cancel(dialog->orderId()); });
    connect(dialog, &QDialog::finished, this, [this] { m_view->setFocus(); });
    dialog->open();
    return true;
}

void OrdersTab::cancel(const QString &orderId)
{
    if (!m_cancelDialog)
        return;
    auto cancelled = m_shop.orders.cancelOrder(orderId, m_cancelDialog->reason());
    if (!cancelled) {
        showActionMessage(ErrorText::text(cancelled.error(), ErrorText::Context::CancellingOrder),
                          true);
        return;
    }
    if (cancelled->pending) {
        showActionMessage(
            tr("Order %1 is cancelled, but cancelling its delivery, the refund or returning the "
               "stock is pending: %2 ShopDesk retries it at its next start.")
                .arg(orderId, ErrorText::text(cancelled->pending->error,
                                              ErrorText::Context::CancellingOrder)),
            true);
        return;
    }
    Money refunded = 0;
    bool cashOut = false;
    for (const Payment &payment : std::as_const(cancelled->payments)) {
        refunded += payment.refunded();
        cashOut = cashOut || (payment.method() == PaymentMethod::Cash && payment.refunded() > 0);
    }
    if (cashOut)
        openDrawerFor(orderId, DrawerCause::Refund);
    showActionMessage(
        refunded > 0
            ? tr("Order %1 cancelled; %2 refunded.").arg(orderId, DisplayText::money(refunded))
            : tr("Order %1 cancelled.").arg(orderId),
        false);
}

} // namespace ShopDesk
