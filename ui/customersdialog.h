#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ShopDesk {

class ShopServices;

// File > Customers (issue 16): the customer book by name, or what the search finds (digits of a
// phone anywhere in it, or a part of a name); the selected customer's phones, addresses and
// note, their orders (newest first) and what they come to. A manager erases a customer's
// personal data after confirming: the book and the customer's orders keep only the money, and
// the erasure reaches every terminal as an event.
class CustomersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CustomersDialog(ShopServices &shop, QWidget *parent = nullptr);

    // The customer ids listed, in their order.
    QStringList listedIds() const;
    // The details shown for the selected customer.
    QString detailsText() const;
    // Selects the listed customer; false when not listed.
    bool selectCustomer(const QString &customerId);
    // Without asking (tests).
    void setConfirmErase(bool ask) { m_confirm = ask; }

public slots:
    void reload();
    void eraseSelected();
    // Opens the selected customer for editing: name, phones (one per line), addresses (one
    // per line, the newest first) and note.
    void editSelected();
    // Saves the edit form; false, with the refusal shown, when the service refuses it.
    bool saveEdit();

private:
    void showDetails();
    QString selectedId() const;

    ShopServices &m_shop;
    bool m_confirm = true;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_erase = nullptr;
    QPushButton *m_edit = nullptr;
    QDialog *m_editor = nullptr;
    QLineEdit *m_editName = nullptr;
    QPlainTextEdit *m_editPhones = nullptr;
    QPlainTextEdit *m_editAddresses = nullptr;
    QLineEdit *m_editNote = nullptr;
    QLabel *m_editMessage = nullptr;
    QString m_editing;
};

} // namespace ShopDesk
