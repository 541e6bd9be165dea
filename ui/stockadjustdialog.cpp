#include "stockadjustdialog.h"
#include "listwidgets.h"

#include "displaytext.h"
#include "errortext.h"
#include "eventbus.h"
#include "inventoryservice.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ShopDesk {

StockAdjustDialog::StockAdjustDialog(InventoryService &inventory, EventBus &bus,
                                     const QString &productId, Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_inventory(inventory)
    , m_productId(productId)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("stockAdjustDialog"));
    setWindowTitle(tr("Adjust stock of %1").arg(productId));

    m_product = new QLabel(this);
    m_product->setObjectName(QStringLiteral("adjustProductLabel"));
    m_product->setWordWrap(true);

    m_kinds = new QButtonGroup(this);
    auto *kindRow = new QHBoxLayout;
    const struct
    {
        Kind kind;
        QString name;
        QString text;
        QString tip;
    } kinds[] = {
        {Kind::Receive, QStringLiteral("adjustReceive"), tr("&Receive"),
         tr("Stock came in (Alt+R)")},
        {Kind::Loss, QStringLiteral("adjustLoss"), tr("&Loss"),
         tr("Stock was broken, spoiled or lost (Alt+L)")},
        {Kind::Count, QStringLiteral("adjustCount"), tr("Stock-&take count"),
         tr("Enter what was counted on the shelf; the difference is recorded (Alt+T)")},
    };
    for (const auto &k : kinds) {
        auto *button = new QRadioButton(k.text, this);
        button->setObjectName(k.name);
        button->setAccessibleName(QString(k.text).remove(QLatin1Char('&')));
        button->setToolTip(k.tip);
        m_kinds->addButton(button, int(k.kind));
        kindRow->addWidget(button);
    }
    kindRow->addStretch(1);

    m_quantityLabel = new QLabel(this);
    m_quantity = new QLineEdit(this);
    m_quantity->setObjectName(QStringLiteral("adjustQuantityEdit"));
    m_quantity->setAccessibleName(tr("Quantity"));
    m_quantity->setAlignment(Qt::AlignRight);
    m_quantityLabel->setBuddy(m_quantity);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("adjustReasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaxLength(Limits::MaxTextLength);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("adjustPreview"));
    m_preview->setAccessibleName(tr("On hand after the change"));
    QFont big = m_preview->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_preview->setFont(big);
    m_message = ListWidgets::createProblemLabel(QStringLiteral("adjustMessage"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("adjustSaveButton"));
    ok->setText(tr("&Confirm"));
    ok->setToolTip(tr("Enter"));
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Esc"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StockAdjustDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_quantityLabel, m_quantity);
    auto *reasonLabel = new QLabel(tr("R&eason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_product);
    layout->addLayout(kindRow);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on)
            setKind(Kind(id));
    });
    connect(m_quantity, &QLineEdit::textChanged, this, &StockAdjustDialog::updatePreview);
    // What another till or terminal does to this product meanwhile shows in the preview.
    connect(&bus, &EventBus::stockChanged, this, [this](const QString &changed) {
        if (changed == m_productId)
            readStock();
    });
    readStock();
    m_kinds->button(int(kind))->setChecked(true);
    setKind(kind);
    m_quantity->setFocus();
}

void StockAdjustDialog::setKind(Kind kind)
{
    m_kind = kind;
    if (!m_kinds->button(int(kind))->isChecked())
        m_kinds->button(int(kind))->setChecked(true);
    switch (kind) {
    case Kind::Receive:
        m_quantityLabel->setText(tr("&Quantity received:"));
        m_reason->setPlaceholderText(tr("e.g. delivery from the supplier"));
        break;
    case Kind::Loss:
        m_quantityLabel->setText(tr("&Quantity lost:"));
        m_reason->setPlaceholderText(tr("e.g. broken in the store room"));
        break;
    case Kind::Count:
        m_quantityLabel->setText(tr("&Quantity counted on hand:"));
        m_reason->setPlaceholderText(tr("e.g. monthly stock-take"));
        break;
    }
    updatePreview();
}

void StockAdjustDialog::readStock()
{
    auto stock = m_inventory.stockOf(m_productId);
    if (!stock) {
        showProblem(ErrorText::text(stock.error(), ErrorText::Context::Reading), nullptr);
        return;
    }
    m_stock = stock.value();
    m_product->setText(
        tr("%1 %2: on hand %3, reserved %4, available %5")
            .arg(m_stock.productId, m_stock.productName, DisplayText::count(m_stock.onHand),
                 DisplayText::count(m_stock.reserved), DisplayText::count(m_stock.available())));
    updatePreview();
}

std::variant<qint64, QString> StockAdjustDialog::delta() const
{
    const QString typed = m_quantity->text().trimmed();
    if (typed.isEmpty()) {
        return m_kind == Kind::Count ? tr("Enter the number counted on the shelf.")
                                     : tr("Enter the quantity.");
    }
    using Problem = ListWidgets::TypedNumber::Problem;
    const bool count = m_kind == Kind::Count;
    const ListWidgets::TypedNumber number =
        ListWidgets::readNumber(typed, count ? 0 : 1, Limits::MaxStockDelta);
    const QString limit = DisplayText::count(Limits::MaxStockDelta);
    switch (number.problem) {
    case Problem::None:
        break;
    case Problem::Empty:
    case Problem::NotANumber:
    case Problem::TooManyDecimals:
        return tr("The quantity must be a whole number, for example 12.");
    case Problem::OutOfRange:
        if (count) {
            return number.value < 0
                       ? tr("The count cannot be negative: it must be from 0 to %1.").arg(limit)
                       : tr("The count is too large: it must be from 0 to %1.").arg(limit);
        }
        return number.value < 1
                   ? tr("The quantity must be at least 1 and at most %1.").arg(limit)
                   : tr("The quantity is too large: it must be from 1 to %1.").arg(limit);
    }
    const qint64 n = number.value;
    switch (m_kind) {
    case Kind::Receive:
        return n;
    case Kind::Loss:
        if (n > m_stock.onHand)
            return tr("Only %1 on hand: a loss of %2 cannot be written off.")
                .arg(DisplayText::count(m_stock.onHand), DisplayText::count(n));
        return -n;
    case Kind::Count:
        return n - m_stock.onHand;
    }
    return tr("Choose receive, loss or count.");
}

QString StockAdjustDialog::preview() const
{
    const auto change = delta();
    if (!std::holds_alternative<qint64>(change))
        return QString();
    const qint64 delta = std::get<qint64>(change);
    const qint64 after = m_stock.onHand + delta;
    QString text =
        tr("On hand %1 → %2").arg(DisplayText::count(m_stock.onHand), DisplayText::count(after));
    // With orders holding stock, what stays free for new orders matters as much.
    if (m_stock.reserved > 0) {
        const qint64 available = m_stock.available() + delta;
        text += QLatin1Char('\n') +
                tr("Available %1 → %2")
                    .arg(DisplayText::count(m_stock.available()), DisplayText::count(available));
        if (available < 0)
            text += QLatin1Char(' ') + tr("(oversold: orders hold more than is on hand)");
    }
    return text;
}

void StockAdjustDialog::updatePreview()
{
    const QString text = preview();
    m_preview->setText(text.isEmpty() ? tr("On hand %1").arg(DisplayText::count(m_stock.onHand))
                                      : text);
}

QString StockAdjustDialog::message() const
{
    return m_message->text();
}

void StockAdjustDialog::showProblem(const QString &text, QLineEdit *field)
{
    ListWidgets::showProblem(m_message, text, field);
}

void StockAdjustDialog::save()
{
    const auto change = delta();
    if (const QString *problem = std::get_if<QString>(&change))
        return showProblem(*problem, m_quantity);
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty())
        return showProblem(tr("Give a reason; it is kept in the stock history."), m_reason);
    // A count that agrees with the books is recorded all the same, as proof of the stock-take;
    // it is sent as the counted figure, so a move meanwhile cannot skew it.
    Result<StockRow> done =
        m_kind == Kind::Count
            ? m_inventory.countStock(
                  m_productId,
                  ListWidgets::readNumber(m_quantity->text(), 0, Limits::MaxStockDelta).value,
                  reason)
            : m_inventory.adjustStock(m_productId, std::get<qint64>(change), reason);
    if (!done)
        return showProblem(ErrorText::text(done.error(), ErrorText::Context::ChangingStock),
                           nullptr);
    m_stock = done.value();
    ListWidgets::clearProblem(m_message);
    emit saved(m_productId);
    accept();
}

} // namespace ShopDesk
