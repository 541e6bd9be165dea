#include "userservice.h"

#include "shopstore.h"
#include "unitofwork.h"

#include <QDeadlineTimer>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QThread>
#include <QtEndian>

namespace ShopDesk {

namespace Pin {

QByteArray deriveKey(const QString &pin, const QByteArray &salt, int iterations, int length)
{
    Q_ASSERT(iterations > 0 && length > 0);
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, pin.toUtf8());
    QByteArray key;
    for (quint32 block = 1; key.size() < length; ++block) {
        QByteArray index(4, Qt::Uninitialized);
        qToBigEndian(block, index.data());
        mac.reset();
        mac.addData(salt);
        mac.addData(index);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            char *out = t.data();
            const char *in = u.constData();
            for (qsizetype j = 0; j < t.size(); ++j)
                out[j] = char(out[j] ^ in[j]);
        }
        key += t;
    }
    return key.left(length);
}

QByteArray newSalt()
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / qsizetype(sizeof(quint32)));
    return salt;
}

bool sameKey(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace Pin

namespace {

// Waits until the deadline, so that a refused login takes the same time whatever failed.
void waitUntil(const QDeadlineTimer &deadline)
{
    const qint64 left = deadline.remainingTime();
    if (left > 0)
        QThread::msleep(static_cast<unsigned long>(left));
}

DomainEvent userEvent(QLatin1StringView type, const User &user)
{
    return DomainEvent::make(
        type, {}, {},
        {{QStringLiteral("name"), user.name}, {QStringLiteral("role"), toText(user.role)}});
}

} // namespace

UserService::UserService(UnitOfWork &work)
    : m_work(work)
{}

Result<bool> UserService::hasUsers() const
{
    return m_work.hasUsers();
}

User UserService::withPin(User user, const QString &pin) const
{
    user.salt = Pin::newSalt();
    user.iterations = m_iterations;
    user.pinKey = Pin::deriveKey(pin, user.salt, user.iterations);
    return user;
}

Result<User> UserService::createFirstManager(const QString &name, const QString &pin)
{
    SD_TRY(const bool exist, m_work.store().hasUsers());
    if (exist) {
        return Error::invalidState(
            QStringLiteral("this shop already has users; a manager adds more after logging in"));
    }
    return insertUser(name, Role::Manager, pin, true);
}

Result<User> UserService::addUser(const QString &name, Role role, const QString &pin)
{
    SD_TRY(const bool exist, m_work.store().hasUsers());
    if (exist)
        SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("add users")));
    return insertUser(name, role, pin, !exist);
}

Result<User> UserService::insertUser(const QString &name, Role role, const QString &pin, bool first)
{
    SD_CHECK(UserRules::validateName(name));
    SD_CHECK(UserRules::validatePin(pin));
    if (first && role != Role::Manager) {
        return Error::invalidInput(
            QStringLiteral("the first user must be a manager (who can then add clerks)"));
    }
    ShopStore &store = m_work.store();
    User user;
    user.name = name.trimmed();
    user.role = role;
    user.createdAt = QDateTime::currentDateTimeUtc();
    user = withPin(user, pin); // before the transaction: the derivation takes a while
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        if (first) {
            // Another process may have made the first user meanwhile: then a login is needed.
            SD_TRY(const bool exist, store.hasUsers());
            if (exist)
                SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("add users")));
        }
        SD_CHECK(store.insertUser(user));
        return QList<DomainEvent>{userEvent(EventType::UserCreated, user)};
    });
    if (!done)
        return done.error();
    return user;
}

Result<QList<User>> UserService::users() const
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("list users")));
    return m_work.store().users();
}

Result<QList<ActingUser>> UserService::loginChoices() const
{
    SD_TRY(const QList<User> users, m_work.store().users());
    QList<ActingUser> choices;
    for (const User &user : users)
        choices.append(user.acting());
    return choices;
}

Result<ActingUser> UserService::authenticate(const QString &name, const QString &pin)
{
    const QDeadlineTimer deadline(m_failureDelay);
    SD_TRY(const std::optional<User> user, m_work.store().findUser(name.trimmed()));
    if (!user) {
        waitUntil(deadline);
        return Error::unauthorized(QStringLiteral("no user is named '%1'").arg(name.trimmed()),
                                   {{QStringLiteral("user"), name.trimmed()}});
    }
    if (!Pin::sameKey(Pin::deriveKey(pin, user->salt, user->iterations), user->pinKey)) {
        waitUntil(deadline);
        return Error::unauthorized(QStringLiteral("wrong PIN for user '%1'").arg(user->name),
                                   {{QStringLiteral("user"), user->name}});
    }
    return user->acting();
}

Result<ActingUser> UserService::logIn(const QString &name, const QString &pin)
{
    Result<ActingUser> user = authenticate(name, pin);
    if (!user) {
        m_work.clearActingUser();
        return user.error();
    }
    m_work.setActingUser(*user);
    return user;
}

void UserService::logOut()
{
    m_work.clearActingUser();
}

Status UserService::changePin(const QString &name, const QString &currentPin, const QString &newPin)
{
    SD_CHECK(m_work.authorize(Role::Clerk, QStringLiteral("change a PIN")));
    SD_CHECK(UserRules::validatePin(newPin));
    SD_TRY(const std::optional<User> found, m_work.store().findUser(name.trimmed()));
    if (!found) {
        return Error::notFound(QStringLiteral("no user is named '%1'").arg(name.trimmed()),
                               {{QStringLiteral("user"), name.trimmed()}});
    }
    const std::optional<ActingUser> &acting = m_work.actingUser();
    const bool own = acting && acting->name.compare(found->name, Qt::CaseInsensitive) == 0;
    if (acting && !acting->isManager() && !own) {
        return Error::forbidden(
            QStringLiteral("%1 is a clerk; only a manager may change another user's PIN")
                .arg(acting->name));
    }
    if (acting && !acting->isManager())
        SD_CHECK(authenticate(found->name, currentPin));
    const User changed = withPin(*found, newPin);
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        SD_CHECK(m_work.store().saveUserPin(changed));
        return QList<DomainEvent>{userEvent(EventType::UserPinChanged, changed)};
    });
    if (!done)
        return done.error();
    return {};
}

} // namespace ShopDesk
