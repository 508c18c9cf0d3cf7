#pragma once

#include "model/asset.h"
#include "model/event.h"
#include "store/eventreducer.h"
#include "result.h"
#include "model/surveyrecords.h"

#include <map>
#include <vector>

namespace gc::core {

class AssetTable;
class EventLog;
class PhotoRecords;
class SqliteDb;
class StorePart;

// What the log folds into, in memory (AssetStore::replay, `verify`).
struct ProjectedState {
    std::map<QString, Asset> assets;
    std::map<QString, PhotoRow> photos; // by photo_id
    SurveyBook surveys;                 // the survey tables (W1.6)
};

// Materializes the event log into the tables the app reads: `assets`, `photos`, and the tables of
// the registered store parts (store/storeparts.h: the survey tables, the field crews' tables). Each
// event feeds one of them, and targetOf() is the one place that decides which, for new events, for
// a rebuild and for the in-memory fold alike.
class Projection {
public:
    enum class Target {
        Assets,      // asset.created / updated / status (of a named asset)
        Photos,      // photo.added
        Part,        // a registered store part's (survey.*: the survey tables; user.*, place.*: field tables)
        None,        // kept in the log for later versions; nothing to materialize yet
    };
    static Target targetOf(const Event &e);

    Projection(const SqliteDb &db, AssetTable &assets, PhotoRecords &photos, EventLog &log);

    // After `e` was appended to the log, in the same transaction. An asset event older than the
    // asset's row (out of order from another device) replays that asset from the log.
    VoidResult apply(const Event &e);
    // Rewrites every materialized table from `log` (all of it, in log order); call inside a transaction.
    VoidResult rebuild(const std::vector<Event> &log);
    // Folds the log in memory, touching no table, fed one event at a time in log order (the log is
    // read as a stream, never held whole). Field events are left out: those tables refold from the log.
    class Fold {
    public:
        void add(const Event &e);
        ProjectedState finish();

    private:
        ProjectedState m_out;
        std::map<QString, bool> m_exists;
    };
    // Rewrites one asset's row from its events (removing it when they leave it deleted).
    VoidResult replayAsset(const QString &uuid);

    // A merged batch: a part's event out of order (survey.*) marks its tables stale instead of
    // refolding them at once, and finish() refolds them once for the whole batch. Ends with its scope.
    class Batch {
    public:
        explicit Batch(Projection &p) : m_p(p) { m_p.m_batch = true; }
        ~Batch()
        {
            m_p.m_batch = false;
            m_p.m_stale.clear();
        }
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        VoidResult finish();

    private:
        Projection &m_p;
    };

private:
    VoidResult applyPart(const Event &e);

    const SqliteDb &m_db;
    AssetTable &m_assets;
    PhotoRecords &m_photos;
    EventLog &m_log;
    bool m_batch = false;
    std::vector<const StorePart *> m_stale; // parts whose tables the batch's finish() refolds
};

} // namespace gc::core
