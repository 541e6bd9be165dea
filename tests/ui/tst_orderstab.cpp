// The Orders tab driven as a clerk drives it, offscreen: typing with completion, a scanned
// barcode, a refusal for short stock, cash with change, card, cancelling with a reason; then
// what the order list, the details and the services say. QAbstractItemModelTester on the
// tab's own models.
#include "canceldialog.h"
#include "displaytext.h"
#include "keyboard.h"
#include "neworderpanel.h"
#include "orderdetailsview.h"
#include "orderlinesmodel.h"
#include "orderstab.h"
#include "ordertablemodel.h"
#include "paydialog.h"
#include "productcompletionmodel.h"
#include "testshop.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;
using namespace ShopDesk::Testing;

namespace {

const QString Apple = QStringLiteral("P1");
const QString Milk = QStringLiteral("P2");
const QString Pear = QStringLiteral("P3");
const QString AppleBarcode = QStringLiteral("8801234567890");

// A shop with three products: apples (10 in stock), milk (2), pears (50).
struct Shop
{
    TestShop t;

    Shop()
    {
        add(Apple, QStringLiteral("유기농 사과 1kg"), 12'000, AppleBarcode, 10);
        add(Milk, QStringLiteral("서울 우유 1L"), 2'500, QStringLiteral("8809999000012"), 2);
        add(Pear, QStringLiteral("나주 배 5kg"), 30'000, {}, 50);
    }
    void add(const QString &id, const QString &name, Money price, const QString &barcode,
             qint64 stock)
    {
        auto made = t.shop->inventory.registerProduct(id, name, price, barcode);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        QVERIFY(t.shop->inventory.adjustStock(id, stock).ok());
    }
    QString place(const QString &customer, QList<OrderRequestLine> lines)
    {
        auto placed = t.shop->orders.placeOrder(
            {customer, QStringLiteral("010-1111-2222"), QStringLiteral("서울 종로구 1")}, lines);
        if (!placed)
            qFatal("cannot place: %s", qPrintable(placed.error().message));
        return placed->order.orderId();
    }
    qsizetype orderCount() const { return t.shop->orders.orders().value().size(); }
};

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class tst_OrdersTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void placeOrderByTypingWithCompletion();
    void scannedBarcodeAddsLineAtOnce();
    void refusalShowsShortagesAndKeepsOrder();
    void validationSaysWhatToFix();
    void deleteRemovesLine();
    void payCashShowsChange();
    void paymentWithItsReactionPendingSaysSo();
    void payByCard();
    void cancelWithReason();
    void cancelPaidOrderRefunds();
    void searchFindsOrders();
    void otherTerminalsOrdersShowTheirOrigin();
    void anotherTerminalsOrderIsPaidThere();
    void orderLinesModelPassesTester();
    void completionModelPassesTester();
    void quantityTypedAfterTheProduct();
    void tabFromSuggestionsGoesToQuantity_data();
    void tabFromSuggestionsGoesToQuantity();
    void availableStockShownAndWarnedBeforePlacing();
    void lineQuantityOutOfRangeSaysTheLimit();
    void changeStaysLargestUntilTheNextOrder();
    void oldMessagesGo();
    void enterOnAnEmptyReasonSaysWhatIsMissing();
    void emptyListSaysWhy();
    void everyColumnFitsAtTheDefaultSize();

private:
    // The tab shown and active, so that its shortcuts work.
    static std::unique_ptr<OrdersTab> showTab(Shop &shop)
    {
        auto tab = std::make_unique<OrdersTab>(*shop.t.shop);
        tab->resize(1280, 800);
        tab->show();
        tab->activateWindow();
        if (!QTest::qWaitForWindowActive(tab.get()))
            qWarning("the tab window did not become active");
        return tab;
    }
    static void enterCustomer(OrdersTab &tab, const QString &name)
    {
        type(child<QLineEdit>(&tab, QStringLiteral("customerName")), name);
        type(child<QLineEdit>(&tab, QStringLiteral("customerPhone")),
             QStringLiteral("010-5555-1234"));
        type(child<QLineEdit>(&tab, QStringLiteral("customerAddress")),
             QStringLiteral("서울 강남구 테헤란로 1"));
    }
};

void tst_OrdersTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // splitters and columns saved away from the user's
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
}

void tst_OrdersTab::placeOrderByTypingWithCompletion()
{
    Shop shop;
    auto tab = showTab(shop);
    NewOrderPanel *panel = tab->newOrderPanel();
    QLineEdit *product = panel->productField();
    QTRY_VERIFY(product->hasFocus()); // once the completion popup is gone // the tab opens ready
                                      // for the first product

    enterCustomer(*tab, QStringLiteral("김민수"));
    QTest::keyClick(tab.get(), Qt::Key_F2);
    QTRY_VERIFY(product->hasFocus()); // once the completion popup is gone

    // A part of a name opens the completion list with the matching product.
    type(product, QStringLiteral("사과"));
    QCompleter *completer = product->completer();
    QVERIFY(completer);
    QAbstractItemView *popup = completer->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QVERIFY(cell(popup->model(), 0, 0).contains(QStringLiteral("유기농 사과 1kg")));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(panel->lines()->rowCount(), 1);
    QTest::qWait(20); // a second add would come from a queued call
    QCOMPARE(panel->lines()->rowCount(), 1);
    QCOMPARE(panel->lines()->lineAt(0).productId, Apple);
    QCOMPARE(panel->lines()->lineAt(0).qty, 1);
    QVERIFY(product->text().isEmpty());
    QTRY_VERIFY(product->hasFocus()); // once the completion popup is gone

    // A quantity, then an id typed in full and Enter.
    auto *qty = child<QSpinBox>(tab.get(), QStringLiteral("orderQty"));
    qty->setValue(3);
    type(product, QStringLiteral("p3"));
    pressEnter(product);
    QCOMPARE(panel->lines()->rowCount(), 2);
    QCOMPARE(panel->lines()->lineAt(1).productId, Pear);
    QCOMPARE(panel->lines()->lineAt(1).qty, 3);
    QCOMPARE(qty->value(), 1); // back to 1 for the next line
    QCOMPARE(cell(panel->lines(), 1, OrderLinesModel::LineTotalColumn), QStringLiteral("₩90,000"));
    QCOMPARE(child<QLabel>(tab.get(), QStringLiteral("orderTotal"))->text(),
             QStringLiteral("₩102,000"));
    QTRY_VERIFY(product->hasFocus()); // once the completion popup is gone

    QTest::keyClick(product, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(shop.orderCount(), 1);
    const QString orderId = QStringLiteral("T1-000001");
    const OrderDetails placed = shop.t.order(orderId);
    QCOMPARE(placed.order.customer().name, QStringLiteral("김민수"));
    QCOMPARE(placed.order.customer().phone, QStringLiteral("010-5555-1234"));
    QCOMPARE(placed.order.customer().address, QStringLiteral("서울 강남구 테헤란로 1"));
    QCOMPARE(placed.order.lines().size(), 2);
    QCOMPARE(placed.order.total(), 102'000);
    QCOMPARE(shop.t.stock(Apple).reserved, 1);
    QCOMPARE(shop.t.stock(Pear).reserved, 3);

    // The panel is empty and ready again; the list shows the order, selected, with details.
    QVERIFY(panel->lines()->isEmpty());
    QVERIFY(child<QLineEdit>(tab.get(), QStringLiteral("customerName"))->text().isEmpty());
    QCOMPARE(child<QLabel>(tab.get(), QStringLiteral("orderTotal"))->text(), QStringLiteral("₩0"));
    QVERIFY(panel->message().contains(orderId));
    QTRY_VERIFY(product->hasFocus()); // once the completion popup is gone
    const OrderTableModel *orders = tab->ordersModel();
    QCOMPARE(orders->rowCount(), 1);
    QCOMPARE(cell(orders, 0, OrderTableModel::OrderIdColumn), orderId);
    QCOMPARE(cell(orders, 0, OrderTableModel::StatusColumn), QStringLiteral("Placed"));
    QCOMPARE(cell(orders, 0, OrderTableModel::TotalColumn), QStringLiteral("₩102,000"));
    QCOMPARE(tab->selectedOrderId(), orderId);
    QCOMPARE(tab->detailsView()->orderId(), orderId);
    auto *detailLines = child<QTableWidget>(tab.get(), QStringLiteral("orderDetailsLines"));
    QCOMPARE(detailLines->rowCount(), 2);
    QCOMPARE(detailLines->item(1, 1)->text(), QStringLiteral("나주 배 5kg"));
    QCOMPARE(detailLines->item(1, 4)->text(), QStringLiteral("₩90,000"));
    QVERIFY(child<QLabel>(tab.get(), QStringLiteral("orderDetailsTitle"))
                ->text()
                .contains(QStringLiteral("terminal T1")));
    QVERIFY(child<QPushButton>(tab.get(), QStringLiteral("payButton"))->isEnabled());
}

void tst_OrdersTab::scannedBarcodeAddsLineAtOnce()
{
    Shop shop;
    auto tab = showTab(shop);
    NewOrderPanel *panel = tab->newOrderPanel();
    QLineEdit *product = panel->productField();
    enterCustomer(*tab, QStringLiteral("Lee"));
    product->setFocus();

    // A scanner types the digits and Enter: the line is there at once, no list to choose from.
    type(product, AppleBarcode);
    pressEnter(product);
    QCOMPARE(panel->lines()->rowCount(), 1);
    QCOMPARE(panel->lines()->lineAt(0).productId, Apple);
    QVERIFY(!product->completer()->popup()->isVisible());
    QVERIFY(product->text().isEmpty());
    QTRY_VERIFY(product->hasFocus()); // once the completion popup is gone
    // The same code again adds to the line.
    type(product, AppleBarcode);
    pressEnter(product);
    QCOMPARE(panel->lines()->rowCount(), 1);
    QCOMPARE(panel->lines()->lineAt(0).qty, 2);
    QCOMPARE(cell(panel->lines(), 0, OrderLinesModel::LineTotalColumn), QStringLiteral("₩24,000"));

    // An unknown code is said, and adds nothing.
    type(product, QStringLiteral("0000000000000"));
    pressEnter(product);
    QCOMPARE(panel->lines()->rowCount(), 1);
    QVERIFY(panel->message().contains(QStringLiteral("0000000000000")));
    product->clear();

    QVERIFY(panel->placeOrder());
    const OrderDetails placed = shop.t.order(QStringLiteral("T1-000001"));
    QCOMPARE(placed.order.lines().size(), 1);
    QCOMPARE(placed.order.lines().first().qty, 2);
    QCOMPARE(shop.t.stock(Apple).reserved, 2);
}

void tst_OrdersTab::refusalShowsShortagesAndKeepsOrder()
{
    Shop shop;
    auto tab = showTab(shop);
    NewOrderPanel *panel = tab->newOrderPanel();
    QLineEdit *product = panel->productField();
    enterCustomer(*tab, QStringLiteral("박지영"));
    product->setFocus();
    auto *qty = child<QSpinBox>(tab.get(), QStringLiteral("orderQty"));
    type(product, Apple);
    pressEnter(product);
    qty->setValue(5);
    type(product, Milk);
    pressEnter(product);
    QCOMPARE(panel->lines()->rowCount(), 2);

    QTest::keyClick(product, Qt::Key_Return, Qt::ControlModifier);
    // Refused: nothing placed, nothing reserved; the short product and by how much are shown.
    QCOMPARE(shop.orderCount(), 0);
    QCOMPARE(shop.t.stock(Milk).reserved, 0);
    QCOMPARE(shop.t.stock(Apple).reserved, 0);
    const QString message = panel->message();
    QVERIFY2(message.contains(QStringLiteral("P2 서울 우유 1L: 5 wanted, 2 available (3 short)")),
             qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("P1 ")));
    // The entered order is kept, and the short line is marked.
    QCOMPARE(panel->lines()->rowCount(), 2);
    QCOMPARE(child<QLineEdit>(tab.get(), QStringLiteral("customerName"))->text(),
             QStringLiteral("박지영"));
    QCOMPARE(panel->lines()->shortOf(0), 0);
    QCOMPARE(panel->lines()->shortOf(1), 3);
    QCOMPARE(cell(panel->lines(), 1, OrderLinesModel::ShortColumn), QStringLiteral("3 short"));
    QTRY_VERIFY(product->hasFocus()); // once the completion popup is gone

    // Correct the quantity by typing on the line, then place again.
    auto *linesView = child<QTableView>(tab.get(), QStringLiteral("orderLinesView"));
    linesView->setFocus();
    linesView->setCurrentIndex(panel->lines()->index(1, OrderLinesModel::QtyColumn));
    QTest::keyClick(linesView, Qt::Key_2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != linesView);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(panel->lines()->lineAt(1).qty, 2); // the delegate commits in a queued call
    QCOMPARE(panel->lines()->shortOf(1), 0);
    QTest::keyClick(linesView, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(shop.orderCount(), 1);
    QCOMPARE(shop.t.stock(Milk).reserved, 2);
    QCOMPARE(shop.t.order(QStringLiteral("T1-000001")).order.customer().name,
             QStringLiteral("박지영"));
}

void tst_OrdersTab::validationSaysWhatToFix()
{
    Shop shop;
    auto tab = showTab(shop);
    NewOrderPanel *panel = tab->newOrderPanel();
    auto *customer = child<QLineEdit>(tab.get(), QStringLiteral("customerName"));

    type(panel->productField(), Apple);
    pressEnter(panel->productField());
    QTest::keyClick(panel->productField(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(panel->message().contains(QStringLiteral("customer's name")));
    QVERIFY(customer->hasFocus());
    QCOMPARE(panel->lines()->rowCount(), 1);

    type(customer, QStringLiteral("   "));
    QVERIFY(!panel->placeOrder());
    QVERIFY(panel->message().contains(QStringLiteral("customer's name")));

    customer->setText(QStringLiteral("Kim"));
    panel->lines()->clear();
    QVERIFY(!panel->placeOrder());
    QVERIFY(panel->message().contains(QStringLiteral("Add at least one product")));
    QVERIFY(panel->productField()->hasFocus());
    QCOMPARE(shop.orderCount(), 0);
    QCOMPARE(shop.t.stock(Apple).reserved, 0);
}

void tst_OrdersTab::deleteRemovesLine()
{
    Shop shop;
    auto tab = showTab(shop);
    NewOrderPanel *panel = tab->newOrderPanel();
    for (const QString &id : {Apple, Milk, Pear}) {
        type(panel->productField(), id);
        pressEnter(panel->productField());
    }
    QCOMPARE(panel->lines()->rowCount(), 3);
    auto *linesView = child<QTableView>(tab.get(), QStringLiteral("orderLinesView"));
    linesView->setFocus();
    linesView->setCurrentIndex(panel->lines()->index(1, 0));
    QTest::keyClick(linesView, Qt::Key_Delete);
    QCOMPARE(panel->lines()->rowCount(), 2);
    QCOMPARE(panel->lines()->lineAt(0).productId, Apple);
    QCOMPARE(panel->lines()->lineAt(1).productId, Pear);
    QCOMPARE(child<QLabel>(tab.get(), QStringLiteral("orderTotal"))->text(),
             QStringLiteral("₩42,000"));
}

void tst_OrdersTab::paymentWithItsReactionPendingSaysSo()
{
    // The payment commits, then starting its delivery fails (as on a full disk; here a trigger
    // refuses the delivery row): the window says the payment is recorded and what is pending.
    Shop shop;
    const QString orderId = shop.place(QStringLiteral("김민수"), {{Apple, 2}});
    QSqlQuery q(shop.t.store->database());
    QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER no_delivery BEFORE INSERT ON deliveries "
                                   "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")),
             qPrintable(q.lastError().text()));
    auto tab = showTab(shop);
    QVERIFY(tab->selectOrder(orderId));
    QVERIFY(tab->paySelected());
    PayDialog *dialog = tab->payDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto *tendered = child<QLineEdit>(dialog, QStringLiteral("payTendered"));
    tendered->selectAll();
    type(tendered, QStringLiteral("30000"));
    QTest::keyClick(tendered, Qt::Key_Return);
    QTRY_VERIFY(!tab->payDialog());

    const QString message = tab->actionMessage();
    QVERIFY2(message.contains(orderId) && message.contains(QStringLiteral("payment is recorded")) &&
                 message.contains(QStringLiteral("pending")),
             qPrintable(message));
    const OrderDetails paid = shop.t.order(orderId);
    QCOMPARE(paid.order.status(), OrderStatus::Paid);
    QVERIFY(paid.firstPayment());
    QVERIFY(!paid.delivery);
    QCOMPARE(shop.t.stock(Apple).reserved, 2);

    // Space again: the pending reaction runs (the window's next start does this).
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER no_delivery")));
    QVERIFY(shop.t.shop->policies.runPending().ok());
    QCOMPARE(shop.t.order(orderId).order.status(), OrderStatus::Delivering);
    QCOMPARE(shop.t.stock(Apple).reserved, 0);
    QCOMPARE(shop.t.stock(Apple).onHand, 8);
}

void tst_OrdersTab::payCashShowsChange()
{
    Shop shop;
    const QString orderId = shop.place(QStringLiteral("김민수"), {{Apple, 2}});
    auto tab = showTab(shop);
    QVERIFY(tab->selectOrder(orderId));
    auto *view = child<QTableView>(tab.get(), QStringLiteral("ordersView"));
    view->setFocus();

    QTest::keyClick(view, Qt::Key_F9);
    PayDialog *dialog = tab->payDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *tendered = child<QLineEdit>(dialog, QStringLiteral("payTendered"));
    auto *change = child<QLabel>(dialog, QStringLiteral("payChange"));
    auto *confirm = child<QPushButton>(dialog, QStringLiteral("payConfirm"));
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("payTotal"))->text(), QStringLiteral("₩24,000"));

    // Less than the total: refused, with what is missing; Enter keeps the dialog open.
    tendered->selectAll();
    type(tendered, QStringLiteral("20000"));
    QVERIFY(!confirm->isEnabled());
    QVERIFY(change->text().isEmpty());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("payProblem"))
                ->text()
                .contains(QStringLiteral("₩4,000 missing")));
    QTest::keyClick(tendered, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(shop.t.order(orderId).order.status(), OrderStatus::Placed);

    // Enough: the change shows before confirming.
    tendered->selectAll();
    type(tendered, QStringLiteral("30000"));
    QCOMPARE(change->text(), QStringLiteral("₩6,000"));
    QVERIFY(confirm->isEnabled());
    QTest::keyClick(tendered, Qt::Key_Return);
    QTRY_VERIFY(!tab->payDialog());

    const OrderDetails paid = shop.t.order(orderId);
    QCOMPARE(paid.order.status(), OrderStatus::Delivering);
    QVERIFY(paid.firstPayment());
    QCOMPARE(paid.firstPayment()->method(), PaymentMethod::Cash);
    QCOMPARE(paid.firstPayment()->tendered(), 30'000);
    QCOMPARE(paid.firstPayment()->change(), 6'000);
    QCOMPARE(shop.t.stock(Apple).onHand, 8);
    QCOMPARE(shop.t.stock(Apple).reserved, 0);

    const OrderTableModel *orders = tab->ordersModel();
    QCOMPARE(cell(orders, 0, OrderTableModel::StatusColumn), QStringLiteral("Delivering"));
    QCOMPARE(cell(orders, 0, OrderTableModel::PaymentColumn), QStringLiteral("Cash"));
    QCOMPARE(cell(orders, 0, OrderTableModel::DeliveryColumn), QStringLiteral("Started"));
    const QString payment = child<QLabel>(tab.get(), QStringLiteral("orderDetailsPayment"))->text();
    QVERIFY2(payment.contains(QStringLiteral("tendered ₩30,000, change ₩6,000")),
             qPrintable(payment));
    QVERIFY(child<QLabel>(tab.get(), QStringLiteral("orderDetailsDelivery"))
                ->text()
                .contains(QStringLiteral("D-") + orderId));
    QVERIFY(tab->actionMessage().contains(QStringLiteral("change ₩6,000")));
    QVERIFY(!child<QPushButton>(tab.get(), QStringLiteral("payButton"))->isEnabled());
    // A paid order is not paid twice.
    QVERIFY(!tab->paySelected());
    QVERIFY(tab->actionMessage().contains(QStringLiteral("only a placed order")));
}

void tst_OrdersTab::payByCard()
{
    Shop shop;
    const QString orderId = shop.place(QStringLiteral("Lee"), {{Pear, 1}});
    auto tab = showTab(shop);
    QVERIFY(tab->selectOrder(orderId));
    auto *view = child<QTableView>(tab.get(), QStringLiteral("ordersView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F9);
    PayDialog *dialog = tab->payDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *confirm = child<QPushButton>(dialog, QStringLiteral("payConfirm"));
    QTRY_VERIFY(dialog->isActiveWindow()); // mnemonics work in the active window

    QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier); // C&ard
    // A mnemonic clicks its button after a short animation.
    QTRY_VERIFY(child<QRadioButton>(dialog, QStringLiteral("payCard"))->isChecked());
    QVERIFY(!confirm->isEnabled()); // not before the approval number is typed
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_V, Qt::AltModifier); // appro&val no.
    auto *approval = child<QLineEdit>(dialog, QStringLiteral("payApproval"));
    QTRY_VERIFY(approval->hasFocus());
    type(approval, QStringLiteral("77001234"));
    QVERIFY(confirm->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!tab->payDialog());

    const OrderDetails paid = shop.t.order(orderId);
    QCOMPARE(paid.order.status(), OrderStatus::Delivering);
    QCOMPARE(paid.firstPayment()->method(), PaymentMethod::Card);
    QCOMPARE(paid.firstPayment()->tendered(), paid.firstPayment()->amount());
    QCOMPARE(paid.firstPayment()->approvalCode(), QStringLiteral("77001234"));
    QCOMPARE(cell(tab->ordersModel(), 0, OrderTableModel::PaymentColumn), QStringLiteral("Card"));
    QVERIFY(child<QLabel>(tab.get(), QStringLiteral("orderDetailsPayment"))
                ->text()
                .contains(QStringLiteral("approval ") + paid.firstPayment()->approvalCode()));
}

void tst_OrdersTab::cancelWithReason()
{
    Shop shop;
    const QString orderId = shop.place(QStringLiteral("최유진"), {{Apple, 3}});
    QCOMPARE(shop.t.stock(Apple).reserved, 3);
    auto tab = showTab(shop);
    QVERIFY(tab->selectOrder(orderId));
    auto *view = child<QTableView>(tab.get(), QStringLiteral("ordersView"));
    view->setFocus();

    QTest::keyClick(view, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    CancelDialog *dialog = tab->cancelDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *confirm = child<QPushButton>(dialog, QStringLiteral("cancelConfirm"));
    auto *reason = child<QLineEdit>(dialog, QStringLiteral("cancelReason"));
    QVERIFY(child<QLabel>(dialog, QStringLiteral("cancelSummary"))
                ->text()
                .contains(QStringLiteral("reserved stock is released")));
    QVERIFY(!confirm->isEnabled()); // a reason first
    QTest::keyClick(reason, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(shop.t.order(orderId).order.status(), OrderStatus::Placed);

    type(reason, QStringLiteral("customer changed mind"));
    QVERIFY(confirm->isEnabled());
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_VERIFY(!tab->cancelDialog());

    QCOMPARE(shop.t.order(orderId).order.status(), OrderStatus::Cancelled);
    QCOMPARE(shop.t.stock(Apple).reserved, 0);
    QCOMPARE(cell(tab->ordersModel(), 0, OrderTableModel::StatusColumn),
             QStringLiteral("Cancelled"));
    QCOMPARE(child<QLabel>(tab.get(), QStringLiteral("orderDetailsNotes"))->text(),
             QStringLiteral("Cancelled: customer changed mind"));
    QVERIFY(tab->actionMessage().contains(orderId));
    QVERIFY(!child<QPushButton>(tab.get(), QStringLiteral("cancelOrderButton"))->isEnabled());
    QVERIFY(!tab->cancelSelected());
}

void tst_OrdersTab::cancelPaidOrderRefunds()
{
    Shop shop;
    const QString orderId = shop.place(QStringLiteral("Kim"), {{Milk, 1}});
    QVERIFY(shop.t.shop->orders.payOrder(orderId, PaymentMethod::Cash, 5'000).ok());
    QCOMPARE(shop.t.stock(Milk).onHand, 1);
    auto tab = showTab(shop);
    QVERIFY(tab->selectOrder(orderId));
    QVERIFY(tab->cancelSelected());
    CancelDialog *dialog = tab->cancelDialog();
    QVERIFY(dialog);
    const QString summary = child<QLabel>(dialog, QStringLiteral("cancelSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("₩2,500 (Cash) is refunded")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("stock goes back")));
    type(child<QLineEdit>(dialog, QStringLiteral("cancelReason")), QStringLiteral("wrong address"));
    QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("cancelReason")), Qt::Key_Return);
    QTRY_VERIFY(!tab->cancelDialog());

    const OrderDetails cancelled = shop.t.order(orderId);
    QCOMPARE(cancelled.order.status(), OrderStatus::Cancelled);
    QCOMPARE(cancelled.firstPayment()->status(), PaymentStatus::Refunded);
    QCOMPARE(cancelled.delivery->status(), DeliveryStatus::Cancelled);
    QCOMPARE(shop.t.stock(Milk).onHand, 2);
    QVERIFY(tab->actionMessage().contains(QStringLiteral("₩2,500 refunded")));
    QCOMPARE(cell(tab->ordersModel(), 0, OrderTableModel::PaymentColumn),
             QStringLiteral("Cash (Refunded)"));
}

void tst_OrdersTab::searchFindsOrders()
{
    Shop shop;
    const QString kim = shop.place(QStringLiteral("김민수"), {{Pear, 1}});
    shop.place(QStringLiteral("Lee"), {{Pear, 1}});
    shop.place(QStringLiteral("김민준"), {{Pear, 1}});
    auto tab = showTab(shop);
    QCOMPARE(tab->ordersModel()->rowCount(), 3);

    QTest::keyClick(tab.get(), Qt::Key_F3);
    auto *search = child<QLineEdit>(tab.get(), QStringLiteral("orderSearch"));
    QVERIFY(search->hasFocus());
    type(search, QStringLiteral("김민수"));
    QTRY_COMPARE(tab->ordersModel()->search(), QStringLiteral("김민수"));
    QCOMPARE(tab->ordersModel()->rowCount(), 1);
    QCOMPARE(cell(tab->ordersModel(), 0, OrderTableModel::OrderIdColumn), kim);

    search->clear();
    type(search, QStringLiteral("t1-000002"));
    QTRY_COMPARE(tab->ordersModel()->search(), QStringLiteral("t1-000002"));
    QCOMPARE(tab->ordersModel()->rowCount(), 1);
    QCOMPARE(cell(tab->ordersModel(), 0, OrderTableModel::CustomerColumn), QStringLiteral("Lee"));
}

void tst_OrdersTab::otherTerminalsOrdersShowTheirOrigin()
{
    Shop shop;
    const QString orderId = shop.place(QStringLiteral("Kim"), {{Pear, 1}});
    auto tab = showTab(shop);
    QVERIFY(tab->selectOrder(orderId));
    QCOMPARE(cell(tab->ordersModel(), 0, OrderTableModel::TerminalColumn), QStringLiteral("T1"));
    QCOMPARE(tab->ordersModel()->headerData(OrderTableModel::TerminalColumn, Qt::Horizontal),
             QVariant(QStringLiteral("Terminal")));
    QVERIFY(child<QLabel>(tab.get(), QStringLiteral("orderDetailsTitle"))
                ->text()
                .contains(QStringLiteral("terminal T1")));
}

void tst_OrdersTab::anotherTerminalsOrderIsPaidThere()
{
    Shop shop;
    TestShop counter(QStringLiteral("T2"));
    counter.product(QStringLiteral("P9"), 4'000, 5, QStringLiteral("한우 불고기"));
    auto placed = counter.shop->orders.placeOrder({QStringLiteral("이민호"), {}, {}},
                                                  {{QStringLiteral("P9"), 1}});
    QVERIFY(placed.ok());
    const QString theirs = placed->order.orderId();
    shop.t.receiveFrom(counter);
    const qint64 events = shop.t.eventCount();

    auto tab = showTab(shop);
    QVERIFY(tab->selectOrder(theirs));
    auto *pay = child<QPushButton>(tab.get(), QStringLiteral("payButton"));
    auto *cancel = child<QPushButton>(tab.get(), QStringLiteral("cancelOrderButton"));
    const QString why = QStringLiteral("Order %1 was placed at terminal T2: pay, cancel or "
                                       "complete it there.")
                            .arg(theirs);
    QVERIFY(!pay->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(pay->toolTip(), why);
    QCOMPARE(cancel->toolTip(), why);
    // F9 and Ctrl+Shift+X say so instead of opening their dialogs.
    auto *view = child<QTableView>(tab.get(), QStringLiteral("ordersView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F9);
    QVERIFY(!tab->payDialog());
    QCOMPARE(tab->actionMessage(), why);
    QTest::keyClick(view, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!tab->cancelDialog());
    QCOMPARE(shop.t.order(theirs).order.status(), OrderStatus::Placed);
    QCOMPARE(shop.t.eventCount(), events);

    // This terminal's own order right beside it can be paid.
    const QString mine = shop.place(QStringLiteral("Kim"), {{Pear, 1}});
    QVERIFY(tab->selectOrder(mine));
    QVERIFY(pay->isEnabled());
    QCOMPARE(pay->toolTip(), QStringLiteral("Pay the selected order by cash or card (F9)"));
}

void tst_OrdersTab::orderLinesModelPassesTester()
{
    OrderLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy totals(&model, &OrderLinesModel::totalChanged);
    QVERIFY(totals.isValid());
    model.addProduct({Apple, QStringLiteral("사과"), 1'000, {}, {}}, 2);
    model.addProduct({Milk, QStringLiteral("우유"), 500, {}, {}}, 1);
    model.addProduct({Apple, QStringLiteral("사과"), 1'000, {}, {}}, 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.lineAt(0).qty, 3);
    QCOMPARE(model.total(), 3'500);
    QCOMPARE(totals.last().first().value<Money>(), 3'500);
    QCOMPARE(
        model.index(0, OrderLinesModel::QtyColumn).data(OrderLinesModel::ValueRole).toLongLong(),
        3);

    QVERIFY(model.setData(model.index(1, OrderLinesModel::QtyColumn), 4));
    QCOMPARE(model.total(), 5'000);
    QVERIFY(!model.setData(model.index(1, OrderLinesModel::QtyColumn), 0));
    QVERIFY(!model.setData(model.index(1, OrderLinesModel::NameColumn), QStringLiteral("x")));
    QVERIFY(!(model.flags(model.index(1, OrderLinesModel::NameColumn)) & Qt::ItemIsEditable));
    QCOMPARE(model.lineAt(1).qty, 4);

    model.setShortages({{Milk, 3}});
    QCOMPARE(model.shortOf(1), 3);
    QCOMPARE(model.shortOf(0), 0);
    QCOMPARE(model.requestLines().size(), 2);
    QCOMPARE(model.requestLines().at(1).qty, 4);

    QVERIFY(model.removeLine(0));
    QVERIFY(!model.removeLine(5));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.total(), 2'000);
    model.clear();
    QVERIFY(model.isEmpty());
    QCOMPARE(model.total(), 0);
}

void tst_OrdersTab::completionModelPassesTester()
{
    Shop shop;
    ProductCompletionModel model(shop.t.shop->inventory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setText(QStringLiteral("우유"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(Qt::EditRole).toString(), Milk);
    QVERIFY(model.index(0, 0).data().toString().contains(QStringLiteral("₩2,500")));
    model.setText(QStringLiteral("p"));
    QCOMPARE(model.rowCount(), 3);
    model.setText(AppleBarcode);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.productAt(0).productId, Apple);
    model.setText(QStringLiteral("없는 상품"));
    QCOMPARE(model.rowCount(), 0);
    model.setText({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_OrdersTab::quantityTypedAfterTheProduct()
{
    Shop shop;
    auto tab = showTab(shop);
    NewOrderPanel *panel = tab->newOrderPanel();
    QLineEdit *product = panel->productField();
    QTRY_VERIFY(product->hasFocus());
    // The name, a star and the quantity, as a clerk types it; Enter adds the line.
    type(product, QStringLiteral("나주 배*4"));
    pressEnter(product);
    QTRY_COMPARE(panel->lines()->rowCount(), 1);
    QCOMPARE(panel->lines()->lineAt(0).productId, Pear);
    QCOMPARE(panel->lines()->lineAt(0).qty, 4);
    QVERIFY(product->text().isEmpty());
    // An id with spaces around the star, and the same product again adds to its line.
    type(product, QStringLiteral("p3 * 2"));
    pressEnter(product);
    QCOMPARE(panel->lines()->rowCount(), 1);
    QCOMPARE(panel->lines()->lineAt(0).qty, 6);
    // A quantity out of range names the limit and adds nothing.
    type(product, QStringLiteral("p3*99999999999"));
    pressEnter(product);
    QCOMPARE(panel->lines()->lineAt(0).qty, 6);
    QVERIFY2(panel->message().contains(QStringLiteral("1,000,000")), qPrintable(panel->message()));
    QCOMPARE(NewOrderPanel::parseProductEntry(QStringLiteral("감귤*0")).qty, -1);
    QCOMPARE(NewOrderPanel::parseProductEntry(QStringLiteral("감귤*-3")).qty, -1);
    QCOMPARE(NewOrderPanel::parseProductEntry(QStringLiteral("감귤")).qty, 0);
    QCOMPARE(NewOrderPanel::parseProductEntry(QStringLiteral("감귤 × 12")).product,
             QStringLiteral("감귤"));
    QCOMPARE(NewOrderPanel::parseProductEntry(QStringLiteral("감귤 × 12")).qty, 12);
}

void tst_OrdersTab::tabFromSuggestionsGoesToQuantity_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Tab") << int(Qt::Key_Tab) << int(Qt::NoModifier);
    QTest::newRow("Alt+Q") << int(Qt::Key_Q) << int(Qt::AltModifier);
}

void tst_OrdersTab::tabFromSuggestionsGoesToQuantity()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    Shop shop;
    auto tab = showTab(shop);
    NewOrderPanel *panel = tab->newOrderPanel();
    QLineEdit *product = panel->productField();
    QTRY_VERIFY(product->hasFocus());
    type(product, QStringLiteral("우유"));
    QAbstractItemView *popup = product->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    // The popup has the keyboard: Tab (or Alt+Q) takes the suggestion and moves on.
    QTest::keyClick(popup, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    if (!QApplication::activeWindow()) {
        tab->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(tab.get()));
    }
    auto *qty = child<QSpinBox>(tab.get(), QStringLiteral("orderQty"));
    QTRY_VERIFY(qty->hasFocus());
    QVERIFY(!popup->isVisible());
    QCOMPARE(product->text(), Milk);
    QCOMPARE(panel->lines()->rowCount(), 0); // chosen, not added yet
    QTest::keyClicks(qty, QStringLiteral("2"));
    QTest::keyClick(qty, Qt::Key_Return);
    QTRY_COMPARE(panel->lines()->rowCount(), 1);
    QCOMPARE(panel->lines()->lineAt(0).productId, Milk);
    QCOMPARE(panel->lines()->lineAt(0).qty, 2);
    QTRY_VERIFY(product->hasFocus());
}

void tst_OrdersTab::availableStockShownAndWarnedBeforePlacing()
{
    Shop shop;
    shop.place(QStringLiteral("먼저 온 손님"), {{Milk, 1}}); // 2 on hand, 1 reserved
    auto tab = showTab(shop);
    NewOrderPanel *panel = tab->newOrderPanel();
    QLineEdit *product = panel->productField();
    QTRY_VERIFY(product->hasFocus());
    // The suggestions say what is available now.
    type(product, QStringLiteral("우유"));
    QAbstractItemView *popup = product->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QVERIFY2(cell(popup->model(), 0, 0).contains(QStringLiteral("1 available")),
             qPrintable(cell(popup->model(), 0, 0)));
    popup->hide();
    product->clear();
    // More than that on a line: the line and the message warn before anything is placed.
    enterCustomer(*tab, QStringLiteral("김민수"));
    product->setFocus();
    type(product, QStringLiteral("p2*3"));
    pressEnter(product);
    QTRY_COMPARE(panel->lines()->rowCount(), 1);
    QCOMPARE(panel->lines()->overStock(0), 2);
    QCOMPARE(cell(panel->lines(), 0, OrderLinesModel::ShortColumn),
             QStringLiteral("only 1 available"));
    QVERIFY2(panel->message().contains(QStringLiteral("Only 1 of P2")),
             qPrintable(panel->message()));
    QCOMPARE(shop.orderCount(), 1);
    // Lowered to what there is: the warning goes, and the order is placed.
    QVERIFY(panel->lines()->setData(panel->lines()->index(0, OrderLinesModel::QtyColumn), 1));
    QCOMPARE(panel->lines()->overStock(0), 0);
    QCOMPARE(cell(panel->lines(), 0, OrderLinesModel::ShortColumn), QStringLiteral("1 available"));
    QVERIFY(panel->message().isEmpty());
    QVERIFY(panel->placeOrder());
    QCOMPARE(shop.orderCount(), 2);
    QCOMPARE(shop.t.stock(Milk).reserved, 2);
    // Out of stock now: the suggestion says so.
    type(product, QStringLiteral("우유"));
    QTRY_VERIFY(popup->isVisible());
    QVERIFY2(cell(popup->model(), 0, 0).contains(QStringLiteral("out of stock")),
             qPrintable(cell(popup->model(), 0, 0)));
}

void tst_OrdersTab::lineQuantityOutOfRangeSaysTheLimit()
{
    Shop shop;
    auto tab = showTab(shop);
    NewOrderPanel *panel = tab->newOrderPanel();
    QLineEdit *product = panel->productField();
    QTRY_VERIFY(product->hasFocus());
    type(product, QStringLiteral("p3"));
    pressEnter(product);
    QTRY_COMPARE(panel->lines()->rowCount(), 1);
    auto *view = child<QTableView>(tab.get(), QStringLiteral("orderLinesView"));
    view->setFocus();
    view->setCurrentIndex(panel->lines()->index(0, OrderLinesModel::QtyColumn));
    // Typing on the selected line opens its editor; the number is too large.
    QTest::keyClick(view, Qt::Key_9);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != view);
    QTest::keyClicks(editor, QStringLiteral("9999999999"));
    QSignalSpy refused(panel->lines(), &OrderLinesModel::quantityRefused);
    QVERIFY(refused.isValid());
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(refused.size(), 1); // the view commits after the key, queued
    QCOMPARE(panel->lines()->lineAt(0).qty, 1);
    QVERIFY2(panel->message().contains(QStringLiteral("1 to 1,000,000")) &&
                 panel->message().contains(QStringLiteral("99999999999")),
             qPrintable(panel->message()));
}

void tst_OrdersTab::changeStaysLargestUntilTheNextOrder()
{
    Shop shop;
    auto tab = showTab(shop);
    NewOrderPanel *panel = tab->newOrderPanel();
    QLineEdit *product = panel->productField();
    QTRY_VERIFY(product->hasFocus());
    enterCustomer(*tab, QStringLiteral("김민수"));
    product->setFocus();
    type(product, QStringLiteral("p2*2"));
    pressEnter(product);
    QTRY_COMPARE(panel->lines()->rowCount(), 1);
    QCOMPARE(panel->bigFigure(), QStringLiteral("Total ₩5,000"));
    QVERIFY(panel->placeOrder());
    QCOMPARE(panel->bigFigure(), QStringLiteral("Total ₩0"));
    QVERIFY(tab->paySelected());
    PayDialog *dialog = tab->payDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto *tendered = child<QLineEdit>(dialog, QStringLiteral("payTendered"));
    tendered->selectAll();
    type(tendered, QStringLiteral("12100"));
    QTest::keyClick(tendered, Qt::Key_Return);
    QTRY_VERIFY(!tab->payDialog());
    // The change in the large print, where the total was.
    QCOMPARE(panel->bigFigure(), QStringLiteral("Change ₩7,100"));
    auto *big = child<QLabel>(tab.get(), QStringLiteral("orderTotal"));
    for (QLabel *label : tab->findChildren<QLabel *>()) {
        if (label != big && label->isVisible() && !label->text().isEmpty())
            QVERIFY2(label->font().pointSizeF() < big->font().pointSizeF(),
                     qPrintable(label->text()));
    }
    // It stays while the clerk looks around, and makes way when the next order starts.
    QTest::qWait(50);
    QCOMPARE(panel->bigFigure(), QStringLiteral("Change ₩7,100"));
    type(child<QLineEdit>(tab.get(), QStringLiteral("customerName")), QStringLiteral("이"));
    QCOMPARE(panel->bigFigure(), QStringLiteral("Total ₩0"));
}

void tst_OrdersTab::oldMessagesGo()
{
    Shop shop;
    const QString first = shop.place(QStringLiteral("김민수"), {{Pear, 1}});
    const QString second = shop.place(QStringLiteral("이서연"), {{Pear, 1}});
    auto tab = showTab(shop);
    NewOrderPanel *panel = tab->newOrderPanel();
    QLineEdit *product = panel->productField();
    QTRY_VERIFY(product->hasFocus());
    // A refusal for short stock, then the quantity corrected: the red line goes.
    enterCustomer(*tab, QStringLiteral("박지우"));
    product->setFocus();
    type(product, QStringLiteral("p1*11"));
    pressEnter(product);
    QTRY_COMPARE(panel->lines()->rowCount(), 1);
    QVERIFY(!panel->placeOrder());
    QVERIFY(!panel->message().isEmpty());
    QCOMPARE(panel->lines()->shortOf(0), 1);
    QVERIFY(panel->lines()->setData(panel->lines()->index(0, OrderLinesModel::QtyColumn), 10));
    QVERIFY2(panel->message().isEmpty(), qPrintable(panel->message()));

    // A payment's message is about its order: another order selected, it goes.
    QVERIFY(tab->selectOrder(first));
    QVERIFY(tab->paySelected());
    QTRY_VERIFY(tab->payDialog() && tab->payDialog()->isVisible());
    child<QRadioButton>(tab->payDialog(), QStringLiteral("payCard"))->click();
    type(child<QLineEdit>(tab->payDialog(), QStringLiteral("payApproval")),
         QStringLiteral("12345678"));
    child<QPushButton>(tab->payDialog(), QStringLiteral("payConfirm"))->click();
    QTRY_VERIFY(!tab->payDialog());
    QVERIFY(tab->actionMessage().contains(first));
    QVERIFY(tab->selectOrder(second));
    QCOMPARE(tab->actionMessage(), QString());
}

void tst_OrdersTab::enterOnAnEmptyReasonSaysWhatIsMissing()
{
    Shop shop;
    const QString orderId = shop.place(QStringLiteral("김민수"), {{Pear, 1}});
    auto tab = showTab(shop);
    QVERIFY(tab->selectOrder(orderId));
    QVERIFY(tab->cancelSelected());
    CancelDialog *dialog = tab->cancelDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto *reason = child<QLineEdit>(dialog, QStringLiteral("cancelReason"));
    auto *problem = child<QLabel>(dialog, QStringLiteral("cancelProblem"));
    QVERIFY(!problem->isVisible());
    QTest::keyClick(reason, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("reason")), qPrintable(problem->text()));
    QCOMPARE(shop.t.order(orderId).order.status(), OrderStatus::Placed);
    type(reason, QStringLiteral("고객 변심"));
    QVERIFY(!problem->isVisible());
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_VERIFY(!tab->cancelDialog());
    QCOMPARE(shop.t.order(orderId).order.status(), OrderStatus::Cancelled);
}

void tst_OrdersTab::emptyListSaysWhy()
{
    Shop shop;
    auto tab = showTab(shop);
    auto *empty = child<QLabel>(tab.get(), QStringLiteral("ordersEmptyText"));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("No orders yet")), qPrintable(empty->text()));
    shop.place(QStringLiteral("김민수"), {{Pear, 1}});
    QTRY_VERIFY(!empty->isVisible());
    tab->ordersModel()->setSearch(QStringLiteral("없는 손님"));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("Nothing matches \"없는 손님\"")),
             qPrintable(empty->text()));
}

void tst_OrdersTab::everyColumnFitsAtTheDefaultSize()
{
    Shop shop;
    const QString paid = shop.place(QStringLiteral("Emma Wilson"), {{Pear, 1}, {Milk, 1}});
    QVERIFY(shop.t.shop->orders.payOrder(paid, PaymentMethod::Card).ok());
    QVERIFY(shop.t.shop->orders.cancelOrder(paid, QStringLiteral("changed mind")).ok());
    auto tab = showTab(shop); // 1280x800, the window's default, in English (the longer words)
    QVERIFY(tab->selectOrder(paid));
    QApplication::processEvents();
    for (const char *name : {"ordersView", "orderDetailsLines"}) {
        auto *view = child<QTableView>(tab.get(), QLatin1StringView(name));
        QVERIFY2(view->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("%1 scrolls sideways by %2 px")
                                .arg(QLatin1StringView(name))
                                .arg(view->horizontalScrollBar()->maximum())));
    }
    // The money in the details is whole, not cut behind a scroll bar.
    auto *lines = child<QTableWidget>(tab.get(), QStringLiteral("orderDetailsLines"));
    const QString total = lines->item(0, 4)->text();
    QVERIFY(lines->columnWidth(4) >= lines->fontMetrics().horizontalAdvance(total));
}

QTEST_MAIN(tst_OrdersTab)
#include "tst_orderstab.moc"
