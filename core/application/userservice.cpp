#include "userservice.h"

#include "events.h"
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

template<typename Fact> DomainEvent userEvent(const User &user)
{
    return makeEvent(Fact{user.name, user.role}, {});
}

DomainEvent accessEvent(const User &user)
{
    if (user.disabled)
        return makeEvent(Events::UserDisabled{user.name}, {});
    return makeEvent(Events::UserEnabled{user.name}, {});
}

QJsonObject because(const QString &user, QLatin1StringView reason)
{
    return {{QStringLiteral("user"), user}, {QStringLiteral("reason"), QString(reason)}};
}

// A login refused because the user is locked out; `justNow` when this wrong PIN locked it.
Error lockedError(const User &user, const QDateTime &now, bool justNow)
{
    const qint64 secondsLeft = qMax<qint64>(1, (now.msecsTo(user.lockedUntil) + 999) / 1000);
    const QString until = user.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    const QString message =
        justNow
            ? QStringLiteral("wrong user name or PIN; after %1 wrong PINs in a row user '%2' "
                             "is locked until %3 (for %4 more seconds); a manager can unlock it")
                  .arg(user.failedLogins)
                  .arg(user.name, until)
                  .arg(secondsLeft)
            : QStringLiteral("user '%1' is locked after %2 wrong PINs in a row until %3 (for "
                             "%4 more seconds); a manager can unlock it")
                  .arg(user.name)
                  .arg(user.failedLogins)
                  .arg(until)
                  .arg(secondsLeft);
    QJsonObject details = because(user.name, QLatin1StringView("locked"));
    details.insert(QStringLiteral("lockedUntil"), user.lockedUntil.toString(Qt::ISODateWithMs));
    details.insert(QStringLiteral("secondsLeft"), secondsLeft);
    details.insert(QStringLiteral("failedLogins"), user.failedLogins);
    return Error::unauthorized(message, details);
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
    SD_TRY(const int minimum, m_work.store().minPinLength());
    SD_CHECK(UserRules::validatePin(pin, minimum));
    if (first && role != Role::Manager) {
        return Error::invalidInput(
            QStringLiteral("the first user must be a manager (who can then add clerks)"),
            because(name.trimmed(), QLatin1StringView("firstManager")));
    }
    UserStore &store = m_work.store();
    User user;
    user.name = name.trimmed();
    user.role = role;
    user.createdAt = m_work.now();
    user = withPin(user, pin); // before the transaction: the derivation takes a while
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        if (first) {
            // Another process may have made the first user meanwhile: then a login is needed.
            SD_TRY(const bool exist, store.hasUsers());
            if (exist)
                SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("add users")));
        }
        SD_CHECK(store.insertUser(user));
        return QList<DomainEvent>{userEvent<Events::UserCreated>(user)};
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
    for (const User &user : users) {
        if (!user.disabled)
            choices.append(user.acting());
    }
    return choices;
}

struct UserService::Attempt
{
    std::optional<User> user;    // as stored before this attempt
    std::optional<User> counted; // as stored after counting it; none when not counted
    bool locked = false;         // refused unchecked: a lockout is running
};

Result<UserService::Attempt> UserService::countAttempt(const QString &name)
{
    Attempt attempt;
    UserStore &store = m_work.store();
    const QDateTime now = m_work.now();
    if (m_work.store().isReadOnly()) {
        SD_TRY(attempt.user, store.findUser(name));
        attempt.locked = attempt.user && attempt.user->isLockedAt(now);
        return attempt;
    }
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        SD_TRY(attempt.user, store.findUser(name));
        if (!attempt.user)
            return QList<DomainEvent>{};
        if (attempt.user->isLockedAt(now)) {
            attempt.locked = true;
            return QList<DomainEvent>{};
        }
        User counted = *attempt.user;
        ++counted.failedLogins;
        const std::chrono::seconds lockout = UserRules::lockoutAfter(counted.failedLogins);
        if (lockout.count() > 0)
            counted.lockedUntil = now.addSecs(lockout.count());
        SD_CHECK(store.saveLoginFailures(counted));
        attempt.counted = counted;
        return QList<DomainEvent>{};
    });
    if (!done)
        return done.error();
    return attempt;
}

void UserService::recordLockout(const User &counted)
{
    // Best effort: the lockout itself is stored already, and holds without its event.
    (void)m_work.run([&]() -> Result<QList<DomainEvent>> {
        SD_TRY(const std::optional<User> now, m_work.store().findUser(counted.name));
        if (!now || now->lockedUntil != counted.lockedUntil)
            return QList<DomainEvent>{};
        return QList<DomainEvent>{makeEvent(
            Events::UserLockedOut{counted.name, counted.failedLogins, counted.lockedUntil}, {})};
    });
}

void UserService::clearFailures(const QString &name)
{
    // Best effort: a count left behind errs on the safe side, and the user knows the PIN.
    (void)m_work.run([&]() -> Result<QList<DomainEvent>> {
        SD_TRY(std::optional<User> user, m_work.store().findUser(name));
        if (!user || (user->failedLogins == 0 && !user->lockedUntil.isValid()))
            return QList<DomainEvent>{};
        user->failedLogins = 0;
        user->lockedUntil = QDateTime();
        SD_CHECK(m_work.store().saveLoginFailures(*user));
        return QList<DomainEvent>{};
    });
}

Result<ActingUser> UserService::authenticate(const QString &name, const QString &pin)
{
    const QDeadlineTimer deadline(m_failureDelay);
    const QString given = name.trimmed();
    // One answer for an unknown name and a wrong PIN, so that neither tells which names exist.
    const auto wrong = [&] {
        waitUntil(deadline);
        return Error::unauthorized(QStringLiteral("wrong user name or PIN"),
                                   {{QStringLiteral("user"), given}});
    };
    SD_TRY(const Attempt attempt, countAttempt(given));
    if (!attempt.user) {
        // The same work as for a user: the time taken does not tell either.
        static const QByteArray dummySalt(16, '\0');
        (void)Pin::sameKey(Pin::deriveKey(pin, dummySalt, m_iterations), dummySalt);
        return wrong();
    }
    const User &user = *attempt.user;
    if (attempt.locked) {
        waitUntil(deadline);
        return lockedError(user, m_work.now(), false);
    }
    if (!Pin::sameKey(Pin::deriveKey(pin, user.salt, user.iterations), user.pinKey)) {
        if (attempt.counted && attempt.counted->isLockedAt(m_work.now())) {
            recordLockout(*attempt.counted);
            waitUntil(deadline);
            return lockedError(*attempt.counted, m_work.now(), true);
        }
        return wrong();
    }
    if (attempt.counted)
        clearFailures(user.name);
    // Said only to whoever knows the PIN, and after the same delay as a wrong one.
    if (user.disabled) {
        waitUntil(deadline);
        return Error::unauthorized(
            QStringLiteral("user '%1' is disabled; a manager can enable it").arg(user.name),
            because(user.name, QLatin1StringView("disabled")));
    }
    return user.acting();
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
    SD_TRY(const int minimum, m_work.store().minPinLength());
    SD_CHECK(UserRules::validatePin(newPin, minimum));
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
        return QList<DomainEvent>{userEvent<Events::UserPinChanged>(changed)};
    });
    if (!done)
        return done.error();
    return {};
}

Status UserService::resetPin(const QString &name, const QString &newPin)
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("reset a PIN")));
    SD_CHECK(checkStillManager(QStringLiteral("reset a PIN")));
    return changePin(name, {}, newPin);
}

Status UserService::checkStillManager(const QString &what) const
{
    const std::optional<ActingUser> &acting = m_work.actingUser();
    if (!acting)
        return {}; // a shop without users (authorize let it through)
    SD_TRY(const std::optional<User> self, m_work.store().findUser(acting->name));
    if (!self || self->disabled) {
        return Error::unauthorized(
            QStringLiteral("user '%1' is disabled; log in as an enabled manager to %2")
                .arg(acting->name, what),
            because(acting->name, QLatin1StringView("disabled")));
    }
    if (self->role != Role::Manager) {
        return Error::forbidden(
            QStringLiteral("%1 is a clerk; only a manager may %2").arg(self->name, what),
            {{QStringLiteral("user"), self->name},
             {QStringLiteral("role"), toText(self->role)},
             {QStringLiteral("needed"), toText(Role::Manager)}});
    }
    return {};
}

Result<User> UserService::existingUser(const QString &name) const
{
    SD_TRY(const std::optional<User> found, m_work.store().findUser(name.trimmed()));
    if (!found) {
        return Error::notFound(QStringLiteral("no user is named '%1'").arg(name.trimmed()),
                               {{QStringLiteral("user"), name.trimmed()}});
    }
    return *found;
}

Status UserService::checkAnotherManager(const User &user, const QString &what) const
{
    SD_TRY(const QList<User> all, m_work.store().users());
    for (const User &other : all) {
        if (other.role == Role::Manager && !other.disabled &&
            other.name.compare(user.name, Qt::CaseInsensitive) != 0)
            return {};
    }
    return Error::invalidState(
        QStringLiteral("%1 is the shop's last enabled manager; cannot %2 (make another user a "
                       "manager first)")
            .arg(user.name, what),
        because(user.name, QLatin1StringView("lastManager")));
}

Result<User> UserService::changeRole(const QString &name, Role role)
{
    const QString what = QStringLiteral("change a user's role");
    SD_CHECK(m_work.authorize(Role::Manager, what));
    User user;
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        SD_CHECK(checkStillManager(what));
        SD_TRY(user, existingUser(name));
        if (user.role == role)
            return QList<DomainEvent>{};
        if (user.role == Role::Manager && !user.disabled)
            SD_CHECK(checkAnotherManager(user, QStringLiteral("make them a clerk")));
        user.role = role;
        SD_CHECK(m_work.store().saveUserAccess(user));
        return QList<DomainEvent>{userEvent<Events::UserRoleChanged>(user)};
    });
    if (!done)
        return done.error();
    const std::optional<ActingUser> &acting = m_work.actingUser();
    if (acting && acting->name.compare(user.name, Qt::CaseInsensitive) == 0)
        m_work.setActingUser(user.acting());
    return user;
}

Result<User> UserService::disableUser(const QString &name)
{
    return setDisabled(name, true);
}

Result<User> UserService::enableUser(const QString &name)
{
    return setDisabled(name, false);
}

Result<User> UserService::setDisabled(const QString &name, bool disabled)
{
    const QString what =
        disabled ? QStringLiteral("disable users") : QStringLiteral("enable users");
    SD_CHECK(m_work.authorize(Role::Manager, what));
    User user;
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        SD_CHECK(checkStillManager(what));
        SD_TRY(user, existingUser(name));
        if (user.disabled == disabled)
            return QList<DomainEvent>{};
        if (disabled) {
            const std::optional<ActingUser> &acting = m_work.actingUser();
            if (acting && acting->name.compare(user.name, Qt::CaseInsensitive) == 0) {
                return Error::invalidState(
                    QStringLiteral("%1 cannot disable themselves while logged in; another "
                                   "manager can")
                        .arg(user.name),
                    because(user.name, QLatin1StringView("self")));
            }
            if (user.role == Role::Manager)
                SD_CHECK(checkAnotherManager(user, QStringLiteral("disable them")));
        }
        user.disabled = disabled;
        SD_CHECK(m_work.store().saveUserAccess(user));
        return QList<DomainEvent>{accessEvent(user)};
    });
    if (!done)
        return done.error();
    return user;
}

Result<User> UserService::unlockUser(const QString &name)
{
    const QString what = QStringLiteral("unlock users");
    SD_CHECK(m_work.authorize(Role::Manager, what));
    User user;
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        SD_CHECK(checkStillManager(what));
        SD_TRY(user, existingUser(name));
        if (user.failedLogins == 0 && !user.isLockedAt(m_work.now()))
            return QList<DomainEvent>{};
        user.failedLogins = 0;
        user.lockedUntil = QDateTime();
        SD_CHECK(m_work.store().saveLoginFailures(user));
        return QList<DomainEvent>{makeEvent(Events::UserUnlocked{user.name}, {})};
    });
    if (!done)
        return done.error();
    return user;
}

Result<int> UserService::minPinLength() const
{
    return m_work.store().minPinLength();
}

Status UserService::setMinPinLength(int length)
{
    const QString what = QStringLiteral("set the minimum PIN length");
    SD_CHECK(m_work.authorize(Role::Manager, what));
    SD_CHECK(UserRules::validateMinPinLength(length));
    auto done = m_work.run([&]() -> Result<QList<DomainEvent>> {
        SD_CHECK(checkStillManager(what));
        SD_CHECK(m_work.store().saveMinPinLength(length));
        return QList<DomainEvent>{};
    });
    if (!done)
        return done.error();
    return {};
}

} // namespace ShopDesk
