#include "syncstore.h"
#include "text.h"

#include "gpkgstore.h"
#include "pgstore.h"
#include "sync/conflictrule.h"

#include <algorithm>

namespace gc::server {

QString roleName(Role r)
{
    switch (r) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Office: return QStringLiteral("office");
    case Role::Crew: return QStringLiteral("crew");
    case Role::Department: return QStringLiteral("department");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Admin, Role::Office, Role::Crew, Role::Department}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

Result<bool> AccountStore::disableUser(const QString &userName)
{
    auto u = user(userName);
    if (!u)
        return u.error();
    if (!*u)
        return false;
    if ((*u)->disabled()) { // locked already: still make sure no session is left
        auto ended = endSessions(userName);
        if (!ended)
            return ended.error();
        return true;
    }
    return setPassword(userName, QString(User::kDisabledMark) + (*u)->passwordHash);
}

void EventStore::pushAll(const std::vector<PushJob *> &jobs)
{
    for (PushJob *j : jobs)
        j->outcome = push(*j->events, j->baseCursor, j->pusher);
}

Result<std::unique_ptr<SyncStore>> SyncStore::connectAnother() { return std::unique_ptr<SyncStore>(); }

bool SyncStore::isPostgresUrl(const QString &store)
{
    return store.startsWith(QLatin1String("postgresql://")) || store.startsWith(QLatin1String("postgres://"));
}

Result<std::unique_ptr<SyncStore>> SyncStore::open(const QString &store)
{
    if (isPostgresUrl(store)) {
        auto s = PgStore::open(store);
        if (!s)
            return s.error();
        return std::unique_ptr<SyncStore>(std::move(*s));
    }
    auto s = GpkgStore::open(store);
    if (!s)
        return s.error();
    return std::unique_ptr<SyncStore>(std::move(*s));
}

Result<std::unique_ptr<SyncStore>> SyncStore::create(const QString &store)
{
    if (isPostgresUrl(store)) {
        auto s = PgStore::create(store);
        if (!s)
            return s.error();
        return std::unique_ptr<SyncStore>(std::move(*s));
    }
    auto s = GpkgStore::create(store);
    if (!s)
        return s.error();
    return std::unique_ptr<SyncStore>(std::move(*s));
}

Result<qint64> EventStore::trustedBase(qint64 claimed, const QString &pusher)
{
    if (pusher.isEmpty())
        return claimed;
    auto s = served(pusher);
    if (!s)
        return s.error();
    return core::conflictrule::trustedBase(claimed, *s);
}

Result<qint64> EventStore::servedFrom(qint64 claimedAfter, const QString &reader)
{
    if (reader.isEmpty())
        return claimedAfter;
    auto s = served(reader);
    if (!s)
        return s.error();
    return std::min(claimedAfter, *s);
}

VoidResult PhotoFiles::checkQuota(const QString &sha256, qint64 open, qint64 openBytes, qint64 total, const UploadQuota &quota)
{
    if (open >= quota.maxOpenUploads)
        return makeError(ErrorCode::TooManyUploads,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "photo %1: you already have %2 unfinished photo uploads (at most %3); finish one first"), sha256.left(12), open, quota.maxOpenUploads));
    if (openBytes + total > quota.maxOpenBytes)
        return makeError(ErrorCode::UploadBytes,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "photo %1: your unfinished photo uploads would exceed %2 MB together"), sha256.left(12), quota.maxOpenBytes >> 20));
    return Ok{};
}

} // namespace gc::server
