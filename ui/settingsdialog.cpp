#include "settingsdialog.h"

#include "backupservice.h"

#include <QFileInfo>

#include <QDir>

#include "displaytext.h"
#include "errortext.h"
#include "escposreceipt.h"
#include "language.h"
#include "listwidgets.h"
#include "rawprinter.h"
#include <QFileDialog>

#include "shopservices.h"
#include "terminalsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ShopDesk {

namespace {
template<typename Widget>
Widget *named(Widget *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}
} // namespace

SettingsDialog::SettingsDialog(ShopServices &shop, TerminalSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_shop(shop)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    if (auto details = shop.slips.shopDetails())
        m_details = details.value();

    m_name =
        named(new QLineEdit(m_details.name, this), QStringLiteral("shopName"), tr("Shop name"));
    m_address = named(new QLineEdit(m_details.address, this), QStringLiteral("shopAddress"),
                      tr("Shop address"));
    m_phone =
        named(new QLineEdit(m_details.phone, this), QStringLiteral("shopPhone"), tr("Shop phone"));
    m_currency = named(new QComboBox(this), QStringLiteral("shopCurrency"), tr("Currency"));
    for (const Currency &currency : Currency::supported())
        m_currency->addItem(QStringLiteral("%1 (%2)").arg(currency.code, currency.symbol),
                            currency.code);
    m_currency->setCurrentIndex(qMax(0, m_currency->findData(m_details.currency)));
    m_lowStock = named(new QSpinBox(this), QStringLiteral("shopLowStock"),
                       tr("Default low-stock threshold"));
    m_lowStock->setRange(0, 1'000'000'000);
    m_lowStock->setValue(int(m_details.lowStockThreshold));
    m_lowStock->setToolTip(tr("A product without its own threshold is low on stock when what is "
                              "available is at or below this."));

    const Result<int> minPinLength = shop.users.minPinLength();
    m_minPinLength = minPinLength ? minPinLength.value() : UserRules::MinPinLength;
    m_minPin =
        named(new QSpinBox(this), QStringLiteral("shopMinPinLength"), tr("Minimum PIN length"));
    m_minPin->setRange(UserRules::MinPinLength, UserRules::MaxPinLength);
    m_minPin->setValue(m_minPinLength);
    m_minPin->setSuffix(tr(" digits"));
    m_minPin->setToolTip(tr("New and changed PINs need at least this many digits. Longer PINs are "
                            "harder to guess from a stolen copy of the database."));

    m_businessNumber =
        named(new QLineEdit(m_details.businessNumber, this), QStringLiteral("shopBusinessNumber"),
              tr("Business registration number"));
    m_businessNumber->setPlaceholderText(QStringLiteral("123-45-67891"));
    m_businessNumber->setToolTip(tr("사업자등록번호: ten digits, printed on every receipt."));
    m_representative = named(new QLineEdit(m_details.representative, this),
                             QStringLiteral("shopRepresentative"), tr("Representative"));
    m_representative->setToolTip(tr("대표자: the owner's name, printed on every receipt."));
    m_vatRate = named(new QSpinBox(this), QStringLiteral("shopVatRate"), tr("VAT rate"));
    m_vatRate->setRange(0, 100);
    m_vatRate->setSuffix(QStringLiteral(" %"));
    m_vatRate->setValue(m_details.vatRate);
    m_vatRate->setToolTip(tr("The VAT included in the price of taxable goods, for orders placed "
                             "from now on; placed orders keep the rate they were sold with."));
    m_discountLimit = named(new QSpinBox(this), QStringLiteral("shopClerkDiscountLimit"),
                            tr("Clerk discount limit"));
    m_discountLimit->setRange(0, 100);
    m_discountLimit->setSuffix(QStringLiteral(" %"));
    m_discountLimit->setValue(m_details.clerkDiscountLimit);
    m_discountLimit->setToolTip(tr("How much of an order's amount a clerk may discount; above "
                                   "it a manager approves with their PIN."));
    m_cashNeedsShift = named(new QCheckBox(tr("Cash only while a shi&ft is open"), this),
                             QStringLiteral("shopCashNeedsShift"), tr("Cash only during a shift"));
    m_cashNeedsShift->setChecked(m_details.cashNeedsShift);
    m_cashNeedsShift->setToolTip(tr("A terminal takes cash only while a shift is open on it, so "
                                    "that every won in the drawer belongs to a shift's count."));

    m_shopBox = new QGroupBox(tr("Shop (printed on slips and receipts)"), this);
    auto *shopForm = new QFormLayout(m_shopBox);
    shopForm->addRow(tr("&Name:"), m_name);
    shopForm->addRow(tr("&Address:"), m_address);
    shopForm->addRow(tr("&Phone:"), m_phone);
    shopForm->addRow(tr("&Business number:"), m_businessNumber);
    shopForm->addRow(tr("Rep&resentative:"), m_representative);
    shopForm->addRow(tr("&Currency:"), m_currency);
    shopForm->addRow(tr("&Low stock at:"), m_lowStock);
    shopForm->addRow(tr("&VAT rate:"), m_vatRate);
    shopForm->addRow(tr("Clerk &discount limit:"), m_discountLimit);
    shopForm->addRow(tr("&Minimum PIN length:"), m_minPin);
    shopForm->addRow(QString(), m_cashNeedsShift);
    const auto &user = shop.work.actingUser();
    const bool manager = !user || user->isManager();
    m_shopBox->setEnabled(manager);
    if (!manager)
        m_shopBox->setToolTip(tr("Only a manager changes the shop's settings."));

    m_language = named(new QComboBox(this), QStringLiteral("terminalLanguage"), tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_page = named(new QComboBox(this), QStringLiteral("terminalSlipPage"), tr("Slip page"));
    m_page->addItem(tr("A4"), QStringLiteral("a4"));
    m_page->addItem(tr("A5"), QStringLiteral("a5"));
    m_page->addItem(tr("80 mm receipt roll"), QStringLiteral("roll80"));
    m_page->setCurrentIndex(qMax(0, m_page->findData(settings.slipPage())));
    m_autoPrint = named(new QCheckBox(tr("Print the &slip when a payment starts a delivery"), this),
                        QStringLiteral("terminalAutoPrint"), tr("Print slips automatically"));
    m_autoPrint->setChecked(settings.autoPrintSlips());
    m_receiptPage =
        named(new QComboBox(this), QStringLiteral("terminalReceiptPage"), tr("Receipt page"));
    m_receiptPage->addItem(tr("80 mm receipt roll"), QStringLiteral("roll80"));
    m_receiptPage->addItem(tr("A5"), QStringLiteral("a5"));
    m_receiptPage->setCurrentIndex(qMax(0, m_receiptPage->findData(settings.receiptPage())));
    m_autoPrintReceipts =
        named(new QCheckBox(tr("Print the receipt when an &order is paid or refunded"), this),
              QStringLiteral("terminalAutoPrintReceipts"), tr("Print receipts automatically"));
    m_autoPrintReceipts->setChecked(settings.autoPrintReceipts());

    m_thermalPrinter = named(new QLineEdit(settings.thermalPrinter(), this),
                             QStringLiteral("terminalThermalPrinter"), tr("Receipt printer"));
    m_thermalPrinter->setPlaceholderText(tr("none: the system's printers"));
    m_thermalPrinter->setToolTip(
        tr("A thermal (ESC/POS) receipt printer: tcp://192.168.0.50 on the network, "
           "device:/dev/usb/lp0 on USB, serial:/dev/ttyS0@19200 or cups:QUEUE. Receipts then "
           "print on it at once, and the cash drawer opens through it."));
    m_thermalPaper = named(new QComboBox(this), QStringLiteral("terminalThermalPaper"),
                           tr("Receipt printer paper"));
    m_thermalPaper->addItem(tr("80 mm, 48 characters"), QStringLiteral("80"));
    m_thermalPaper->addItem(tr("80 mm, 42 characters"), QStringLiteral("80-42"));
    m_thermalPaper->addItem(tr("58 mm, 32 characters"), QStringLiteral("58"));
    m_thermalPaper->setCurrentIndex(qMax(0, m_thermalPaper->findData(settings.thermalPaper())));
    m_thermalMode = named(new QComboBox(this), QStringLiteral("terminalThermalMode"),
                          tr("Receipt printer mode"));
    m_thermalMode->addItem(tr("Korean text, a picture when needed"), QStringLiteral("auto"));
    m_thermalMode->addItem(tr("Korean text (the printer's font)"), QStringLiteral("text"));
    m_thermalMode->addItem(tr("Picture (printers without Korean)"), QStringLiteral("raster"));
    m_thermalMode->setCurrentIndex(qMax(0, m_thermalMode->findData(settings.thermalMode())));
    m_drawerOnCash =
        named(new QCheckBox(tr("Open the cash dra&wer for cash taken or paid out"), this),
              QStringLiteral("terminalDrawerOnCash"), tr("Open the cash drawer for cash"));
    m_drawerOnCash->setChecked(settings.drawerOnCash());
    m_thermalCut = named(new QCheckBox(tr("Cut the paper (the printer has a cutter)"), this),
                         QStringLiteral("terminalThermalCut"), tr("Cut the paper"));
    m_thermalCut->setChecked(settings.thermalCut());
    m_checkPrinter = new QPushButton(tr("Chec&k printer"), this);
    m_checkPrinter->setObjectName(QStringLiteral("checkPrinterButton"));
    m_checkPrinter->setAutoDefault(false);
    connect(m_checkPrinter, &QPushButton::clicked, this, &SettingsDialog::checkPrinter);
    m_testPage = new QPushButton(tr("Test page"), this);
    m_testPage->setObjectName(QStringLiteral("testPageButton"));
    m_testPage->setAutoDefault(false);
    connect(m_testPage, &QPushButton::clicked, this, &SettingsDialog::printTestPage);
    m_printerState = new QLabel(this);
    m_printerState->setObjectName(QStringLiteral("printerState"));
    m_printerState->setWordWrap(true);

    auto *terminalBox = new QGroupBox(tr("This terminal"), this);
    auto *terminalForm = new QFormLayout(terminalBox);
    terminalForm->addRow(tr("Lan&guage:"), m_language);
    terminalForm->addRow(tr("Sl&ip page:"), m_page);
    terminalForm->addRow(QString(), m_autoPrint);
    terminalForm->addRow(tr("R&eceipt page:"), m_receiptPage);
    terminalForm->addRow(QString(), m_autoPrintReceipts);
    auto *printerRow = new QHBoxLayout;
    printerRow->addWidget(m_thermalPrinter, 1);
    printerRow->addWidget(m_checkPrinter);
    printerRow->addWidget(m_testPage);
    auto *printerLabel = new QLabel(tr("Co&unter printer:"), terminalBox);
    printerLabel->setBuddy(m_thermalPrinter);
    terminalForm->addRow(printerLabel, printerRow);
    auto *paperRow = new QHBoxLayout;
    paperRow->addWidget(m_thermalPaper);
    paperRow->addWidget(m_thermalMode, 1);
    auto *paperLabel = new QLabel(tr("Paper and mode:"), terminalBox);
    paperLabel->setBuddy(m_thermalPaper);
    terminalForm->addRow(paperLabel, paperRow);
    terminalForm->addRow(QString(), m_thermalCut);
    terminalForm->addRow(QString(), m_drawerOnCash);
    terminalForm->addRow(QString(), m_printerState);
    auto *languageNote = new QLabel(tr("A new language applies at the next start."), terminalBox);
    languageNote->setEnabled(false);
    terminalForm->addRow(QString(), languageNote);

    m_hubUrl = named(new QLineEdit(settings.hubUrl(), this), QStringLiteral("syncHubUrl"),
                     tr("Hub address"));
    m_hubUrl->setPlaceholderText(QStringLiteral("ws://192.168.0.10:8765"));
    m_hubToken = named(new QLineEdit(settings.hubToken(), this), QStringLiteral("syncHubToken"),
                       tr("Terminal token"));
    m_hubToken->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_hubToken->setToolTip(tr("The secret `shopdesk-hub token add %1` printed for this terminal.")
                               .arg(shop.store().terminal()));
    auto *syncBox = new QGroupBox(tr("Shop hub (several terminals)"), this);
    auto *syncForm = new QFormLayout(syncBox);
    syncForm->addRow(tr("&Hub:"), m_hubUrl);
    syncForm->addRow(tr("&Token:"), m_hubToken);
    auto *syncNote = new QLabel(tr("Leave both empty to work alone. Without the network this "
                                   "terminal keeps working and sends its events later."),
                                syncBox);
    syncNote->setWordWrap(true);
    syncNote->setEnabled(false);
    syncForm->addRow(QString(), syncNote);
    syncBox->setEnabled(manager);

    m_backupFolder = named(new QLineEdit(settings.backupFolder(), this),
                           QStringLiteral("backupFolder"), tr("Backup folder"));
    m_backupFolder->setPlaceholderText(tr("none: no automatic backups"));
    m_backupFolder->setToolTip(tr("A backup of the shop is written there once a day while "
                                  "ShopDesk runs: best a USB disk or a network folder."));
    auto *browse = new QPushButton(tr("Browse..."), this);
    browse->setObjectName(QStringLiteral("backupBrowse"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Folder for automatic backups"), m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    m_backupKeep = named(new QSpinBox(this), QStringLiteral("backupKeep"), tr("Backups kept"));
    m_backupKeep->setRange(1, BackupService::MaxKept);
    m_backupKeep->setValue(qBound(1, settings.backupKeep(), BackupService::MaxKept));
    m_backupKeep->setSuffix(tr(" days"));
    auto *backupBox = new QGroupBox(tr("Automatic backups"), this);
    auto *backupForm = new QFormLayout(backupBox);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("Folder:"), backupBox);
    folderLabel->setBuddy(m_backupFolder);
    backupForm->addRow(folderLabel, folderRow);
    backupForm->addRow(tr("Keep:"), m_backupKeep);
    backupBox->setEnabled(manager);

    // The forms share one label width, so that the fields of a column line up.
    int labelWidth = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (QFormLayout *form : {shopForm, terminalForm, syncForm, backupForm}) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
                if (!label || !label->widget())
                    continue;
                if (pass == 0)
                    labelWidth = std::max(labelWidth, label->widget()->sizeHint().width());
                else
                    label->widget()->setMinimumWidth(labelWidth);
            }
        }
    }

    m_message = ListWidgets::createProblemLabel(QStringLiteral("settingsMessage"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    // The shop on the left, this terminal and the hub on the right: the dialog fits a
    // 1280x800 screen with room to spare.
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_shopBox);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(terminalBox);
    right->addWidget(syncBox);
    right->addWidget(backupBox);
    right->addStretch(1);
    // Room for an address and a representative's name as long as they come.
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 32);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    (manager ? static_cast<QWidget *>(m_name) : m_language)->setFocus();
}

void SettingsDialog::accept()
{
    const QString hub = m_hubUrl->text().trimmed();
    const QString token = m_hubToken->text().trimmed();
    if (!hub.isEmpty()) {
        const QUrl url(hub);
        if (!url.isValid() ||
            (url.scheme() != QLatin1StringView("ws") && url.scheme() != QLatin1StringView("wss")) ||
            url.host().isEmpty()) {
            ListWidgets::showProblem(m_message,
                                     tr("The hub address must look like ws://HOST:PORT or "
                                        "wss://HOST:PORT, not \"%1\".")
                                         .arg(hub),
                                     m_hubUrl);
            return;
        }
        if (token.isEmpty()) {
            ListWidgets::showProblem(m_message,
                                     tr("Type this terminal's token for the hub, or clear the "
                                        "hub's address to work alone."),
                                     m_hubToken);
            return;
        }
    }
    const QString backupFolder = m_backupFolder->text().trimmed();
    if (m_backupFolder->isEnabled() && !backupFolder.isEmpty() &&
        !QFileInfo(backupFolder).isDir()) {
        ListWidgets::showProblem(
            m_message,
            tr("The backup folder %1 does not exist. Choose an existing folder, or "
               "clear it to take no automatic backups.")
                .arg(backupFolder),
            m_backupFolder);
        return;
    }
    const QString thermal = m_thermalPrinter->text().trimmed();
    if (!thermal.isEmpty()) {
        if (const auto parsed = PrinterAddress::parse(thermal); !parsed) {
            ListWidgets::showProblem(m_message,
                                     tr("The receipt printer's address must look like "
                                        "tcp://192.168.0.50, device:/dev/usb/lp0, "
                                        "serial:/dev/ttyS0@19200 or cups:QUEUE, not \"%1\".")
                                         .arg(thermal),
                                     m_thermalPrinter);
            return;
        }
    }
    if (m_shopBox->isEnabled()) {
        ShopDetailsChange change;
        if (m_name->text().trimmed() != m_details.name)
            change.name = m_name->text();
        if (m_address->text().trimmed() != m_details.address)
            change.address = m_address->text();
        if (m_phone->text().trimmed() != m_details.phone)
            change.phone = m_phone->text();
        if (m_currency->currentData().toString() != m_details.currency)
            change.currency = m_currency->currentData().toString();
        if (m_lowStock->value() != m_details.lowStockThreshold)
            change.lowStockThreshold = m_lowStock->value();
        if (m_businessNumber->text().trimmed() != m_details.businessNumber)
            change.businessNumber = m_businessNumber->text();
        if (m_representative->text().trimmed() != m_details.representative)
            change.representative = m_representative->text();
        if (m_vatRate->value() != m_details.vatRate)
            change.vatRate = m_vatRate->value();
        if (m_discountLimit->value() != m_details.clerkDiscountLimit)
            change.clerkDiscountLimit = m_discountLimit->value();
        if (m_cashNeedsShift->isChecked() != m_details.cashNeedsShift)
            change.cashNeedsShift = m_cashNeedsShift->isChecked();
        if (change.name || change.address || change.phone || change.currency ||
            change.lowStockThreshold || change.businessNumber || change.representative ||
            change.vatRate || change.clerkDiscountLimit || change.cashNeedsShift) {
            const Result<ShopDetails> saved = m_shop.slips.changeShopDetails(change);
            if (!saved) {
                ListWidgets::showProblem(
                    m_message,
                    tr("The shop's settings were not saved: %1")
                        .arg(ErrorText::text(saved.error(), ErrorText::Context::SavingSettings)));
                return;
            }
            m_details = saved.value();
        }
        if (m_minPin->value() != m_minPinLength) {
            if (Status set = m_shop.users.setMinPinLength(m_minPin->value()); !set) {
                ListWidgets::showProblem(
                    m_message,
                    tr("The shop's settings were not saved: %1")
                        .arg(ErrorText::text(set.error(), ErrorText::Context::SavingSettings)));
                return;
            }
            m_minPinLength = m_minPin->value();
        }
    }
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setSlipPage(m_page->currentData().toString());
    m_settings.setAutoPrintSlips(m_autoPrint->isChecked());
    m_settings.setReceiptPage(m_receiptPage->currentData().toString());
    m_settings.setAutoPrintReceipts(m_autoPrintReceipts->isChecked());
    m_settings.setThermalPrinter(thermal);
    m_settings.setThermalPaper(m_thermalPaper->currentData().toString());
    m_settings.setThermalMode(m_thermalMode->currentData().toString());
    m_settings.setDrawerOnCash(m_drawerOnCash->isChecked());
    m_settings.setThermalCut(m_thermalCut->isChecked());
    if (m_backupFolder->isEnabled()) {
        m_settings.setBackupFolder(backupFolder);
        m_settings.setBackupKeep(m_backupKeep->value());
    }
    if (m_hubUrl->isEnabled()) {
        m_syncChanged = hub != m_settings.hubUrl() || token != m_settings.hubToken();
        m_settings.setHubUrl(hub);
        m_settings.setHubToken(token);
    }
    QDialog::accept();
}

void SettingsDialog::checkPrinter()
{
    const auto address = PrinterAddress::parse(m_thermalPrinter->text());
    if (!address) {
        m_printerState->setText(tr("Type the receipt printer's address first, such as "
                                   "tcp://192.168.0.50."));
        return;
    }
    m_checkPrinter->setEnabled(false);
    m_printerState->setText(tr("Asking %1…").arg(address->toString()));
    auto *watcher = new QFutureWatcher<Result<std::optional<PrinterStatus>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, address] {
        const Result<std::optional<PrinterStatus>> status = watcher->result();
        watcher->deleteLater();
        m_checkPrinter->setEnabled(true);
        const QString name = address->toString();
        if (!status)
            m_printerState->setText(tr("%1: %2").arg(
                name, ErrorText::text(status.error(), ErrorText::Context::Printing)));
        else if (!status->has_value())
            m_printerState->setText(tr("%1 is there, but does not say how it is (it may not read "
                                       "back).")
                                        .arg(name));
        else if (const QString problem = (*status)->reason(); !problem.isEmpty())
            m_printerState->setText(
                tr("%1 cannot print now: %2").arg(name, DisplayText::printerProblem(problem)));
        else
            m_printerState->setText((*status)->paperNearEnd
                                        ? tr("%1 is ready; its paper is near the end.").arg(name)
                                        : tr("%1 is ready.").arg(name));
    });
    watcher->setFuture(
        QtConcurrent::run([printer = *address] { return RawPrinter(printer).status(); }));
}

void SettingsDialog::printTestPage()
{
    const auto address = PrinterAddress::parse(m_thermalPrinter->text());
    if (!address) {
        m_printerState->setText(tr("Type the receipt printer's address first, such as "
                                   "tcp://192.168.0.50."));
        return;
    }
    const EscPosPaper paper =
        EscPos::paperFromName(m_thermalPaper->currentData().toString()).value_or(EscPosPaper::Mm80);
    const QString code = Language::resolve(m_language->currentData().toString());
    const SlipLanguage language =
        code == QLatin1StringView("ko") ? SlipLanguage::Korean : SlipLanguage::English;
    const QString name = address->toString();
    Result<EscPosJob> page = escPosTestPage(m_name->text().trimmed(), name, paper, language);
    if (!page) {
        m_printerState->setText(
            tr("%1: %2").arg(name, ErrorText::text(page.error(), ErrorText::Context::Printing)));
        return;
    }
    m_testPage->setEnabled(false);
    m_printerState->setText(tr("Printing a test page on %1…").arg(name));
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name] {
        const Status sent = watcher->result();
        watcher->deleteLater();
        m_testPage->setEnabled(true);
        m_printerState->setText(
            sent ? tr("%1 took the test page.").arg(name)
                 : tr("%1: %2").arg(name,
                                    ErrorText::text(sent.error(), ErrorText::Context::Printing)));
    });
    watcher->setFuture(QtConcurrent::run(
        [printer = *address, bytes = page->bytes] { return RawPrinter(printer).send(bytes); }));
}

} // namespace ShopDesk
