#include "pinprompt.h"

#include <QByteArray>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace ShopDesk::PinPrompt {

std::optional<QString> readSecret(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return std::nullopt;
    termios saved{};
    const bool canHide = tcgetattr(tty, &saved) == 0;
    if (canHide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    const QByteArray text = prompt.toLocal8Bit();
    (void)!::write(tty, text.constData(), size_t(text.size()));
    QByteArray line;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (canHide)
        tcsetattr(tty, TCSAFLUSH, &saved);
    ::close(tty);
    return QString::fromLocal8Bit(line).trimmed();
}

std::optional<QString> pinFrom(const char *variable, const QString &prompt)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    return readSecret(prompt);
}

} // namespace ShopDesk::PinPrompt
