#include "neworderpanel.h"

#include "displaytext.h"
#include "errortext.h"
#include "inventoryservice.h"
#include "listwidgets.h"
#include "orderlinesmodel.h"
#include "productcompletionmodel.h"
#include "shopservices.h"

#include <QDialog>
#include <QDialogButtonBox>

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ShopDesk {

namespace {

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, int maxLength,
                    QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}

// Asks a manager to approve the discounts with their name and PIN; nullopt when cancelled.
std::optional<DiscountApproval> askApproval(QWidget *parent, const QString &why)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("discountApprovalDialog"));
    dialog.setWindowTitle(NewOrderPanel::tr("Manager approval"));
    auto *text = new QLabel(why, &dialog);
    text->setWordWrap(true);
    auto *manager = lineEdit(QStringLiteral("approvalManager"), NewOrderPanel::tr("Manager"),
                             Limits::MaxNameLength, &dialog);
    auto *pin = lineEdit(QStringLiteral("approvalPin"), NewOrderPanel::tr("PIN"), 32, &dialog);
    pin->setEchoMode(QLineEdit::Password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(text);
    auto *managerLabel = new QLabel(NewOrderPanel::tr("&Manager:"), &dialog);
    managerLabel->setBuddy(manager);
    form->addRow(managerLabel, manager);
    auto *pinLabel = new QLabel(NewOrderPanel::tr("&PIN:"), &dialog);
    pinLabel->setBuddy(pin);
    form->addRow(pinLabel, pin);
    form->addRow(buttons);
    manager->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return DiscountApproval{manager->text().trimmed(), pin->text()};
}

} // namespace

namespace {
// A listed customer's number as the book has it (what choosing them puts in the phone field).
constexpr int PhoneRole = Qt::UserRole + 1;
} // namespace

NewOrderPanel::NewOrderPanel(ShopServices &shop, QWidget *parent)
    : QWidget(parent)
    , m_shop(shop)
{
    setObjectName(QStringLiteral("newOrderPanel"));
    m_lines = new OrderLinesModel(this);

    m_customer =
        lineEdit(QStringLiteral("customerName"), tr("Customer name"), Limits::MaxNameLength, this);
    m_phone = lineEdit(QStringLiteral("customerPhone"), tr("Phone"), Limits::MaxPhoneLength, this);
    m_address = lineEdit(QStringLiteral("customerAddress"), tr("Delivery address"),
                         Limits::MaxTextLength, this);
    m_customer->setToolTip(
        tr("The customer's name, up to %1 characters").arg(Limits::MaxNameLength));
    m_phone->setToolTip(tr("Up to %1 characters").arg(Limits::MaxPhoneLength));
    m_address->setToolTip(
        tr("Where the order is delivered, up to %1 characters").arg(Limits::MaxTextLength));
    for (QLineEdit *field : {m_customer, m_phone, m_address})
        connect(field, &QLineEdit::textEdited, this, [this] {
            clearProblem();
            updateTotal(); // a new customer starts the next order: the change makes way
        });

    // The customer book: the phone's digits find customers, the one chosen fills the fields.
    m_customerMatches = new QStandardItemModel(this);
    m_customerCompleter = new QCompleter(m_customerMatches, this);
    m_customerCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    // The list shows the number, the name and the last address; choosing puts the number in.
    m_customerCompleter->setCompletionRole(PhoneRole);
    m_customerCompleter->setWidget(m_phone);
    m_customerCompleter->popup()->setObjectName(QStringLiteral("customerMatchesPopup"));
    connect(m_customerCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                m_phone->setText(index.data(PhoneRole).toString());
                useCustomer(index.data(Qt::UserRole).toString());
            });
    connect(m_phone, &QLineEdit::textEdited, this, &NewOrderPanel::lookUpPhone);
    m_addresses = new QStringListModel(this);
    m_addressCompleter = new QCompleter(m_addresses, this);
    m_addressCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_addressCompleter->setWidget(m_address);
    m_addressCompleter->popup()->setObjectName(QStringLiteral("addressChoicesPopup"));
    connect(m_addressCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &address) {
                m_address->setText(address);
                m_filledAddress = address;
            });
    m_customerFound = new QLabel(this);
    m_customerFound->setObjectName(QStringLiteral("customerFound"));
    m_customerFound->hide();

    m_product =
        lineEdit(QStringLiteral("productField"), tr("Product"), Limits::MaxTextLength, this);
    m_product->setPlaceholderText(tr("Scan a barcode, or type a product id or name"));
    m_product->setToolTip(tr("F2: here. Enter adds the product; a scanned barcode is added at "
                             "once. Up/Down choose among the suggestions; Tab goes to the "
                             "quantity, or type the quantity after a star: 감귤*5."));
    m_completions = new ProductCompletionModel(shop.inventory, this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setObjectName(QStringLiteral("productCompletions"));
    m_completer->popup()->setAccessibleName(tr("Matching products"));
    // Before the completer's own filter, which would take Tab and Alt+Q as its own.
    m_completer->popup()->installEventFilter(this);
    m_product->setCompleter(m_completer);
    connect(m_product, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_pendingCompletion.clear();
        clearProblem();
        m_completions->setText(text);
        if (m_completions->rowCount() > 0 && !text.trimmed().isEmpty())
            m_completer->complete();
        else
            m_completer->popup()->hide();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                m_pendingCompletion = index.data(ProductCompletionModel::ProductIdRole).toString();
                // Enter may or may not reach the field as well; whichever comes first adds it.
                QTimer::singleShot(0, this, [this] {
                    if (!m_pendingCompletion.isEmpty())
                        addProduct(std::exchange(m_pendingCompletion, QString()), m_qty->value());
                });
            });
    connect(m_product, &QLineEdit::returnPressed, this, [this] {
        if (!m_pendingCompletion.isEmpty()) {
            addProduct(std::exchange(m_pendingCompletion, QString()), m_qty->value());
            return;
        }
        addProductFromField();
    });

    m_qty = new QSpinBox(this);
    m_qty->setObjectName(QStringLiteral("orderQty"));
    m_qty->setAccessibleName(tr("Quantity"));
    m_qty->setRange(1, int(Limits::MaxQty));
    m_qty->setValue(1);
    m_qty->setToolTip(tr("Quantity of the next product added, 1 to %1; back to 1 after each "
                         "line")
                          .arg(DisplayText::count(Limits::MaxQty)));
    connect(m_qty, &QSpinBox::editingFinished, this, [this] {
        if (!m_product->text().trimmed().isEmpty() && m_qty->hasFocus())
            addProductFromField();
    });

    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addLineButton"));
    m_add->setAccessibleName(tr("Add the product"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &NewOrderPanel::addProductFromField);

    m_linesView = new QTableView(this);
    m_linesView->setObjectName(QStringLiteral("orderLinesView"));
    m_linesView->setAccessibleName(tr("Order lines"));
    m_linesView->setModel(m_lines);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setSelectionMode(QAbstractItemView::SingleSelection);
    // Typing a number on a selected line changes its quantity.
    m_linesView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::AnyKeyPressed);
    m_linesView->verticalHeader()->hide();
    m_linesView->horizontalHeader()->setStretchLastSection(true);
    m_linesView->setToolTip(tr("Delete removes the selected line; typing a number changes its "
                               "quantity; F6 gives the line a discount (500 or 10%)"));
    const int widths[] = {90, 240, 60, 100, 110, 130};
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_linesView->setColumnWidth(column, widths[column]);
    auto *removeAction = new QAction(tr("Remove line"), m_linesView);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &NewOrderPanel::removeSelectedLine);
    m_linesView->addAction(removeAction);
    auto *lineDiscount = new QShortcut(QKeySequence(Qt::Key_F6), this);
    lineDiscount->setContext(Qt::WidgetWithChildrenShortcut);
    connect(lineDiscount, &QShortcut::activated, this, &NewOrderPanel::editLineDiscount);

    m_discount = lineEdit(QStringLiteral("orderDiscount"), tr("Discount on the order"), 24, this);
    m_discount->setPlaceholderText(tr("500 or 10%"));
    m_discount->setToolTip(tr("A discount on the whole order: an amount (500) or a percentage "
                              "(10%). Above the clerk's limit a manager approves it."));
    m_discount->setMaximumWidth(
        m_discount->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000,000")) + 20);
    m_discountReason = lineEdit(QStringLiteral("orderDiscountReason"), tr("Discount reason"),
                                Limits::MaxTextLength, this);
    m_discountReason->setPlaceholderText(tr("Why the discount is given"));
    connect(m_discount, &QLineEdit::textChanged, this, [this] {
        clearProblem();
        updateTotal();
    });
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("orderMoneySummary"));
    m_summary->setAccessibleName(tr("Gross, discount and VAT"));
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_totalCaption = new QLabel(tr("Total"), this);
    m_totalCaption->setObjectName(QStringLiteral("orderTotalCaption"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("orderTotal"));
    m_total->setAccessibleName(tr("Order total"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setMinimumWidth(
        m_total->fontMetrics().horizontalAdvance(QStringLiteral("₩0,000,000,000")));

    m_place = new QPushButton(QIcon(QStringLiteral(":/icons/place.svg")), tr("&Place order"), this);
    m_place->setIconSize(QSize(22, 22));
    m_place->setObjectName(QStringLiteral("placeOrderButton"));
    m_place->setAccessibleName(tr("Place order"));
    m_place->setToolTip(tr("Place the order (Ctrl+Return)"));
    m_place->setAutoDefault(false);
    m_place->setMinimumHeight(m_place->sizeHint().height() * 2);
    connect(m_place, &QPushButton::clicked, this, &NewOrderPanel::placeOrder);

    m_message =
        ListWidgets::createTextLabel(QStringLiteral("orderMessage"), tr("Order message"), this);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2);

    connect(m_lines, &OrderLinesModel::totalChanged, this, &NewOrderPanel::updateTotal);
    // A correction of the lines answers the refusal that asked for it.
    connect(m_lines, &OrderLinesModel::totalChanged, this, &NewOrderPanel::clearProblem);
    connect(m_lines, &OrderLinesModel::quantityRefused, this, [this](const QString &typed) {
        showMessage(tr("A line holds 1 to %1 units; \"%2\" was not taken.")
                        .arg(DisplayText::count(Limits::MaxQty), typed),
                    true);
    });
    connect(m_lines, &OrderLinesModel::discountChanged, this, [this](int row) {
        const OrderLine &line = m_lines->lineAt(row);
        showMessage(
            line.discount.isNone()
                ? tr("%1 %2: no discount").arg(line.productId, line.productName)
                : tr("%1 %2: discount %3")
                      .arg(line.productId, line.productName,
                           m_lines->index(row, OrderLinesModel::DiscountColumn).data().toString()),
            false);
    });
    connect(m_lines, &OrderLinesModel::discountRefused, this,
            [this](int row, const QString &typed, OrderLinesModel::DiscountRefusal why) {
                const OrderLine &line = m_lines->lineAt(row);
                switch (why) {
                case OrderLinesModel::DiscountRefusal::NotADiscount:
                    showMessage(tr("A line's discount is an amount (500) or a whole percentage up "
                                   "to 100 (10%); \"%1\" was not taken.")
                                    .arg(typed),
                                true);
                    break;
                case OrderLinesModel::DiscountRefusal::MoreThanTheLine: {
                    const Result<Discount> discount = Discount::parse(typed, QString());
                    showMessage(
                        tr("A discount of %1 is more than %2 %3 comes to (%4); it was not "
                           "taken.")
                            .arg(discount ? DisplayText::money(discount->of(line.total())) : typed,
                                 line.productId, line.productName,
                                 DisplayText::money(line.total())),
                        true);
                    break;
                }
                case OrderLinesModel::DiscountRefusal::QuantityBelowDiscount:
                    showMessage(tr("%1 units of %2 would come to less than the line's discount "
                                   "of %3; lower the discount first.")
                                    .arg(typed, line.productId,
                                         DisplayText::money(line.discount.of(line.total()))),
                                true);
                    break;
                }
            });
    updateTotal();

    auto *customer = new QHBoxLayout;
    auto addField = [&](const QString &caption, QWidget *field, int stretch) {
        auto *label = new QLabel(caption, this);
        label->setBuddy(field);
        customer->addWidget(label);
        customer->addWidget(field, stretch);
    };
    addField(tr("C&ustomer:"), m_customer, 2);
    addField(tr("Pho&ne:"), m_phone, 1);
    addField(tr("A&ddress:"), m_address, 4);

    auto *entry = new QHBoxLayout;
    auto *productLabel = new QLabel(tr("P&roduct:"), this);
    productLabel->setBuddy(m_product);
    auto *qtyLabel = new QLabel(tr("&Qty:"), this);
    qtyLabel->setBuddy(m_qty);
    entry->addWidget(productLabel);
    entry->addWidget(m_product, 1);
    entry->addWidget(qtyLabel);
    entry->addWidget(m_qty);
    entry->addWidget(m_add);

    auto *discount = new QHBoxLayout;
    auto *discountLabel = new QLabel(tr("Dis&count:"), this);
    discountLabel->setBuddy(m_discount);
    auto *reasonLabel = new QLabel(tr("Reas&on:"), this);
    reasonLabel->setBuddy(m_discountReason);
    discount->addWidget(discountLabel);
    discount->addWidget(m_discount);
    discount->addWidget(reasonLabel);
    discount->addWidget(m_discountReason, 1);

    auto *side = new QVBoxLayout;
    side->addWidget(m_totalCaption);
    side->addWidget(m_total);
    side->addWidget(m_summary);
    side->addStretch(1);
    side->addWidget(m_place);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *customerRows = new QVBoxLayout;
    customerRows->setSpacing(2);
    customerRows->addLayout(customer);
    customerRows->addWidget(m_customerFound);
    grid->addLayout(customerRows, 0, 0, 1, 2);
    grid->addLayout(entry, 1, 0);
    grid->addWidget(m_linesView, 2, 0);
    grid->addLayout(side, 1, 1, 2, 1);
    grid->addLayout(discount, 3, 0);
    grid->addWidget(m_message, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);

    setTabOrder(m_customer, m_phone);
    setTabOrder(m_phone, m_address);
    setTabOrder(m_address, m_product);
    setTabOrder(m_product, m_qty);
    setTabOrder(m_qty, m_add);
    setTabOrder(m_add, m_linesView);
    setTabOrder(m_linesView, m_discount);
    setTabOrder(m_discount, m_discountReason);
    setTabOrder(m_discountReason, m_place);
}

QString NewOrderPanel::message() const
{
    return m_message->text();
}

void NewOrderPanel::focusProductField()
{
    m_product->setFocus(Qt::ShortcutFocusReason);
    m_product->selectAll();
}

NewOrderPanel::ProductEntry NewOrderPanel::parseProductEntry(const QString &text)
{
    static const QRegularExpression withQty(QStringLiteral("^(.*?)\\s*[*×]\\s*(\\S*)$"));
    const QRegularExpressionMatch match = withQty.match(text.trimmed());
    if (!match.hasMatch())
        return {text.trimmed(), 0};
    bool ok = false;
    const qint64 qty = match.captured(2).toLongLong(&ok);
    return {match.captured(1), ok && qty >= 1 && qty <= Limits::MaxQty ? qty : -1};
}

bool NewOrderPanel::addProductFromField()
{
    const ProductEntry entry = parseProductEntry(m_product->text());
    const QString text = entry.product;
    if (text.isEmpty()) {
        showMessage(tr("Scan a barcode or type a product id or name first."), true);
        focusProductField();
        return false;
    }
    if (entry.qty < 0) {
        showMessage(tr("Type the quantity after the star as a whole number from 1 to %1, for "
                       "example %2*5.")
                        .arg(DisplayText::count(Limits::MaxQty), text),
                    true);
        focusProductField();
        return false;
    }
    const qint64 qty = entry.qty > 0 ? entry.qty : m_qty->value();
    // A scanner's code, or an exact id: no list to choose from, the line is added at once.
    if (auto byBarcode = m_shop.inventory.productByBarcode(text)) {
        addProduct(byBarcode->productId, qty);
        return true;
    }
    auto matches = m_shop.inventory.completeProducts(text, 2);
    if (!matches) {
        showMessage(ErrorText::text(matches.error(), ErrorText::Context::Reading), true);
        return false;
    }
    const QList<Product> &found = matches.value();
    if (!found.isEmpty() &&
        (found.size() == 1 || found.first().productId.compare(text, Qt::CaseInsensitive) == 0)) {
        addProduct(found.first().productId, qty);
        return true;
    }
    showMessage(found.isEmpty()
                    ? tr("No product has the id, barcode or name \"%1\".").arg(text)
                    : tr("Several products match \"%1\": choose one from the list (Up/Down, "
                         "Enter).")
                          .arg(text),
                true);
    focusProductField();
    if (!found.isEmpty()) {
        m_product->setText(text);
        m_completions->setText(text);
        m_completer->complete();
    }
    return false;
}

void NewOrderPanel::addProduct(const QString &productId, qint64 qty)
{
    auto product = m_shop.inventory.product(productId);
    if (!product) {
        showMessage(ErrorText::text(product.error(), ErrorText::Context::Reading), true);
        return;
    }
    const Result<StockRow> stock = m_shop.inventory.stockOf(productId);
    const int row = m_lines->addProduct(
        product.value(), qty, stock ? std::optional<qint64>(stock->available()) : std::nullopt);
    m_linesView->setCurrentIndex(m_lines->index(row, OrderLinesModel::QtyColumn));
    m_linesView->scrollTo(m_lines->index(row, 0));
    const OrderLine &line = m_lines->lineAt(row);
    if (m_lines->overStock(row) > 0) {
        // Said now, not at Place: the clerk can still lower the quantity or ask the customer.
        showMessage(tr("Only %1 of %2 %3 available, %4 on the line: lower the quantity, or the "
                       "order will be refused.")
                        .arg(DisplayText::count(line.qty - m_lines->overStock(row)), line.productId,
                             line.productName, DisplayText::count(line.qty)),
                    true);
    } else {
        showMessage(tr("%1 %2 × %3 = %4")
                        .arg(line.productId, line.productName, DisplayText::count(line.qty),
                             DisplayText::money(line.total())),
                    false);
    }
    m_qty->setValue(1);
    m_completer->popup()->hide();
    m_product->clear();
    m_completions->setText(QString());
    focusProductField();
}

QString NewOrderPanel::chosenCompletion() const
{
    const QModelIndex current = m_completer->popup()->currentIndex();
    if (current.isValid())
        return current.data(ProductCompletionModel::ProductIdRole).toString();
    if (m_completions->rowCount() == 1)
        return m_completions->productAt(0).productId;
    return {};
}

bool NewOrderPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_completer->popup() ||
        (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool toQty = (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) ||
                       (key->key() == Qt::Key_Q && key->modifiers() == Qt::AltModifier);
    if (event->type() == QEvent::ShortcutOverride) {
        // Alt+Q is the quantity field's mnemonic: taken here as a key, so that the product
        // highlighted in the popup comes along instead of being left half typed.
        if (toQty && !chosenCompletion().isEmpty())
            key->accept();
        return false;
    }
    const bool star = key->text() == QLatin1String("*") || key->text() == QStringLiteral("×");
    if (!toQty && !star)
        return false;
    const QString productId = chosenCompletion();
    if (productId.isEmpty())
        return false;
    // The product is chosen, not yet added: its quantity comes next.
    m_completer->popup()->hide();
    m_product->setText(star ? productId + QLatin1Char('*') : productId);
    m_completions->setText(QString());
    if (toQty) {
        m_qty->setFocus(Qt::TabFocusReason);
        m_qty->selectAll();
    } else {
        m_product->setFocus(Qt::OtherFocusReason);
        m_product->end(false);
    }
    return true;
}

void NewOrderPanel::removeSelectedLine()
{
    const QModelIndex current = m_linesView->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    m_lines->removeLine(row);
    if (m_lines->rowCount() > 0) {
        m_linesView->setCurrentIndex(
            m_lines->index(std::min(row, m_lines->rowCount() - 1), OrderLinesModel::QtyColumn));
    } else {
        focusProductField();
    }
}

bool NewOrderPanel::editLineDiscount()
{
    if (m_lines->isEmpty()) {
        showMessage(tr("Add a product first; then F6 gives its line a discount."), true);
        focusProductField();
        return false;
    }
    const QModelIndex current = m_linesView->currentIndex();
    const int row = current.isValid() ? current.row() : m_lines->rowCount() - 1;
    const QModelIndex cell = m_lines->index(row, OrderLinesModel::DiscountColumn);
    m_linesView->setFocus(Qt::ShortcutFocusReason);
    m_linesView->setCurrentIndex(cell);
    m_linesView->scrollTo(cell);
    m_linesView->edit(cell);
    const OrderLine &line = m_lines->lineAt(row);
    showMessage(tr("Discount on %1 %2: an amount (500) or a percentage (10%), then Enter; empty "
                   "for none.")
                    .arg(line.productId, line.productName),
                false);
    return true;
}

bool NewOrderPanel::placeOrder()
{
    const Customer customer{m_customer->text(), m_phone->text(), m_address->text()};
    if (customer.name.trimmed().isEmpty()) {
        showMessage(tr("Enter the customer's name (Alt+U)."), true);
        m_customer->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (m_lines->isEmpty()) {
        showMessage(tr("Add at least one product: scan it or type its id or name (F2)."), true);
        focusProductField();
        return false;
    }
    const Result<Discount> discount = typedDiscount();
    if (!discount) {
        showMessage(ErrorText::text(discount.error(), ErrorText::Context::PlacingOrder), true);
        m_discount->setFocus(Qt::OtherFocusReason);
        return false;
    }
    PlaceOptions options;
    options.discount = discount.value();
    // The one reason typed goes with every discount of the order, as the CLI's
    // --discount-reason does.
    QList<OrderRequestLine> lines = m_lines->requestLines();
    for (OrderRequestLine &line : lines) {
        if (!line.discount.isNone())
            line.discount.reason = m_discountReason->text().trimmed();
    }
    auto placed = m_shop.orders.placeOrder(customer, lines, options);
    // Discounts above the clerk's limit: a manager approves them with their PIN, and the order
    // is placed again with the approval (a wrong PIN is said like any refusal).
    if (!placed && placed.error().code == ErrorCode::Forbidden &&
        placed.error().details.value(QStringLiteral("reason")).toString() ==
            QLatin1String("discountApproval")) {
        const Error &error = placed.error();
        const QString why =
            tr("The discounts, %1, are more than the %2% of %3 a clerk may give. A manager "
               "approves them with their PIN.")
                .arg(
                    DisplayText::money(error.details.value(QStringLiteral("discount")).toInteger()))
                .arg(error.details.value(QStringLiteral("limit")).toInteger())
                .arg(DisplayText::money(error.details.value(QStringLiteral("gross")).toInteger()));
        options.approval = askApproval(this, why);
        if (!options.approval) {
            showMessage(why, true);
            m_discount->setFocus(Qt::OtherFocusReason);
            return false;
        }
        placed = m_shop.orders.placeOrder(customer, lines, options);
    }
    if (!placed) {
        const Error &error = placed.error();
        if (error.code == ErrorCode::InsufficientStock)
            m_lines->setShortages(ErrorText::shortByProduct(error));
        showMessage(ErrorText::text(error, ErrorText::Context::PlacingOrder), true);
        focusProductField();
        return false;
    }
    const QString orderId = placed->order.orderId();
    showMessage(
        tr("Order %1 placed for %2: %3")
            .arg(orderId, placed->order.customer().name, DisplayText::money(placed->order.total())),
        false);
    m_lines->clear();
    m_customer->clear();
    m_phone->clear();
    m_address->clear();
    forgetCustomer();
    m_discount->clear();
    m_discountReason->clear();
    m_qty->setValue(1);
    focusProductField();
    emit orderPlaced(orderId);
    return true;
}

void NewOrderPanel::showMessage(const QString &text, bool problem)
{
    ListWidgets::setLabelText(m_message, text);
    m_message->setProperty("problem", problem);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold;")
                                     : QStringLiteral("color: #1b5e20;"));
}

void NewOrderPanel::clearProblem()
{
    if (m_message->property("problem").toBool())
        showMessage(QString(), false);
}

Result<Discount> NewOrderPanel::typedDiscount() const
{
    const QString text = m_discount->text().trimmed();
    if (text.isEmpty())
        return Discount{};
    Result<Discount> discount = Discount::parse(text, QStringLiteral("discount"));
    if (discount)
        discount.value().reason = m_discountReason->text().trimmed();
    return discount;
}

void NewOrderPanel::updateTotal()
{
    m_totalCaption->setText(tr("Total"));
    m_total->setStyleSheet(QString());
    m_place->setEnabled(true);
    QList<OrderLine> lines;
    for (int row = 0; row < m_lines->rowCount(); ++row)
        lines.append(m_lines->lineAt(row));
    const Result<ShopDetails> shop = m_shop.slips.shopDetails();
    const int vatRate = shop ? shop->vatRate : Tax::DefaultVatRate;
    const Result<Discount> discount = typedDiscount();
    const Result<OrderMoney> money =
        orderMoney(lines, discount ? discount.value() : Discount{}, vatRate);
    if (!discount || !money) {
        // The figure cannot be reckoned: the gross alone, and what is wrong with the discount.
        m_total->setText(DisplayText::money(m_lines->total()));
        m_summary->setText(tr("Discount: 500 or 10%,\nat most the order"));
        m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    m_total->setText(DisplayText::money(money->total));
    QStringList figures;
    if (money->discount() > 0) {
        figures << tr("Gross %1").arg(DisplayText::money(money->gross))
                << tr("Discount -%1").arg(DisplayText::money(money->discount()));
    }
    figures << tr("VAT %1").arg(DisplayText::money(money->vat));
    m_summary->setText(figures.join(QLatin1Char('\n')));
    m_summary->setStyleSheet(QString());
}

QString NewOrderPanel::moneySummary() const
{
    return m_summary->text();
}

void NewOrderPanel::showChange(Money change)
{
    m_totalCaption->setText(tr("Change"));
    m_total->setText(DisplayText::money(change));
    m_total->setStyleSheet(QStringLiteral("color: #1b5e20;"));
}

QString NewOrderPanel::bigFigure() const
{
    return m_totalCaption->text() + QLatin1Char(' ') + m_total->text();
}

QStringList NewOrderPanel::customerMatches() const
{
    QStringList rows;
    for (int row = 0; row < m_customerMatches->rowCount(); ++row)
        rows << m_customerMatches->item(row)->text();
    return rows;
}

QStringList NewOrderPanel::addressChoices() const
{
    return m_addresses->stringList();
}

QString NewOrderPanel::customerFound() const
{
    return m_customerFound->isHidden() ? QString() : m_customerFound->text();
}

void NewOrderPanel::forgetCustomer()
{
    m_customerMatches->clear();
    clearFilled();
}

void NewOrderPanel::clearFilled()
{
    // The phone names no customer now: what the book filled goes, what the clerk typed stays.
    if (!m_filledName.isEmpty() && m_customer->text() == m_filledName)
        m_customer->clear();
    if (!m_filledAddress.isEmpty() && m_address->text() == m_filledAddress)
        m_address->clear();
    m_filledName.clear();
    m_filledAddress.clear();
    m_addresses->setStringList({});
    m_customerFound->clear();
    m_customerFound->hide();
}

void NewOrderPanel::lookUpPhone(const QString &text)
{
    const QString typed = phoneDigits(text);
    m_customerMatches->clear();
    if (typed.size() < 4) {
        m_customerCompleter->popup()->hide();
        clearFilled();
        return;
    }
    const Result<PhoneLookup> found = m_shop.customers.lookupByPhone(text);
    if (!found) {
        m_customerCompleter->popup()->hide();
        return;
    }
    for (const QList<CustomerRecord> *list : {&found->exact, &found->candidates}) {
        for (const CustomerRecord &c : *list) {
            // The number that holds the digits typed, as the book has it.
            QString phone = c.phones.value(0);
            for (const QString &p : c.phones) {
                if (phoneDigits(p).contains(typed)) {
                    phone = p;
                    break;
                }
            }
            auto *item = new QStandardItem(
                c.lastAddress().isEmpty() ? tr("%1  %2").arg(phone, c.name)
                                          : tr("%1  %2 (%3)").arg(phone, c.name, c.lastAddress()));
            item->setData(phone, PhoneRole);
            item->setData(c.customerId, Qt::UserRole);
            m_customerMatches->appendRow(item);
        }
    }
    // The whole number of one customer: theirs, without a list to choose from.
    if (found->exact.size() == 1 && found->candidates.isEmpty()) {
        m_customerCompleter->popup()->hide();
        useCustomer(found->exact.first().customerId);
        return;
    }
    clearFilled();
    if (m_customerMatches->rowCount() > 0)
        m_customerCompleter->complete();
    else
        m_customerCompleter->popup()->hide();
}

void NewOrderPanel::useCustomer(const QString &customerId)
{
    const Result<CustomerDetails> details = m_shop.customers.details(customerId, 1);
    if (!details)
        return;
    const CustomerRecord &c = details->customer;
    // What the clerk typed stays; what the book filled before follows the customer.
    if (m_customer->text().trimmed().isEmpty() || m_customer->text() == m_filledName) {
        m_customer->setText(c.name);
        m_filledName = c.name;
    }
    const QString last = c.lastAddress();
    if (m_address->text().trimmed().isEmpty() || m_address->text() == m_filledAddress) {
        m_address->setText(last);
        m_filledAddress = last;
    }
    QStringList newestFirst = c.addresses;
    std::reverse(newestFirst.begin(), newestFirst.end());
    m_addresses->setStringList(newestFirst);
    QString text = tr("Customer %1: %n order(s)", nullptr, int(details->totals.orders)).arg(c.name);
    if (c.addresses.size() > 1)
        text += QLatin1Char(' ') + tr("— %n addresses: choose one in the address field.", nullptr,
                                      int(c.addresses.size()));
    m_customerFound->setText(text);
    m_customerFound->show();
}

} // namespace ShopDesk
