#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace gc::server {

struct ThrottlePolicy {
    int maxFailuresPerUser = 5;     // then the name rests, even with the right password
    int maxFailuresPerAddress = 30; // a shared mobile-carrier address serves several tablets
    qint64 windowSecs = 15 * 60;    // failures count within this window from the first
    int maxTracked = 10'000;        // names and addresses kept; a flood of made-up names cannot grow it past this
};

// Counts failed logins per user name and per peer address, in memory: a guesser gets 429 with the
// time to wait instead of unlimited argon2id checks. A restart forgets the counts, which only ever
// lets someone try again sooner, never locks anyone out for longer.
class LoginThrottle {
public:
    explicit LoginThrottle(ThrottlePolicy policy = {}) : m_policy(policy) {}

    // Seconds until this name or address may try again; 0 if it may now.
    qint64 retryAfter(const QString &user, const QString &address, const QDateTime &now);
    void failed(const QString &user, const QString &address, const QDateTime &now);
    void succeeded(const QString &user) { m_users.remove(user); }

private:
    struct Window {
        QDateTime first;
        int failures = 0;
    };
    qint64 wait(QHash<QString, Window> &windows, const QString &key, int max, const QDateTime &now);
    void count(QHash<QString, Window> &windows, const QString &key, const QDateTime &now);

    ThrottlePolicy m_policy;
    QHash<QString, Window> m_users, m_addresses;
};

} // namespace gc::server
