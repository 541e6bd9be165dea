// The counter's sale details of issue 13, driven by keys offscreen in the main window, in
// Korean: a cash receipt on the cash parts of the pay dialog (Alt+R, the number, the purpose,
// Enter), a discount per line in the new order panel (F6, the discount, Enter), and which
// payments a return refunds first in the return dialog (card by default, Alt+H for cash). What
// the services then hold is read back through OrderService; refusals leave nothing changed.
// renderDialogs saves the three in English and Korean as /tmp/saledialogs-*.png to look at.
#include "displaytext.h"
#include "errortext.h"
#include "keyboard.h"
#include "mainwindow.h"
#include "neworderpanel.h"
#include "orderdetailsview.h"
#include "orderlinesmodel.h"
#include "orderstab.h"
#include "paydialog.h"
#include "returndialog.h"
#include "testshop.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;
using namespace ShopDesk::Testing;

namespace {

const QString Apple = QStringLiteral("P1");
const QString Milk = QStringLiteral("P2");
const QString Pear = QStringLiteral("P3");

// The offscreen platform leaves no window active when a dialog closes; a window manager would
// give the activation back.
void reactivate(QWidget *window)
{
    if (QApplication::activeWindow() != window) {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
}

// Text as shown, without the word joiners that keep a cash receipt's number on one line.
QString plain(QString text)
{
    return text.remove(QChar(0x2060));
}

QString cell(const OrderLinesModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// The mnemonic letters of the visible buttons and buddied labels of a dialog, for clashes
// among the widgets this test adds (tst_mnemonics checks the rest).
QStringList mnemonicClashes(QWidget *dialog)
{
    QHash<QChar, QString> seen;
    QStringList clashes;
    const auto add = [&](const QString &text) {
        const qsizetype at = text.indexOf(u'&');
        if (at < 0 || at + 1 >= text.size() || text.at(at + 1) == u'&')
            return;
        const QChar letter = text.at(at + 1).toUpper();
        if (seen.contains(letter))
            clashes << QStringLiteral("%1: %2 / %3").arg(letter).arg(seen.value(letter), text);
        seen.insert(letter, text);
    };
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text());
    }
    return clashes;
}

// An order placed through the service: the pay and return tests start from it.
QString place(TestShop &t, const QList<OrderRequestLine> &lines)
{
    auto placed =
        t.shop->orders.placeOrder({QStringLiteral("김민수"), QStringLiteral("010-5555-1234"),
                                   QStringLiteral("서울 종로구 1")},
                                  lines);
    if (!placed)
        qFatal("cannot place: %s", qPrintable(placed.error().message));
    return placed->order.orderId();
}

// The main window of a shop, shown and active, on its Orders tab.
struct Counter
{
    explicit Counter(TestShop &t)
        : window(*t.shop)
    {
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            qFatal("the window did not become active");
        tab = window.findChild<OrdersTab *>();
        panel = tab->newOrderPanel();
    }

    // F9 on the order: the pay dialog, active, the amount in focus.
    PayDialog *pay(const QString &orderId)
    {
        reactivate(&window);
        if (!tab->selectOrder(orderId))
            return nullptr;
        QTest::keyClick(&window, Qt::Key_F4);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F9);
        if (!QTest::qWaitFor(
                [this] { return tab->payDialog() && tab->payDialog()->isActiveWindow(); }))
            return nullptr;
        return tab->payDialog();
    }

    // Alt+T on the order: the return dialog, active, the first line's quantity in focus.
    ReturnDialog *returns(const QString &orderId)
    {
        reactivate(&window);
        if (!tab->selectOrder(orderId))
            return nullptr;
        QTest::keyClick(&window, Qt::Key_F4);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier);
        OrderDetailsView *details = tab->detailsView();
        if (!QTest::qWaitFor([details] {
                return details->returnDialog() && details->returnDialog()->isActiveWindow();
            }))
            return nullptr;
        return details->returnDialog();
    }

    // The product and Enter in the product field (F2 first).
    void add(const QString &entry)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
        QLineEdit *product = panel->productField();
        QTRY_VERIFY(product->hasFocus());
        type(product, entry);
        pressEnter(product);
        // The completions' popup, shown while typing, may take the activation once its events
        // are through (offscreen).
        QTest::qWait(50);
        reactivate(&window);
    }

    // F6 on the selected line, the discount (empty: none) and Enter.
    void discountLine(const QString &discount)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        auto *view = child<QTableView>(panel, QStringLiteral("orderLinesView"));
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()) &&
                    view->viewport()->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(view->currentIndex().column(), int(OrderLinesModel::DiscountColumn));
        QPointer<QWidget> editor = QApplication::focusWidget();
        // The discount the line has is selected: what is typed replaces it, Backspace clears it.
        if (discount.isEmpty())
            QTest::keyClick(editor, Qt::Key_Backspace);
        type(editor, discount);
        QCOMPARE(static_cast<QLineEdit *>(editor.data())->text(), discount);
        QTest::keyClick(editor, Qt::Key_Return);
        // The view commits and closes the editor in a queued call.
        QTRY_VERIFY(editor.isNull());
    }

    MainWindow window;
    OrdersTab *tab = nullptr;
    NewOrderPanel *panel = nullptr;
};

} // namespace

class tst_SaleDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void cashPartsWithCashReceipts();
    void businessNumberIsForExpenseProof();
    void badCashReceiptNumberDisablesConfirm_data();
    void badCashReceiptNumberDisablesConfirm();
    void cardPartTakesNoCashReceipt();

    void lineDiscountsInTheModel();
    void lineDiscountsByKeys();
    void badLineDiscountChangesNothing_data();
    void badLineDiscountChangesNothing();
    void quantityBelowTheLineDiscountIsRefused();
    void lineDiscountAboveTheLimitAsksForAManager();

    void refundFirst_data();
    void refundFirst();
    void noRefundChoiceForOneMethod();

    void renderDialogs_data();
    void renderDialogs();

private:
    void useLanguage(const QString &language);

    std::unique_ptr<QTranslator> m_own;
    std::unique_ptr<QTranslator> m_qt;
};

void tst_SaleDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    useLanguage(QStringLiteral("ko"));
}

void tst_SaleDialogs::cleanupTestCase()
{
    for (auto *translator : {m_own.get(), m_qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
}

// As Language::install does: ShopDesk's own translation and Qt's, for the standard buttons.
void tst_SaleDialogs::useLanguage(const QString &language)
{
    cleanupTestCase();
    const bool korean = language == QLatin1StringView("ko");
    const QLocale locale = korean ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                  : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    m_own = std::make_unique<QTranslator>();
    QVERIFY(m_own->load(QStringLiteral(":/i18n/shopdesk_%1.qm").arg(language)));
    QVERIFY(QCoreApplication::installTranslator(m_own.get()));
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
}

// Two cash parts: one with a receipt to the customer's phone (income deduction, the default),
// one with a receipt asked for without a number, for expense proof: the tax office's
// self-issue number. Both recorded with the payment and shown masked.
void tst_SaleDialogs::cashPartsWithCashReceipts()
{
    TestShop t;
    t.product(Apple, 12'000, 10, QStringLiteral("유기농 사과 1kg"));
    const QString orderId = place(t, {{Apple, 2}});
    Counter counter(t);
    PayDialog *dialog = counter.pay(orderId);
    QVERIFY(dialog);
    auto *amount = child<QLineEdit>(dialog, QStringLiteral("payAmount"));
    auto *receipt = child<QCheckBox>(dialog, QStringLiteral("payCashReceipt"));
    auto *number = child<QLineEdit>(dialog, QStringLiteral("payReceiptNumber"));
    auto *deduction = child<QRadioButton>(dialog, QStringLiteral("payReceiptDeduction"));
    auto *proof = child<QRadioButton>(dialog, QStringLiteral("payReceiptProof"));
    auto *confirm = child<QPushButton>(dialog, QStringLiteral("payConfirm"));
    auto *shown = child<QLabel>(dialog, QStringLiteral("payReceiptShown"));
    QTRY_VERIFY(amount->hasFocus());
    QVERIFY(!receipt->isChecked());
    QVERIFY(!number->isEnabled());

    type(focused(), QStringLiteral("10000"));
    QTest::keyClick(focused(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(number->hasFocus());
    QVERIFY(receipt->isChecked());
    QVERIFY(deduction->isChecked());
    // Nothing typed yet: the self-issue number, and the part can be taken as it is.
    QVERIFY2(plain(shown->text()).contains(QStringLiteral("010-000-1234")),
             qPrintable(shown->text()));
    type(focused(), QStringLiteral("010-1234-5678"));
    QVERIFY(confirm->isEnabled());
    QVERIFY2(plain(shown->text()).contains(QStringLiteral("010-****-5678")),
             qPrintable(shown->text()));
    QVERIFY(deduction->isChecked());
    QTest::keyClick(focused(), Qt::Key_Return);

    OrderDetails paid = t.order(orderId);
    QCOMPARE(paid.payments.size(), 1);
    QCOMPARE(paid.payments.at(0).method(), PaymentMethod::Cash);
    QCOMPARE(paid.payments.at(0).amount(), 10'000);
    QVERIFY(paid.payments.at(0).cashReceipt().has_value());
    QCOMPARE(*paid.payments.at(0).cashReceipt(),
             (CashReceipt{CashReceipt::Kind::Phone, QStringLiteral("01012345678"),
                          CashReceipt::Purpose::Deduction}));
    const QString parts = plain(child<QLabel>(dialog, QStringLiteral("payParts"))->text());
    QVERIFY2(parts.contains(QStringLiteral("010-****-5678")) &&
                 !parts.contains(QStringLiteral("1234-5678")),
             qPrintable(parts));

    // The next part starts without a receipt; the rest, with one but no number, for proof.
    QTRY_VERIFY(amount->hasFocus());
    QCOMPARE(amount->text(), QStringLiteral("14000"));
    QVERIFY(!receipt->isChecked());
    QVERIFY(number->text().isEmpty());
    QTest::keyClick(focused(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(number->hasFocus());
    QTest::keyClick(focused(), Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(proof->isChecked());
    QVERIFY2(plain(shown->text()).contains(QStringLiteral("010-000-1234")),
             qPrintable(shown->text()));
    QVERIFY(confirm->isEnabled());
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!counter.tab->payDialog());

    paid = t.order(orderId);
    QCOMPARE(paid.order.status(), OrderStatus::Delivering);
    QCOMPARE(paid.payments.size(), 2);
    QCOMPARE(paid.payments.at(1).amount(), 14'000);
    QVERIFY(paid.payments.at(1).cashReceipt().has_value());
    QCOMPARE(*paid.payments.at(1).cashReceipt(),
             (CashReceipt{CashReceipt::Kind::SelfIssued, QString(CashReceipt::SelfIssueNumber),
                          CashReceipt::Purpose::Proof}));
    const QString receiptText = cashReceiptText(*paid.payments.at(1).cashReceipt());
    QVERIFY2(plain(receiptText).contains(QStringLiteral("010-000-1234")), qPrintable(receiptText));
    QVERIFY2(paymentPartText(paid.payments.at(1)).endsWith(QStringLiteral(", ") + receiptText),
             qPrintable(paymentPartText(paid.payments.at(1))));
    const QString details =
        plain(child<QLabel>(counter.tab, QStringLiteral("orderDetailsPayment"))->text());
    QVERIFY2(details.contains(QStringLiteral("010-****-5678")) &&
                 details.contains(QStringLiteral("010-000-1234")),
             qPrintable(details));
}

// A business registration number is for expense proof alone: the purpose follows it until the
// clerk chooses one.
void tst_SaleDialogs::businessNumberIsForExpenseProof()
{
    TestShop t;
    t.product(Apple, 12'000, 10);
    const QString orderId = place(t, {{Apple, 1}});
    Counter counter(t);
    PayDialog *dialog = counter.pay(orderId);
    QVERIFY(dialog);
    auto *number = child<QLineEdit>(dialog, QStringLiteral("payReceiptNumber"));
    auto *proof = child<QRadioButton>(dialog, QStringLiteral("payReceiptProof"));
    QTRY_VERIFY(child<QLineEdit>(dialog, QStringLiteral("payAmount"))->hasFocus());
    // Tab goes from the amount to the cash tendered, then to the receipt; Space asks for one.
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(),
             static_cast<QWidget *>(child<QLineEdit>(dialog, QStringLiteral("payTendered"))));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(),
             static_cast<QWidget *>(child<QCheckBox>(dialog, QStringLiteral("payCashReceipt"))));
    QTest::keyClick(focused(), Qt::Key_Space);
    QTRY_VERIFY(number->hasFocus());
    type(focused(), QStringLiteral("123-45-67891"));
    QVERIFY(proof->isChecked());
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("payConfirm"))->isEnabled());
    QVERIFY2(plain(child<QLabel>(dialog, QStringLiteral("payReceiptShown"))->text())
                 .contains(QStringLiteral("123-45-67891")),
             qPrintable(child<QLabel>(dialog, QStringLiteral("payReceiptShown"))->text()));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!counter.tab->payDialog());
    const OrderDetails paid = t.order(orderId);
    QCOMPARE(paid.payments.size(), 1);
    QCOMPARE(*paid.payments.at(0).cashReceipt(),
             (CashReceipt{CashReceipt::Kind::Business, QStringLiteral("1234567891"),
                          CashReceipt::Purpose::Proof}));
    QVERIFY(plain(paymentPartText(paid.payments.at(0))).contains(QStringLiteral("123-45-67891")));
}

void tst_SaleDialogs::badCashReceiptNumberDisablesConfirm_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("chooseDeduction");
    QTest::newRow("too few digits") << QStringLiteral("12345") << false;
    QTest::newRow("12 digits") << QStringLiteral("010-1234-56789") << false;
    QTest::newRow("20 digits") << QStringLiteral("1234 5678 9012 3456 7890") << false;
    QTest::newRow("business check digit") << QStringLiteral("123-45-67890") << false;
    QTest::newRow("business for deduction") << QStringLiteral("123-45-67891") << true;
}

// A number CashReceipt::parse refuses: the dialog says the domain's reason in its words, the
// confirm button is disabled, and Enter pays nothing.
void tst_SaleDialogs::badCashReceiptNumberDisablesConfirm()
{
    QFETCH(QString, typed);
    QFETCH(bool, chooseDeduction);
    TestShop t;
    t.product(Apple, 12'000, 10);
    const QString orderId = place(t, {{Apple, 1}});
    Counter counter(t);
    PayDialog *dialog = counter.pay(orderId);
    QVERIFY(dialog);
    auto *number = child<QLineEdit>(dialog, QStringLiteral("payReceiptNumber"));
    auto *confirm = child<QPushButton>(dialog, QStringLiteral("payConfirm"));
    QTRY_VERIFY(child<QLineEdit>(dialog, QStringLiteral("payAmount"))->hasFocus());
    QTest::keyClick(focused(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(number->hasFocus());
    type(focused(), typed);
    QCOMPARE(number->text(), typed);
    if (chooseDeduction) {
        QTest::keyClick(focused(), Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(
            child<QRadioButton>(dialog, QStringLiteral("payReceiptDeduction"))->isChecked());
    }
    const Result<CashReceipt> refused = CashReceipt::parse(typed, CashReceipt::Purpose::Deduction);
    QVERIFY(!refused.ok());
    const QString problem = child<QLabel>(dialog, QStringLiteral("payProblem"))->text();
    QCOMPARE(problem, ErrorText::cashReceipt(refused.error()));
    QCOMPARE(dialog->problem(), problem);
    QVERIFY(!confirm->isEnabled());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("payReceiptShown"))->text().isEmpty());

    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    const OrderDetails unpaid = t.order(orderId);
    QVERIFY(unpaid.payments.isEmpty());
    QCOMPARE(unpaid.order.status(), OrderStatus::Placed);
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("payProblem"))->text(), problem);

    // No receipt after all (Alt+R again): the part can be paid without one.
    QTest::keyClick(focused(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(!child<QCheckBox>(dialog, QStringLiteral("payCashReceipt"))->isChecked());
    QVERIFY(confirm->isEnabled());
    QVERIFY(dialog->problem().isEmpty());
}

// The receipt belongs to the cash part: a card part hides it and records none.
void tst_SaleDialogs::cardPartTakesNoCashReceipt()
{
    TestShop t;
    t.product(Apple, 12'000, 10);
    const QString orderId = place(t, {{Apple, 1}});
    Counter counter(t);
    PayDialog *dialog = counter.pay(orderId);
    QVERIFY(dialog);
    auto *number = child<QLineEdit>(dialog, QStringLiteral("payReceiptNumber"));
    QTRY_VERIFY(child<QLineEdit>(dialog, QStringLiteral("payAmount"))->hasFocus());
    QTest::keyClick(focused(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(number->hasFocus());
    type(focused(), QStringLiteral("12345"));
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("payConfirm"))->isEnabled());
    QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(child<QLineEdit>(dialog, QStringLiteral("payApproval"))->hasFocus());
    QVERIFY(!number->isVisible());
    QVERIFY(!dialog->cashReceipt().has_value());
    type(focused(), QStringLiteral("30012345"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!counter.tab->payDialog());
    const OrderDetails paid = t.order(orderId);
    QCOMPARE(paid.payments.size(), 1);
    QCOMPARE(paid.payments.at(0).method(), PaymentMethod::Card);
    QVERIFY(!paid.payments.at(0).cashReceipt().has_value());
}

// The lines model takes a line's discount as Discount::parse reads it, and only what
// orderMoney takes; the request carries it.
void tst_SaleDialogs::lineDiscountsInTheModel()
{
    OrderLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy totals(&model, &OrderLinesModel::totalChanged);
    QSignalSpy refused(&model, &OrderLinesModel::discountRefused);
    QVERIFY(totals.isValid());
    QVERIFY(refused.isValid());
    model.addProduct({Apple, QStringLiteral("사과"), 1'000, {}, {}}, 3);
    const QModelIndex discount = model.index(0, OrderLinesModel::DiscountColumn);
    QVERIFY(model.flags(discount) & Qt::ItemIsEditable);
    QCOMPARE(discount.data(Qt::EditRole).toString(), QString());

    QVERIFY(model.setData(discount, QStringLiteral("10%")));
    QCOMPARE(totals.size(), 2);
    QCOMPARE(discount.data(Qt::EditRole).toString(), QStringLiteral("10%"));
    QCOMPARE(discount.data(OrderLinesModel::ValueRole).toLongLong(), 300);
    QCOMPARE(model.requestLines().first().discount, (Discount{Discount::Kind::Percent, 10, {}}));

    QVERIFY(!model.setData(discount, QStringLiteral("3001")));
    QVERIFY(!model.setData(discount, QStringLiteral("-1")));
    QCOMPARE(refused.size(), 2);
    QCOMPARE(refused.at(0).at(2).value<OrderLinesModel::DiscountRefusal>(),
             OrderLinesModel::DiscountRefusal::MoreThanTheLine);
    QCOMPARE(refused.at(1).at(2).value<OrderLinesModel::DiscountRefusal>(),
             OrderLinesModel::DiscountRefusal::NotADiscount);
    QCOMPARE(model.lineAt(0).discount.value, 10);
    QCOMPARE(totals.size(), 2);

    QVERIFY(model.setData(discount, QStringLiteral("3000")));
    QVERIFY(!model.setData(model.index(0, OrderLinesModel::QtyColumn), 2));
    QCOMPARE(refused.last().at(2).value<OrderLinesModel::DiscountRefusal>(),
             OrderLinesModel::DiscountRefusal::QuantityBelowDiscount);
    QCOMPARE(model.lineAt(0).qty, 3);
    model.addProduct({Apple, QStringLiteral("사과"), 1'000, {}, {}}, 1);
    QCOMPARE(model.lineAt(0).qty, 4);
    QCOMPARE(model.lineAt(0).discount.value, 3'000);
    QVERIFY(model.setData(discount, QString()));
    QVERIFY(model.lineAt(0).discount.isNone());
}

// Three lines, two of them with their own discount (10 % and 500), and 1,000 off the order:
// the table, the summary and the big total show what orderMoney reckons, and the placed order
// holds the discounts with the reason typed.
void tst_SaleDialogs::lineDiscountsByKeys()
{
    TestShop t;
    t.product(Apple, 12'000, 10, QStringLiteral("유기농 사과 1kg"));
    t.product(Milk, 2'500, 10, QStringLiteral("서울 우유 1L"));
    t.product(Pear, 30'000, 10, QStringLiteral("나주 배 5kg"));
    Counter counter(t);
    NewOrderPanel *panel = counter.panel;
    OrderLinesModel *lines = panel->lines();
    type(child<QLineEdit>(counter.tab, QStringLiteral("customerName")), QStringLiteral("김민수"));

    counter.add(Apple + QStringLiteral("*2"));
    counter.discountLine(QStringLiteral("10%"));
    QCOMPARE(lines->lineAt(0).discount, (Discount{Discount::Kind::Percent, 10, {}}));
    QCOMPARE(cell(lines, 0, OrderLinesModel::DiscountColumn),
             QStringLiteral("10% (-%1)").arg(DisplayText::money(2'400)));
    QVERIFY2(panel->message().contains(QStringLiteral("10% (-%1)").arg(DisplayText::money(2'400))),
             qPrintable(panel->message()));
    counter.add(Milk);
    counter.discountLine(QStringLiteral("500"));
    QCOMPARE(lines->lineAt(1).discount, (Discount{Discount::Kind::Amount, 500, {}}));
    QCOMPARE(cell(lines, 1, OrderLinesModel::DiscountColumn),
             QStringLiteral("-") + DisplayText::money(500));
    QCOMPARE(lines->lineAt(0).discount.value, 10); // the other line kept its own
    counter.add(Pear);
    QCOMPARE(lines->rowCount(), 3);
    QVERIFY(lines->lineAt(2).discount.isNone());
    QCOMPARE(cell(lines, 2, OrderLinesModel::DiscountColumn), QString());

    auto *discount = child<QLineEdit>(counter.tab, QStringLiteral("orderDiscount"));
    QTest::keyClick(focused(), Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(discount->hasFocus());
    type(focused(), QStringLiteral("1000"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    type(focused(), QStringLiteral("단골 할인"));

    // 56,500 gross, 2,900 off the lines, 1,000 off the order.
    const Result<OrderMoney> expected =
        orderMoney({lines->lineAt(0), lines->lineAt(1), lines->lineAt(2)},
                   Discount{Discount::Kind::Amount, 1'000, {}}, Tax::DefaultVatRate);
    QVERIFY(expected.ok());
    QCOMPARE(expected->total, 52'600);
    QCOMPARE(child<QLabel>(counter.tab, QStringLiteral("orderTotal"))->text(),
             DisplayText::money(52'600));
    const QString summary = panel->moneySummary();
    QVERIFY2(summary.contains(DisplayText::money(56'500)) &&
                 summary.contains(QStringLiteral("-") + DisplayText::money(3'900)) &&
                 summary.contains(DisplayText::money(expected->vat)),
             qPrintable(summary));

    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!counter.tab->selectedOrderId().isEmpty());
    QVERIFY(lines->isEmpty());
    const OrderDetails placed = t.order(counter.tab->selectedOrderId());
    const QList<OrderLine> &ordered = placed.order.lines();
    QCOMPARE(ordered.size(), 3);
    QCOMPARE(ordered.at(0).discount,
             (Discount{Discount::Kind::Percent, 10, QStringLiteral("단골 할인")}));
    QCOMPARE(ordered.at(1).discount,
             (Discount{Discount::Kind::Amount, 500, QStringLiteral("단골 할인")}));
    QVERIFY(ordered.at(2).discount.isNone());
    const OrderMoney &money = placed.order.money();
    QCOMPARE(money.lines.at(0).lineDiscount, 2'400);
    QCOMPARE(money.lines.at(1).lineDiscount, 500);
    QCOMPARE(money.lines.at(2).lineDiscount, 0);
    QCOMPARE(money.lineDiscounts, 2'900);
    QCOMPARE(money.orderDiscount, 1'000);
    QCOMPARE(money.gross, 56'500);
    QCOMPARE(placed.order.total(), 52'600);
    QCOMPARE(money, expected.value());
}

void tst_SaleDialogs::badLineDiscountChangesNothing_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("negative") << QStringLiteral("-500");
    QTest::newRow("text") << QStringLiteral("abc");
    QTest::newRow("over 100 %") << QStringLiteral("101%");
    QTest::newRow("fraction of a percent") << QStringLiteral("12.5%");
    QTest::newRow("over the line") << QStringLiteral("24001");
}

// A line discount the domain refuses: a message says why, the line keeps the discount it had,
// the summary and the total stay, and nothing is placed.
void tst_SaleDialogs::badLineDiscountChangesNothing()
{
    QFETCH(QString, typed);
    TestShop t;
    t.product(Apple, 12'000, 10);
    Counter counter(t);
    OrderLinesModel *lines = counter.panel->lines();
    counter.add(Apple + QStringLiteral("*2"));
    counter.discountLine(QStringLiteral("500"));
    const QString total = child<QLabel>(counter.tab, QStringLiteral("orderTotal"))->text();
    const QString summary = counter.panel->moneySummary();
    QCOMPARE(total, DisplayText::money(23'500));

    counter.discountLine(typed);
    QCOMPARE(lines->lineAt(0).discount, (Discount{Discount::Kind::Amount, 500, {}}));
    QCOMPARE(lines->lineAt(0).qty, 2);
    QCOMPARE(child<QLabel>(counter.tab, QStringLiteral("orderTotal"))->text(), total);
    QCOMPARE(counter.panel->moneySummary(), summary);
    const QString message = counter.panel->message();
    QVERIFY2(
        child<QLabel>(counter.tab, QStringLiteral("orderMessage"))->property("problem").toBool(),
        qPrintable(message));
    QVERIFY2(message.contains(typed.startsWith(u'2') ? DisplayText::money(24'000) : typed),
             qPrintable(message));
    QVERIFY(t.shop->orders.orders().value().isEmpty());

    // Empty takes the discount off.
    counter.discountLine(QString());
    QVERIFY(lines->lineAt(0).discount.isNone());
    QCOMPARE(child<QLabel>(counter.tab, QStringLiteral("orderTotal"))->text(),
             DisplayText::money(24'000));
}

// A quantity typed on a line whose amount off it would exceed is refused like the discount.
void tst_SaleDialogs::quantityBelowTheLineDiscountIsRefused()
{
    TestShop t;
    t.product(Apple, 12'000, 10);
    Counter counter(t);
    OrderLinesModel *lines = counter.panel->lines();
    counter.add(Apple + QStringLiteral("*3"));
    counter.discountLine(QStringLiteral("30000"));
    QCOMPARE(lines->lineAt(0).discount.value, 30'000);
    auto *view = child<QTableView>(counter.panel, QStringLiteral("orderLinesView"));
    view->setCurrentIndex(lines->index(0, OrderLinesModel::QtyColumn));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_2);
    QPointer<QWidget> editor = QApplication::focusWidget();
    QVERIFY(editor && editor != view);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(editor.isNull());
    QCOMPARE(lines->lineAt(0).qty, 3);
    QCOMPARE(lines->lineAt(0).discount.value, 30'000);
    QVERIFY2(counter.panel->message().contains(DisplayText::money(30'000)),
             qPrintable(counter.panel->message()));
    QCOMPARE(child<QLabel>(counter.tab, QStringLiteral("orderTotal"))->text(),
             DisplayText::money(6'000));
}

// A clerk's line discount above the limit goes the order discount's way: a manager's PIN, or
// nothing is placed when the approval is cancelled.
void tst_SaleDialogs::lineDiscountAboveTheLimitAsksForAManager()
{
    TestShop t;
    t.staff(QStringLiteral("boss"), QStringLiteral("4321"),
            {{QStringLiteral("kim"), QStringLiteral("1111")}});
    t.product(Apple, 10'000, 10);
    QVERIFY(t.shop->users.logIn(QStringLiteral("kim"), QStringLiteral("1111")).ok());
    Counter counter(t);
    type(child<QLineEdit>(counter.tab, QStringLiteral("customerName")), QStringLiteral("Lee"));
    counter.add(Apple);
    counter.discountLine(QStringLiteral("30%"));

    // Escape in the approval: refused, nothing placed, the line and its discount still there.
    QTimer::singleShot(0, this, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("discountApprovalDialog"));
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(t.shop->orders.orders().value().isEmpty());
    QCOMPARE(counter.panel->lines()->rowCount(), 1);
    QCOMPARE(counter.panel->lines()->lineAt(0).discount.value, 30);
    QVERIFY(!counter.panel->message().isEmpty());

    reactivate(&counter.window);
    QTimer::singleShot(0, this, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        type(child<QLineEdit>(dialog, QStringLiteral("approvalManager")), QStringLiteral("boss"));
        type(child<QLineEdit>(dialog, QStringLiteral("approvalPin")), QStringLiteral("4321"));
        QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("approvalPin")), Qt::Key_Return);
    });
    QTest::keyClick(&counter.window, Qt::Key_Return, Qt::ControlModifier);
    const auto orders = t.shop->orders.orders().value();
    QCOMPARE(orders.size(), 1);
    const OrderDetails placed = t.order(orders.first().orderId);
    QCOMPARE(placed.order.total(), 7'000);
    QCOMPARE(placed.order.lines().at(0).discount.kind, Discount::Kind::Percent);
    QCOMPARE(placed.order.lines().at(0).discount.value, 30);
    QCOMPARE(placed.order.terms().discountApprovedBy, QStringLiteral("boss"));
}

void tst_SaleDialogs::refundFirst_data()
{
    using Part = Events::PaymentRefunded::Part;
    QTest::addColumn<bool>("cashFirst");
    QTest::addColumn<QList<Part>>("parts");
    QTest::newRow("card first") << false << QList<Part>{{2, PaymentMethod::Card, 12'000}};
    QTest::newRow("cash first") << true
                                << QList<Part>{{1, PaymentMethod::Cash, 5'000},
                                               {2, PaymentMethod::Card, 7'000}};
}

// Paid 5,000 in cash and 12,000 by card; the apple (12,000) comes back. Card first (the
// default) refunds it all to the card; Alt+H refunds the cash part first, then the card. The
// preview says so before Enter, and the return records it.
void tst_SaleDialogs::refundFirst()
{
    using Part = Events::PaymentRefunded::Part;
    QFETCH(bool, cashFirst);
    QFETCH(QList<Part>, parts);
    TestShop t;
    t.product(Apple, 12'000, 10);
    t.product(Milk, 2'500, 10);
    const QString orderId = place(t, {{Apple, 1}, {Milk, 2}});
    PaymentRequest cash;
    cash.amount = 5'000;
    QVERIFY(t.shop->orders.pay(orderId, cash).ok());
    PaymentRequest card;
    card.method = PaymentMethod::Card;
    card.card.approval = QStringLiteral("30012345");
    QVERIFY(t.shop->orders.pay(orderId, card).ok());
    QCOMPARE(t.order(orderId).order.status(), OrderStatus::Delivering);

    Counter counter(t);
    ReturnDialog *dialog = counter.returns(orderId);
    QVERIFY(dialog);
    QVERIFY(dialog->offersRefundOrder());
    auto *cardFirst = child<QRadioButton>(dialog, QStringLiteral("returnCardFirst"));
    auto *cashFirstButton = child<QRadioButton>(dialog, QStringLiteral("returnCashFirst"));
    QVERIFY(cardFirst->isVisible());
    QVERIFY(cardFirst->isChecked());
    QVERIFY2(mnemonicClashes(dialog).isEmpty(), qPrintable(mnemonicClashes(dialog).join(u'\n')));
    QTRY_COMPARE(focused(), static_cast<QWidget *>(dialog->quantityBox(0)));
    QTest::keyClick(focused(), Qt::Key_Up);
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("returnRefund"))->text(),
             DisplayText::money(12'000));
    auto *to = child<QLabel>(dialog, QStringLiteral("returnRefundParts"));
    QVERIFY2(to->text().contains(DisplayText::money(12'000)) &&
                 !to->text().contains(DisplayText::money(5'000)),
             qPrintable(to->text()));
    if (cashFirst) {
        QTest::keyClick(focused(), Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(cashFirstButton->isChecked());
        QCOMPARE(dialog->refundOrder(), RefundOrder::CashFirst);
        // Live: the cash part first, then the card for the rest.
        QVERIFY2(to->text().contains(DisplayText::money(5'000)) &&
                     to->text().contains(DisplayText::money(7'000)),
                 qPrintable(to->text()));
        QVERIFY(to->text().indexOf(DisplayText::money(5'000)) <
                to->text().indexOf(DisplayText::money(7'000)));
    }
    QTest::keyClick(focused(), Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(child<QLineEdit>(dialog, QStringLiteral("returnReason"))->hasFocus());
    type(focused(), QStringLiteral("단순 변심"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!counter.tab->detailsView()->returnDialog());

    const OrderDetails after = t.order(orderId);
    QCOMPARE(after.returns.size(), 1);
    QCOMPARE(after.returns.first().refund, 12'000);
    QCOMPARE(after.returns.first().refundParts, parts);
    QCOMPARE(after.payments.at(0).refunded(), cashFirst ? 5'000 : 0);
    QCOMPARE(after.payments.at(1).refunded(), cashFirst ? 7'000 : 12'000);
    QCOMPARE(after.order.total(), 5'000);
}

// Paid by card alone there is nothing to choose: the row is not shown, and the preview names
// the card.
void tst_SaleDialogs::noRefundChoiceForOneMethod()
{
    TestShop t;
    t.product(Apple, 12'000, 10);
    const QString orderId = place(t, {{Apple, 2}});
    QVERIFY(t.shop->orders.payOrder(orderId, PaymentMethod::Card).ok());
    Counter counter(t);
    ReturnDialog *dialog = counter.returns(orderId);
    QVERIFY(dialog);
    QVERIFY(!dialog->offersRefundOrder());
    QVERIFY(!child<QWidget>(dialog, QStringLiteral("returnRefundFirst"))->isVisible());
    QTRY_COMPARE(focused(), static_cast<QWidget *>(dialog->quantityBox(0)));
    QTest::keyClick(focused(), Qt::Key_Up);
    const QString to = child<QLabel>(dialog, QStringLiteral("returnRefundParts"))->text();
    QVERIFY2(to.contains(DisplayText::paymentMethod(QStringLiteral("card"))) &&
                 to.contains(DisplayText::money(12'000)),
             qPrintable(to));
    dialog->reject();
}

void tst_SaleDialogs::renderDialogs_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ko") << QStringLiteral("ko");
}

// The three as the clerk sees them, saved to look at: the pay dialog with a cash receipt, with
// a bad number, the new order panel with line discounts, the return dialog with the choice.
void tst_SaleDialogs::renderDialogs()
{
    QFETCH(QString, language);
    useLanguage(language);
    const auto restore = qScopeGuard([this] { useLanguage(QStringLiteral("ko")); });
    const QString prefix = QStringLiteral("/tmp/saledialogs-%1-").arg(language);
    TestShop t;
    t.product(Apple, 12'000, 10, QStringLiteral("유기농 사과 1kg"));
    t.product(Milk, 2'500, 10, QStringLiteral("서울 우유 1L"));
    const QString orderId = place(t, {{Apple, 1}, {Milk, 2}});
    PaymentRequest cash;
    cash.amount = 5'000;
    cash.cashReceipt =
        CashReceipt::parse(QStringLiteral("01012345678"), CashReceipt::Purpose::Deduction).value();
    QVERIFY(t.shop->orders.pay(orderId, cash).ok());
    const QString unpaid = place(t, {{Apple, 1}});

    Counter counter(t);
    PayDialog *pay = counter.pay(orderId);
    QVERIFY(pay);
    QTRY_VERIFY(child<QLineEdit>(pay, QStringLiteral("payAmount"))->hasFocus());
    QTest::keyClick(focused(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(child<QLineEdit>(pay, QStringLiteral("payReceiptNumber"))->hasFocus());
    type(focused(), QStringLiteral("123-45-67891"));
    QVERIFY(pay->grab().save(prefix + QStringLiteral("pay.png")));
    QTest::keyClick(focused(), Qt::Key_Backspace);
    QVERIFY(!pay->problem().isEmpty());
    QVERIFY(pay->grab().save(prefix + QStringLiteral("pay-bad.png")));
    pay->reject();
    QTRY_VERIFY(!counter.tab->payDialog());

    PayDialog *card = counter.pay(unpaid);
    QVERIFY(card);
    QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(child<QLineEdit>(card, QStringLiteral("payApproval"))->hasFocus());
    QVERIFY(card->grab().save(prefix + QStringLiteral("pay-card.png")));
    card->reject();
    QTRY_VERIFY(!counter.tab->payDialog());

    PaymentRequest rest;
    rest.method = PaymentMethod::Card;
    rest.card.approval = QStringLiteral("30012345");
    QVERIFY(t.shop->orders.pay(orderId, rest).ok());
    ReturnDialog *returns = counter.returns(orderId);
    QVERIFY(returns);
    QTRY_COMPARE(focused(), static_cast<QWidget *>(returns->quantityBox(0)));
    QTest::keyClick(focused(), Qt::Key_Up);
    QTest::keyClick(focused(), Qt::Key_H, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(returns, QStringLiteral("returnCashFirst"))->isChecked());
    QVERIFY2(mnemonicClashes(returns).isEmpty(), qPrintable(mnemonicClashes(returns).join(u'\n')));
    QVERIFY(returns->grab().save(prefix + QStringLiteral("return.png")));
    returns->reject();
    QTRY_VERIFY(!counter.tab->detailsView()->returnDialog());

    reactivate(&counter.window);
    type(child<QLineEdit>(counter.tab, QStringLiteral("customerName")), QStringLiteral("김민수"));
    counter.add(Apple + QStringLiteral("*2"));
    counter.discountLine(QStringLiteral("10%"));
    counter.add(Milk);
    counter.discountLine(QStringLiteral("500"));
    auto *discount = child<QLineEdit>(counter.tab, QStringLiteral("orderDiscount"));
    discount->setFocus(Qt::TabFocusReason);
    type(discount, QStringLiteral("1000"));
    QVERIFY(counter.window.grab().save(prefix + QStringLiteral("neworder.png")));
}

QTEST_MAIN(tst_SaleDialogs)
#include "tst_saledialogs.moc"
