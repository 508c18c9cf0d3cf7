#include "store/inventoryfile.h"
#include "text.h"
#include "store/districtdata.h"
#include "gpkggeometry.h"
#include "store/schema.h"
#include "store/sqlitedb.h"
#include "store/statement.h"

#include <sqlite3.h>

#include <algorithm>

namespace gc::core {

Result<SqliteDb> InventoryFile::open(const QString &path, Mode mode, bool *readOnly)
{
    const bool creating = mode == Mode::Create;
    auto db = SqliteDb::open(path, creating ? SqliteDb::Mode::Create
                                   : mode == Mode::OpenReadOnly ? SqliteDb::Mode::ReadOnly
                                                                : SqliteDb::Mode::ReadWrite);
    if (!db)
        return db.error();
    const bool ro = mode == Mode::OpenReadOnly || sqlite3_db_readonly(db->handle(), "main") == 1;
    *readOnly = ro;
    if (!gpkg::registerSpatialFunctions(db->handle()))
        return makeError(ErrorCode::Sqlite, db->lastError());

    // Read-only checks first: a file that is not ours, or is newer, must be left exactly as it was.
    auto version = Schema::version(*db);
    if (!version)
        return version.error();
    if (*version == 0 && !creating)
        return makeError(ErrorCode::NotInventory,
                         gc::tx("%1: %2", path, gc::tx(QT_TRANSLATE_NOOP("gc", "an empty database, not an inventory"))));
    if (*version != 0) {
        if (auto ok = Schema::checkIsInventory(*db); !ok)
            return ok.error();
    }
    if (*version != Schema::kLatest) {
        if (ro)
            return makeError(ErrorCode::ReadOnly,
                             gc::tx("%1: %2", path, gc::tx(QT_TRANSLATE_NOOP("gc", "the file is read-only and needs a schema upgrade; make it writable or open a copy"))));
        if (auto m = Schema::migrate(*db); !m)
            return m.error();
        if (creating) {
            if (auto d = installDongs(*db); !d)
                return d.error();
        }
    }
    (void)db->exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY"));
    if (!ro) {
        // SQLite's default 2 MB page cache: a write transaction raises it while it lasts (Transaction),
        // so bulk imports do not spill to the WAL again and again, but pages read once (the app's start:
        // the work list, counts, the map) are not held for the whole session (BM_AppStartMyWork).
        // WAL keeps readers (the map, the dashboard) going while a crew saves; FULL makes a commit
        // survive a pulled battery.
        if (auto r = db->exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL")); !r)
            return r.error();
    }
    return db;
}

VoidResult InventoryFile::installDongs(const SqliteDb &db)
{
    auto dongs = DistrictData::dongs();
    if (!dongs)
        return dongs.error();
    auto ins = db.prepare(QStringLiteral("INSERT INTO dongs (geom, adm_code, name_ko, name_en) VALUES (?1, ?2, ?3, ?4)"));
    if (!ins)
        return ins.error();
    Transaction tx(db);
    gpkg::Envelope all{1e300, -1e300, 1e300, -1e300, false};
    for (const auto &d : *dongs) {
        ins->reset();
        ins->bind(1, gpkg::wrapWkb(d.wkb, Schema::kSrsId, d.env)).bind(2, d.admCode).bind(3, d.nameKo).bind(4, d.nameEn);
        if (auto r = ins->run(); !r)
            return r;
        all.minX = std::min(all.minX, d.env.minX);
        all.maxX = std::max(all.maxX, d.env.maxX);
        all.minY = std::min(all.minY, d.env.minY);
        all.maxY = std::max(all.maxY, d.env.maxY);
    }
    auto ext = db.prepare(QStringLiteral("UPDATE gpkg_contents SET min_x = ?1, min_y = ?2, max_x = ?3, max_y = ?4 "
                                         "WHERE table_name IN ('dongs', 'assets')"));
    if (!ext)
        return ext.error();
    ext->bind(1, all.minX).bind(2, all.minY).bind(3, all.maxX).bind(4, all.maxY);
    if (auto r = ext->run(); !r)
        return r;
    return tx.commit();
}

} // namespace gc::core
