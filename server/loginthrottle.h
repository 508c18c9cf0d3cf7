#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace gc::server {

struct ThrottlePolicy {
    // One name from one address: the guesser there rests; its owner, elsewhere, logs in.
    int maxFailuresPerUserAddress = 5;
    // One name from everywhere: a guesser with many addresses is stopped too, and this is what may
    // then hold up the owner as well.
    int maxFailuresPerUser = 50;
    int maxFailuresPerAddress = 30; // a shared mobile-carrier address serves several tablets
    qint64 windowSecs = 15 * 60;    // failures count within this window from the first
    int maxTracked = 10'000;        // keys kept per count; a flood of made-up names cannot grow it past this
    // Where the name's owner logged in before (within this many days) it is not held up by the name's
    // global ceiling: a guesser with many addresses cannot lock the owner out of its own tablet. The
    // pair and address counts still apply there.
    qint64 knownAddressDays = 30;
    int maxKnownAddressesPerUser = 16;
};

// Counts failed logins per (user name, peer address), per user name and per address, in memory: a
// guesser gets 429 with the time to wait instead of unlimited argon2id checks, and the owner of the
// name, logging in from elsewhere, is not locked out by someone else's guesses. The counts of a name
// start over when its password hash changes (`user passwd`, `user enable`) or an admin unlocks it.
// A restart forgets the counts, which only ever lets someone try again sooner.
class LoginThrottle {
public:
    explicit LoginThrottle(ThrottlePolicy policy = {}) : m_policy(policy) {}

    // Seconds until this name may try again from this address; 0 if it may now. `credential` is the
    // user's password hash as the store has it now (empty for an unknown name).
    qint64 retryAfter(const QString &user, const QString &address, const QDateTime &now, const QString &credential = {});
    void failed(const QString &user, const QString &address, const QDateTime &now, const QString &credential = {});
    // The name's owner got in from this address: that pair's count starts over (the name's own count
    // does not, or a guesser elsewhere would be let go by each of the owner's logins), and the address
    // becomes one the owner is known at.
    void succeeded(const QString &user, const QString &address, const QDateTime &now);
    // Forgets every count of the name.
    void unlock(const QString &user);

private:
    struct Window {
        QDateTime first;
        int failures = 0;
    };
    static QString pairKey(const QString &user, const QString &address) { return user + QLatin1Char('\n') + address; }
    qint64 wait(QHash<QString, Window> &windows, const QString &key, int max, const QDateTime &now);
    bool knownAt(const QString &user, const QString &address, const QDateTime &now) const;
    void count(QHash<QString, Window> &windows, const QString &key, const QDateTime &now);

    ThrottlePolicy m_policy;
    QHash<QString, Window> m_pairs, m_users, m_addresses;
    QHash<QString, QString> m_credentials; // user → the password hash its counts were made against
    QHash<QString, QHash<QString, QDateTime>> m_known; // user → address → its owner's last login there
};

} // namespace gc::server
