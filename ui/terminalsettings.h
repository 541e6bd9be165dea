#pragma once

#include <QFile>
#include <QSettings>
#include <QString>

namespace ShopDesk {

// What belongs to this machine rather than to the shop: the language of the window, the slip
// and receipt printers' pages and automatic printing, and where windows were left. Stored with
// QSettings (organization ShopDesk); the shop's own details live in its database instead. Keys are
// spelt here once, so the settings dialog and the code that acts on a setting read the same value.
class TerminalSettings
{
public:
    TerminalSettings() = default;

    // "ko", "en", or empty for the system locale.
    QString language() const { return m_settings.value(QStringLiteral("ui/language")).toString(); }
    void setLanguage(const QString &code)
    {
        m_settings.setValue(QStringLiteral("ui/language"), code);
    }

    // Print a slip to the default printer as soon as a payment starts its delivery.
    bool autoPrintSlips() const
    {
        return m_settings.value(QStringLiteral("printing/autoPrint"), false).toBool();
    }
    void setAutoPrintSlips(bool on)
    {
        m_settings.setValue(QStringLiteral("printing/autoPrint"), on);
    }

    // The slip's page: "a4", "a5" or "roll80".
    QString slipPage() const
    {
        return m_settings.value(QStringLiteral("printing/page"), QStringLiteral("a5")).toString();
    }
    void setSlipPage(const QString &page)
    {
        m_settings.setValue(QStringLiteral("printing/page"), page);
    }

    // Print the customer's receipt to the default printer when an order is paid in full, and
    // the refund receipt when a return refunds money.
    bool autoPrintReceipts() const
    {
        return m_settings.value(QStringLiteral("printing/autoPrintReceipts"), false).toBool();
    }
    void setAutoPrintReceipts(bool on)
    {
        m_settings.setValue(QStringLiteral("printing/autoPrintReceipts"), on);
    }

    // The receipt's page: "roll80" or "a5".
    QString receiptPage() const
    {
        return m_settings.value(QStringLiteral("printing/receiptPage"), QStringLiteral("roll80"))
            .toString();
    }
    void setReceiptPage(const QString &page)
    {
        m_settings.setValue(QStringLiteral("printing/receiptPage"), page);
    }

    // The receipt printer on the counter, when it speaks ESC/POS (a thermal printer): its
    // address as PrinterAddress spells it (tcp://192.168.0.50, device:/dev/usb/lp0, ...);
    // empty when receipts go to the system's printers. Its paper ("80", "80-42" or "58"), how
    // receipts are sent ("auto", "text" or "raster"), and whether the cash drawer hanging off it
    // opens for cash (each part taken in cash, each refund paid out in cash).
    QString thermalPrinter() const
    {
        return m_settings.value(QStringLiteral("thermal/printer")).toString();
    }
    void setThermalPrinter(const QString &address)
    {
        m_settings.setValue(QStringLiteral("thermal/printer"), address);
    }
    QString thermalPaper() const
    {
        return m_settings.value(QStringLiteral("thermal/paper"), QStringLiteral("80")).toString();
    }
    void setThermalPaper(const QString &paper)
    {
        m_settings.setValue(QStringLiteral("thermal/paper"), paper);
    }
    QString thermalMode() const
    {
        return m_settings.value(QStringLiteral("thermal/mode"), QStringLiteral("auto")).toString();
    }
    void setThermalMode(const QString &mode)
    {
        m_settings.setValue(QStringLiteral("thermal/mode"), mode);
    }
    // Whether the printer cuts the paper at the end of a receipt (one without a cutter feeds it
    // to be torn off).
    bool thermalCut() const
    {
        return m_settings.value(QStringLiteral("thermal/cut"), true).toBool();
    }
    void setThermalCut(bool on) { m_settings.setValue(QStringLiteral("thermal/cut"), on); }
    bool drawerOnCash() const
    {
        return m_settings.value(QStringLiteral("thermal/drawerOnCash"), true).toBool();
    }
    void setDrawerOnCash(bool on)
    {
        m_settings.setValue(QStringLiteral("thermal/drawerOnCash"), on);
    }

    // Automatic backups: the folder they go to (none when empty) and how many of this
    // terminal's are kept there (BackupService::backupToFolder).
    QString backupFolder() const
    {
        return m_settings.value(QStringLiteral("backup/folder")).toString();
    }
    void setBackupFolder(const QString &folder)
    {
        m_settings.setValue(QStringLiteral("backup/folder"), folder);
    }
    int backupKeep() const { return m_settings.value(QStringLiteral("backup/keep"), 7).toInt(); }
    void setBackupKeep(int keep) { m_settings.setValue(QStringLiteral("backup/keep"), keep); }

    // The shop's hub (ws://HOST:PORT or wss://HOST:PORT) and this terminal's token for it
    // (from `shopdesk-hub token add`); sync runs when both are set. The token is a secret:
    // QSettings keeps it in the user's own configuration file.
    QString hubUrl() const { return m_settings.value(QStringLiteral("sync/hub")).toString(); }
    void setHubUrl(const QString &url) { m_settings.setValue(QStringLiteral("sync/hub"), url); }
    QString hubToken() const { return m_settings.value(QStringLiteral("sync/token")).toString(); }
    // Also makes the settings file its owner's alone (0600): the token is a secret, and a
    // settings file is made with the umask's mode, often readable by every user. Qt rewrites
    // the file keeping the mode it has.
    void setHubToken(const QString &token)
    {
        m_settings.setValue(QStringLiteral("sync/token"), token);
        m_settings.sync();
        if (m_settings.status() == QSettings::NoError && QFile::exists(m_settings.fileName()))
            QFile::setPermissions(m_settings.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    }
    // The file the settings live in.
    QString fileName() const { return m_settings.fileName(); }

    // The user who last logged in on this terminal, whom the login dialog offers first.
    QString lastUser() const
    {
        return m_settings.value(QStringLiteral("login/lastUser")).toString();
    }
    void setLastUser(const QString &name)
    {
        m_settings.setValue(QStringLiteral("login/lastUser"), name);
    }

    // Geometry and state of a window or splitter, under a name of the caller's choice.
    QByteArray windowState(const QString &name) const
    {
        return m_settings.value(QStringLiteral("windows/") + name).toByteArray();
    }
    void setWindowState(const QString &name, const QByteArray &state)
    {
        m_settings.setValue(QStringLiteral("windows/") + name, state);
    }

private:
    mutable QSettings m_settings;
};

} // namespace ShopDesk
