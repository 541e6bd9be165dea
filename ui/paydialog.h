#pragma once

#include "types.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace ShopDesk {

// Pay an order (결제): cash, with the amount tendered and the change shown before the clerk
// confirms (less than the total is refused), or card, confirmed once the card terminal has
// approved. The dialog only asks; the Orders tab pays through OrderService when it is accepted.
class PayDialog : public QDialog
{
    Q_OBJECT
public:
    PayDialog(const QString &orderId, Money total, QWidget *parent = nullptr);

    QString orderId() const { return m_orderId; }
    PaymentMethod method() const;
    // The cash tendered; nullopt for card or when the field does not hold an amount.
    std::optional<Money> tendered() const;
    // Why the payment cannot be confirmed yet; empty when it can.
    QString problem() const;

    void accept() override;

private:
    void update();

    QString m_orderId;
    Money m_total = 0;
    QRadioButton *m_cash = nullptr;
    QRadioButton *m_card = nullptr;
    QLineEdit *m_tendered = nullptr;
    QLabel *m_change = nullptr;
    QCheckBox *m_approved = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace ShopDesk
