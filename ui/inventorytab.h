#pragma once

#include "stockitem.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace ShopDesk {

class ShopServices;
class StockHistoryModel;
class StockTableModel;

// The Inventory tab (재고): products with barcode, on hand, reserved and available, low stock (by
// each product's threshold, else the shop's default), out of stock and oversold marked,
// searchable by id, name or part of a barcode, with a word in the empty list saying why it is
// empty; below, the stock history of the selected product. A manager registers and edits
// products and adjusts stock (receive, loss, stock-take count) in dialogs; for a clerk those
// actions are disabled with a tooltip saying why (and the services refuse them anyway). In a
// MainWindow the actions follow its userChanged at once. Keys: Ctrl+F search, Ctrl+N new
// product, Ctrl+E edit, Ctrl+R receive, Ctrl+L loss, Ctrl+T stock-take count. The services
// must outlive the tab.
class InventoryTab : public QWidget
{
    Q_OBJECT
public:
    explicit InventoryTab(ShopServices &shop, QWidget *parent = nullptr);

    // The product of the selected row, empty when none.
    QString selectedProductId() const;
    // Selects the product's row (searching for it when it is not loaded); false if not found.
    bool selectProduct(const QString &productId);
    // The dialog the tab has open (window-modal, not blocking), or null.
    QDialog *openDialog() const { return m_dialog; }
    // The tab's message or notice, empty when none is shown.
    QString message() const;
    // Whether the acting user may manage products and stock (a manager, or a shop without
    // users yet).
    bool canManage() const;
    // The shop's default low-stock threshold, for products without one of their own. The tab
    // reads it from the shop's details when it is created, shown or activated again.
    void setDefaultLowStockThreshold(qint64 threshold);

public slots:
    // Enables the actions for the acting user's role and the selection; done whenever the
    // tab is shown or its window becomes active again (after a login dialog), and callable
    // after a switch of user.
    void updateActions();
    void newProduct();
    void editProduct();
    void adjustStock(ShopDesk::StockItem::AdjustKind kind);
    // Inventory > Import (a manager): a file chosen, then the preview dialog.
    void importCatalog();
    // Reads the file and opens the import's preview for it; a file that cannot be read is
    // named in the tab's message.
    void importFile(const QString &path);
    // Inventory > Export: every product with its stock as CSV for Korean Excel, to a file
    // chosen; the tab's notice says where.
    void exportCatalog();
    Status exportTo(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    // A login or switch of user happens in a dialog: when the window is active again, the
    // actions follow the user who is acting now.
    void changeEvent(QEvent *event) override;

private:
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &key,
                       const QString &tip);
    void showMessage(const QString &text);
    // A word that is not a problem (an import or export done), in the message's place.
    void showNotice(const QString &text);
    void selectionChanged();
    void readShopSettings();
    // After a switch of user: the actions for the new one, and no message left for the last.
    void followUser();
    void updateEmptyText();
    void updateHistoryTitle();
    void openDialog(QDialog *dialog);

    ShopServices &m_shop;
    StockTableModel *m_stock = nullptr;
    StockHistoryModel *m_history = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QTableView *m_historyView = nullptr;
    QLabel *m_historyTitle = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_emptyText = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_receiveAction = nullptr;
    QAction *m_lossAction = nullptr;
    QAction *m_countAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace ShopDesk
