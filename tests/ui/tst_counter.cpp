// The counter, driven by keys alone in the main window, offscreen and in Korean: a 3-line order
// with a discount on the whole order, paid part in cash and part by card in the pay dialog
// (F9, the amount, Enter; card, the approval, Enter), then one line returned through the return
// dialog; what the services then hold and what the widgets show. The pay dialog mid-payment,
// the return dialog and the returned order's details are saved as /tmp/ui-*.png to look at.
#include "customersdialog.h"
#include "keyboard.h"
#include "mainwindow.h"
#include "neworderpanel.h"
#include "orderdetailsview.h"
#include "orderlinesmodel.h"
#include "orderstab.h"
#include "paydialog.h"
#include "returndialog.h"
#include "testshop.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;
using namespace ShopDesk::Testing;

namespace {

const QString Apple = QStringLiteral("P1");
const QString Milk = QStringLiteral("P2");
const QString Pear = QStringLiteral("P3");

} // namespace

class tst_Counter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void discountedOrderPaidInPartsThenOneLineReturned();
    void discountAboveTheLimitAsksForAManager();
    void thePhoneFindsTheCustomer();
    void theCustomersDialogFindsAndErases();

private:
    QTranslator m_translator;
};

void tst_Counter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/shopdesk_ko.qm")));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void tst_Counter::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void tst_Counter::discountedOrderPaidInPartsThenOneLineReturned()
{
    TestShop t;
    t.product(Apple, 12'000, 10, QStringLiteral("유기농 사과 1kg"));
    t.product(Milk, 2'500, 10, QStringLiteral("서울 우유 1L"));
    t.product(Pear, 30'000, 10, QStringLiteral("나주 배 5kg"));

    MainWindow window(*t.shop);
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tab = window.findChild<OrdersTab *>();
    QVERIFY(tab);
    NewOrderPanel *panel = tab->newOrderPanel();

    // The order: three lines, 10 % off the whole order with a reason.
    type(child<QLineEdit>(tab, QStringLiteral("customerName")), QStringLiteral("김민수"));
    type(child<QLineEdit>(tab, QStringLiteral("customerPhone")), QStringLiteral("010-5555-1234"));
    type(child<QLineEdit>(tab, QStringLiteral("customerAddress")), QStringLiteral("서울 종로구 1"));
    QTest::keyClick(&window, Qt::Key_F2);
    QLineEdit *product = panel->productField();
    QTRY_VERIFY(product->hasFocus());
    for (const QString &entry : {Apple, Milk + QStringLiteral("*2"), Pear}) {
        type(product, entry);
        pressEnter(product);
    }
    QCOMPARE(panel->lines()->rowCount(), 3);
    auto *discount = child<QLineEdit>(tab, QStringLiteral("orderDiscount"));
    discount->setFocus(Qt::TabFocusReason);
    type(discount, QStringLiteral("10%"));
    QTest::keyClick(discount, Qt::Key_Tab);
    type(focused(), QStringLiteral("단골 할인"));
    QCOMPARE(child<QLabel>(tab, QStringLiteral("orderTotal"))->text(), QStringLiteral("₩42,300"));
    QVERIFY2(panel->moneySummary().contains(QStringLiteral("₩47,000")) &&
                 panel->moneySummary().contains(QStringLiteral("-₩4,700")) &&
                 panel->moneySummary().contains(QStringLiteral("₩3,845")),
             qPrintable(panel->moneySummary()));
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!tab->selectedOrderId().isEmpty());
    const QString orderId = tab->selectedOrderId();
    OrderDetails placed = t.order(orderId);
    QCOMPARE(placed.order.total(), 42'300);
    QCOMPARE(placed.order.terms().discount.kind, Discount::Kind::Percent);
    QCOMPARE(placed.order.terms().discount.value, 10);
    QCOMPARE(placed.order.terms().discount.reason, QStringLiteral("단골 할인"));

    // F9: the dialog opens with what is left in large print and in the amount, cash chosen.
    QTest::keyClick(&window, Qt::Key_F4);
    QTest::keyClick(focused(), Qt::Key_F9);
    QTRY_VERIFY(tab->payDialog() && tab->payDialog()->isVisible());
    PayDialog *dialog = tab->payDialog();
    QTRY_VERIFY(dialog->isActiveWindow());
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("payTotal"))->text(), QStringLiteral("₩42,300"));
    auto *amount = child<QLineEdit>(dialog, QStringLiteral("payAmount"));
    QTRY_VERIFY(amount->hasFocus());
    QCOMPARE(amount->text(), QStringLiteral("42300"));
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("payCash"))->isChecked());

    // 20,000 in cash, exactly: the dialog stays with the rest to pay.
    type(focused(), QStringLiteral("20000"));
    QCOMPARE(amount->text(), QStringLiteral("20000"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(t.order(orderId).payments.size(), 1);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("payTotal"))->text(), QStringLiteral("₩22,300"));
    QCOMPARE(amount->text(), QStringLiteral("22300"));
    QVERIFY(child<QLabel>(dialog, QStringLiteral("payParts"))
                ->text()
                .contains(QStringLiteral("₩20,000")));
    QCOMPARE(t.order(orderId).order.status(), OrderStatus::Placed);
    QVERIFY(dialog->grab().save(QStringLiteral("/tmp/ui-pay-cash.png")));
    // Card for the rest: the approval number is asked for first.
    QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(dialog, QStringLiteral("payCard"))->isChecked());
    QTRY_VERIFY(child<QLineEdit>(dialog, QStringLiteral("payApproval"))->hasFocus());
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("payConfirm"))->isEnabled());
    type(focused(), QStringLiteral("30012345"));
    QVERIFY(dialog->grab().save(QStringLiteral("/tmp/ui-pay.png")));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!tab->payDialog());

    OrderDetails paid = t.order(orderId);
    QCOMPARE(paid.order.status(), OrderStatus::Delivering);
    QCOMPARE(paid.payments.size(), 2);
    QCOMPARE(paid.payments.at(0).method(), PaymentMethod::Cash);
    QCOMPARE(paid.payments.at(0).amount(), 20'000);
    QCOMPARE(paid.payments.at(0).change(), 0);
    QCOMPARE(paid.payments.at(1).method(), PaymentMethod::Card);
    QCOMPARE(paid.payments.at(1).amount(), 22'300);
    QCOMPARE(paid.payments.at(1).card().approval, QStringLiteral("30012345"));
    QCOMPARE(paid.due(), 0);
    QCOMPARE(t.stock(Apple).onHand, 9);
    const QString payment = child<QLabel>(tab, QStringLiteral("orderDetailsPayment"))->text();
    QVERIFY2(payment.contains(QStringLiteral("₩20,000")) &&
                 payment.contains(QStringLiteral("₩22,300")) &&
                 payment.contains(QStringLiteral("30012345")),
             qPrintable(payment));

    // Return the apple: Return items, one unit of the first line, a reason, the refund seen
    // before confirming. (The offscreen platform leaves no window active when a dialog closes;
    // a window manager would give the activation back.)
    if (!QApplication::activeWindow()) {
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }
    QTest::keyClick(&window, Qt::Key_F4);
    QTest::keyClick(focused(), Qt::Key_T, Qt::AltModifier);
    OrderDetailsView *details = tab->detailsView();
    QTRY_VERIFY(details->returnDialog() && details->returnDialog()->isVisible());
    ReturnDialog *returns = details->returnDialog();
    QTRY_VERIFY(returns->isActiveWindow());
    QVERIFY(!child<QWidget>(returns, QStringLiteral("returnWriteOff"))->isEnabled());
    QTRY_COMPARE(focused(), static_cast<QWidget *>(returns->quantityBox(0)));
    QTest::keyClick(focused(), Qt::Key_Up);
    QCOMPARE(returns->quantityBox(0)->value(), 1);
    const Result<Money> expected = t.shop->orders.refundFor(orderId, {{Apple, 1}});
    QVERIFY(expected.ok());
    QCOMPARE(expected.value(), 10'800); // 42,300 paid, 31,500 after the return
    QCOMPARE(child<QLabel>(returns, QStringLiteral("returnRefund"))->text(),
             QStringLiteral("₩10,800"));
    QTest::keyClick(focused(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(focused(),
                 static_cast<QWidget *>(child<QLineEdit>(returns, QStringLiteral("returnReason"))));
    type(focused(), QStringLiteral("단순 변심"));
    QVERIFY(returns->grab().save(QStringLiteral("/tmp/ui-return.png")));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!details->returnDialog());

    const OrderDetails after = t.order(orderId);
    QCOMPARE(after.order.status(), OrderStatus::Delivering);
    QCOMPARE(after.order.total(), 31'500);
    QCOMPARE(after.order.lines().at(0).returned, 1);
    QCOMPARE(t.stock(Apple).onHand, 10); // back on the shelf: the delivery had started
    QCOMPARE(after.returns.size(), 1);
    const OrderReturn &done = after.returns.first();
    QCOMPARE(done.refund, 10'800);
    QCOMPARE(done.reason, QStringLiteral("단순 변심"));
    QCOMPARE(done.refundParts.size(), 1);
    QCOMPARE(done.refundParts.first().part, 2); // card first
    QCOMPARE(done.refundParts.first().method, PaymentMethod::Card);
    QCOMPARE(done.refundParts.first().amount, 10'800);
    QCOMPARE(after.payments.at(1).refunded(), 10'800);
    QCOMPARE(after.payments.at(0).refunded(), 0);

    const QString money = child<QLabel>(tab, QStringLiteral("orderDetailsMoney"))->text();
    QVERIFY2(money.contains(QStringLiteral("₩31,500")) && money.contains(QStringLiteral("₩35,000")),
             qPrintable(money));
    const QString returned = child<QLabel>(tab, QStringLiteral("orderDetailsReturns"))->text();
    QVERIFY2(returned.contains(QStringLiteral("₩10,800")) && returned.contains(Apple),
             qPrintable(returned));
    QVERIFY2(child<QLabel>(tab, QStringLiteral("orderDetailsReturnMessage"))
                 ->text()
                 .contains(QStringLiteral("₩10,800")),
             qPrintable(child<QLabel>(tab, QStringLiteral("orderDetailsReturnMessage"))->text()));
    // The details as the side of the tab shows them at the window's default size (1280x800;
    // the offscreen screen is smaller than that).
    OrderDetailsView shown(*t.shop);
    shown.resize(400, 560);
    shown.show();
    shown.showOrder(orderId);
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    QVERIFY(shown.grab().save(QStringLiteral("/tmp/ui-details.png")));
}

void tst_Counter::discountAboveTheLimitAsksForAManager()
{
    TestShop t;
    t.staff(QStringLiteral("boss"), QStringLiteral("4321"),
            {{QStringLiteral("kim"), QStringLiteral("1111")}});
    t.product(Apple, 10'000, 10);
    QVERIFY(t.shop->users.logIn(QStringLiteral("kim"), QStringLiteral("1111")).ok());
    MainWindow window(*t.shop);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tab = window.findChild<OrdersTab *>();
    NewOrderPanel *panel = tab->newOrderPanel();
    type(child<QLineEdit>(tab, QStringLiteral("customerName")), QStringLiteral("Lee"));
    type(panel->productField(), Apple);
    pressEnter(panel->productField());
    type(child<QLineEdit>(tab, QStringLiteral("orderDiscount")), QStringLiteral("3000"));

    // A wrong PIN first: refused, nothing placed; then the right one.
    for (const QString &pin : {QStringLiteral("9999"), QStringLiteral("4321")}) {
        QTimer::singleShot(0, this, [pin] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("discountApprovalDialog"));
            type(child<QLineEdit>(dialog, QStringLiteral("approvalManager")),
                 QStringLiteral("boss"));
            type(child<QLineEdit>(dialog, QStringLiteral("approvalPin")), pin);
            QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("approvalPin")),
                            Qt::Key_Return);
        });
        const bool ok = panel->placeOrder();
        QCOMPARE(ok, pin == QStringLiteral("4321"));
        if (!ok)
            QVERIFY2(!panel->message().isEmpty(), "a wrong PIN is said");
    }
    const auto orders = t.shop->orders.orders().value();
    QCOMPARE(orders.size(), 1);
    const OrderDetails placed = t.order(orders.first().orderId);
    QCOMPARE(placed.order.total(), 7'000);
    QCOMPARE(placed.order.terms().discountApprovedBy, QStringLiteral("boss"));
}

void tst_Counter::thePhoneFindsTheCustomer()
{
    // Issue 16: the phone's digits list the book's customers; the whole number of one fills
    // the name and the last address, the other addresses are offered newest first; a new phone
    // is saved as a customer with the order.
    TestShop t;
    t.product(Apple, 12'000, 10, QStringLiteral("유기농 사과 1kg"));
    CustomerService &book = t.shop->customers;
    const CustomerRecord kim =
        book.registerCustomer(QStringLiteral("김민수"), {QStringLiteral("010-1234-5678")},
                              {QStringLiteral("서울 마포구 1"), QStringLiteral("서울 종로구 2")})
            .value();
    QVERIFY(book.registerCustomer(QStringLiteral("이영희"), {QStringLiteral("010-9999-5678")},
                                  {QStringLiteral("부산 해운대구 3")})
                .ok());

    MainWindow window(*t.shop);
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tab = window.findChild<OrdersTab *>();
    NewOrderPanel *panel = tab->newOrderPanel();
    auto *name = child<QLineEdit>(tab, QStringLiteral("customerName"));
    auto *phone = child<QLineEdit>(tab, QStringLiteral("customerPhone"));
    auto *address = child<QLineEdit>(tab, QStringLiteral("customerAddress"));

    // Four digits: both customers listed, nothing filled yet.
    phone->setFocus(Qt::TabFocusReason);
    type(phone, QStringLiteral("5678"));
    QStringList matches = panel->customerMatches();
    QCOMPARE(matches.size(), 2);
    QVERIFY2(matches.join(u'|').contains(QStringLiteral("김민수")) &&
                 matches.join(u'|').contains(QStringLiteral("이영희")),
             qPrintable(matches.join(u'|')));
    QAbstractItemView *popup = nullptr; // a window of its own, as completion lists are
    for (QWidget *widget : QApplication::allWidgets()) {
        if (widget->objectName() == QLatin1StringView("customerMatchesPopup"))
            popup = qobject_cast<QAbstractItemView *>(widget);
    }
    QVERIFY(popup);
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(name->text(), QString());
    // Choosing one from the list fills the fields.
    const int leeRow = matches.first().contains(QStringLiteral("이영희")) ? 0 : 1;
    for (int i = 0; i <= leeRow; ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(name->text(), QStringLiteral("이영희"));
    QCOMPARE(phone->text(), QStringLiteral("010-9999-5678"));
    QCOMPARE(address->text(), QStringLiteral("부산 해운대구 3"));

    // The whole number of one customer fills at once, their last address first.
    phone->selectAll();
    type(phone, QStringLiteral("010-1234-5678"));
    QCOMPARE(name->text(), QStringLiteral("김민수"));
    QCOMPARE(address->text(), QStringLiteral("서울 종로구 2"));
    QCOMPARE(panel->addressChoices(),
             (QStringList{QStringLiteral("서울 종로구 2"), QStringLiteral("서울 마포구 1")}));
    QVERIFY2(panel->customerFound().contains(QStringLiteral("김민수")),
             qPrintable(panel->customerFound()));
    QVERIFY(window.grab().save(QStringLiteral("/tmp/order-panel-customer-ko.png")));
    // A number of nobody: the name and address the book filled go.
    phone->selectAll();
    type(phone, QStringLiteral("010-4444-0000"));
    QCOMPARE(name->text(), QString());
    QCOMPARE(address->text(), QString());
    QCOMPARE(panel->customerFound(), QString());

    // Back to Kim, an order: the book counts it.
    phone->selectAll();
    type(phone, QStringLiteral("01012345678"));
    QCOMPARE(name->text(), QStringLiteral("김민수"));
    QLineEdit *product = panel->productField();
    product->setFocus(Qt::TabFocusReason);
    type(product, Apple);
    pressEnter(product);
    QVERIFY(panel->placeOrder());
    QCOMPARE(book.details(kim.customerId)->totals.orders, 1);

    // A new phone: the customer is saved with the order, and found the next time.
    type(name, QStringLiteral("박지성"));
    type(phone, QStringLiteral("010-7777-8888"));
    type(address, QStringLiteral("수원 팔달구 4"));
    product->setFocus(Qt::TabFocusReason);
    type(product, Apple);
    pressEnter(product);
    QVERIFY(panel->placeOrder());
    const PhoneLookup park = book.lookupByPhone(QStringLiteral("010-7777-8888")).value();
    QCOMPARE(park.exact.size(), 1);
    QCOMPARE(park.exact.first().name, QStringLiteral("박지성"));
    type(phone, QStringLiteral("010-7777-8888"));
    QCOMPARE(name->text(), QStringLiteral("박지성"));
    QCOMPARE(address->text(), QStringLiteral("수원 팔달구 4"));
}

void tst_Counter::theCustomersDialogFindsAndErases()
{
    // File > Customers: the book by name or by what the search finds, a customer's orders and
    // total, and a manager's erasure, which leaves the order its money only.
    TestShop t;
    t.staff(QStringLiteral("사장"), QStringLiteral("2468"),
            {{QStringLiteral("직원"), QStringLiteral("1357")}});
    t.product(Apple, 12'000, 10, QStringLiteral("유기농 사과 1kg"));
    const OrderDetails placed =
        t.shop->orders
            .placeOrder({QStringLiteral("김민수"), QStringLiteral("010-1234-5678"),
                         QStringLiteral("서울 마포구 1")},
                        {{Apple, 1}})
            .value();
    const QString kim =
        t.shop->customers.lookupByPhone(QStringLiteral("01012345678"))->exact.value(0).customerId;
    QVERIFY(!kim.isEmpty());
    QVERIFY(t.shop->customers
                .registerCustomer(QStringLiteral("이영희"), {QStringLiteral("010-9999-0000")})
                .ok());

    CustomersDialog dialog(*t.shop);
    dialog.setConfirmErase(false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.listedIds().size(), 2);
    type(child<QLineEdit>(&dialog, QStringLiteral("customerSearch")), QStringLiteral("5678"));
    QCOMPARE(dialog.listedIds(), QStringList{kim});
    const QString details = dialog.detailsText();
    QVERIFY2(details.contains(QStringLiteral("김민수")) &&
                 details.contains(QStringLiteral("서울 마포구 1")) &&
                 details.contains(QStringLiteral("₩12,000")) &&
                 details.contains(placed.order.orderId()),
             qPrintable(details));
    QVERIFY(dialog.grab().save(QStringLiteral("/tmp/customers-ko.png")));

    // Edit: a second phone, a new address on top (the newest), a note; a bad phone is refused.
    dialog.editSelected();
    auto *editor = dialog.findChild<QDialog *>(QStringLiteral("customerEditor"));
    QVERIFY(editor && editor->isVisible());
    auto *phones = child<QPlainTextEdit>(editor, QStringLiteral("customerEditPhones"));
    auto *addresses = child<QPlainTextEdit>(editor, QStringLiteral("customerEditAddresses"));
    QCOMPARE(phones->toPlainText(), QStringLiteral("010-1234-5678"));
    phones->setPlainText(QStringLiteral("010-1234-5678\n12"));
    QVERIFY(!dialog.saveEdit());
    QVERIFY(editor->isVisible());
    QCOMPARE(t.shop->customers.customer(kim)->phones.size(), 1);
    phones->setPlainText(QStringLiteral("010-1234-5678\n02-333-4444"));
    addresses->setPlainText(QStringLiteral("부산 해운대구 9\n서울 마포구 1"));
    child<QLineEdit>(editor, QStringLiteral("customerEditNote"))->setText(QStringLiteral("문 앞"));
    QVERIFY(dialog.saveEdit());
    QVERIFY(!editor->isVisible());
    const CustomerRecord edited = t.shop->customers.customer(kim).value();
    QCOMPARE(edited.phones,
             (QStringList{QStringLiteral("010-1234-5678"), QStringLiteral("02-333-4444")}));
    QCOMPARE(edited.lastAddress(), QStringLiteral("부산 해운대구 9"));
    QCOMPARE(edited.note, QStringLiteral("문 앞"));
    QVERIFY(dialog.detailsText().contains(QStringLiteral("02-333-4444")));

    // A clerk may look but not erase.
    QVERIFY(t.shop->users.logIn(QStringLiteral("직원"), QStringLiteral("1357")).ok());
    dialog.reload();
    auto *erase = child<QPushButton>(&dialog, QStringLiteral("eraseCustomerButton"));
    QVERIFY(!erase->isEnabled());
    QVERIFY(t.shop->users.logIn(QStringLiteral("사장"), QStringLiteral("2468")).ok());
    dialog.reload();
    QVERIFY(erase->isEnabled());
    QTest::mouseClick(erase, Qt::LeftButton);
    QVERIFY(t.shop->customers.customer(kim)->erased);
    const OrderDetails after = t.order(placed.order.orderId());
    QCOMPARE(after.order.total(), placed.order.total());
    QVERIFY(after.order.customer().name != QStringLiteral("김민수"));
    QCOMPARE(after.order.customer().phone, QString());
    QVERIFY(!erase->isEnabled());
    // The old number finds nobody now.
    QCOMPARE(dialog.listedIds(), QStringList());
}

QTEST_MAIN(tst_Counter)
#include "tst_counter.moc"
