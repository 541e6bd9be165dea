#pragma once

#include "slipprint.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ShopDesk {

class ShopServices;
class TerminalSettings;

// Settings: the shop's details and shop-wide settings (name, address and phone for slips and
// receipts, the business registration number and representative for receipts, currency,
// default low-stock threshold, the VAT rate of new orders and how much a clerk may discount;
// a manager changes them, a clerk sees them) and this terminal's own (language, slip and
// receipt pages, automatic slips and receipts; the receipt printer on the counter when it is a
// thermal ESC/POS printer, its paper and mode, the cash drawer on cash, and a check of it). OK
// saves both; a refused shop change is shown and the dialog stays open with what was typed.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(ShopServices &shop, TerminalSettings &settings, QWidget *parent = nullptr);

    // The shop's details as saved by the last accept (or as read when opened).
    const ShopDetails &shopDetails() const { return m_details; }
    // Whether the language was changed (it applies at the next start).
    bool languageChanged() const { return m_languageChanged; }
    // Whether the hub or the token was changed (sync starts again).
    bool syncChanged() const { return m_syncChanged; }
    void accept() override;

private slots:
    // Asks the receipt printer typed for its status, off the window's thread.
    void checkPrinter();
    // Prints a test page on it (the shop's name, the paper's columns, Hangul, a QR code, the
    // cut), off the window's thread; nothing is recorded.
    void printTestPage();

private:
    ShopServices &m_shop;
    TerminalSettings &m_settings;
    ShopDetails m_details;
    bool m_languageChanged = false;
    bool m_syncChanged = false;
    QGroupBox *m_shopBox = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_currency = nullptr;
    QSpinBox *m_lowStock = nullptr;
    QLineEdit *m_businessNumber = nullptr;
    QLineEdit *m_representative = nullptr;
    QSpinBox *m_vatRate = nullptr;
    QSpinBox *m_discountLimit = nullptr;
    QCheckBox *m_cashNeedsShift = nullptr;
    QSpinBox *m_minPin = nullptr;
    int m_minPinLength = 0; // as the shop had it when the dialog opened
    QComboBox *m_language = nullptr;
    QComboBox *m_page = nullptr;
    QCheckBox *m_autoPrint = nullptr;
    QComboBox *m_receiptPage = nullptr;
    QCheckBox *m_autoPrintReceipts = nullptr;
    QLineEdit *m_thermalPrinter = nullptr;
    QComboBox *m_thermalPaper = nullptr;
    QComboBox *m_thermalMode = nullptr;
    QCheckBox *m_drawerOnCash = nullptr;
    QCheckBox *m_thermalCut = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QSpinBox *m_backupKeep = nullptr;
    QPushButton *m_checkPrinter = nullptr;
    QPushButton *m_testPage = nullptr;
    QLabel *m_printerState = nullptr;
    QLineEdit *m_hubUrl = nullptr;
    QLineEdit *m_hubToken = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ShopDesk
