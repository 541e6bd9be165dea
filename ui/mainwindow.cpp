#include "mainwindow.h"

#include "deliverytablemodel.h"
#include "displaytext.h"
#include "ordertablemodel.h"
#include "shopservices.h"
#include "shopstore.h"
#include "stocktablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <iterator>

namespace ShopDesk {

namespace {

// A status filter: "all" first (no code), then each code with its translated label.
QComboBox *statusCombo(const QString &name, const QString &accessibleName, const QStringList &codes,
                       QString (*label)(const QString &), QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessibleName);
    combo->addItem(MainWindow::tr("All statuses"), QString());
    for (const QString &code : codes)
        combo->addItem(label(code), code);
    return combo;
}

// A status filter and a search field above a list: the shape of the Orders and Deliveries tabs.
void layOutFilteredList(QWidget *page, QComboBox *filter, QLineEdit *search, QTableView *view)
{
    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(MainWindow::tr("Status:"), page);
    filterLabel->setBuddy(filter);
    bar->addWidget(filterLabel);
    bar->addWidget(filter);
    bar->addSpacing(12);
    bar->addWidget(search, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(view, 1);
}

} // namespace

MainWindow::MainWindow(ShopServices &shop, QWidget *parent)
    : QMainWindow(parent)
    , m_shop(shop)
{
    setWindowTitle(tr("ShopDesk"));
    m_orders = new OrderTableModel(shop.orders, shop.bus, this);
    m_stock = new StockTableModel(shop.inventory, shop.bus, this);
    m_deliveries = new DeliveryTableModel(shop.orders, shop.bus, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Sections"));
    m_tabs->addTab(createOrdersTab(), tr("Orders"));
    m_tabs->addTab(createInventoryTab(), tr("Inventory"));
    m_tabs->addTab(createDeliveriesTab(), tr("Deliveries"));
    setCentralWidget(m_tabs);

    const QKeySequence tabKeys[] = {QKeySequence(Qt::CTRL | Qt::Key_1),
                                    QKeySequence(Qt::CTRL | Qt::Key_2),
                                    QKeySequence(Qt::CTRL | Qt::Key_3)};
    for (int i = 0; i < 3; ++i) {
        auto *shortcut = new QShortcut(tabKeys[i], this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showTab(static_cast<Tab>(i)); });
    }

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setAccessibleName(tr("Database file"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setAccessibleName(tr("User"));
    m_eventsLabel = new QLabel(this);
    m_eventsLabel->setObjectName(QStringLiteral("eventsLabel"));
    m_eventsLabel->setAccessibleName(tr("Number of events"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_eventsLabel);
    m_databaseLabel->setText(tr("Database: %1").arg(shop.store().location()));

    connect(&shop.bus, &EventBus::eventCommitted, this, &MainWindow::updateStatusBar);
    connect(&shop.bus, &EventBus::reset, this, &MainWindow::updateStatusBar);
    updateStatusBar();
    resize(1280, 800);
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void MainWindow::updateStatusBar()
{
    const QString actor = m_shop.work.actor();
    m_userLabel->setText(tr("User: %1").arg(actor.isEmpty() ? tr("(none)") : actor));
    const Result<qint64> events = m_shop.store().eventCount();
    m_eventsLabel->setText(events ? tr("Events: %1").arg(DisplayText::count(events.value()))
                                  : tr("Events: unknown"));
}

QTableView *MainWindow::createView(const QString &name, const QString &accessibleName)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(120);
    return view;
}

QLineEdit *MainWindow::createSearch(const QString &name, const QString &accessibleName,
                                    const std::function<void(const QString &)> &apply)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    // Waits for a pause in typing, so a search runs once per word, not once per key.
    auto *timer = new QTimer(edit);
    timer->setSingleShot(true);
    timer->setInterval(SearchDelayMs);
    connect(edit, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(timer, &QTimer::timeout, edit, [edit, apply] { apply(edit->text().trimmed()); });
    return edit;
}

QWidget *MainWindow::createOrdersTab()
{
    auto *page = new QWidget(this);
    QStringList codes;
    for (OrderStatus status : {OrderStatus::Placed, OrderStatus::Paid, OrderStatus::Delivering,
                               OrderStatus::Delivered, OrderStatus::Cancelled})
        codes << toText(status);
    QComboBox *filter = statusCombo(QStringLiteral("orderStatusFilter"), tr("Order status filter"),
                                    codes, &DisplayText::orderStatus, page);
    connect(filter, &QComboBox::currentIndexChanged, this,
            [this, filter] { m_orders->setStatusFilter(filter->currentData().toString()); });
    QLineEdit *search = createSearch(QStringLiteral("orderSearch"), tr("Search orders"),
                                     [this](const QString &text) { m_orders->setSearch(text); });
    search->setPlaceholderText(tr("Order id or customer"));

    QTableView *view = createView(QStringLiteral("ordersView"), tr("Orders"));
    view->setModel(m_orders);
    const int widths[] = {110, 100, 120, 120, 100, 60, 150, 120, 100};
    for (int column = 0; column < int(std::size(widths)); ++column)
        view->setColumnWidth(column, widths[column]);

    layOutFilteredList(page, filter, search, view);
    return page;
}

QWidget *MainWindow::createInventoryTab()
{
    auto *page = new QWidget(this);
    QLineEdit *search = createSearch(QStringLiteral("stockSearch"), tr("Search products"),
                                     [this](const QString &text) { m_stock->setSearch(text); });
    search->setPlaceholderText(tr("Product id, name or barcode"));
    QTableView *view = createView(QStringLiteral("stockView"), tr("Stock"));
    view->setModel(m_stock);
    view->setColumnWidth(StockTableModel::ProductIdColumn, 160);
    view->setColumnWidth(StockTableModel::NameColumn, 320);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(search);
    layout->addWidget(view, 1);
    return page;
}

QWidget *MainWindow::createDeliveriesTab()
{
    auto *page = new QWidget(this);
    QStringList codes;
    for (DeliveryStatus status :
         {DeliveryStatus::Started, DeliveryStatus::Completed, DeliveryStatus::Cancelled})
        codes << toText(status);
    QComboBox *filter =
        statusCombo(QStringLiteral("deliveryStatusFilter"), tr("Delivery status filter"), codes,
                    &DisplayText::deliveryStatus, page);
    connect(filter, &QComboBox::currentIndexChanged, this,
            [this, filter] { m_deliveries->setStatusFilter(filter->currentData().toString()); });
    QLineEdit *search =
        createSearch(QStringLiteral("deliverySearch"), tr("Search deliveries"),
                     [this](const QString &text) { m_deliveries->setSearch(text); });
    search->setPlaceholderText(tr("Order id or customer"));

    QTableView *view = createView(QStringLiteral("deliveriesView"), tr("Deliveries"));
    view->setModel(m_deliveries);
    view->setColumnWidth(DeliveryTableModel::DeliveryIdColumn, 130);
    view->setColumnWidth(DeliveryTableModel::OrderIdColumn, 130);
    view->setColumnWidth(DeliveryTableModel::AddressColumn, 360);

    layOutFilteredList(page, filter, search, view);
    return page;
}

} // namespace ShopDesk
