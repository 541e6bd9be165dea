#pragma once

#include "orderservice.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ShopDesk {

// Pay an order (결제) in one or more parts, by keys alone: the amount still to pay in large
// print, the method (cash by default, or card), the amount of this part (what is left unless
// typed), for cash what the customer handed over, the change and a cash receipt (현금영수증,
// Alt+R: the customer's phone, business registration or cash receipt card number, or none for
// the tax office's self-issue number, and its purpose), for card what the card terminal
// printed (the approval number is required). Enter asks for the part
// (partRequested); the Orders tab pays it through OrderService and hands the order back
// (showPaid), and the dialog stays open with the parts taken until nothing is left to pay.
class PayDialog : public QDialog
{
    Q_OBJECT
public:
    PayDialog(const OrderDetails &details, QWidget *parent = nullptr);

    QString orderId() const { return m_details.order.orderId(); }
    // What is left to pay, as last shown.
    Money due() const { return m_details.due(); }
    PaymentMethod method() const;
    // The part as typed; meaningful only when problem() is empty.
    PaymentRequest request() const;
    // Why the part cannot be taken yet; empty when it can.
    QString problem() const;
    // The cash receipt asked for, as CashReceipt::parse reads the number and purpose typed;
    // nullopt when none is asked for (or for a card part).
    std::optional<Result<CashReceipt>> cashReceipt() const;

    // The order after a part was paid: the parts and what is left; done once it is paid.
    void showPaid(const OrderDetails &details);
    // The payment was refused: the reason stays shown and the dialog open.
    void showRefusal(const QString &text);

    void accept() override;

signals:
    void partRequested(const QString &orderId, const PaymentRequest &request);

private:
    void update();
    void prefill();
    std::optional<Money> amount() const;
    std::optional<Money> tenderedCash() const;
    // Until the clerk chooses a purpose, it follows the number: expense proof for a business
    // registration number, which is for nothing else, and income deduction otherwise.
    void followPurpose();

    OrderDetails m_details;
    QLabel *m_due = nullptr;
    QLabel *m_parts = nullptr;
    QRadioButton *m_cash = nullptr;
    QRadioButton *m_card = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_tendered = nullptr;
    QLabel *m_change = nullptr;
    QWidget *m_cashBox = nullptr;
    QWidget *m_cardBox = nullptr;
    QLineEdit *m_approval = nullptr;
    QLineEdit *m_company = nullptr;
    QSpinBox *m_instalments = nullptr;
    QLineEdit *m_last4 = nullptr;
    QCheckBox *m_receipt = nullptr;
    QWidget *m_receiptBox = nullptr;
    QLineEdit *m_receiptNumber = nullptr;
    QRadioButton *m_deduction = nullptr;
    QRadioButton *m_proof = nullptr;
    QLabel *m_receiptShown = nullptr;
    bool m_purposeChosen = false;
    QLabel *m_problem = nullptr;
    QPushButton *m_confirm = nullptr;
};

// The text of one payment part as the pay dialog and the order details list it; a cash
// receipt with its number masked as the receipt prints it.
QString paymentPartText(const Payment &payment);
// "cash receipt 010-****-5678 (income deduction)"; the number does not break across lines
// (word joiners after its '-').
QString cashReceiptText(const CashReceipt &receipt);

} // namespace ShopDesk
