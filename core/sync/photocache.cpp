#include "sync/photocache.h"
#include "text.h"

#include "photofiles/photostore.h"
#include "store/assetstore.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace gc::core {

namespace {

const char *const kCacheDdl = R"(
CREATE TABLE IF NOT EXISTS "gc_photo_cache" ("sha256" TEXT NOT NULL, "rendition" TEXT NOT NULL, "bytes" INTEGER NOT NULL,
  "used_at" TEXT NOT NULL, PRIMARY KEY ("sha256", "rendition"));
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('gc_photo_cache', 'attributes', 'gc_photo_cache', '이 기기에 둔 다른 사람의 사진(썸네일, 미리보기, 원본) / others'' photos kept on this device (thumbnails, previews, originals)');
)";

const QString kMaxKey = QStringLiteral("photo.cache_max_bytes");

// Milliseconds with a sequence tie-break would be exact; ISO time with milliseconds orders the uses of
// one device well enough, and equal times evict in rowid order.
QString nowText() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

} // namespace

PhotoCache::PhotoCache(AssetStore &store) : m_store(store), m_dir(dirFor(store)) {}

QString PhotoCache::dirFor(const AssetStore &store)
{
    const QFileInfo fi(store.path());
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".photo-cache");
}

QString PhotoCache::bestLocal(const AssetStore &store, const QString &sha256)
{
    const QString own = PhotoStore(store.photoDir()).pathFor(sha256);
    if (own.isEmpty())
        return {};
    if (QFile::exists(own))
        return own;
    for (Rendition r : {Rendition::Original, Rendition::Preview, Rendition::Thumb}) {
        const QString cached = QStringLiteral("%1/%2.%3.jpg").arg(dirFor(store), sha256, renditionName(r));
        if (QFile::exists(cached))
            return cached;
    }
    return {};
}

VoidResult PhotoCache::prepare(AssetStore &store)
{
    const SqliteDb &db = StoreAccess::db(store);
    if (db.tableExists(QStringLiteral("gc_photo_cache")))
        return Ok{};
    Transaction tx(db);
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    if (auto r = db.exec(QString::fromUtf8(kCacheDdl)); !r)
        return r;
    return tx.commit();
}

VoidResult PhotoCache::setMaxBytes(AssetStore &store, qint64 bytes)
{
    if (bytes < 0)
        return makeError(ErrorCode::Invalid, gc::tx("%1: %2", kMaxKey, gc::tx(QT_TRANSLATE_NOOP("gc", "must be 0 or more"), kMaxKey)));
    auto st = StoreAccess::db(store).prepare(QStringLiteral("INSERT OR REPLACE INTO gc_meta (key, value) VALUES (?1, ?2)"));
    if (!st)
        return st.error();
    st->bind(1, kMaxKey).bind(2, QString::number(bytes));
    return st->run();
}

qint64 PhotoCache::maxBytes(const AssetStore &store)
{
    auto st = StoreAccess::db(store).prepare(QStringLiteral("SELECT value FROM gc_meta WHERE key = ?1"));
    if (!st)
        return kDefaultMaxBytes;
    st->bind(1, kMaxKey);
    bool ok = false;
    const qint64 v = st->step() ? st->toText(0).toLongLong(&ok) : 0;
    return ok && v >= 0 ? v : kDefaultMaxBytes;
}

Result<std::vector<std::pair<QString, Rendition>>> PhotoCache::wanted(const AssetStore &store, const DeviceRole &role)
{
    QString sql;
    std::vector<Rendition> renditions;
    if (role.role == QLatin1String("crew")) {
        sql = QStringLiteral("SELECT DISTINCT p.sha256 FROM photos p JOIN assets a ON a.uuid = p.asset_uuid "
                             "WHERE p.role = 'before' AND a.assignee = ?1 AND ?1 != ''");
        renditions = {Rendition::Thumb, Rendition::Preview};
    } else if (role.role == QLatin1String("department")) {
        sql = QStringLiteral("SELECT DISTINCT p.sha256 FROM photos p JOIN assets a ON a.uuid = p.asset_uuid "
                             "WHERE a.department = ?1 AND ?1 != ''");
        renditions = {Rendition::Thumb};
    } else if (role.role == QLatin1String("office") || role.role == QLatin1String("admin")) {
        sql = QStringLiteral("SELECT DISTINCT sha256 FROM photos WHERE ?1 = ?1");
        renditions = {Rendition::Thumb};
    } else {
        return std::vector<std::pair<QString, Rendition>>{};
    }
    auto st = StoreAccess::db(store).prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, role.department);
    const PhotoStore own(store.photoDir());
    std::vector<std::pair<QString, Rendition>> out;
    while (st->step()) {
        const QString sha = st->toText(0);
        const QString path = own.pathFor(sha);
        if (path.isEmpty() || QFile::exists(path))
            continue; // a malformed name, or this device's own photo
        for (Rendition r : renditions)
            out.emplace_back(sha, r);
    }
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

QString PhotoCache::cachePath(const QString &sha256, Rendition r) const
{
    if (PhotoStore(m_dir).pathFor(sha256).isEmpty())
        return {};
    return QStringLiteral("%1/%2.%3.jpg").arg(m_dir, sha256, renditionName(r));
}

std::optional<QString> PhotoCache::local(const QString &sha256, Rendition r) const
{
    const QString own = PhotoStore(m_store.photoDir()).pathFor(sha256);
    if (!own.isEmpty() && QFile::exists(own))
        return own;
    const QString cached = cachePath(sha256, r);
    if (!cached.isEmpty() && QFile::exists(cached))
        return cached;
    return std::nullopt;
}

VoidResult PhotoCache::put(const QString &sha256, Rendition r, const QByteArray &bytes)
{
    const QString path = cachePath(sha256, r);
    if (path.isEmpty())
        return makeError(ErrorCode::BadSha256, gc::tx(QT_TRANSLATE_NOOP("gc", "malformed photo name: %1"), sha256.left(80)));
    if (auto p = prepare(m_store); !p)
        return p;
    QDir().mkpath(m_dir);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return makeError(ErrorCode::Io, gc::tx("%1: %2", path, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot write: %2"), path, f.errorString())));
    auto st = StoreAccess::db(m_store).prepare(
        QStringLiteral("INSERT OR REPLACE INTO gc_photo_cache (sha256, rendition, bytes, used_at) VALUES (?1, ?2, ?3, ?4)"));
    if (!st)
        return st.error();
    st->bind(1, sha256).bind(2, renditionName(r)).bind(3, qint64(bytes.size())).bind(4, nowText());
    if (auto run = st->run(); !run)
        return run;
    return evictTo(maxBytes(m_store));
}

VoidResult PhotoCache::touch(const QString &sha256, Rendition r)
{
    if (!StoreAccess::db(m_store).tableExists(QStringLiteral("gc_photo_cache")))
        return Ok{};
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral("UPDATE gc_photo_cache SET used_at = ?3 WHERE sha256 = ?1 AND rendition = ?2"));
    if (!st)
        return st.error();
    st->bind(1, sha256).bind(2, renditionName(r)).bind(3, nowText());
    return st->run();
}

Result<qint64> PhotoCache::usedBytes() const
{
    if (!StoreAccess::db(m_store).tableExists(QStringLiteral("gc_photo_cache")))
        return qint64(0);
    return StoreAccess::db(m_store).scalarInt(QStringLiteral("SELECT coalesce(sum(bytes), 0) FROM gc_photo_cache"));
}

VoidResult PhotoCache::evictTo(qint64 bound)
{
    auto used = usedBytes();
    if (!used)
        return used.error();
    if (*used <= bound)
        return Ok{};
    const SqliteDb &db = StoreAccess::db(m_store);
    // The newest entry (just put) is the last to go: a cache smaller than one photo still shows it.
    auto oldest = db.prepare(QStringLiteral("SELECT sha256, rendition, bytes FROM gc_photo_cache ORDER BY used_at, rowid"));
    if (!oldest)
        return oldest.error();
    std::vector<std::pair<QString, QString>> drop;
    qint64 left = *used;
    auto count = db.scalarInt(QStringLiteral("SELECT count(*) FROM gc_photo_cache"));
    if (!count)
        return count.error();
    qint64 seen = 0;
    while (left > bound && oldest->step() && ++seen < *count) {
        drop.emplace_back(oldest->toText(0), oldest->toText(1));
        left -= oldest->toInt(2);
    }
    oldest->reset();
    Transaction tx(db);
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    auto del = db.prepare(QStringLiteral("DELETE FROM gc_photo_cache WHERE sha256 = ?1 AND rendition = ?2"));
    if (!del)
        return del.error();
    for (const auto &[sha, name] : drop) {
        del->reset();
        del->bind(1, sha).bind(2, name);
        if (auto r = del->run(); !r)
            return r;
    }
    if (auto c = tx.commit(); !c)
        return c;
    // Files go after the rows: a crash in between leaves a stray file, never a row without its file.
    for (const auto &[sha, name] : drop)
        QFile::remove(QStringLiteral("%1/%2.%3.jpg").arg(m_dir, sha, name));
    return Ok{};
}

} // namespace gc::core
