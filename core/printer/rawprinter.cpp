#include "rawprinter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSerialPort>
#include <QTcpSocket>
#include <QUrl>

#ifdef SHOPDESK_HAVE_CUPS
#include <cups/cups.h>
#endif

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace ShopDesk {

namespace {

constexpr char DLE = 0x10;
constexpr char EOT = 0x04;
constexpr qsizetype ChunkSize = 4096;

QByteArray statusRequest(int n)
{
    const char request[] = {DLE, EOT, char(n)};
    return QByteArray(request, sizeof request);
}

Error printerError(const PrinterAddress &address, const QString &what, const QString &reason)
{
    const QString name = address.toString();
    return Error::storage(QStringLiteral("the printer %1 %2").arg(name, what),
                          {{QStringLiteral("printer"), name}, {QStringLiteral("reason"), reason}});
}

} // namespace

// --- PrinterAddress ---------------------------------------------------------------------------

Result<PrinterAddress> PrinterAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    auto invalid = [&](const QString &why) {
        return Error::invalidInput(QStringLiteral("'%1' is not a printer address: %2; use "
                                                  "tcp://HOST[:PORT], device:/dev/usb/lp0, "
                                                  "serial:/dev/ttyS0[@BAUD] or cups:QUEUE")
                                       .arg(trimmed, why),
                                   {{QStringLiteral("field"), QStringLiteral("printer")}});
    };
    PrinterAddress address;
    if (trimmed.startsWith(QLatin1StringView("tcp://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return invalid(QStringLiteral("no host"));
        if (!url.path().isEmpty() && url.path() != QLatin1StringView("/"))
            return invalid(QStringLiteral("a raw port has no path"));
        const int port = url.port(9100);
        if (port < 1 || port > 65535)
            return invalid(QStringLiteral("the port must be 1 to 65535"));
        address.kind = Kind::Network;
        address.host = url.host();
        address.port = quint16(port);
        return address;
    }
    if (trimmed.startsWith(QLatin1StringView("device:"))) {
        address.kind = Kind::Device;
        address.path = trimmed.mid(7);
        if (!address.path.startsWith(u'/'))
            return invalid(QStringLiteral("the device needs its whole path, as /dev/usb/lp0"));
        return address;
    }
    if (trimmed.startsWith(QLatin1StringView("serial:"))) {
        address.kind = Kind::Serial;
        static const QRegularExpression form(QStringLiteral("^serial:(/[^@]+)(?:@(\\d{1,7}))?$"));
        const auto match = form.match(trimmed);
        if (!match.hasMatch())
            return invalid(QStringLiteral("the port needs its whole path, as /dev/ttyS0@19200"));
        address.path = match.captured(1);
        if (!match.captured(2).isEmpty()) {
            address.baud = match.captured(2).toInt();
            if (address.baud < 1200 || address.baud > 921600)
                return invalid(QStringLiteral("the baud rate must be 1200 to 921600"));
        }
        return address;
    }
    if (trimmed.startsWith(QLatin1StringView("cups:"))) {
        address.kind = Kind::Cups;
        address.queue = trimmed.mid(5);
        static const QRegularExpression queueName(QStringLiteral("^[A-Za-z0-9_.-]{1,127}$"));
        if (!queueName.match(address.queue).hasMatch())
            return invalid(QStringLiteral("a queue's name has letters, digits, '.', '-' or '_'"));
        return address;
    }
    return invalid(QStringLiteral("unknown kind"));
}

QString PrinterAddress::toString() const
{
    switch (kind) {
    case Kind::Network:
        return port == 9100 ? QStringLiteral("tcp://%1").arg(host)
                            : QStringLiteral("tcp://%1:%2").arg(host).arg(port);
    case Kind::Device:
        return QStringLiteral("device:%1").arg(path);
    case Kind::Serial:
        return baud == 19200 ? QStringLiteral("serial:%1").arg(path)
                             : QStringLiteral("serial:%1@%2").arg(path).arg(baud);
    case Kind::Cups:
        return QStringLiteral("cups:%1").arg(queue);
    }
    return {};
}

// --- PrinterStatus ----------------------------------------------------------------------------

bool PrinterStatus::apply(int n, char byte)
{
    const auto b = quint8(byte);
    if ((b & 0x93) != 0x12)
        return false;
    switch (n) {
    case 1:
        offline = b & 0x08;
        break;
    case 2:
        coverOpen = b & 0x04;
        paperOut = paperOut || (b & 0x20);
        error = b & 0x40;
        break;
    case 4:
        paperNearEnd = b & 0x0C;
        paperOut = paperOut || (b & 0x60);
        break;
    default:
        return false;
    }
    return true;
}

QString PrinterStatus::reason() const
{
    if (paperOut)
        return QStringLiteral("paperOut");
    if (coverOpen)
        return QStringLiteral("coverOpen");
    if (error)
        return QStringLiteral("printerError");
    if (offline)
        return QStringLiteral("offline");
    return {};
}

QString PrinterStatus::problem() const
{
    if (paperOut)
        return QStringLiteral("is out of paper");
    if (coverOpen)
        return QStringLiteral("has its cover open");
    if (error)
        return QStringLiteral("reports an error (a paper jam or the cutter)");
    if (offline)
        return QStringLiteral("is offline");
    return {};
}

// --- Connections ------------------------------------------------------------------------------

class RawPrinter::Connection
{
public:
    virtual ~Connection() = default;
    // Whether the printer's answers can be read at all on this connection.
    virtual bool canRead() const = 0;
    // Writes every byte within timeoutMs per chunk; disconnected or timeout otherwise.
    virtual Status write(const QByteArray &bytes, const PrinterAddress &address, int timeoutMs) = 0;
    // One byte within timeoutMs: nullopt when none came; disconnected when the line dropped.
    virtual Result<std::optional<char>> readByte(const PrinterAddress &address, int timeoutMs) = 0;
    // Throws away what the printer sent unasked (automatic status, an earlier job's answers).
    virtual void drain() = 0;
    // Waits until the written bytes have left; for connections that buffer.
    virtual Status close(const PrinterAddress &, int) { return {}; }
};

namespace {

// A network printer's raw port (JetDirect, 9100), on a blocking QTcpSocket.
class TcpConnection : public RawPrinter::Connection
{
public:
    Status connect(const PrinterAddress &address, int timeoutMs)
    {
        m_socket.connectToHost(address.host, address.port);
        if (!m_socket.waitForConnected(timeoutMs)) {
            return printerError(address,
                                QStringLiteral("cannot be reached: %1").arg(m_socket.errorString()),
                                QStringLiteral("unreachable"));
        }
        return {};
    }
    bool canRead() const override { return true; }
    Status write(const QByteArray &bytes, const PrinterAddress &address, int timeoutMs) override
    {
        for (qsizetype at = 0; at < bytes.size(); at += ChunkSize) {
            if (m_socket.write(bytes.mid(at, ChunkSize)) < 0)
                return dropped(address);
            while (m_socket.bytesToWrite() > 0) {
                if (!m_socket.waitForBytesWritten(timeoutMs)) {
                    if (m_socket.state() != QAbstractSocket::ConnectedState)
                        return dropped(address);
                    return printerError(address, QStringLiteral("stopped taking the job"),
                                        QStringLiteral("timeout"));
                }
            }
        }
        return {};
    }
    Result<std::optional<char>> readByte(const PrinterAddress &address, int timeoutMs) override
    {
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(timeoutMs)) {
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                return dropped(address);
            return std::optional<char>();
        }
        char byte = 0;
        if (!m_socket.getChar(&byte))
            return dropped(address);
        return std::optional<char>(byte);
    }
    void drain() override
    {
        m_socket.waitForReadyRead(0);
        m_socket.readAll();
    }
    Status close(const PrinterAddress &address, int timeoutMs) override
    {
        m_socket.disconnectFromHost();
        if (m_socket.state() != QAbstractSocket::UnconnectedState &&
            !m_socket.waitForDisconnected(timeoutMs))
            return printerError(address, QStringLiteral("did not close the connection"),
                                QStringLiteral("timeout"));
        return {};
    }

private:
    static Error dropped(const PrinterAddress &address)
    {
        return printerError(address,
                            QStringLiteral("closed the connection in the middle of the job"),
                            QStringLiteral("disconnected"));
    }

    QTcpSocket m_socket;
};

// A printer device (/dev/usb/lpN) or any character device standing in for one, such as a
// pseudo-terminal: plain file descriptor I/O with poll() for the timeouts.
class DeviceConnection : public RawPrinter::Connection
{
public:
    ~DeviceConnection() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Status open(const PrinterAddress &address)
    {
        const QByteArray path = QFile::encodeName(address.path);
        m_fd = ::open(path.constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
        m_canRead = m_fd >= 0;
        if (m_fd < 0 && (errno == EACCES || errno == EROFS))
            m_fd = ::open(path.constData(), O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
        if (m_fd < 0) {
            return printerError(address,
                                QStringLiteral("cannot be opened: %1")
                                    .arg(QString::fromLocal8Bit(std::strerror(errno))),
                                QStringLiteral("unreachable"));
        }
        struct stat info = {};
        if (::fstat(m_fd, &info) != 0 || !S_ISCHR(info.st_mode)) {
            return printerError(address, QStringLiteral("is not a device (a file, folder or pipe)"),
                                QStringLiteral("notADevice"));
        }
        // A serial line or a pseudo-terminal passes bytes as they are only in raw mode.
        if (::isatty(m_fd)) {
            termios mode = {};
            if (::tcgetattr(m_fd, &mode) == 0) {
                ::cfmakeraw(&mode);
                ::tcsetattr(m_fd, TCSANOW, &mode);
            }
        }
        return {};
    }
    bool canRead() const override { return m_canRead; }
    Status write(const QByteArray &bytes, const PrinterAddress &address, int timeoutMs) override
    {
        qsizetype at = 0;
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        while (at < bytes.size()) {
            const ssize_t written = ::write(m_fd, bytes.constData() + at,
                                            size_t(std::min(ChunkSize, bytes.size() - at)));
            if (written > 0) {
                at += written;
                sinceProgress.restart();
                continue;
            }
            if (written < 0 && errno != EAGAIN && errno != EINTR)
                return dropped(address);
            const qint64 left = timeoutMs - sinceProgress.elapsed();
            pollfd wait{m_fd, POLLOUT, 0};
            if (left <= 0 || ::poll(&wait, 1, int(left)) == 0)
                return printerError(address, QStringLiteral("stopped taking the job"),
                                    QStringLiteral("timeout"));
            if (wait.revents & (POLLERR | POLLHUP | POLLNVAL))
                return dropped(address);
        }
        return {};
    }
    Result<std::optional<char>> readByte(const PrinterAddress &address, int timeoutMs) override
    {
        pollfd wait{m_fd, POLLIN, 0};
        const int ready = ::poll(&wait, 1, timeoutMs);
        if (ready == 0)
            return std::optional<char>();
        if (ready < 0 || (wait.revents & (POLLERR | POLLNVAL)))
            return dropped(address);
        char byte = 0;
        const ssize_t got = ::read(m_fd, &byte, 1);
        if (got == 1)
            return std::optional<char>(byte);
        if (got < 0 && errno == EAGAIN)
            return std::optional<char>();
        return dropped(address);
    }
    void drain() override
    {
        char buffer[256];
        for (int i = 0; i < 64 && ::read(m_fd, buffer, sizeof buffer) > 0; ++i) {
        }
    }

private:
    static Error dropped(const PrinterAddress &address)
    {
        return printerError(address, QStringLiteral("was disconnected in the middle of the job"),
                            QStringLiteral("disconnected"));
    }

    int m_fd = -1;
    bool m_canRead = false;
};

// A printer on a serial port: QSerialPort, 8 data bits, no parity, one stop bit.
class SerialConnection : public RawPrinter::Connection
{
public:
    Status open(const PrinterAddress &address)
    {
        const QFileInfo info(address.path);
        if (info.exists() && !info.isSymLink() && (info.isFile() || info.isDir()))
            return printerError(address, QStringLiteral("is not a serial port"),
                                QStringLiteral("notADevice"));
        m_port.setPortName(address.path);
        if (!m_port.open(QIODevice::ReadWrite)) {
            return printerError(address,
                                QStringLiteral("cannot be opened: %1").arg(m_port.errorString()),
                                QStringLiteral("unreachable"));
        }
        m_port.setBaudRate(address.baud);
        m_port.setDataBits(QSerialPort::Data8);
        m_port.setParity(QSerialPort::NoParity);
        m_port.setStopBits(QSerialPort::OneStop);
        m_port.setFlowControl(QSerialPort::NoFlowControl);
        return {};
    }
    bool canRead() const override { return true; }
    Status write(const QByteArray &bytes, const PrinterAddress &address, int timeoutMs) override
    {
        for (qsizetype at = 0; at < bytes.size(); at += ChunkSize) {
            if (m_port.write(bytes.mid(at, ChunkSize)) < 0)
                return dropped(address);
            while (m_port.bytesToWrite() > 0) {
                if (!m_port.waitForBytesWritten(timeoutMs)) {
                    if (m_port.error() == QSerialPort::ResourceError || !m_port.isOpen())
                        return dropped(address);
                    return printerError(address, QStringLiteral("stopped taking the job"),
                                        QStringLiteral("timeout"));
                }
            }
        }
        return {};
    }
    Result<std::optional<char>> readByte(const PrinterAddress &address, int timeoutMs) override
    {
        if (m_port.bytesAvailable() == 0 && !m_port.waitForReadyRead(timeoutMs)) {
            if (m_port.error() == QSerialPort::ResourceError)
                return dropped(address);
            return std::optional<char>();
        }
        char byte = 0;
        if (!m_port.getChar(&byte))
            return dropped(address);
        return std::optional<char>(byte);
    }
    void drain() override
    {
        m_port.waitForReadyRead(0);
        m_port.readAll();
    }

private:
    static Error dropped(const PrinterAddress &address)
    {
        return printerError(address, QStringLiteral("was disconnected in the middle of the job"),
                            QStringLiteral("disconnected"));
    }

    QSerialPort m_port;
};

} // namespace

// --- RawPrinter -------------------------------------------------------------------------------

RawPrinter::RawPrinter(PrinterAddress address, PrinterTimeouts timeouts)
    : m_address(std::move(address))
    , m_timeouts(timeouts)
{}

RawPrinter::~RawPrinter() = default;

Result<std::unique_ptr<RawPrinter::Connection>> RawPrinter::open()
{
    switch (m_address.kind) {
    case PrinterAddress::Kind::Network: {
        auto connection = std::make_unique<TcpConnection>();
        SD_CHECK(connection->connect(m_address, m_timeouts.connectMs));
        return std::unique_ptr<Connection>(std::move(connection));
    }
    case PrinterAddress::Kind::Device: {
        auto connection = std::make_unique<DeviceConnection>();
        SD_CHECK(connection->open(m_address));
        return std::unique_ptr<Connection>(std::move(connection));
    }
    case PrinterAddress::Kind::Serial: {
        auto connection = std::make_unique<SerialConnection>();
        SD_CHECK(connection->open(m_address));
        return std::unique_ptr<Connection>(std::move(connection));
    }
    case PrinterAddress::Kind::Cups:
        break;
    }
    return printerError(m_address, QStringLiteral("is a CUPS queue: it takes whole jobs only"),
                        QStringLiteral("unreachable"));
}

namespace {

// DLE EOT 1, then 2 when offline (why), then 4 (the paper): nullopt when the printer does not
// answer the first request.
Result<std::optional<PrinterStatus>> askStatus(RawPrinter::Connection &connection,
                                               const PrinterAddress &address, int timeoutMs)
{
    if (!connection.canRead())
        return std::optional<PrinterStatus>();
    connection.drain();
    PrinterStatus status;
    for (int n : {1, 2, 4}) {
        if (n == 2 && !status.offline)
            continue;
        SD_CHECK(connection.write(statusRequest(n), address, timeoutMs));
        SD_TRY(const std::optional<char> byte, connection.readByte(address, timeoutMs));
        if (!byte || !status.apply(n, *byte)) {
            if (n == 1)
                return std::optional<PrinterStatus>();
            break; // an answer to DLE EOT 1 and none to the rest: what it said stands
        }
    }
    return std::optional<PrinterStatus>(status);
}

} // namespace

Result<std::optional<PrinterStatus>> RawPrinter::status()
{
    if (m_address.kind == PrinterAddress::Kind::Cups)
        return std::optional<PrinterStatus>();
    SD_TRY(std::unique_ptr<Connection> connection, open());
    return askStatus(*connection, m_address, m_timeouts.statusMs);
}

Status RawPrinter::send(const QByteArray &job)
{
#ifdef SHOPDESK_HAVE_CUPS
    if (m_address.kind == PrinterAddress::Kind::Cups) {
        const QByteArray queue = m_address.queue.toUtf8();
        const int jobId =
            cupsCreateJob(CUPS_HTTP_DEFAULT, queue.constData(), "ShopDesk", 0, nullptr);
        if (jobId == 0)
            return printerError(
                m_address,
                QStringLiteral("refused the job: %1").arg(QString::fromUtf8(cupsLastErrorString())),
                QStringLiteral("unreachable"));
        if (cupsStartDocument(CUPS_HTTP_DEFAULT, queue.constData(), jobId, "receipt",
                              CUPS_FORMAT_RAW, 1) != HTTP_STATUS_CONTINUE ||
            cupsWriteRequestData(CUPS_HTTP_DEFAULT, job.constData(), size_t(job.size())) !=
                HTTP_STATUS_CONTINUE ||
            cupsFinishDocument(CUPS_HTTP_DEFAULT, queue.constData()) != IPP_STATUS_OK) {
            cupsCancelJob(queue.constData(), jobId);
            return printerError(m_address,
                                QStringLiteral("did not take the job: %1")
                                    .arg(QString::fromUtf8(cupsLastErrorString())),
                                QStringLiteral("disconnected"));
        }
        return {};
    }
#else
    if (m_address.kind == PrinterAddress::Kind::Cups)
        return printerError(m_address, QStringLiteral("cannot be used: built without CUPS"),
                            QStringLiteral("unreachable"));
#endif
    SD_TRY(std::unique_ptr<Connection> connection, open());
    SD_TRY(const std::optional<PrinterStatus> before,
           askStatus(*connection, m_address, m_timeouts.statusMs));
    if (before && !before->problem().isEmpty())
        return printerError(m_address, before->problem(), before->reason());
    SD_CHECK(connection->write(job, m_address, m_timeouts.writeMs));
    // The printer answers a status request only after it has read every byte before it.
    if (before) {
        SD_CHECK(connection->write(statusRequest(1), m_address, m_timeouts.writeMs));
        SD_TRY(const std::optional<char> answer,
               connection->readByte(m_address, m_timeouts.writeMs));
        if (!answer)
            return printerError(m_address, QStringLiteral("did not confirm the job"),
                                QStringLiteral("timeout"));
        // Offline now: it stopped in the job (the paper ran out, the cover was opened).
        PrinterStatus after;
        if (after.apply(1, *answer) && after.offline)
            return printerError(m_address, QStringLiteral("stopped in the middle of the job"),
                                QStringLiteral("offline"));
    }
    return connection->close(m_address, m_timeouts.connectMs);
}

} // namespace ShopDesk
