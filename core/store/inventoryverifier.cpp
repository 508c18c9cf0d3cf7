#include "store/inventoryverifier.h"
#include "text.h"
#include "model/assetfields.h"
#include "store/assetstore.h"
#include "photofiles/photostore.h"
#include "store/schema.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeparts.h"
#include "store/storeaccess.h"

#include <QFile>

#include <set>

namespace gc::core {

namespace {

void checkStructure(const SqliteDb &db, InventoryVerifier::Report &r)
{
    auto v = Schema::version(db);
    if (!v) {
        r.problems << v.error().message();
        return;
    }
    if (*v != Schema::kLatest)
        r.problems << render(tx("schema: %1", tx(QT_TRANSLATE_NOOP("gc", "schema version %1, expected %2"), *v, Schema::kLatest)), Lang::Both);
    auto quick = db.scalarText(QStringLiteral("PRAGMA quick_check"));
    if (!quick || *quick != QLatin1String("ok"))
        r.problems << render(tx("sqlite: %1", tx(QT_TRANSLATE_NOOP("gc", "the file is damaged: %1"), quick ? *quick : quick.error().message())), Lang::Both);
    for (const char *t : {"gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns", "gpkg_extensions", "assets", "dongs",
                          "asset_events", "photos", "rtree_assets_geom", "rtree_dongs_geom"}) {
        if (!db.tableExists(QLatin1String(t)))
            r.problems << render(tx("%1: %2", QLatin1String(t), tx(QT_TRANSLATE_NOOP("gc", "table missing"))), Lang::Both);
    }
    for (const char *t : {"survey_campaigns", "survey_submissions", "survey_rows", "gc_users", "place_proposals"}) {
        if (!db.tableExists(QLatin1String(t)))
            r.problems << render(tx("%1: %2", QLatin1String(t), tx(QT_TRANSLATE_NOOP("gc", "table missing"))), Lang::Both);
    }
    for (const char *t : {"assets", "dongs", "asset_events", "photos", "survey_campaigns", "survey_submissions", "survey_rows",
                          "gc_users", "place_proposals"}) {
        auto st = db.prepare(QStringLiteral("SELECT count(*) FROM gpkg_contents WHERE table_name = ?1"));
        if (st) {
            st->bind(1, t);
            if (st->step() && st->toInt(0) != 1)
                r.problems << render(tx("gpkg_contents: %1", tx(QT_TRANSLATE_NOOP("gc", "%1 is not registered"), QLatin1String(t))), Lang::Both);
        }
    }
    // The spatial index must hold exactly the located assets, with their coordinates (the R-tree
    // keeps 32-bit floats rounded outwards, so a box around the point, not the point itself).
    auto bad = db.scalarInt(QStringLiteral(
        "SELECT count(*) FROM assets a LEFT JOIN rtree_assets_geom r ON r.id = a.fid WHERE a.geom IS NOT NULL AND "
        "(r.id IS NULL OR NOT (r.minx <= ST_MinX(a.geom) AND r.maxx >= ST_MaxX(a.geom) AND r.miny <= ST_MinY(a.geom) AND "
        "r.maxy >= ST_MaxY(a.geom) AND r.maxx - r.minx < 1 AND r.maxy - r.miny < 1))"));
    auto extra = db.scalarInt(QStringLiteral("SELECT count(*) FROM rtree_assets_geom r LEFT JOIN assets a ON a.fid = r.id WHERE a.fid IS NULL OR a.geom IS NULL"));
    if (bad && *bad > 0)
        r.problems << render(tx("rtree_assets_geom: %1", tx(QT_TRANSLATE_NOOP("gc", "%1 assets missing or wrong in the spatial index"), *bad)), Lang::Both);
    if (extra && *extra > 0)
        r.problems << render(tx("rtree_assets_geom: %1", tx(QT_TRANSLATE_NOOP("gc", "%1 index entries point to no asset"), *extra)), Lang::Both);
    auto dup = db.prepare(QStringLiteral("SELECT code, count(*) FROM assets GROUP BY code HAVING count(*) > 1 LIMIT 20"));
    if (dup) {
        while (dup->step())
            r.problems << render(tx("assets: %1", tx(QT_TRANSLATE_NOOP("gc", "code %1 used %2 times"), dup->toText(0), dup->toInt(1))), Lang::Both);
    }
}

} // namespace

namespace {

// Compares each table with the fold of the event log, counting what differs into the report.
class Verification {
public:
    explicit Verification(InventoryVerifier::Report &r) : m_r(r) {}

    // `outside`: a row of `assets` added, changed or deleted behind the log, which `adopt` turns into events.
    void report(const QString &line, bool outside = false)
    {
        ++(outside ? m_r.outsideEdits : m_r.damage);
        if (++m_reported <= 200)
            m_r.problems << line;
    }
    // A table that could not be read at all.
    void unreadable(const Error &e)
    {
        m_r.problems << e.message();
        ++m_r.damage;
    }
    void finish()
    {
        if (m_reported > 200)
            m_r.problems << QStringLiteral("… %1 more").arg(m_reported - 200);
    }

    void compareAssets(const std::vector<Asset> &stored, const std::map<QString, Asset> &logged);
    void comparePhotos(const AssetStore &store, const std::vector<PhotoRow> &photos, const std::map<QString, PhotoRow> &logged);

private:
    InventoryVerifier::Report &m_r;
    int m_reported = 0;
};

void Verification::compareAssets(const std::vector<Asset> &stored, const std::map<QString, Asset> &logged)
{
    std::set<QString> seen;
    for (const Asset &a : stored) {
        seen.insert(a.uuid);
        const auto it = logged.find(a.uuid);
        if (it == logged.end()) {
            report(render(tx("assets: %1 (%2) %3", a.code, a.uuid, tx(QT_TRANSLATE_NOOP("gc", "row not produced by the event log"))), Lang::Both), true);
            continue;
        }
        const QStringList diff = assetfields::differences(it->second, a);
        if (!diff.isEmpty())
            report(render(tx("assets: %1 %2", a.code, tx(QT_TRANSLATE_NOOP("gc", "differs from its event log in: %1"), diff.join(QStringLiteral(", ")))), Lang::Both), true);
    }
    for (const auto &[uuid, a] : logged) {
        if (!seen.count(uuid))
            report(render(tx("assets: %1 (%2) %3", a.code, uuid, tx(QT_TRANSLATE_NOOP("gc", "in the log but missing from the table"))), Lang::Both), true);
    }
}

void Verification::comparePhotos(const AssetStore &store, const std::vector<PhotoRow> &photos, const std::map<QString, PhotoRow> &logged)
{
    std::set<QString> seenPhotos;
    const PhotoStore files(store.photoDir());
    const SqliteDb &db = StoreAccess::db(store);
    const bool synced = db.tableExists(QStringLiteral("gc_sync"));
    auto serverKeeps = [&](const QString &sha) {
        if (!synced)
            return false;
        auto st = db.prepare(QStringLiteral("SELECT 1 FROM gc_sync WHERE kind = 'photo' AND ref = ?1 AND acked_at != 'baseline'"));
        if (!st)
            return false;
        st->bind(1, sha);
        return st->step();
    };
    for (const PhotoRow &p : photos) {
        seenPhotos.insert(p.photoId);
        const auto it = logged.find(p.photoId);
        if (it == logged.end())
            report(render(tx("photos: %1 %2", p.photoId, tx(QT_TRANSLATE_NOOP("gc", "photo row not produced by the event log"))), Lang::Both));
        else if (!(it->second == p))
            report(render(tx("photos: %1 %2", p.photoId, tx(QT_TRANSLATE_NOOP("gc", "differs from its event log"))), Lang::Both));
        const QString path = files.pathFor(p.sha256);
        if (!QFile::exists(path)) {
            // Another device's photo is the sync server's to keep; this device holds what its role needs
            // of it (W3.4). Only a photo the server does not hold must have its file here (a demo's
            // baseline has no server).
            if (!serverKeeps(p.sha256))
                report(render(tx("photos: %1", tx(QT_TRANSLATE_NOOP("gc", "file missing: %1"), path)), Lang::Both));
        }
        else if (PhotoStore::sha256OfFile(path) != p.sha256)
            report(render(tx("photos: %1", tx(QT_TRANSLATE_NOOP("gc", "hash mismatch (file damaged): %1"), path)), Lang::Both));
    }
    for (const auto &[id, p] : logged) {
        if (!seenPhotos.count(id))
            report(render(tx("photos: %1 %2", id, tx(QT_TRANSLATE_NOOP3("gc", "in the log but missing from the table", "inventoryverifier"))), Lang::Both));
    }
}

} // namespace

InventoryVerifier::Report InventoryVerifier::run(const AssetStore &store)
{
    Report r;
    checkStructure(StoreAccess::db(store), r);
    r.events = store.eventCount();
    r.damage = r.problems.size();
    Verification check(r);

    auto replayed = store.replay();
    if (!replayed) {
        check.unreadable(replayed.error());
        return r;
    }
    auto stored = store.assets();
    if (!stored) {
        check.unreadable(stored.error());
        return r;
    }
    r.assets = qint64(stored->size());
    check.compareAssets(*stored, replayed->assets);
    auto photos = store.photos();
    if (!photos) {
        check.unreadable(photos.error());
        return r;
    }
    r.photos = qint64(photos->size());
    check.comparePhotos(store, *photos, replayed->photos);
    // The registered parts' tables (the survey tables, W1.6; the field crews', W1.4): the same fold
    // over the log must give exactly the stored rows.
    const StorePart::Findings findings{[&](const QString &line) { check.report(line); },
                                       [&](const QString &error) { check.unreadable(makeError(ErrorCode::Verify, error)); }};
    for (const auto &part : storeparts::all())
        part->verify(StoreAccess::db(store), *replayed, findings);
    check.finish();
    return r;
}

} // namespace gc::core
