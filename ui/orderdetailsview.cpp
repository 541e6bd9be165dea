#include "orderdetailsview.h"

#include "displaytext.h"
#include "errortext.h"
#include "listwidgets.h"
#include "paydialog.h"
#include "returndialog.h"
#include "shopservices.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ShopDesk {

namespace {

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

OrderDetailsView::OrderDetailsView(ShopServices &shop, QWidget *parent)
    : QWidget(parent)
    , m_shop(shop)
{
    setObjectName(QStringLiteral("orderDetails"));
    setAccessibleName(tr("Order details"));
    m_title = ListWidgets::createTextLabel(QStringLiteral("orderDetailsTitle"), tr("Order"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_customer =
        ListWidgets::createTextLabel(QStringLiteral("orderDetailsCustomer"), tr("Customer"), this);
    m_lines = new QTableWidget(0, 5, this);
    m_lines->setObjectName(QStringLiteral("orderDetailsLines"));
    m_lines->setAccessibleName(tr("Lines of the order"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Product"), tr("Name"), tr("Qty"), tr("Price"), tr("Line total")});
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The name takes what the numbers leave, so money is never cut and no scroll bar appears.
    QHeaderView *header = m_lines->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lines->setWordWrap(false);
    m_lines->setTextElideMode(Qt::ElideRight);
    m_money = ListWidgets::createTextLabel(QStringLiteral("orderDetailsMoney"), tr("Money"), this);
    m_payment =
        ListWidgets::createTextLabel(QStringLiteral("orderDetailsPayment"), tr("Payment"), this);
    m_returns =
        ListWidgets::createTextLabel(QStringLiteral("orderDetailsReturns"), tr("Returns"), this);
    m_returnButton = new QPushButton(tr("Re&turn items…"), this);
    m_returnButton->setObjectName(QStringLiteral("returnItemsButton"));
    m_returnButton->setAccessibleName(tr("Return items of the order"));
    m_returnButton->setToolTip(tr("Return some units of the order's lines, with the refund "
                                  "shown before confirming"));
    m_returnButton->setAutoDefault(false);
    connect(m_returnButton, &QPushButton::clicked, this, &OrderDetailsView::returnItems);
    m_returnMessage = ListWidgets::createTextLabel(QStringLiteral("orderDetailsReturnMessage"),
                                                   tr("Result of the last return"), this);
    m_delivery =
        ListWidgets::createTextLabel(QStringLiteral("orderDetailsDelivery"), tr("Delivery"), this);
    m_notes = ListWidgets::createTextLabel(QStringLiteral("orderDetailsNotes"), tr("Notes"), this);

    // An order with payments in parts and returns says more than the side of the tab holds at
    // the window's default size: it scrolls, and no line is drawn over another.
    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_customer);
    bodyLayout->addWidget(m_lines);
    bodyLayout->addWidget(m_money);
    bodyLayout->addWidget(m_payment);
    bodyLayout->addWidget(m_returns);
    bodyLayout->addWidget(m_delivery);
    bodyLayout->addWidget(m_notes);
    auto *returnRow = new QHBoxLayout;
    returnRow->addWidget(m_returnButton);
    returnRow->addStretch(1);
    bodyLayout->addLayout(returnRow);
    bodyLayout->addWidget(m_returnMessage);
    bodyLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("orderDetailsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setWidget(body);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);

    connect(&shop.bus, &EventBus::orderChanged, this, [this](const QString &orderId) {
        if (orderId == m_orderId)
            reload();
    });
    connect(&shop.bus, &EventBus::reset, this, &OrderDetailsView::reload);
    clearFields(tr("No order selected"));
}

void OrderDetailsView::fitLinesHeight()
{
    // Every line shown up to a dozen; more scroll inside the table.
    const int rows = qBound(1, m_lines->rowCount(), 12);
    m_lines->setFixedHeight(m_lines->horizontalHeader()->sizeHint().height() +
                            rows * m_lines->verticalHeader()->defaultSectionSize() +
                            2 * m_lines->frameWidth());
}

void OrderDetailsView::showOrder(const QString &orderId)
{
    if (orderId != m_orderId)
        m_returnMessage->clear();
    m_orderId = orderId;
    reload();
}

ReturnDialog *OrderDetailsView::returnDialog() const
{
    return m_returnDialog.data();
}

bool OrderDetailsView::returnItems()
{
    if (!m_details || !m_returnButton->isEnabled())
        return false;
    if (m_returnDialog)
        m_returnDialog->close();
    auto *dialog = new ReturnDialog(m_shop, *m_details, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_returnDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ListWidgets::setLabelText(m_returnMessage, dialog->resultText());
        m_returnMessage->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        reload();
        if (const auto &after = dialog->result(); after && !after->returns.isEmpty()) {
            const OrderReturn &done = after->returns.last();
            emit returned(after->order.orderId(), done.returnNo, done.refund);
        }
    });
    dialog->open();
    return true;
}

void OrderDetailsView::clearFields(const QString &title)
{
    m_details.reset();
    m_title->setText(title);
    m_customer->clear();
    m_lines->setRowCount(0);
    fitLinesHeight();
    m_money->clear();
    m_payment->clear();
    m_returns->clear();
    m_returnButton->setEnabled(false);
    m_delivery->clear();
    m_notes->clear();
}

void OrderDetailsView::reload()
{
    if (m_orderId.isEmpty()) {
        clearFields(tr("No order selected"));
        emit detailsChanged();
        return;
    }
    auto read = m_shop.orders.order(m_orderId);
    if (!read) {
        clearFields(ErrorText::text(read.error(), ErrorText::Context::Reading));
        emit detailsChanged();
        return;
    }
    m_details = std::move(read.value());
    const Order &order = m_details->order;
    const auto view = m_shop.orders.orderView(m_orderId);
    const QString origin = view ? view->origin : QString();
    m_title->setText(tr("Order %1 · %2 · terminal %3 · placed %4")
                         .arg(order.orderId(), DisplayText::orderStatus(toText(order.status())),
                              origin, DisplayText::dateTime(order.placedAt())));
    const Customer &customer = order.customer();
    QStringList who{customer.name};
    if (!customer.phone.isEmpty())
        who << customer.phone;
    ListWidgets::setLabelText(
        m_customer,
        customer.address.isEmpty()
            ? who.join(QStringLiteral(", "))
            : tr("%1 — deliver to %2").arg(who.join(QStringLiteral(", ")), customer.address));

    const OrderMoney &money = order.money();
    m_lines->setRowCount(int(order.lines().size()));
    for (int row = 0; row < order.lines().size(); ++row) {
        const OrderLine &line = order.lines().at(row);
        const LineMoney lineMoney = money.lines.value(row);
        const Money discount = lineMoney.lineDiscount + lineMoney.orderDiscount;
        m_lines->setItem(row, 0, cell(line.productId));
        m_lines->setItem(row, 1, cell(line.productName));
        // What remains, and what was returned after it: "1 (-1)" of two.
        QTableWidgetItem *qty =
            cell(line.returned > 0 ? QStringLiteral("%1 (-%2)")
                                         .arg(DisplayText::count(line.remaining()),
                                              DisplayText::count(line.returned))
                                   : DisplayText::count(line.qty),
                 true);
        if (line.returned > 0)
            qty->setToolTip(
                tr("%1 ordered, %2 returned")
                    .arg(DisplayText::count(line.qty), DisplayText::count(line.returned)));
        m_lines->setItem(row, 2, qty);
        m_lines->setItem(row, 3, cell(DisplayText::money(line.price), true));
        // The line's net: after its own discount and its share of the order's.
        QTableWidgetItem *net = cell(DisplayText::money(lineMoney.net), true);
        if (discount > 0)
            net->setToolTip(
                tr("%1 less %2 discount")
                    .arg(DisplayText::money(lineMoney.gross), DisplayText::money(discount)));
        m_lines->setItem(row, 4, net);
    }

    fitLinesHeight();

    QStringList figures;
    figures << tr("Gross %1").arg(DisplayText::money(money.gross));
    if (money.discount() > 0) {
        const Discount &discount = order.terms().discount;
        figures << (discount.kind == Discount::Kind::Percent && !discount.isNone()
                        ? tr("discount -%1 (%2%)")
                              .arg(DisplayText::money(money.discount()),
                                   QString::number(discount.value))
                        : tr("discount -%1").arg(DisplayText::money(money.discount())));
    }
    QString moneyText = figures.join(QStringLiteral(" · "));
    moneyText += QLatin1Char('\n') +
                 tr("Total %1 · supply %2 · VAT %3 (%4%)")
                     .arg(DisplayText::money(money.total), DisplayText::money(money.supply),
                          DisplayText::money(money.vat), QString::number(money.vatRate));
    if (money.exempt > 0)
        moneyText += tr(" · exempt %1").arg(DisplayText::money(money.exempt));
    if (!order.terms().discount.isNone() && !order.terms().discount.reason.isEmpty())
        moneyText +=
            QLatin1Char('\n') + tr("Discount reason: %1").arg(order.terms().discount.reason);
    ListWidgets::setLabelText(m_money, moneyText);

    QStringList parts;
    for (const Payment &payment : std::as_const(m_details->payments))
        parts << paymentPartText(payment);
    if (parts.isEmpty()) {
        m_payment->setText(tr("Not paid: %1 to pay").arg(DisplayText::money(order.total())));
    } else {
        QString text = tr("Paid: %1").arg(parts.join(QLatin1Char('\n')));
        if (m_details->due() > 0 && order.status() == OrderStatus::Placed)
            text +=
                QLatin1Char('\n') + tr("%1 left to pay").arg(DisplayText::money(m_details->due()));
        ListWidgets::setLabelText(m_payment, text);
    }

    QStringList returns;
    for (const OrderReturn &done : std::as_const(m_details->returns)) {
        QStringList units;
        for (const auto &line : done.lines)
            units << QStringLiteral("%1 × %2").arg(line.productId, DisplayText::count(line.qty));
        QString text = tr("Return %1: %2, refund %3")
                           .arg(QString::number(done.returnNo), units.join(QStringLiteral(", ")),
                                DisplayText::money(done.refund));
        if (!done.reason.isEmpty())
            text += tr(" (%1)").arg(done.reason);
        returns << text;
    }
    ListWidgets::setLabelText(m_returns, returns.join(QLatin1Char('\n')));
    m_returns->setVisible(!returns.isEmpty());
    const bool returnable = !order.nothingLeft() && order.status() != OrderStatus::Cancelled &&
                            (order.origin().isEmpty() || order.origin() == m_shop.sync.terminal());
    m_returnButton->setEnabled(returnable);

    if (const auto &delivery = m_details->delivery) {
        m_delivery->setText(tr("Delivery %1: %2, started %3")
                                .arg(delivery->deliveryId(),
                                     DisplayText::deliveryStatus(toText(delivery->status())),
                                     DisplayText::dateTime(delivery->startedAt())));
    } else {
        m_delivery->setText(tr("No delivery yet (it starts when the order is paid)"));
    }

    m_notes->clear();
    if (order.status() == OrderStatus::Cancelled) {
        const Result<QString> cancelled = m_shop.orders.cancellationReason(m_orderId);
        const QString reason = cancelled ? cancelled.value() : QString();
        m_notes->setText(reason.isEmpty() ? tr("Cancelled (no reason given)")
                                          : tr("Cancelled: %1").arg(reason));
    }
    emit detailsChanged();
}

} // namespace ShopDesk
