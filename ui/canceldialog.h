#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ShopDesk {

struct OrderDetails;

// Confirm cancelling an order (주문 취소), with a reason that is recorded on the order and
// printed on its slip. It says what follows: the reservation is released, or the delivery is
// cancelled and the stock returned, and a paid order is refunded.
class CancelDialog : public QDialog
{
    Q_OBJECT
public:
    CancelDialog(const OrderDetails &details, QWidget *parent = nullptr);

    QString orderId() const { return m_orderId; }
    QString reason() const;

    void accept() override;

private:
    QString m_orderId;
    void showMissingReason();

    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace ShopDesk
