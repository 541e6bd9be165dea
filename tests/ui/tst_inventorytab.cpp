// The Inventory tab driven from the keyboard as a manager would: register a product by typing,
// edit it, receive, write off and count stock, with the table and the stock history following;
// bad input named in the dialogs with nothing saved; a clerk without the manager's actions,
// and refused by the services too.
#include "displaytext.h"
#include "inventorytab.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "productdialog.h"
#include "stockadjustdialog.h"
#include "stockhistorymodel.h"
#include "stocktablemodel.h"
#include "testshop.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace ShopDesk;
using ShopDesk::Testing::TestShop;
using namespace std::chrono_literals;

class tst_InventoryTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void registerProductByTyping();
    void registerRefusesBadInput_data();
    void registerRefusesBadInput();
    void editProduct();
    void editRefusesAnotherProductsBarcode();
    void editKeepsWhatChangedMeanwhile();
    void receiveLossAndCount();
    void adjustRefusesBadInput_data();
    void adjustRefusesBadInput();
    void lowStockByTheProductsThreshold();
    void historyFollowsTheSelection();
    void searchFindsByBarcode();
    void clerkCannotManage();
    void escapeCancelsWithoutSaving();
    void tabOrder();
    void shopDefaultThreshold();
    void pricesInACurrencyWithCents();
    void switchOfUserInTheWindowFollows();
    void problemClearsWhenItsFieldChanges();
    void tooLargeNumbersNameTheRange_data();
    void tooLargeNumbersNameTheRange();
    void barcodeColumnAndPartOfABarcode();
    void emptyListSaysWhy();

private:
    QTableView *stockView() const
    {
        return m_tab->findChild<QTableView *>(QStringLiteral("stockView"));
    }
    QTableView *historyView() const
    {
        return m_tab->findChild<QTableView *>(QStringLiteral("historyView"));
    }
    template<typename T> T *child(QObject *parent, const char *name) const
    {
        T *found = parent->findChild<T *>(QLatin1StringView(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    // Presses a key on the stock list, where the manager's keys work.
    void pressOnList(int key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier)
    {
        m_tab->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
        stockView()->setFocus();
        QTest::keyClick(stockView(), Qt::Key(key), modifiers);
    }
    // The dialog the tab opened, once it is the active window (null if none opened).
    template<typename T> T *dialog() const
    {
        auto *d = qobject_cast<T *>(m_tab->openDialog());
        if (d) {
            // As a window manager activates a new dialog (the offscreen platform may not).
            d->activateWindow();
            QApplication::setActiveWindow(d);
            if (!QTest::qWaitFor([d] { return QApplication::activeWindow() == d; }))
                qWarning("the dialog did not become active");
        }
        return d;
    }
    // Types text into a dialog field, replacing what it held.
    void type(QDialog *dialog, const char *field, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, field);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    // Enter in the given field: the dialog's default button saves.
    void pressEnter(QDialog *dialog, const char *field)
    {
        QTest::keyClick(child<QLineEdit>(dialog, field), Qt::Key_Return);
    }
    QString cell(int row, int column) const
    {
        return stockView()->model()->index(row, column).data().toString();
    }
    int rowOf(const QString &productId) const
    {
        return static_cast<StockTableModel *>(stockView()->model())->rowOf(productId);
    }
    // To look at the dialogs: SHOPDESK_KEEP_TEST_OUTPUT=DIR saves pictures of them there.
    static void keepPicture(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SHOPDESK_KEEP_TEST_OUTPUT");
        if (!dir.isEmpty() && QDir(dir).exists())
            widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
    QString historyCell(int row, int column) const
    {
        return historyView()->model()->index(row, column).data().toString();
    }
    void select(const QString &productId)
    {
        QVERIFY(m_tab->selectProduct(productId));
        QCOMPARE(m_tab->selectedProductId(), productId);
    }

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<InventoryTab> m_tab;
};

void tst_InventoryTab::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Column widths and splitters are remembered per machine; keep the tests' own.
    QStandardPaths::setTestModeEnabled(true);
}

void tst_InventoryTab::init()
{
    m_shop = std::make_unique<TestShop>();
    m_shop->product(QStringLiteral("P1"), 1'000, 10, QStringLiteral("Apples"));
    m_shop->product(QStringLiteral("P2"), 2'500, 40, QStringLiteral("Pears"));
    m_tab = std::make_unique<InventoryTab>(*m_shop->shop);
    m_tab->resize(1100, 700);
    m_tab->show();
    m_tab->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
}

void tst_InventoryTab::cleanup()
{
    m_tab.reset();
    m_shop.reset();
}

void tst_InventoryTab::registerProductByTyping()
{
    QAbstractItemModelTester stockTester(stockView()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester historyTester(historyView()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    pressOnList(Qt::Key_N);
    auto *d = dialog<ProductDialog>();
    QVERIFY(d);
    QVERIFY(d->isVisible());
    QVERIFY(!d->isEditing());
    // The id field has the focus, and Tab walks the fields in order.
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(d, "productIdEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("P0"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(d, "productNameEdit"));
    // Hangul comes from the input method, committed a syllable block at a time.
    for (const QString &part : {QStringLiteral("유기농"), QStringLiteral(" "),
                                QStringLiteral("사과"), QStringLiteral(" 1kg")}) {
        QInputMethodEvent commit;
        commit.setCommitString(part);
        QApplication::sendEvent(QApplication::focusWidget(), &commit);
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(d, "productPriceEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12,000"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(d, "productBarcodeEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("8801234567890"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(d, "productThresholdEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3"));
    keepPicture(d, QStringLiteral("product-dialog"));
    const qint64 events = m_shop->eventCount();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QTRY_VERIFY(!m_tab->openDialog());
    const Product saved = m_shop->shop->inventory.product(QStringLiteral("P0")).value();
    QCOMPARE(saved.productName, QStringLiteral("유기농 사과 1kg"));
    QCOMPARE(saved.price, 12'000);
    QCOMPARE(saved.barcode, QStringLiteral("8801234567890"));
    QCOMPARE(saved.lowStockThreshold, StockThreshold(3));
    QCOMPARE(m_shop->eventCount(), events + 1);

    // The list shows it in id order, selected, with its (empty) history below.
    QCOMPARE(stockView()->model()->rowCount(), 3);
    QCOMPARE(rowOf(QStringLiteral("P0")), 0);
    QCOMPARE(cell(0, StockTableModel::NameColumn), QStringLiteral("유기농 사과 1kg"));
    QCOMPARE(cell(0, StockTableModel::PriceColumn), QStringLiteral("₩12,000"));
    QCOMPARE(cell(0, StockTableModel::OnHandColumn), QStringLiteral("0"));
    QCOMPARE(cell(0, StockTableModel::ThresholdColumn), QStringLiteral("3"));
    QCOMPARE(m_tab->selectedProductId(), QStringLiteral("P0"));
    QCOMPARE(historyView()->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(m_tab.get(), "historyTitle")->text().contains(QStringLiteral("P0")));
    // Back on the list, ready for the next key.
    QCOMPARE(m_tab->focusWidget(), stockView());
}

void tst_InventoryTab::registerRefusesBadInput_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("barcode");
    QTest::addColumn<QString>("threshold");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("focus");

    QTest::newRow("empty id") << ""
                              << "Tea"
                              << "100"
                              << ""
                              << ""
                              << "Enter a product id"
                              << "productIdEdit";
    QTest::newRow("id with a space") << "P 9"
                                     << "Tea"
                                     << "100"
                                     << ""
                                     << ""
                                     << "may not contain spaces"
                                     << "productIdEdit";
    QTest::newRow("duplicate id") << "P1"
                                  << "Tea"
                                  << "100"
                                  << ""
                                  << ""
                                  << "The id P1 is already used by \"Apples\""
                                  << "productIdEdit";
    QTest::newRow("empty name") << "P9"
                                << "   "
                                << "100"
                                << ""
                                << ""
                                << "Enter the product's name"
                                << "productNameEdit";
    QTest::newRow("no price") << "P9"
                              << "Tea"
                              << ""
                              << ""
                              << ""
                              << "Enter the price"
                              << "productPriceEdit";
    QTest::newRow("negative price") << "P9"
                                    << "Tea"
                                    << "-5"
                                    << ""
                                    << ""
                                    << "The price cannot be negative"
                                    << "productPriceEdit";
    QTest::newRow("price with decimals") << "P9"
                                         << "Tea"
                                         << "12.50"
                                         << ""
                                         << ""
                                         << "The price must be a whole amount"
                                         << "productPriceEdit";
    QTest::newRow("duplicate barcode") << "P9"
                                       << "Tea"
                                       << "100"
                                       << "111"
                                       << ""
                                       << "The barcode 111 already belongs to P2 \"Pears\""
                                       << "productBarcodeEdit";
    QTest::newRow("negative threshold") << "P9"
                                        << "Tea"
                                        << "100"
                                        << ""
                                        << "-1"
                                        << "The low-stock threshold must be from 0 to"
                                        << "productThresholdEdit";
    QTest::newRow("threshold not a number") << "P9"
                                            << "Tea"
                                            << "100"
                                            << ""
                                            << "few"
                                            << "The low-stock threshold must be a whole number"
                                            << "productThresholdEdit";
}

void tst_InventoryTab::registerRefusesBadInput()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, price);
    QFETCH(QString, barcode);
    QFETCH(QString, threshold);
    QFETCH(QString, message);
    QFETCH(QString, focus);

    ProductEdit code;
    code.barcode = QStringLiteral("111");
    QVERIFY(m_shop->shop->inventory.editProduct(QStringLiteral("P2"), code).ok());
    const qint64 events = m_shop->eventCount();

    pressOnList(Qt::Key_N);
    auto *d = dialog<ProductDialog>();
    QVERIFY(d);
    type(d, "productIdEdit", id);
    type(d, "productNameEdit", name);
    type(d, "productPriceEdit", price);
    type(d, "productBarcodeEdit", barcode);
    type(d, "productThresholdEdit", threshold);
    pressEnter(d, "productThresholdEdit");

    QVERIFY(d->isVisible());
    QVERIFY2(d->message().contains(message), qPrintable(d->message()));
    QVERIFY(child<QLabel>(d, "productMessage")->isVisible());
    keepPicture(d, QStringLiteral("product-dialog-") + QTest::currentDataTag());
    QCOMPARE(d->focusWidget()->objectName(), focus);
    QCOMPARE(m_shop->eventCount(), events);
    QCOMPARE(m_shop->shop->inventory.products()->size(), 2);
    QCOMPARE(stockView()->model()->rowCount(), 2);

    // Corrected, the same dialog saves.
    type(d, "productIdEdit", QStringLiteral("P9"));
    type(d, "productNameEdit", QStringLiteral("Tea"));
    type(d, "productPriceEdit", QStringLiteral("100"));
    type(d, "productBarcodeEdit", QString());
    type(d, "productThresholdEdit", QString());
    pressEnter(d, "productNameEdit");
    QTRY_VERIFY(!m_tab->openDialog());
    QCOMPARE(m_shop->shop->inventory.product(QStringLiteral("P9"))->productName,
             QStringLiteral("Tea"));
    QVERIFY(!m_shop->shop->inventory.product(QStringLiteral("P9"))->lowStockThreshold);
    QCOMPARE(stockView()->model()->rowCount(), 3);
}

void tst_InventoryTab::editProduct()
{
    select(QStringLiteral("P2"));
    pressOnList(Qt::Key_E);
    auto *d = dialog<ProductDialog>();
    QVERIFY(d);
    QVERIFY(d->isEditing());
    auto *id = child<QLineEdit>(d, "productIdEdit");
    QCOMPARE(id->text(), QStringLiteral("P2"));
    QVERIFY(id->isReadOnly());
    QCOMPARE(child<QLineEdit>(d, "productNameEdit")->text(), QStringLiteral("Pears"));
    QCOMPARE(child<QLineEdit>(d, "productPriceEdit")->text(), QStringLiteral("2500"));
    type(d, "productNameEdit", QStringLiteral("Asian pears"));
    type(d, "productPriceEdit", QStringLiteral("2,800"));
    type(d, "productThresholdEdit", QStringLiteral("45"));
    pressEnter(d, "productPriceEdit");
    QTRY_VERIFY(!m_tab->openDialog());

    const Product p2 = m_shop->shop->inventory.product(QStringLiteral("P2")).value();
    QCOMPARE(p2.productName, QStringLiteral("Asian pears"));
    QCOMPARE(p2.price, 2'800);
    QCOMPARE(p2.lowStockThreshold, StockThreshold(45));
    const int row = rowOf(QStringLiteral("P2"));
    QCOMPARE(cell(row, StockTableModel::NameColumn), QStringLiteral("Asian pears"));
    QCOMPARE(cell(row, StockTableModel::PriceColumn), QStringLiteral("₩2,800"));
    QCOMPARE(cell(row, StockTableModel::ThresholdColumn), QStringLiteral("45"));
    // 40 available is now at or below its threshold of 45.
    QCOMPARE(stockView()
                 ->model()
                 ->index(row, 0)
                 .data(StockTableModel::StockLevelRole)
                 .value<StockTableModel::StockLevel>(),
             StockTableModel::StockLevel::Low);
    const DomainEvent last = m_shop->shop->orders.events().value().last();
    QCOMPARE(last.type, QStringLiteral("ProductChanged"));
    QCOMPARE(last.payload.value(QStringLiteral("productName")).toString(),
             QStringLiteral("Asian pears"));
    // Enter on the list opens the edit of the selected row too.
    pressOnList(Qt::Key_Return, Qt::NoModifier);
    d = dialog<ProductDialog>();
    QVERIFY(d);
    QCOMPARE(child<QLineEdit>(d, "productIdEdit")->text(), QStringLiteral("P2"));
    QTest::keyClick(d, Qt::Key_Escape);
    QTRY_VERIFY(!m_tab->openDialog());
    QVERIFY(!last.payload.contains(QStringLiteral("barcode")));
    QCOMPARE(m_tab->selectedProductId(), QStringLiteral("P2"));
    QVERIFY(
        child<QLabel>(m_tab.get(), "historyTitle")->text().contains(QStringLiteral("Asian pears")));
}

void tst_InventoryTab::editRefusesAnotherProductsBarcode()
{
    ProductEdit code;
    code.barcode = QStringLiteral("222");
    QVERIFY(m_shop->shop->inventory.editProduct(QStringLiteral("P2"), code).ok());
    ProductEdit own;
    own.barcode = QStringLiteral("111");
    QVERIFY(m_shop->shop->inventory.editProduct(QStringLiteral("P1"), own).ok());
    const qint64 events = m_shop->eventCount();
    select(QStringLiteral("P1"));
    pressOnList(Qt::Key_E);
    auto *d = dialog<ProductDialog>();
    QVERIFY(d);
    type(d, "productBarcodeEdit", QStringLiteral("222"));
    type(d, "productPriceEdit", QStringLiteral("999"));
    pressEnter(d, "productBarcodeEdit");
    QVERIFY(d->isVisible());
    QVERIFY2(d->message().contains(QStringLiteral("already belongs to P2")),
             qPrintable(d->message()));
    QCOMPARE(m_shop->eventCount(), events);
    QCOMPARE(m_shop->shop->inventory.product(QStringLiteral("P1"))->price, 1'000);
    // Its own barcode again is no conflict.
    type(d, "productBarcodeEdit", QStringLiteral("111"));
    pressEnter(d, "productBarcodeEdit");
    QTRY_VERIFY(!m_tab->openDialog());
    QCOMPARE(m_shop->shop->inventory.product(QStringLiteral("P1"))->barcode, QStringLiteral("111"));
    QCOMPARE(m_shop->shop->inventory.product(QStringLiteral("P1"))->price, 999);
}

void tst_InventoryTab::editKeepsWhatChangedMeanwhile()
{
    select(QStringLiteral("P1"));
    pressOnList(Qt::Key_E);
    auto *d = dialog<ProductDialog>();
    QVERIFY(d);
    // Meanwhile another terminal (or window) changes the price.
    ProductEdit remote;
    remote.price = 1'300;
    QVERIFY(m_shop->shop->inventory.editProduct(QStringLiteral("P1"), remote).ok());
    type(d, "productNameEdit", QStringLiteral("Red apples"));
    pressEnter(d, "productNameEdit");
    QTRY_VERIFY(!m_tab->openDialog());
    const Product p1 = m_shop->shop->inventory.product(QStringLiteral("P1")).value();
    QCOMPARE(p1.productName, QStringLiteral("Red apples"));
    QCOMPARE(p1.price, 1'300);
    const DomainEvent last = m_shop->shop->orders.events().value().last();
    QCOMPARE(last.payload.value(QStringLiteral("previous")).toObject(),
             (QJsonObject{{"productName", "Apples"}}));
}

void tst_InventoryTab::receiveLossAndCount()
{
    QAbstractItemModelTester historyTester(historyView()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    select(QStringLiteral("P1"));
    const int row = rowOf(QStringLiteral("P1"));
    QCOMPARE(historyView()->model()->rowCount(), 1);

    // Receive 5: the dialog shows what on hand becomes before confirming.
    pressOnList(Qt::Key_R);
    auto *d = dialog<StockAdjustDialog>();
    QVERIFY(d);
    QCOMPARE(d->kind(), StockItem::AdjustKind::Receive);
    QVERIFY(child<QRadioButton>(d, "adjustReceive")->isChecked());
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(d, "adjustQuantityEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5"));
    QCOMPARE(child<QLabel>(d, "adjustPreview")->text(), QStringLiteral("On hand 10 → 15"));
    type(d, "adjustReasonEdit", QStringLiteral("delivery from supplier"));
    pressEnter(d, "adjustReasonEdit");
    QTRY_VERIFY(!m_tab->openDialog());
    QCOMPARE(m_shop->stock(QStringLiteral("P1")).onHand, 15);
    QCOMPARE(cell(row, StockTableModel::OnHandColumn), QStringLiteral("15"));
    QCOMPARE(historyView()->model()->rowCount(), 2);
    QCOMPARE(historyCell(0, StockHistoryModel::KindColumn), QStringLiteral("Received"));
    QCOMPARE(historyCell(0, StockHistoryModel::OnHandColumn), QStringLiteral("+5"));
    QCOMPARE(historyCell(0, StockHistoryModel::ReasonColumn),
             QStringLiteral("delivery from supplier"));
    QCOMPARE(historyCell(0, StockHistoryModel::UserColumn), QStringLiteral("tester"));

    // Loss of 3.
    pressOnList(Qt::Key_L);
    d = dialog<StockAdjustDialog>();
    QVERIFY(d);
    QCOMPARE(d->kind(), StockItem::AdjustKind::Loss);
    type(d, "adjustQuantityEdit", QStringLiteral("3"));
    QCOMPARE(d->preview(), QStringLiteral("On hand 15 → 12"));
    type(d, "adjustReasonEdit", QStringLiteral("broken jars"));
    pressEnter(d, "adjustQuantityEdit");
    QTRY_VERIFY(!m_tab->openDialog());
    QCOMPARE(m_shop->stock(QStringLiteral("P1")).onHand, 12);
    QCOMPARE(cell(row, StockTableModel::OnHandColumn), QStringLiteral("12"));
    QCOMPARE(historyCell(0, StockHistoryModel::KindColumn), QStringLiteral("Loss"));
    QCOMPARE(historyCell(0, StockHistoryModel::OnHandColumn), QStringLiteral("\u22123"));

    // A stock-take counts 20: the difference (+8) is recorded.
    pressOnList(Qt::Key_T);
    d = dialog<StockAdjustDialog>();
    QVERIFY(d);
    QCOMPARE(d->kind(), StockItem::AdjustKind::Count);
    type(d, "adjustQuantityEdit", QStringLiteral("20"));
    QCOMPARE(d->preview(), QStringLiteral("On hand 12 → 20"));
    type(d, "adjustReasonEdit", QStringLiteral("monthly count"));
    keepPicture(d, QStringLiteral("stock-take-dialog"));
    pressEnter(d, "adjustReasonEdit");
    QTRY_VERIFY(!m_tab->openDialog());
    QCOMPARE(m_shop->stock(QStringLiteral("P1")).onHand, 20);
    QCOMPARE(cell(row, StockTableModel::OnHandColumn), QStringLiteral("20"));
    QCOMPARE(cell(row, StockTableModel::AvailableColumn), QStringLiteral("20"));
    QCOMPARE(historyView()->model()->rowCount(), 4);
    QCOMPARE(historyCell(0, StockHistoryModel::KindColumn),
             QStringLiteral("Stock-take (20 counted)"));
    QCOMPARE(historyCell(0, StockHistoryModel::OnHandColumn), QStringLiteral("+8"));
    keepPicture(m_tab.get(), QStringLiteral("inventory-tab"));

    // The kind can be switched inside the dialog with its keys: Alt+R after Ctrl+L.
    pressOnList(Qt::Key_L);
    d = dialog<StockAdjustDialog>();
    QVERIFY(d);
    QTest::keyClick(child<QLineEdit>(d, "adjustQuantityEdit"), Qt::Key_R, Qt::AltModifier);
    // A mnemonic clicks its button after a short animation.
    QTRY_COMPARE(d->kind(), StockItem::AdjustKind::Receive);
    QVERIFY(child<QRadioButton>(d, "adjustReceive")->isChecked());
    QTest::keyClick(d, Qt::Key_Escape);
    QTRY_VERIFY(!m_tab->openDialog());
    QCOMPARE(m_shop->stock(QStringLiteral("P1")).onHand, 20);

    // With 18 held by an order, a loss of 5 leaves 15 on hand but 3 short: the preview says so.
    QVERIFY(m_shop->shop->orders
                .placeOrder({QStringLiteral("Kim"), {}, {}}, {{QStringLiteral("P1"), 18}})
                .ok());
    pressOnList(Qt::Key_L);
    d = dialog<StockAdjustDialog>();
    QVERIFY(d);
    type(d, "adjustQuantityEdit", QStringLiteral("5"));
    QCOMPARE(child<QLabel>(d, "adjustPreview")->text(),
             QStringLiteral("On hand 20 → 15\nAvailable 2 → -3 (oversold: orders hold more than "
                            "is on hand)"));
    QTest::keyClick(d, Qt::Key_Escape);
    QTRY_VERIFY(!m_tab->openDialog());
    QVERIFY(m_shop->audit().ok());
}

void tst_InventoryTab::adjustRefusesBadInput_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");

    const int receive = int(StockItem::AdjustKind::Receive);
    const int loss = int(StockItem::AdjustKind::Loss);
    const int count = int(StockItem::AdjustKind::Count);
    QTest::newRow("no quantity") << receive << ""
                                 << "x"
                                 << "Enter the quantity";
    QTest::newRow("zero received") << receive << "0"
                                   << "x"
                                   << "at least 1";
    QTest::newRow("not a number") << receive << "ten"
                                  << "x"
                                  << "whole number";
    QTest::newRow("no reason") << receive << "4"
                               << "  "
                               << "Give a reason";
    QTest::newRow("loss beyond on hand") << loss << "11"
                                         << "x"
                                         << "Only 10 on hand: a loss of 11 cannot be written off";
    QTest::newRow("negative count") << count << "-1"
                                    << "x"
                                    << "The count cannot be negative";
    QTest::newRow("no count") << count << ""
                              << "x"
                              << "Enter the number counted";
}

void tst_InventoryTab::adjustRefusesBadInput()
{
    QFETCH(int, kind);
    QFETCH(QString, quantity);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    select(QStringLiteral("P1"));
    const qint64 events = m_shop->eventCount();
    m_tab->adjustStock(StockItem::AdjustKind(kind));
    auto *d = dialog<StockAdjustDialog>();
    QVERIFY(d);
    type(d, "adjustQuantityEdit", quantity);
    type(d, "adjustReasonEdit", reason);
    pressEnter(d, "adjustReasonEdit");
    QVERIFY(d->isVisible());
    QVERIFY2(d->message().contains(message), qPrintable(d->message()));
    QCOMPARE(m_shop->eventCount(), events);
    QCOMPARE(m_shop->stock(QStringLiteral("P1")).onHand, 10);
    QCOMPARE(historyView()->model()->rowCount(), 1);
}

void tst_InventoryTab::lowStockByTheProductsThreshold()
{
    using Level = StockTableModel::StockLevel;
    auto level = [this](const QString &id) {
        return stockView()
            ->model()
            ->index(rowOf(id), 0)
            .data(StockTableModel::StockLevelRole)
            .value<Level>();
    };
    QCOMPARE(level(QStringLiteral("P1")), Level::Normal); // 10 available, default 5
    ProductEdit edit;
    edit.lowStockThreshold = StockThreshold(10);
    QVERIFY(m_shop->shop->inventory.editProduct(QStringLiteral("P1"), edit).ok());
    QCOMPARE(level(QStringLiteral("P1")), Level::Low);
    QVERIFY(stockView()
                ->model()
                ->index(rowOf(QStringLiteral("P1")), 0)
                .data(Qt::BackgroundRole)
                .isValid());
    m_tab->setDefaultLowStockThreshold(50);
    QCOMPARE(level(QStringLiteral("P2")), Level::Low); // 40 available, default now 50
    // Oversold: more reserved than on hand after a loss.
    auto placed = m_shop->shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}},
                                                  {{QStringLiteral("P1"), 8}});
    QVERIFY(placed.ok());
    QVERIFY(m_shop->shop->inventory.adjustStock(QStringLiteral("P1"), -5, QStringLiteral("flood"))
                .ok());
    QCOMPARE(level(QStringLiteral("P1")), Level::Oversold);
    QCOMPARE(cell(rowOf(QStringLiteral("P1")), StockTableModel::AvailableColumn),
             QStringLiteral("-3"));
}

void tst_InventoryTab::historyFollowsTheSelection()
{
    QVERIFY(
        m_shop->shop->inventory.adjustStock(QStringLiteral("P2"), 2, QStringLiteral("gift")).ok());
    select(QStringLiteral("P1"));
    QCOMPARE(historyView()->model()->rowCount(), 1);
    // Down arrow on the list moves to P2 and its history.
    stockView()->setFocus();
    QTest::keyClick(stockView(), Qt::Key_Down);
    QCOMPARE(m_tab->selectedProductId(), QStringLiteral("P2"));
    QCOMPARE(historyView()->model()->rowCount(), 2);
    QCOMPARE(historyCell(0, StockHistoryModel::ReasonColumn), QStringLiteral("gift"));
    QVERIFY(child<QLabel>(m_tab.get(), "historyTitle")->text().contains(QStringLiteral("Pears")));
    // A move of the selected product made elsewhere (an order) appears at once.
    auto placed = m_shop->shop->orders.placeOrder({QStringLiteral("Kim"), {}, {}},
                                                  {{QStringLiteral("P2"), 4}});
    QVERIFY(placed.ok());
    QCOMPARE(historyView()->model()->rowCount(), 3);
    QCOMPARE(historyCell(0, StockHistoryModel::OrderColumn), placed->order.orderId());
    QCOMPARE(historyCell(0, StockHistoryModel::ReservedColumn), QStringLiteral("+4"));
}

void tst_InventoryTab::searchFindsByBarcode()
{
    ProductEdit code;
    code.barcode = QStringLiteral("8809999");
    QVERIFY(m_shop->shop->inventory.editProduct(QStringLiteral("P2"), code).ok());
    QTest::keyClick(stockView(), Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>(m_tab.get(), "stockSearch");
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, QStringLiteral("8809999"));
    QTRY_COMPARE(stockView()->model()->rowCount(), 1);
    QCOMPARE(cell(0, StockTableModel::ProductIdColumn), QStringLiteral("P2"));
    // The product found is selected, its history and barcode below.
    QCOMPARE(m_tab->selectedProductId(), QStringLiteral("P2"));
    QVERIFY(child<QLabel>(m_tab.get(), "historyTitle")->text().contains(QStringLiteral("8809999")));
    QCOMPARE(historyView()->model()->rowCount(), 1);
    search->clear();
    QTRY_COMPARE(stockView()->model()->rowCount(), 2);
    QCOMPARE(m_tab->selectedProductId(), QStringLiteral("P2")); // still listed: kept
}

void tst_InventoryTab::clerkCannotManage()
{
    UserService &users = m_shop->shop->users;
    users.setIterations(1000);
    users.setFailureDelay(10ms);
    QVERIFY(users.createFirstManager(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    QVERIFY(users.logIn(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    QVERIFY(users.addUser(QStringLiteral("Kim"), Role::Clerk, QStringLiteral("5678")).ok());
    m_tab->updateActions();
    select(QStringLiteral("P1"));
    for (const char *name :
         {"newProductButton", "editProductButton", "receiveButton", "lossButton", "countButton"})
        QVERIFY2(child<QToolButton>(m_tab.get(), name)->isEnabled(), name);

    // A switch of user happens in a dialog; back in the window the actions follow.
    QDialog login(m_tab.get());
    login.show();
    login.activateWindow();
    QApplication::setActiveWindow(&login);
    QTRY_COMPARE(QApplication::activeWindow(), &login);
    QVERIFY(users.logIn(QStringLiteral("Kim"), QStringLiteral("5678")).ok());
    login.close();
    m_tab->activateWindow();
    QApplication::setActiveWindow(m_tab.get());
    QTRY_VERIFY(!child<QToolButton>(m_tab.get(), "newProductButton")->isEnabled());
    QVERIFY(!m_tab->canManage());
    for (const char *name :
         {"newProductButton", "editProductButton", "receiveButton", "lossButton", "countButton"}) {
        auto *button = child<QToolButton>(m_tab.get(), name);
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY(button->toolTip().contains(QStringLiteral("Only a manager")));
    }
    // The keys open nothing, and a direct call only says why.
    const qint64 events = m_shop->eventCount();
    pressOnList(Qt::Key_N);
    pressOnList(Qt::Key_R);
    QVERIFY(!m_tab->openDialog());
    m_tab->newProduct();
    QVERIFY(!m_tab->openDialog());
    QVERIFY(child<QLabel>(m_tab.get(), "inventoryMessage")
                ->text()
                .contains(QStringLiteral("Only a manager")));
    // The clerk still reads the list and the history.
    QCOMPARE(stockView()->model()->rowCount(), 2);
    QCOMPARE(historyView()->model()->rowCount(), 1);

    // The services refuse the clerk whatever the window shows.
    InventoryService &inventory = m_shop->shop->inventory;
    QCOMPARE(inventory.registerProduct(QStringLiteral("P9"), QStringLiteral("Tea"), 1).error().code,
             ErrorCode::Forbidden);
    ProductEdit edit;
    edit.price = 1;
    QCOMPARE(inventory.editProduct(QStringLiteral("P1"), edit).error().code, ErrorCode::Forbidden);
    QCOMPARE(inventory.adjustStock(QStringLiteral("P1"), 5).error().code, ErrorCode::Forbidden);
    QCOMPARE(inventory.countStock(QStringLiteral("P1"), 0).error().code, ErrorCode::Forbidden);
    QCOMPARE(m_shop->eventCount(), events);
    QCOMPARE(m_shop->stock(QStringLiteral("P1")).onHand, 10);

    // A dialog left open by a manager is refused too when a clerk saves it.
    QVERIFY(users.logIn(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    m_tab->updateActions();
    pressOnList(Qt::Key_R);
    auto *d = dialog<StockAdjustDialog>();
    QVERIFY(d);
    QVERIFY(users.logIn(QStringLiteral("Kim"), QStringLiteral("5678")).ok());
    type(d, "adjustQuantityEdit", QStringLiteral("5"));
    type(d, "adjustReasonEdit", QStringLiteral("sneaky"));
    pressEnter(d, "adjustReasonEdit");
    QVERIFY(d->isVisible());
    QVERIFY2(d->message().contains(QStringLiteral("Only a manager")), qPrintable(d->message()));
    QCOMPARE(m_shop->stock(QStringLiteral("P1")).onHand, 10);
    QCOMPARE(m_shop->eventCount(), events);
}

void tst_InventoryTab::escapeCancelsWithoutSaving()
{
    const qint64 events = m_shop->eventCount();
    pressOnList(Qt::Key_N);
    auto *d = dialog<ProductDialog>();
    QVERIFY(d);
    type(d, "productIdEdit", QStringLiteral("P7"));
    type(d, "productNameEdit", QStringLiteral("Kiwi"));
    type(d, "productPriceEdit", QStringLiteral("700"));
    QTest::keyClick(child<QLineEdit>(d, "productPriceEdit"), Qt::Key_Escape);
    QTRY_VERIFY(!m_tab->openDialog());
    QCOMPARE(m_shop->shop->inventory.product(QStringLiteral("P7")).error().code,
             ErrorCode::NotFound);
    QCOMPARE(m_shop->eventCount(), events);
}

void tst_InventoryTab::tabOrder()
{
    auto *search = child<QLineEdit>(m_tab.get(), "stockSearch");
    search->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), search);
    const QStringList expected{"stockView",     "newProductButton", "editProductButton",
                               "receiveButton", "lossButton",       "countButton",
                               "importButton",  "exportButton",     "historyView"};
    QStringList walked;
    for (int i = 0; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        walked << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(walked, expected);
    // Each action's tooltip names its key.
    QVERIFY(child<QToolButton>(m_tab.get(), "newProductButton")
                ->toolTip()
                .contains(QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText)));
    QVERIFY(child<QToolButton>(m_tab.get(), "countButton")
                ->toolTip()
                .contains(QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText)));
}

void tst_InventoryTab::shopDefaultThreshold()
{
    using Level = StockTableModel::StockLevel;
    ShopDetailsChange change;
    change.lowStockThreshold = 45;
    QVERIFY(m_shop->shop->slips.changeShopDetails(change).ok());
    // Read when the tab is shown again (or its window activated).
    m_tab->hide();
    m_tab->show();
    const int row = rowOf(QStringLiteral("P2"));
    QCOMPARE(cell(row, StockTableModel::ThresholdColumn), QStringLiteral("45 (default)"));
    QCOMPARE(
        stockView()->model()->index(row, 0).data(StockTableModel::StockLevelRole).value<Level>(),
        Level::Low);
    // A new tab reads it at once, and the product dialog names it.
    m_tab = std::make_unique<InventoryTab>(*m_shop->shop);
    m_tab->show();
    QCOMPARE(cell(rowOf(QStringLiteral("P1")), StockTableModel::ThresholdColumn),
             QStringLiteral("45 (default)"));
    m_tab->newProduct();
    auto *d = dialog<ProductDialog>();
    QVERIFY(d);
    QVERIFY(child<QLineEdit>(d, "productThresholdEdit")->placeholderText().contains("45"));
}

void tst_InventoryTab::pricesInACurrencyWithCents()
{
    DisplayText::setCurrency(Currency::find(u"USD").value());
    auto restore = qScopeGuard([] { DisplayText::setCurrency(Currency::defaultCurrency()); });
    pressOnList(Qt::Key_N);
    auto *d = dialog<ProductDialog>();
    QVERIFY(d);
    type(d, "productIdEdit", QStringLiteral("U1"));
    type(d, "productNameEdit", QStringLiteral("Maple syrup"));
    type(d, "productPriceEdit", QStringLiteral("12.505"));
    pressEnter(d, "productPriceEdit");
    QVERIFY2(d->message().contains(QStringLiteral("with at most 2 digits after the point")),
             qPrintable(d->message()));
    type(d, "productPriceEdit", QStringLiteral("12.5"));
    pressEnter(d, "productPriceEdit");
    QTRY_VERIFY(!m_tab->openDialog());
    QCOMPARE(m_shop->shop->inventory.product(QStringLiteral("U1"))->price, 1'250);
    QCOMPARE(cell(rowOf(QStringLiteral("U1")), StockTableModel::PriceColumn),
             QStringLiteral("$12.50"));
    pressOnList(Qt::Key_E);
    d = dialog<ProductDialog>();
    QVERIFY(d);
    QCOMPARE(child<QLineEdit>(d, "productPriceEdit")->text(), QStringLiteral("12.50"));
}

void tst_InventoryTab::switchOfUserInTheWindowFollows()
{
    // Issue 10: in the window, a manager hands over to a clerk with Ctrl+Shift+L while the
    // Inventory tab is open; the manager's buttons must go off at once, not after the window is
    // activated again, and come back for the manager.
    UserService &users = m_shop->shop->users;
    users.setIterations(1000);
    users.setFailureDelay(0ms);
    QVERIFY(users.createFirstManager(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    QVERIFY(users.logIn(QStringLiteral("Boss"), QStringLiteral("1234")).ok());
    QVERIFY(users.addUser(QStringLiteral("Kim"), Role::Clerk, QStringLiteral("5678")).ok());
    m_tab.reset();
    MainWindow window(*m_shop->shop);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    auto *tab = window.findChild<InventoryTab *>();
    QVERIFY(tab);
    QTRY_VERIFY(tab->isVisible());
    const char *const manager[] = {"newProductButton", "editProductButton", "receiveButton",
                                   "lossButton", "countButton"};
    for (const char *name : manager)
        QVERIFY2(child<QToolButton>(tab, name)->isEnabled(), name);

    auto switchTo = [&](const QString &user, const QString &pin) {
        // The window's keys need it active (the closed dialog may leave no window active).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        auto *login = window.findChild<LoginDialog *>();
        QVERIFY(login);
        QTRY_VERIFY(login->isVisible());
        auto *name = login->findChild<QComboBox *>(QStringLiteral("loginName"));
        name->setCurrentIndex(name->findData(user));
        auto *pinEdit = login->findChild<QLineEdit *>(QStringLiteral("loginPin"));
        QTest::keyClicks(pinEdit, pin);
        QTest::keyClick(pinEdit, Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<LoginDialog *>());
        QCOMPARE(m_shop->shop->work.actingUser()->name, user);
    };
    switchTo(QStringLiteral("Kim"), QStringLiteral("5678"));
    if (QTest::currentTestFailed())
        return;
    for (const char *name : manager) {
        auto *button = child<QToolButton>(tab, name);
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY2(button->toolTip().contains(QStringLiteral("Only a manager")),
                 qPrintable(button->toolTip()));
    }
    // The clerk's keys open nothing and leave no red line behind.
    auto *list = tab->findChild<QTableView *>(QStringLiteral("stockView"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_N, Qt::ControlModifier);
    QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(!tab->openDialog());
    QVERIFY(child<QLabel>(tab, "inventoryMessage")->text().isEmpty());
    QCOMPARE(m_shop->shop->inventory.products()->size(), 2);

    switchTo(QStringLiteral("Boss"), QStringLiteral("1234"));
    if (QTest::currentTestFailed())
        return;
    for (const char *name : manager) {
        auto *button = child<QToolButton>(tab, name);
        QVERIFY2(button->isEnabled(), name);
        QVERIFY(!button->toolTip().contains(QStringLiteral("Only a manager")));
    }
}

void tst_InventoryTab::problemClearsWhenItsFieldChanges()
{
    // Issue 10: "quantity too large" stayed after the quantity was fixed; and a message coming
    // or going must not move the dialog's buttons.
    select(QStringLiteral("P1"));
    pressOnList(Qt::Key_R);
    auto *d = dialog<StockAdjustDialog>();
    QVERIFY(d);
    auto *confirm = d->findChild<QDialogButtonBox *>();
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    const QPoint buttonsAt = confirm->mapTo(d, QPoint(0, 0));
    const QSize size = d->size();
    type(d, "adjustQuantityEdit", QStringLiteral("2000000000"));
    type(d, "adjustReasonEdit", QStringLiteral("from the supplier"));
    pressEnter(d, "adjustReasonEdit");
    QVERIFY2(!d->message().isEmpty(), "no problem shown");
    auto *label = child<QLabel>(d, "adjustMessage");
    QVERIFY(label->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(confirm->mapTo(d, QPoint(0, 0)), buttonsAt);
    QCOMPARE(d->size(), size);

    // Fixing the quantity takes the message away at once, before the next Enter.
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(d, "adjustQuantityEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5"));
    QCOMPARE(d->message(), QString());
    QCOMPARE(label->text(), QString());
    QCoreApplication::processEvents();
    QCOMPARE(confirm->mapTo(d, QPoint(0, 0)), buttonsAt);
    QCOMPARE(d->size(), size);
    QCOMPARE(m_shop->stock(QStringLiteral("P1")).onHand, 10);
    pressEnter(d, "adjustQuantityEdit");
    QTRY_VERIFY(!m_tab->openDialog());
    QCOMPARE(m_shop->stock(QStringLiteral("P1")).onHand, 15);

    // In the product dialog only the field that caused the problem clears it.
    pressOnList(Qt::Key_N);
    auto *p = dialog<ProductDialog>();
    QVERIFY(p);
    type(p, "productIdEdit", QStringLiteral("P5"));
    type(p, "productPriceEdit", QStringLiteral("300"));
    pressEnter(p, "productPriceEdit");
    QVERIFY2(p->message().contains(QStringLiteral("Enter the product's name")),
             qPrintable(p->message()));
    type(p, "productBarcodeEdit", QStringLiteral("555"));
    QVERIFY2(p->message().contains(QStringLiteral("Enter the product's name")),
             qPrintable(p->message()));
    type(p, "productNameEdit", QStringLiteral("Plums"));
    QCOMPARE(p->message(), QString());
    pressEnter(p, "productNameEdit");
    QTRY_VERIFY(!m_tab->openDialog());
    QCOMPARE(m_shop->shop->inventory.product(QStringLiteral("P5"))->barcode, QStringLiteral("555"));
}

void tst_InventoryTab::tooLargeNumbersNameTheRange_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("kind"); // -1: the product dialog
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("limit");

    const QString huge = QStringLiteral("99999999999999999999"); // past 64 bits
    QTest::newRow("price past 64 bits")
        << "productPriceEdit" << -1 << huge << QStringLiteral("₩1,000,000,000,000");
    QTest::newRow("price just too large")
        << "productPriceEdit" << -1 << "1000000000001" << QStringLiteral("₩1,000,000,000,000");
    QTest::newRow("threshold past 64 bits")
        << "productThresholdEdit" << -1 << huge << QStringLiteral("1,000,000,000");
    QTest::newRow("threshold too large")
        << "productThresholdEdit" << -1 << "1,000,000,001" << QStringLiteral("1,000,000,000");
    QTest::newRow("receive past 64 bits")
        << "adjustQuantityEdit" << int(StockItem::AdjustKind::Receive) << huge
        << QStringLiteral("1,000,000,000");
    QTest::newRow("count past 64 bits") << "adjustQuantityEdit" << int(StockItem::AdjustKind::Count)
                                        << huge << QStringLiteral("1,000,000,000");
}

void tst_InventoryTab::tooLargeNumbersNameTheRange()
{
    QFETCH(QString, field);
    QFETCH(int, kind);
    QFETCH(QString, typed);
    QFETCH(QString, limit);
    const qint64 events = m_shop->eventCount();
    const QByteArray name = field.toLatin1();
    QDialog *d = nullptr;
    if (kind < 0) {
        pressOnList(Qt::Key_N);
        d = dialog<ProductDialog>();
        QVERIFY(d);
        type(d, "productIdEdit", QStringLiteral("P8"));
        type(d, "productNameEdit", QStringLiteral("Gold bar"));
        type(d, "productPriceEdit", QStringLiteral("100"));
    } else {
        select(QStringLiteral("P1"));
        m_tab->adjustStock(StockItem::AdjustKind(kind));
        d = dialog<StockAdjustDialog>();
        QVERIFY(d);
        type(d, "adjustReasonEdit", QStringLiteral("x"));
    }
    type(d, name.constData(), typed);
    pressEnter(d, name.constData());
    QVERIFY(d->isVisible());
    const QString message = kind < 0 ? static_cast<ProductDialog *>(d)->message()
                                     : static_cast<StockAdjustDialog *>(d)->message();
    // The range, with its limit written as the shop writes numbers; not "a whole number".
    QVERIFY2(message.contains(limit), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("whole")), qPrintable(message));
    QCOMPARE(d->focusWidget()->objectName(), field);
    QCOMPARE(m_shop->eventCount(), events);
}

void tst_InventoryTab::barcodeColumnAndPartOfABarcode()
{
    ProductEdit code;
    code.barcode = QStringLiteral("8801234567890");
    QVERIFY(m_shop->shop->inventory.editProduct(QStringLiteral("P1"), code).ok());
    code.barcode = QStringLiteral("8809999000011");
    QVERIFY(m_shop->shop->inventory.editProduct(QStringLiteral("P2"), code).ok());
    QCOMPARE(cell(rowOf(QStringLiteral("P1")), StockTableModel::BarcodeColumn),
             QStringLiteral("8801234567890"));
    // The clerk reads the last digits off a torn label and types them.
    QTest::keyClick(stockView(), Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>(m_tab.get(), "stockSearch");
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, QStringLiteral("7890"));
    QTRY_COMPARE(stockView()->model()->rowCount(), 1);
    QCOMPARE(cell(0, StockTableModel::ProductIdColumn), QStringLiteral("P1"));
    QCOMPARE(m_tab->selectedProductId(), QStringLiteral("P1"));
    QVERIFY(!child<QLabel>(m_tab.get(), "stockEmptyText")->isVisible());
    // Out of stock reads apart from low stock, in the status column.
    QVERIFY(m_shop->shop->inventory.adjustStock(QStringLiteral("P1"), -10, QStringLiteral("flood"))
                .ok());
    QCOMPARE(cell(0, StockTableModel::StatusColumn), QStringLiteral("Out of stock"));
    QCOMPARE(stockView()
                 ->model()
                 ->index(0, 0)
                 .data(StockTableModel::StockLevelRole)
                 .value<StockTableModel::StockLevel>(),
             StockTableModel::StockLevel::OutOfStock);
}

void tst_InventoryTab::emptyListSaysWhy()
{
    auto *empty = child<QLabel>(m_tab.get(), "stockEmptyText");
    QVERIFY(empty);
    QVERIFY(!empty->isVisible());
    auto *search = child<QLineEdit>(m_tab.get(), "stockSearch");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("zzz"));
    QTRY_COMPARE(stockView()->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("Nothing matches \"zzz\"")),
             qPrintable(empty->text()));
    search->clear();
    QTRY_COMPARE(stockView()->model()->rowCount(), 2);
    QVERIFY(!empty->isVisible());

    // A shop without products yet.
    m_tab.reset();
    m_shop = std::make_unique<TestShop>();
    m_tab = std::make_unique<InventoryTab>(*m_shop->shop);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    empty = child<QLabel>(m_tab.get(), "stockEmptyText");
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("No products yet")), qPrintable(empty->text()));
    QVERIFY2(empty->text().contains(
                 QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText)),
             qPrintable(empty->text()));
    // The first product registered takes the text away.
    m_shop->product(QStringLiteral("P1"), 1'000, 10, QStringLiteral("Apples"));
    QCOMPARE(stockView()->model()->rowCount(), 1);
    QVERIFY(!empty->isVisible());
}

QTEST_MAIN(tst_InventoryTab)
#include "tst_inventorytab.moc"
