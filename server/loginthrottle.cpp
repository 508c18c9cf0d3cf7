#include "loginthrottle.h"

#include <algorithm>

namespace gc::server {

qint64 LoginThrottle::wait(QHash<QString, Window> &windows, const QString &key, int max, const QDateTime &now)
{
    const auto it = windows.find(key);
    if (it == windows.end())
        return 0;
    const qint64 left = now.secsTo(it->first.addSecs(m_policy.windowSecs));
    if (left <= 0) {
        windows.erase(it);
        return 0;
    }
    return it->failures >= max ? left : 0;
}

qint64 LoginThrottle::retryAfter(const QString &user, const QString &address, const QDateTime &now, const QString &credential)
{
    if (const auto it = m_credentials.constFind(user); it != m_credentials.constEnd() && *it != credential)
        unlock(user); // a new password: the guesses at the old one no longer count
    const qint64 userWait = knownAt(user, address, now) ? 0 : wait(m_users, user, m_policy.maxFailuresPerUser, now);
    return std::max({wait(m_pairs, pairKey(user, address), m_policy.maxFailuresPerUserAddress, now), userWait,
                     wait(m_addresses, address, m_policy.maxFailuresPerAddress, now)});
}

bool LoginThrottle::knownAt(const QString &user, const QString &address, const QDateTime &now) const
{
    const auto it = m_known.constFind(user);
    if (it == m_known.constEnd())
        return false;
    const auto at = it->constFind(address);
    return at != it->constEnd() && at->addDays(m_policy.knownAddressDays) > now;
}

void LoginThrottle::succeeded(const QString &user, const QString &address, const QDateTime &now)
{
    m_pairs.remove(pairKey(user, address));
    if (!m_known.contains(user) && m_known.size() >= m_policy.maxTracked)
        return; // bounded: a name beyond the bound simply has no known address
    QHash<QString, QDateTime> &addresses = m_known[user];
    addresses.insert(address, now);
    if (addresses.size() > m_policy.maxKnownAddressesPerUser) {
        auto oldest = addresses.begin();
        for (auto it = addresses.begin(); it != addresses.end(); ++it)
            if (it.value() < oldest.value())
                oldest = it;
        addresses.erase(oldest);
    }
}

void LoginThrottle::unlock(const QString &user)
{
    m_users.remove(user);
    m_credentials.remove(user);
    const QString prefix = pairKey(user, {});
    m_pairs.removeIf([&](const auto &w) { return w.key().startsWith(prefix); });
}

void LoginThrottle::count(QHash<QString, Window> &windows, const QString &key, const QDateTime &now)
{
    if (windows.size() >= m_policy.maxTracked) {
        windows.removeIf([&](const auto &w) { return w.value().first.addSecs(m_policy.windowSecs) <= now; });
        // Still full of live entries: new keys go uncounted rather than grow memory or evict the
        // counts of a name under attack (the address count still applies).
        if (windows.size() >= m_policy.maxTracked && !windows.contains(key))
            return;
    }
    Window &w = windows[key];
    if (w.failures == 0 || w.first.addSecs(m_policy.windowSecs) <= now)
        w = Window{now, 0};
    ++w.failures;
}

void LoginThrottle::failed(const QString &user, const QString &address, const QDateTime &now, const QString &credential)
{
    count(m_pairs, pairKey(user, address), now);
    count(m_users, user, now);
    count(m_addresses, address, now);
    if (m_credentials.size() >= m_policy.maxTracked)
        m_credentials.removeIf([this](const auto &c) { return !m_users.contains(c.key()); });
    if (m_users.contains(user)) // bounded with the counts it belongs to
        m_credentials.insert(user, credential);
}

} // namespace gc::server
