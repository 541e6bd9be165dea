#include "mainwindow.h"

#include "deliveriestab.h"
#include "displaytext.h"
#include "inventorytab.h"
#include "orderstab.h"
#include "shopservices.h"
#include "shopstore.h"

#include <QLabel>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>

namespace ShopDesk {

MainWindow::MainWindow(ShopServices &shop, QWidget *parent)
    : QMainWindow(parent)
    , m_shop(shop)
{
    setWindowTitle(tr("ShopDesk"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Sections"));
    m_ordersTab = new OrdersTab(shop, m_tabs);
    m_inventoryTab = new InventoryTab(shop, m_tabs);
    m_deliveriesTab = new DeliveriesTab(shop, m_tabs);
    m_tabs->addTab(m_ordersTab, tr("Orders"));
    m_tabs->addTab(m_inventoryTab, tr("Inventory"));
    m_tabs->addTab(m_deliveriesTab, tr("Deliveries"));
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

} // namespace ShopDesk
