#include "inventorytab.h"

#include "catalogimportdialog.h"
#include "displaytext.h"
#include "errortext.h"
#include "inputfile.h"
#include "listwidgets.h"
#include "mainwindow.h"
#include "outputfile.h"
#include "productdialog.h"
#include "shopservices.h"
#include "stockadjustdialog.h"
#include "stockhistorymodel.h"
#include "stocktablemodel.h"
#include "terminalsettings.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ShopDesk {

namespace {

// Restores the widths a manager left (if any), then lets `stretch` take the free width.
void restoreColumns(QTableView *view, const QByteArray &state, int stretch)
{
    QHeaderView *header = view->horizontalHeader();
    if (!state.isEmpty())
        header->restoreState(state);
    header->setStretchLastSection(false);
    for (int column = 0; column < header->count(); ++column) {
        header->setSectionResizeMode(column, column == stretch ? QHeaderView::Stretch
                                                               : QHeaderView::Interactive);
    }
}

const QString splitterKey = QStringLiteral("inventory/splitter");
// Version 2: the barcode and status columns came; a layout saved before would give the widths to
// the wrong columns.
const QString stockColumnsKey = QStringLiteral("inventory/stockColumns2");
const QString historyColumnsKey = QStringLiteral("inventory/historyColumns");
} // namespace

InventoryTab::InventoryTab(ShopServices &shop, QWidget *parent)
    : QWidget(parent)
    , m_shop(shop)
{
    m_stock = new StockTableModel(shop.inventory, shop.bus, this);
    m_history = new StockHistoryModel(shop.inventory, shop.bus, this);

    m_search = ListWidgets::createSearch(
        QStringLiteral("stockSearch"), tr("Search products"),
        [this](const QString &text) { m_stock->setSearch(text); }, this);
    m_search->setPlaceholderText(tr("Product id, name or part of a barcode (Ctrl+F)"));
    auto *find = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_newAction = addAction(QStringLiteral("newProductAction"), tr("&New product"),
                            QKeySequence(Qt::CTRL | Qt::Key_N), tr("Register a new product"));
    m_editAction = addAction(QStringLiteral("editProductAction"), tr("&Edit product"),
                             QKeySequence(Qt::CTRL | Qt::Key_E),
                             tr("Change the selected product's name, price, barcode or "
                                "low-stock threshold"));
    m_receiveAction =
        addAction(QStringLiteral("receiveAction"), tr("&Receive"),
                  QKeySequence(Qt::CTRL | Qt::Key_R), tr("Receive stock of the selected product"));
    m_lossAction =
        addAction(QStringLiteral("lossAction"), tr("&Loss"), QKeySequence(Qt::CTRL | Qt::Key_L),
                  tr("Write off broken, spoiled or lost stock"));
    m_countAction =
        addAction(QStringLiteral("countAction"), tr("Stock-&take"),
                  QKeySequence(Qt::CTRL | Qt::Key_T), tr("Record what a stock-take counted"));
    m_importAction = addAction(QStringLiteral("importAction"), tr("I&mport…"),
                               QKeySequence(Qt::CTRL | Qt::Key_I),
                               tr("Register and update products from a spreadsheet's CSV file"));
    m_exportAction = addAction(QStringLiteral("exportAction"), tr("E&xport…"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                               tr("Save every product with its stock as CSV for a spreadsheet"));
    connect(m_importAction, &QAction::triggered, this, &InventoryTab::importCatalog);
    connect(m_exportAction, &QAction::triggered, this, &InventoryTab::exportCatalog);
    m_newAction->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_receiveAction->setIcon(QIcon(QStringLiteral(":/icons/stock.svg")));
    m_countAction->setIcon(QIcon(QStringLiteral(":/icons/inventory.svg")));
    connect(m_newAction, &QAction::triggered, this, &InventoryTab::newProduct);
    connect(m_editAction, &QAction::triggered, this, &InventoryTab::editProduct);
    connect(m_receiveAction, &QAction::triggered, this,
            [this] { adjustStock(StockItem::AdjustKind::Receive); });
    connect(m_lossAction, &QAction::triggered, this,
            [this] { adjustStock(StockItem::AdjustKind::Loss); });
    connect(m_countAction, &QAction::triggered, this,
            [this] { adjustStock(StockItem::AdjustKind::Count); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    QList<QWidget *> buttons;
    for (QAction *action : {m_newAction, m_editAction, m_receiveAction, m_lossAction, m_countAction,
                            m_importAction, m_exportAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(
            action->objectName().replace(QLatin1StringView("Action"), QLatin1StringView("Button")));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::TabFocus);
        bar->addWidget(button);
        buttons << button;
    }

    m_view = ListWidgets::createView(QStringLiteral("stockView"), tr("Stock"), this);
    m_view->setModel(m_stock);
    // Tab leaves the list for the next control instead of walking its cells.
    m_view->setTabKeyNavigation(false);
    m_view->setColumnWidth(StockTableModel::ProductIdColumn, 140);
    m_view->setColumnWidth(StockTableModel::NameColumn, 300);
    m_view->setColumnWidth(StockTableModel::BarcodeColumn, 130);
    m_view->setColumnWidth(StockTableModel::ThresholdColumn, 100);
    m_view->setColumnWidth(StockTableModel::StatusColumn, 110);
    m_emptyText = ListWidgets::createEmptyText(m_view, QStringLiteral("stockEmptyText"));

    m_view->setToolTip(
        tr("Enter or Ctrl+E edit, Ctrl+R receive, Ctrl+L loss, Ctrl+T stock-take, Ctrl+N new"));
    // Enter or a double click on a row edits it.
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_editAction->isEnabled())
            editProduct();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InventoryTab::selectionChanged);
    // After a search or a reload, the product that was selected stays selected if it is still
    // listed, else the first row is, so the history below always belongs to a listed row.
    connect(m_stock, &QAbstractItemModel::modelReset, this, [this] {
        int row = m_stock->rowOf(m_history->productId());
        if (row < 0 && m_stock->rowCount() > 0)
            row = 0;
        if (row >= 0)
            m_view->setCurrentIndex(m_stock->index(row, 0));
        selectionChanged();
        updateEmptyText();
    });
    connect(m_stock, &QAbstractItemModel::dataChanged, this, &InventoryTab::updateHistoryTitle);
    connect(m_stock, &StockTableModel::loadFailed, this, &InventoryTab::showMessage);

    m_historyTitle = new QLabel(this);
    m_historyTitle->setObjectName(QStringLiteral("historyTitle"));
    m_historyView =
        ListWidgets::createView(QStringLiteral("historyView"), tr("Stock history"), this);
    m_historyView->setModel(m_history);
    m_historyView->setTabKeyNavigation(false);
    m_historyView->setColumnWidth(StockHistoryModel::TimeColumn, 150);
    m_historyView->setColumnWidth(StockHistoryModel::KindColumn, 200);
    m_historyView->setColumnWidth(StockHistoryModel::OnHandColumn, 80);
    m_historyView->setColumnWidth(StockHistoryModel::ReservedColumn, 80);
    m_historyView->setColumnWidth(StockHistoryModel::ReasonColumn, 240);
    m_historyView->setColumnWidth(StockHistoryModel::UserColumn, 100);
    m_historyView->setColumnWidth(StockHistoryModel::OrderColumn, 110);

    connect(m_history, &StockHistoryModel::loadFailed, this, &InventoryTab::showMessage);
    m_historyTitle->setBuddy(m_historyView);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("inventoryMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #9c0006;"));
    m_message->hide();

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_historyTitle);
    lowerLayout->addWidget(m_historyView, 1);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("inventorySplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_search, m_view);
    QWidget *previous = m_view;
    for (QWidget *button : buttons) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_historyView);

    // Where the manager left the splitter and the columns, on this machine. Only what the
    // manager drags is saved (not the stretching of a column as the window resizes), and the
    // code's resize modes apply over a restored state.
    const TerminalSettings settings;
    m_splitter->restoreState(settings.windowState(splitterKey));
    restoreColumns(m_view, settings.windowState(stockColumnsKey), StockTableModel::NameColumn);
    restoreColumns(m_historyView, settings.windowState(historyColumnsKey),
                   StockHistoryModel::ReasonColumn);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { TerminalSettings().setWindowState(splitterKey, m_splitter->saveState()); });
    for (auto [view, key] :
         {std::pair{m_view, stockColumnsKey}, std::pair{m_historyView, historyColumnsKey}}) {
        QHeaderView *header = view->horizontalHeader();
        connect(header, &QHeaderView::sectionResized, this, [header, key] {
            if (QGuiApplication::mouseButtons() != Qt::NoButton)
                TerminalSettings().setWindowState(key, header->saveState());
        });
    }

    readShopSettings();
    if (m_stock->rowCount() > 0)
        m_view->setCurrentIndex(m_stock->index(0, 0));
    selectionChanged();
    updateEmptyText();
}

void InventoryTab::readShopSettings()
{
    // Shop-wide settings may change in the settings dialog or on another terminal; without a
    // login they cannot be read, and the last known default stays.
    if (const Result<ShopDetails> details = m_shop.slips.shopDetails())
        m_stock->setLowStockThreshold(details->lowStockThreshold);
}

QAction *InventoryTab::addAction(const QString &name, const QString &text, const QKeySequence &key,
                                 const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    QWidget::addAction(action);
    return action;
}

bool InventoryTab::canManage() const
{
    return m_shop.work.authorize(Role::Manager, {}).ok();
}

void InventoryTab::setDefaultLowStockThreshold(qint64 threshold)
{
    m_stock->setLowStockThreshold(threshold);
}

QString InventoryTab::selectedProductId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(StockTableModel::ProductIdRole).toString() : QString();
}

bool InventoryTab::selectProduct(const QString &productId)
{
    int row = m_stock->rowOf(productId);
    if (row < 0) {
        // Not among the loaded rows: show it by its id.
        m_search->blockSignals(true);
        m_search->setText(productId);
        m_search->blockSignals(false);
        m_stock->setSearch(productId);
        row = m_stock->rowOf(productId);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_stock->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void InventoryTab::updateActions()
{
    const bool manager = canManage();
    const bool selected = !selectedProductId().isEmpty();
    m_newAction->setEnabled(manager);
    m_importAction->setEnabled(manager);
    for (QAction *action : {m_editAction, m_receiveAction, m_lossAction, m_countAction})
        action->setEnabled(manager && selected);
    const QString why = tr("Only a manager may register products or change stock");
    for (QAction *action : {m_newAction, m_editAction, m_receiveAction, m_lossAction, m_countAction,
                            m_importAction}) {
        const QString tip = action->toolTip().section(QStringLiteral("\n"), 0, 0);
        action->setToolTip(manager ? tip : tip + QLatin1Char('\n') + why);
    }
    updateEmptyText();
}

void InventoryTab::followUser()
{
    showMessage({});
    readShopSettings();
    updateActions();
}

void InventoryTab::updateEmptyText()
{
    const QString search = m_stock->search();
    if (!search.isEmpty()) {
        m_emptyText->setText(
            tr("Nothing matches \"%1\" — search by product id, name or part of a barcode.")
                .arg(search));
    } else if (canManage()) {
        m_emptyText->setText(tr("No products yet — register one with New product (%1).")
                                 .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    } else {
        m_emptyText->setText(tr("No products yet — a manager registers them."));
    }
}

void InventoryTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A switch of user in the window's login dialog need not change the active window (the
    // dialog may close without the window being activated again): follow the window's word.
    if (auto *mainWindow = qobject_cast<MainWindow *>(window()))
        connect(mainWindow, &MainWindow::userChanged, this, &InventoryTab::followUser,
                Qt::UniqueConnection);
    readShopSettings();
    updateActions();
    // Arriving on the tab (Ctrl+2), the keys of the list work at once.
    if (!isAncestorOf(QApplication::focusWidget()) && !m_dialog)
        m_view->setFocus();
}

void InventoryTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        readShopSettings();
        updateActions();
    }
}

void InventoryTab::showMessage(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color: #9c0006;"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void InventoryTab::showNotice(const QString &text)
{
    m_message->setStyleSheet(QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString InventoryTab::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void InventoryTab::importCatalog()
{
    if (!canManage()) {
        showMessage(tr("Only a manager may import products."));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import products"), folder,
                                     tr("Spreadsheet text (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void InventoryTab::importFile(const QString &path)
{
    const Result<QByteArray> bytes =
        readInputFile(path, QStringLiteral("the catalog"), MaxCatalogBytes);
    if (!bytes) {
        const QString reason = bytes.error().details.value(QStringLiteral("reason")).toString();
        if (bytes.error().code == ErrorCode::NotFound)
            showMessage(tr("%1 does not exist.").arg(path));
        else if (reason == QLatin1StringView("notRegular"))
            showMessage(tr("%1 is not a regular file. Choose the CSV file itself.").arg(path));
        else if (reason == QLatin1StringView("tooBig"))
            showMessage(tr("%1 is too big to import (more than %2 MB).")
                            .arg(path)
                            .arg(MaxCatalogBytes / (1024 * 1024)));
        else
            showMessage(tr("%1 cannot be read: %2").arg(path, bytes.error().message));
        return;
    }
    auto *dialog = new CatalogImportDialog(m_shop.inventory, path, *bytes, this);
    connect(dialog, &CatalogImportDialog::imported, this, [this](const QString &text) {
        // The import wrote on a connection of its own: every list reads again now.
        m_shop.bus.publishReset();
        showNotice(text);
    });
    openDialog(dialog);
}

void InventoryTab::exportCatalog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export products"),
        folder + QStringLiteral("/products-%1.csv")
                     .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status exported = exportTo(path); !exported)
        showMessage(ErrorText::text(exported.error(), ErrorText::Context::Printing));
}

Status InventoryTab::exportTo(const QString &path)
{
    SD_TRY(const InventoryService::CatalogExport exported, m_shop.inventory.exportCatalog());
    SD_TRY(const OutputFile::Saved saved,
           OutputFile::save(path, QStringLiteral("the product export"), exported.csv));
    showNotice(
        tr("Exported %1 products to %2.").arg(DisplayText::count(exported.products), saved.path));
    return {};
}

void InventoryTab::selectionChanged()
{
    m_history->setProductId(selectedProductId());
    updateHistoryTitle();
    updateActions();
}

void InventoryTab::updateHistoryTitle()
{
    const QString productId = selectedProductId();
    if (productId.isEmpty()) {
        m_historyTitle->setText(tr("&Stock history: select a product"));
    } else {
        const QModelIndex current = m_view->currentIndex();
        const QString name =
            m_stock->index(current.row(), StockTableModel::NameColumn).data().toString();
        const QString barcode =
            m_stock->index(current.row(), 0).data(StockTableModel::BarcodeRole).toString();
        m_historyTitle->setText(
            barcode.isEmpty()
                ? tr("&Stock history of %1 %2").arg(productId, name)
                : tr("&Stock history of %1 %2 (barcode %3)").arg(productId, name, barcode));
    }
}

void InventoryTab::openDialog(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    showMessage({});
    connect(dialog, &QDialog::finished, m_view, [this] { m_view->setFocus(); });
    dialog->open();
}

void InventoryTab::newProduct()
{
    if (!canManage()) {
        showMessage(tr("Only a manager may register products."));
        return;
    }
    auto *dialog = new ProductDialog(m_shop.inventory, this);
    dialog->setDefaultThreshold(m_stock->lowStockThreshold());
    connect(dialog, &ProductDialog::saved, this, [this](const QString &productId) {
        selectProduct(productId);
        showMessage({});
    });
    openDialog(dialog);
}

void InventoryTab::editProduct()
{
    const QString productId = selectedProductId();
    if (!canManage()) {
        showMessage(tr("Only a manager may edit products."));
        return;
    }
    if (productId.isEmpty())
        return;
    const Result<Product> product = m_shop.inventory.product(productId);
    if (!product) {
        showMessage(ErrorText::text(product.error(), ErrorText::Context::Reading));
        return;
    }
    auto *dialog = new ProductDialog(m_shop.inventory, product.value(), this);
    dialog->setDefaultThreshold(m_stock->lowStockThreshold());
    openDialog(dialog);
}

void InventoryTab::adjustStock(StockItem::AdjustKind kind)
{
    const QString productId = selectedProductId();
    if (!canManage()) {
        showMessage(tr("Only a manager may change stock."));
        return;
    }
    if (productId.isEmpty())
        return;
    openDialog(new StockAdjustDialog(m_shop.inventory, m_shop.bus, productId, kind, this));
}

} // namespace ShopDesk
