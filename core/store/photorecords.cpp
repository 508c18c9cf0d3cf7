#include "store/photorecords.h"
#include "store/timeuuid.h"
#include "photofiles/photojournal.h"
#include "photofiles/photoexif.h"
#include "photofiles/photostore.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeparts.h"

namespace gc::core {

PhotoRecords::PhotoRecords(const SqliteDb &db, const QString &photoDir, PhotoJournal *journal)
    : m_db(db), m_photoDir(photoDir), m_journal(journal)
{
}
PhotoRecords::~PhotoRecords() = default;

Result<std::unique_ptr<PhotoRecords>> PhotoRecords::open(const SqliteDb &db, const QString &photoDir, PhotoJournal *journal)
{
    std::unique_ptr<PhotoRecords> p(new PhotoRecords(db, photoDir, journal));
    auto st = db.prepare(QStringLiteral("INSERT OR REPLACE INTO photos (photo_id, sha256, asset_uuid, role, bytes, width, height, phash, mime, taken_at, "
                                        "lat, lon, added_at, added_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"));
    if (!st)
        return st.error();
    p->m_upsert = std::make_unique<Statement>(std::move(*st));
    return p;
}

Result<QString> PhotoRecords::storeFile(const QByteArray &bytes) const
{
    auto stored = PhotoStore(m_photoDir).add(bytes, [this](const QString &sha) -> VoidResult {
        return m_journal ? m_journal->note(sha) : VoidResult(Ok{});
    });
    if (!stored)
        return stored.error();
    return stored->sha256;
}

Result<PhotoRow> PhotoRecords::store(const QString &role, const QByteArray &bytes, const PhotoRow &meta) const
{
    auto stored = PhotoStore(m_photoDir).add(bytes, [this](const QString &sha) -> VoidResult {
        return m_journal ? m_journal->note(sha) : VoidResult(Ok{});
    });
    if (!stored)
        return stored.error();
    PhotoRow row = meta;
    row.photoId = timeOrderedUuid();
    row.sha256 = stored->sha256;
    row.role = role;
    row.bytes = stored->bytes;
    row.width = stored->width;
    row.height = stored->height;
    row.mime = stored->mime;
    // What the caller did not say, the photo itself does: its perceptual hash (for the duplicate
    // check against every other photo, by the hasher the photo checks registered) and the camera's
    // EXIF time and position.
    if (const auto hasher = storeparts::photoHasher(); row.phash.isEmpty() && hasher) {
        if (auto h = hasher(bytes))
            row.phash = *h;
    }
    if (row.takenAt.isEmpty() || row.lat.isNull()) {
        if (auto exif = readPhotoExif(bytes)) {
            if (row.takenAt.isEmpty() && exif->takenAt.isValid())
                row.takenAt = exif->takenAt.toUTC().toString(Qt::ISODate);
            if (row.lat.isNull() && exif->latitude && exif->longitude) {
                row.lat = *exif->latitude;
                row.lon = *exif->longitude;
            }
        }
    }
    return row;
}

bool PhotoRecords::referenced(const SqliteDb &db, const QString &sha256)
{
    // Cheapest first, stopping at the first that holds the file: the photos row (indexed) answers for
    // every recorded photo, so closing a store that saved 38,000 photos no longer reads the whole event
    // log once per photo (photos × events: over 20 minutes). Only a file no row holds costs a look
    // through the survey rows and the event log, which counts too: a row deleted behind the log must
    // not cost the file. (One EXISTS … OR EXISTS … ran every subquery, the log scan included.)
    static const char *const kHolders[] = {
        "SELECT 1 FROM photos WHERE sha256 = ?1 LIMIT 1",
        "SELECT 1 FROM survey_rows WHERE photo_sha256 = ?1 LIMIT 1",
        "SELECT 1 FROM asset_events WHERE instr(CAST(payload AS TEXT), ?1) > 0 LIMIT 1",
    };
    for (const char *sql : kHolders) {
        auto st = db.prepare(QString::fromLatin1(sql));
        if (!st)
            return true; // cannot tell: keep the file
        st->bind(1, sha256);
        if (st->step() || st->failed())
            return true;
    }
    return false;
}

VoidResult PhotoRecords::upsert(const PhotoRow &p)
{
    Statement &st = *m_upsert;
    st.bind(1, p.photoId).bind(2, p.sha256).bind(3, p.assetUuid.isEmpty() ? QString() : p.assetUuid).bind(4, p.role);
    st.bind(5, p.bytes).bind(6, p.width).bind(7, p.height);
    st.bind(8, p.phash.isEmpty() ? QString() : p.phash).bind(9, p.mime.isEmpty() ? QString() : p.mime);
    st.bind(10, p.takenAt.isEmpty() ? QString() : p.takenAt);
    st.bindVariant(11, p.lat).bindVariant(12, p.lon).bind(13, p.addedAt).bind(14, p.addedBy);
    return st.run();
}

Result<std::vector<PhotoRow>> PhotoRecords::rows(const QString &assetUuid) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT photo_id, sha256, asset_uuid, role, bytes, width, height, phash, mime, taken_at, lat, "
                                          "lon, added_at, added_by FROM photos %1 ORDER BY fid")
                               .arg(assetUuid.isEmpty() ? QString() : QStringLiteral("WHERE asset_uuid = ?1")));
    if (!st)
        return st.error();
    if (!assetUuid.isEmpty())
        st->bind(1, assetUuid);
    std::vector<PhotoRow> out;
    while (st->step()) {
        PhotoRow p;
        p.photoId = st->toText(0);
        p.sha256 = st->toText(1);
        p.assetUuid = st->toText(2);
        p.role = st->toText(3);
        p.bytes = st->toInt(4);
        p.width = int(st->toInt(5));
        p.height = int(st->toInt(6));
        p.phash = st->toText(7);
        p.mime = st->toText(8);
        p.takenAt = st->toText(9);
        p.lat = st->toVariant(10);
        p.lon = st->toVariant(11);
        p.addedAt = st->toText(12);
        p.addedBy = st->toText(13);
        out.push_back(std::move(p));
    }
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

} // namespace gc::core
