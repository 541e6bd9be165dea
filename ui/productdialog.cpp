#include "productdialog.h"
#include "listwidgets.h"

#include "displaytext.h"
#include "errortext.h"
#include "inventoryservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ShopDesk {

namespace {

// The digits of the shop's currency after the decimal point (0 for won).
int currencyDecimals()
{
    return DisplayText::currency().decimals;
}

// The amount as the price field shows it: 12000, or 12.50 with two decimals.
QString amountText(Money amount, int decimals)
{
    if (decimals == 0)
        return QString::number(amount);
    const qint64 scale = Currency{{}, {}, decimals}.unit();
    return QStringLiteral("%1.%2")
        .arg(amount / scale)
        .arg(amount % scale, decimals, 10, QLatin1Char('0'));
}

bool isIdentifier(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c == u':' || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

ProductDialog::ProductDialog(InventoryService &inventory, QWidget *parent)
    : QDialog(parent)
    , m_inventory(inventory)
{
    build();
    setWindowTitle(tr("New product"));
    m_id->setFocus();
}

ProductDialog::ProductDialog(InventoryService &inventory, const Product &product, QWidget *parent)
    : QDialog(parent)
    , m_inventory(inventory)
    , m_editing(true)
    , m_product(product)
{
    build();
    setWindowTitle(tr("Edit product %1").arg(product.productId));
    m_id->setText(product.productId);
    m_id->setReadOnly(true);
    m_id->setToolTip(tr("A product's id cannot change"));
    m_name->setText(product.productName);
    m_price->setText(amountText(product.price, currencyDecimals()));
    m_barcode->setText(product.barcode);
    if (product.lowStockThreshold)
        m_threshold->setText(QString::number(*product.lowStockThreshold));
    m_name->setFocus();
    m_name->selectAll();
}

void ProductDialog::build()
{
    setObjectName(QStringLiteral("productDialog"));
    auto field = [this](const QString &name, const QString &accessible) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_id = field(QStringLiteral("productIdEdit"), tr("Product id"));
    m_id->setMaxLength(Limits::MaxIdLength);
    m_id->setPlaceholderText(tr("e.g. P001"));
    m_name = field(QStringLiteral("productNameEdit"), tr("Product name"));
    m_name->setMaxLength(Limits::MaxNameLength);
    m_price = field(QStringLiteral("productPriceEdit"), tr("Price"));
    m_price->setPlaceholderText(currencyDecimals() == 0 ? tr("e.g. 12000") : tr("e.g. 12.50"));
    m_price->setAlignment(Qt::AlignRight);
    m_barcode = field(QStringLiteral("productBarcodeEdit"), tr("Barcode"));
    m_barcode->setMaxLength(Limits::MaxIdLength);
    m_barcode->setPlaceholderText(tr("optional; scan or type it"));
    m_threshold = field(QStringLiteral("productThresholdEdit"), tr("Low-stock threshold"));
    m_threshold->setPlaceholderText(tr("empty: the shop's default"));
    m_threshold->setAlignment(Qt::AlignRight);
    m_threshold->setToolTip(
        tr("Available stock at or below this number is shown as low stock. Leave it empty to "
           "use the shop's default."));

    m_message = ListWidgets::createProblemLabel(QStringLiteral("productMessage"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("productButtons"));
    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("productSaveButton"));
    saveButton->setText(m_editing ? tr("&Save") : tr("&Register"));
    saveButton->setToolTip(tr("Enter"));
    saveButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Esc"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProductDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Price:"), m_price);
    form->addRow(tr("&Barcode:"), m_barcode);
    form->addRow(tr("&Low stock at:"), m_threshold);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setTabOrder(m_id, m_name);
    setTabOrder(m_name, m_price);
    setTabOrder(m_price, m_barcode);
    setTabOrder(m_barcode, m_threshold);
    setTabOrder(m_threshold, m_buttons);
    setMinimumWidth(420);
}

void ProductDialog::setDefaultThreshold(qint64 threshold)
{
    m_threshold->setPlaceholderText(
        tr("empty: the shop's default (%1)").arg(DisplayText::count(threshold)));
}

QString ProductDialog::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void ProductDialog::showProblem(const QString &text, QLineEdit *field)
{
    ListWidgets::showProblem(m_message, text, field);
}

void ProductDialog::save()
{
    const QString id = m_id->text().trimmed();
    const QString name = m_name->text().trimmed();
    const QString barcode = m_barcode->text().trimmed();

    if (!m_editing) {
        if (id.isEmpty())
            return showProblem(tr("Enter a product id, for example P001."), m_id);
        if (!isIdentifier(id))
            return showProblem(tr("The product id may not contain spaces or ':'; use letters, "
                                  "digits, '-', '_' or '.'."),
                               m_id);
    }
    if (name.isEmpty())
        return showProblem(tr("Enter the product's name."), m_name);
    using Problem = ListWidgets::TypedNumber::Problem;
    const int decimals = currencyDecimals();
    const ListWidgets::TypedNumber price =
        ListWidgets::readNumber(m_price->text(), 0, Limits::MaxPrice, decimals);
    switch (price.problem) {
    case Problem::None:
        break;
    case Problem::Empty:
        return showProblem(tr("Enter the price, for example 12000."), m_price);
    case Problem::NotANumber:
    case Problem::TooManyDecimals:
        return showProblem(
            decimals == 0 ? tr("The price must be a whole amount, for example 12000.")
                          : tr("The price must be an amount such as 12.50, with at most %1 digits "
                               "after the point.")
                                .arg(decimals),
            m_price);
    case Problem::OutOfRange:
        return showProblem((price.value < 0
                                ? tr("The price cannot be negative: it must be from %1 to %2.")
                                : tr("The price is too large: it must be from %1 to %2."))
                               .arg(DisplayText::money(0), DisplayText::money(Limits::MaxPrice)),
                           m_price);
    }
    if (!barcode.isEmpty() && !isIdentifier(barcode))
        return showProblem(tr("The barcode may not contain spaces or ':'."), m_barcode);
    StockThreshold threshold;
    const ListWidgets::TypedNumber typedThreshold =
        ListWidgets::readNumber(m_threshold->text(), 0, Limits::MaxStockDelta);
    switch (typedThreshold.problem) {
    case Problem::None:
        threshold = typedThreshold.value;
        break;
    case Problem::Empty:
        break;
    case Problem::NotANumber:
    case Problem::TooManyDecimals:
        return showProblem(tr("The low-stock threshold must be a whole number from 0 to %1, or "
                              "empty for the shop's default.")
                               .arg(DisplayText::count(Limits::MaxStockDelta)),
                           m_threshold);
    case Problem::OutOfRange:
        return showProblem(tr("The low-stock threshold must be from 0 to %1, or empty for the "
                              "shop's default.")
                               .arg(DisplayText::count(Limits::MaxStockDelta)),
                           m_threshold);
    }

    // Duplicates are named with the product that has the id or barcode already.
    if (!m_editing) {
        if (auto existing = m_inventory.product(id)) {
            return showProblem(tr("The id %1 is already used by \"%2\"; choose another id.")
                                   .arg(id, existing->productName),
                               m_id);
        }
    }
    if (!barcode.isEmpty()) {
        auto owner = m_inventory.productByBarcode(barcode);
        if (owner && owner->productId != (m_editing ? m_product.productId : id)) {
            return showProblem(tr("The barcode %1 already belongs to %2 \"%3\".")
                                   .arg(barcode, owner->productId, owner->productName),
                               m_barcode);
        }
    }

    Result<Product> done = Error::storage({});
    if (m_editing) {
        // Only the fields changed here: what another terminal changed meanwhile in the others
        // is kept, not overwritten with what the dialog was opened with.
        ProductEdit edit;
        if (name != m_product.productName)
            edit.productName = name;
        if (price.value != m_product.price)
            edit.price = price.value;
        if (barcode != m_product.barcode)
            edit.barcode = barcode;
        if (threshold != m_product.lowStockThreshold)
            edit.lowStockThreshold = threshold;
        done = m_inventory.editProduct(m_product.productId, edit);
    } else {
        done = m_inventory.registerProduct(id, name, price.value, barcode, threshold);
    }
    if (!done)
        return showProblem(ErrorText::text(done.error(), ErrorText::Context::SavingProduct),
                           nullptr);
    m_product = done.value();
    ListWidgets::clearProblem(m_message);
    emit saved(m_product.productId);
    accept();
}

} // namespace ShopDesk
