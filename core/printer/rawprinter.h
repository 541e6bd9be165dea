#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace ShopDesk {

// Where a thermal printer's bytes go, as a terminal's settings spell it:
//   tcp://HOST[:PORT]      a network printer's raw port (9100 unless given)
//   device:/dev/usb/lp0    a printer device (USB line printer, or any character device)
//   serial:/dev/ttyS0[@BAUD]  a serial port (19200 baud unless given; 8N1)
//   cups:QUEUE             a CUPS queue, sent as raw data
struct PrinterAddress
{
    enum class Kind { Network, Device, Serial, Cups };

    Kind kind = Kind::Network;
    QString host{};
    quint16 port = 9100;
    QString path{};
    qint32 baud = 19200;
    QString queue{};

    // InvalidInput naming what is wrong: an unknown scheme, a missing host or path, a port
    // or baud rate out of range, a relative device path.
    static Result<PrinterAddress> parse(const QString &text);
    QString toString() const;
    bool operator==(const PrinterAddress &) const = default;
};

// What an ESC/POS printer answers to DLE EOT 1, 2 and 4 (real-time status), where the
// connection reads back: a network printer and most USB and serial ones do.
struct PrinterStatus
{
    bool offline = false;
    bool coverOpen = false;
    bool paperOut = false;     // the roll is empty: the printer stopped
    bool paperNearEnd = false; // still prints; the clerk should change the roll soon
    bool error = false;        // a cutter jam or another error the printer reports

    // Why the printer cannot print now, in English for the message; empty when it can.
    QString problem() const;
    // The machine-readable reason: offline, coverOpen, paperOut, printerError; empty if none.
    QString reason() const;

    // Decodes one status byte of DLE EOT n into this status; false when the byte is not a
    // status byte (bits 0, 1, 4 and 7 are fixed as 0, 1, 1, 0).
    bool apply(int n, char byte);
};

// How long a printer may take: to connect, to answer a status request, and to take each
// chunk of a job (a printer that stops reading, out of paper or jammed, holds the write).
struct PrinterTimeouts
{
    int connectMs = 3000;
    int statusMs = 1000;
    int writeMs = 10000;
};

// Sends ESC/POS jobs to a printer and reads its status. Blocking, with the timeouts above:
// run it on a worker thread, never the window's. One instance talks to one printer; each
// send() opens the connection, checks the status where it can be read, writes the whole job,
// asks the status once more so that the printer confirms it received every byte, and closes.
// A printer that is offline, out of paper or has its cover open is refused before a byte is
// sent; a connection that drops in the middle of a job is an error, so that the caller
// records nothing and keeps the job to print again.
class RawPrinter
{
public:
    explicit RawPrinter(PrinterAddress address, PrinterTimeouts timeouts = {});
    ~RawPrinter();

    const PrinterAddress &address() const { return m_address; }

    // The printer's status; nullopt (not an error) when the connection does not read back.
    // Storage error when the printer cannot be reached.
    Result<std::optional<PrinterStatus>> status();
    // Writes the job. Storage errors carry details {printer, reason}: reason is unreachable,
    // notADevice, offline, coverOpen, paperOut, printerError, disconnected or timeout.
    Status send(const QByteArray &job);

    class Connection;

private:
    Result<std::unique_ptr<Connection>> open();

    PrinterAddress m_address;
    PrinterTimeouts m_timeouts;
};

} // namespace ShopDesk
