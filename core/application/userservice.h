#pragma once

#include "result.h"
#include "user.h"

#include <QList>

#include <chrono>

namespace ShopDesk {

class UnitOfWork;

// Users and roles. A shop starts without users, and then needs no login; the first user is
// a manager, created without a login; after that only a manager adds users, and every
// service command needs a logged-in user (UnitOfWork::authorize).
//
// Users are rows of this terminal's database, like its settings: the PIN is kept only as a
// salted PBKDF2-HMAC-SHA256 key. Creating a user, changing a PIN or a role, disabling and
// enabling also record an event (UserCreated, UserPinChanged, UserRoleChanged, UserDisabled,
// UserEnabled) so that the log says who did it, but the payload carries the name and the role
// (or the disabled flag) only, never the PIN, its salt or its key: `events` and sync must not
// spread them. A user therefore exists on the terminal that created it.
//
// Users are never removed (events name them); a manager disables one instead. The shop always
// keeps an enabled manager: demoting or disabling the last one is refused.
//
// Refusals of the user-management commands that an adapter words itself carry
// details.reason: "lastManager" (InvalidState: no enabled manager would be left), "self"
// (InvalidState: a manager disabling themselves), "disabled" (Unauthorized: a disabled user's
// login, or a session of a user disabled since), "nameTaken" and "firstManager"
// (InvalidInput: a taken name; a first user who is not a manager), "pinTooShort" (InvalidInput:
// shorter than the shop's minimum, details.minPinLength), "locked" (Unauthorized: a login while
// the user is locked out, details.lockedUntil and details.secondsLeft).
//
// Guessing: every login attempt of a known user is counted in the database, in a write
// transaction, before its PIN is checked; an attempt that cannot be counted (the database is
// busy) is refused without checking the PIN. Every UserRules::MaxFailedLogins-th wrong PIN in a
// row locks the user out for a time that doubles each time (UserRules::lockoutAfter), for
// every process on the file; while locked, even the right PIN is refused, unchecked. A right
// PIN or a manager's unlockUser() starts the count again. Lockouts and unlocks are events
// (UserLockedOut, UserUnlocked). An unknown name and a wrong PIN get the same answer after the
// same work (a key is derived for an unknown name too) and the same failure delay. A read-only
// database cannot count: its logins are checked uncounted (whoever can read the file can test
// PINs against it offline anyway), but a lockout stored in it still holds.
class UserService
{
public:
    // About 30 ms per check on the 2-core reference machine (tst_userservice prints it):
    // slow enough to hurt guessing, quick enough not to keep a clerk waiting at login.
    static constexpr int DefaultIterations = 30000;
    static constexpr std::chrono::milliseconds DefaultFailureDelay{400};

    explicit UserService(UnitOfWork &work);

    // A refused login (wrong PIN, unknown user) returns no sooner than this after it began,
    // to slow down guessing. Tests make it short.
    void setFailureDelay(std::chrono::milliseconds delay) { m_failureDelay = delay; }
    std::chrono::milliseconds failureDelay() const { return m_failureDelay; }
    // PBKDF2 iterations for PINs set from now on; each user keeps the count it was set with.
    void setIterations(int iterations) { m_iterations = iterations; }
    int iterations() const { return m_iterations; }

    // Whether the shop has users yet; needs no login (a first-start wizard asks it).
    Result<bool> hasUsers() const;
    // The first manager of a shop without users; needs no login. InvalidState once a user
    // exists. Does not log in.
    Result<User> createFirstManager(const QString &name, const QString &pin);
    // Adds a user: a manager only, or the first user (who must be a manager) without a
    // login. InvalidInput for a bad name, a taken name or a PIN that is not 4-12 digits.
    Result<User> addUser(const QString &name, Role role, const QString &pin);
    // Every user (name, role, creation time, disabled), by name; needs a login once users
    // exist.
    Result<QList<User>> users() const;
    // Names and roles of the users who may log in (not the disabled ones) for a login dialog's
    // list; needs no login.
    Result<QList<ActingUser>> loginChoices() const;

    // Checks the PIN: the user on success; Unauthorized for an unknown user or a wrong PIN
    // (one message for both), a locked user (details.reason "locked") or a disabled user
    // (details.reason "disabled", said only once the PIN is right), after the failure delay.
    // Storage when the attempt cannot be counted. Does not change who is logged in.
    Result<ActingUser> authenticate(const QString &name, const QString &pin);
    // Authenticates and makes the user the acting one for every service command after it
    // (also to switch user). On failure, whoever was logged in is logged out.
    Result<ActingUser> logIn(const QString &name, const QString &pin);
    void logOut();

    // Sets a new PIN. The acting user changes their own with the current PIN; a manager
    // may set anyone's without it (currentPin ignored).
    Status changePin(const QString &name, const QString &currentPin, const QString &newPin);

    // The user-management commands below are a manager's (a logged-in one, still enabled and
    // still a manager in the database). NotFound for an unknown name. Each answers the user as
    // it is afterwards; asking for what already is changes nothing and records no event.
    //
    // A manager sets anyone's PIN without the current one (changePin), disabled users' too.
    Status resetPin(const QString &name, const QString &newPin);
    // Makes the user a clerk or a manager (UserRoleChanged). InvalidState ("lastManager") for
    // the last enabled manager. A manager who demotes themselves acts as a clerk at once.
    Result<User> changeRole(const QString &name, Role role);
    // Disables the user (UserDisabled): no login, not in loginChoices(). InvalidState for the
    // acting user themselves ("self") and for the last enabled manager ("lastManager").
    Result<User> disableUser(const QString &name);
    // Lets a disabled user log in again (UserEnabled).
    Result<User> enableUser(const QString &name);
    // Lifts the user's lockout and clears their failed logins (UserUnlocked); nothing when
    // there are none.
    Result<User> unlockUser(const QString &name);

    // The shortest PIN a new or changed PIN may have in this shop (UserRules::MinPinLength to
    // MaxPinLength, default MinPinLength); needs no login. Logins are not affected: an older,
    // shorter PIN keeps working until it is changed.
    Result<int> minPinLength() const;
    // A manager's; InvalidInput outside MinPinLength to MaxPinLength.
    Status setMinPinLength(int length);

private:
    // Inside the transaction of a user-management command: the acting user as the database
    // has it now must be an enabled manager (another terminal window may have changed them).
    Status checkStillManager(const QString &what) const;
    Result<User> existingUser(const QString &name) const;
    // InvalidState unless an enabled manager other than `user` exists.
    Status checkAnotherManager(const User &user, const QString &what) const;
    Result<User> setDisabled(const QString &name, bool disabled);
    struct Attempt;
    // In a write transaction: the user, and unless a lockout is running, the attempt counted
    // as a failure (and the lockout it would earn stored) before the PIN is checked.
    Result<Attempt> countAttempt(const QString &name);
    // After a wrong PIN that earned a lockout: records UserLockedOut, unless a right PIN or a
    // manager lifted it meanwhile.
    void recordLockout(const User &counted);
    // After a right PIN: the failures start again from none.
    void clearFailures(const QString &name);
    Result<User> insertUser(const QString &name, Role role, const QString &pin, bool first);
    User withPin(User user, const QString &pin) const;

    UnitOfWork &m_work;
    std::chrono::milliseconds m_failureDelay = DefaultFailureDelay;
    int m_iterations = DefaultIterations;
};

namespace Pin {
// PBKDF2-HMAC-SHA256 (RFC 8018) over QMessageAuthenticationCode: the same key as
// QPasswordDigestor::deriveKeyPbkdf2 with Sha256 (a test compares them), but that lives in
// QtNetwork, and the application layer uses QtCore alone.
QByteArray deriveKey(const QString &pin, const QByteArray &salt, int iterations, int length = 32);
// 16 bytes from QRandomGenerator::system().
QByteArray newSalt();
// Compares in time independent of where the keys differ.
bool sameKey(const QByteArray &a, const QByteArray &b);
} // namespace Pin

} // namespace ShopDesk
