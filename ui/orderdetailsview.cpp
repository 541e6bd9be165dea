#include "orderdetailsview.h"

#include "displaytext.h"
#include "errortext.h"
#include "listwidgets.h"
#include "shopservices.h"

#include <QHeaderView>
#include <QLabel>
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
    m_payment =
        ListWidgets::createTextLabel(QStringLiteral("orderDetailsPayment"), tr("Payment"), this);
    m_delivery =
        ListWidgets::createTextLabel(QStringLiteral("orderDetailsDelivery"), tr("Delivery"), this);
    m_notes = ListWidgets::createTextLabel(QStringLiteral("orderDetailsNotes"), tr("Notes"), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_customer);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_payment);
    layout->addWidget(m_delivery);
    layout->addWidget(m_notes);

    connect(&shop.bus, &EventBus::orderChanged, this, [this](const QString &orderId) {
        if (orderId == m_orderId)
            reload();
    });
    connect(&shop.bus, &EventBus::reset, this, &OrderDetailsView::reload);
    clearFields(tr("No order selected"));
}

void OrderDetailsView::showOrder(const QString &orderId)
{
    m_orderId = orderId;
    reload();
}

void OrderDetailsView::clearFields(const QString &title)
{
    m_details.reset();
    m_title->setText(title);
    m_customer->clear();
    m_lines->setRowCount(0);
    m_payment->clear();
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

    m_lines->setRowCount(int(order.lines().size()));
    for (int row = 0; row < order.lines().size(); ++row) {
        const OrderLine &line = order.lines().at(row);
        m_lines->setItem(row, 0, cell(line.productId));
        m_lines->setItem(row, 1, cell(line.productName));
        m_lines->setItem(row, 2, cell(DisplayText::count(line.qty), true));
        m_lines->setItem(row, 3, cell(DisplayText::money(line.price), true));
        m_lines->setItem(row, 4, cell(DisplayText::money(line.total()), true));
    }

    if (const Payment *payment = m_details->firstPayment()) {
        const QString method = DisplayText::paymentMethod(toText(payment->method()));
        const QString status = DisplayText::paymentStatus(toText(payment->status()));
        if (payment->method() == PaymentMethod::Cash) {
            m_payment->setText(tr("Paid: %1 %2, tendered %3, change %4 (%5)")
                                   .arg(method, DisplayText::money(payment->amount()),
                                        DisplayText::money(payment->tendered()),
                                        DisplayText::money(payment->change()), status));
        } else {
            m_payment->setText(tr("Paid: %1 %2, approval %3 (%4)")
                                   .arg(method, DisplayText::money(payment->amount()),
                                        payment->approvalCode(), status));
        }
    } else {
        m_payment->setText(tr("Not paid: %1 to pay").arg(DisplayText::money(order.total())));
    }

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
