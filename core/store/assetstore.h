#pragma once

#include "model/asset.h"
#include "model/event.h"
#include "store/eventlog.h"
#include "store/eventreducer.h"
#include "result.h"
#include "store/projection.h"
#include "model/surveyrecords.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace gc::core {

struct AssetStatusPayload;
class AssetTable;
class DongLocator;
class PhotoJournal;
class PhotoRecords;
class SqliteDb;

// The inventory: one GeoPackage file plus its photo folder. Every change goes through the event log;
// the `assets` and `photos` tables are materialized from it in the same transaction.
//
// The front door callers use; the work is done by the parts it owns, each in its own file:
// InventoryFile (opening, migrations), EventLog (stamping, appending, reading the log), Projection
// (materializing events into tables, one dispatch by event kind), AssetTable and PhotoRecords (the
// `assets` rows; the photo files and `photos` rows).
class AssetStore {
public:
    enum class Access { ReadOnly, ReadWrite };

    // Opens an existing inventory (migrating it to the current schema when writable).
    static Result<std::unique_ptr<AssetStore>> open(const QString &path, Access access = Access::ReadWrite);
    // Creates a new inventory with the district's dong layer; refuses to touch an existing file.
    static Result<std::unique_ptr<AssetStore>> create(const QString &path);
    ~AssetStore();

    const QString &path() const { return m_path; }
    // Folder beside the GeoPackage that holds the photos, named by SHA-256.
    QString photoDir() const;
    bool readOnly() const { return m_readOnly; }
    // The district's dongs, loaded once per open store (reference data: it never changes).
    Result<const DongLocator *> dongs() const;

    // Who is writing: the actor (user name) and the device stamped on every event (by default the host
    // name and this file's own device id, see ownDevice()).
    void setIdentity(const QString &actor, const QString &device);
    const QString &actor() const;
    QString device() const;

    // --- writes (each call is one transaction) ---
    Result<std::vector<Event>> record(const std::vector<NewEvent> &events);
    // Events from another device: idempotent by id; out-of-order ones replay the assets they touch.
    // Returns how many were new.
    Result<int> merge(const std::vector<Event> &events);
    // Validates, gives the asset a uuid and (if empty) a code, and records asset.created.
    Result<Asset> addAsset(Asset asset);
    // Bulk add in one transaction (import, demo); all or nothing. `progress` gets (done, total);
    // `wallMs` backdates the created events (history being backfilled).
    Result<int> addAssets(std::vector<Asset> &assets, const std::function<void(qint64, qint64)> &progress = {},
                          qint64 wallMs = 0);
    VoidResult updateAsset(const QString &uuid, const QJsonObject &changes);
    // A status change that follows the rollout rules (planned → assigned → installed → verified …).
    VoidResult setStatus(const QString &uuid, const QString &status, const QString &reason = {},
                         const QJsonObject &extra = {});
    // The same with the whole typed payload (model/payloads.h); needs_attention needs its reason.
    VoidResult setStatus(const QString &uuid, const AssetStatusPayload &payload);

    // Stores the photo file (content-addressed, durable) and records photo.added for the asset.
    // `meta` may carry taken_at, lat, lon and phash; the rest is read from the file.
    Result<PhotoRow> attachPhoto(const QString &assetUuid, const QString &role, const QByteArray &bytes,
                                 const PhotoRow &meta = {});
    // The file half of attachPhoto: stores the file durably and returns its row (phash, EXIF filled)
    // without recording it, for callers that record it with other events in one transaction.
    Result<PhotoRow> storePhoto(const QString &role, const QByteArray &bytes, const PhotoRow &meta = {});
    // The file alone, for a photo whose row comes with synced events: stored durably (and noted in the
    // photo journal until an event records it). Returns its SHA-256.
    Result<QString> storePhotoFile(const QByteArray &bytes);

    // Edits found outside the log (goodcity-cli adopt), in one transaction: drops the outside rows
    // `dropFids` (added with no usable uuid; their asset.created carries a new one), appends `events`,
    // then rewrites every asset the events or `restoreUuids` name from its whole history, so the table
    // is the log's fold again (a conflicting outside value gives way to the newer event).
    Result<std::vector<Event>> recordAdopted(const std::vector<NewEvent> &events, const std::vector<qint64> &dropFids,
                                             const std::vector<QString> &restoreUuids);

    // --- reads ---
    std::optional<Asset> asset(const QString &uuid) const;
    std::optional<Asset> assetByCode(const QString &code) const;
    Result<std::vector<Asset>> assets() const;
    // The same rows one at a time in fid order, none kept, with each row's fid and last_hlc.
    VoidResult forEachAsset(const std::function<void(const Asset &, qint64 fid, const QString &lastHlc)> &visit) const;
    Result<std::vector<Event>> events(const QString &assetUuid = {}) const;
    Result<std::vector<PhotoRow>> photos(const QString &assetUuid = {}) const;
    qint64 assetCount() const;
    qint64 eventCount() const;
    // fid of the newest event (0 when the log is empty): it moves whenever anything is recorded or
    // merged, so a view polls it to know when to refresh.
    Result<qint64> lastEventFid() const;
    // fids of assets whose point lies in the window (EPSG:5186), through the GeoPackage R-tree.
    Result<std::vector<qint64>> idsInWindow(double minX, double minY, double maxX, double maxY) const;
    // Next free readable code for a category, e.g. GC-SIGN-005125.
    QString nextCode(const QString &category) const;

    // --- replay ---
    using Replayed = ProjectedState;
    // Folds the whole log in memory, touching no table.
    Result<Replayed> replay() const;
    // Rewrites the materialized tables from the log.
    VoidResult rebuild();

private:
    VoidResult recordStatus(const QString &uuid, const AssetStatusPayload &payload, const QString &reason);
    friend struct StoreAccess; // the connection, for core only: see store/storeaccess.h
    const SqliteDb &db() const { return *m_db; }

    AssetStore();
    static Result<std::unique_ptr<AssetStore>> openDb(const QString &path, Access access, bool creating);
    VoidResult requireWritable() const;
    // The device name a writable store stamps unless setIdentity names one: this machine's host name,
    // a label for people, and the first 8 characters of the file's own device id (gc_meta device.id,
    // made once for this file on this machine).
    Result<QString> ownDevice();

    // Declared first, destroyed last: the parts hold statements on the connection.
    std::unique_ptr<SqliteDb> m_db;
    std::unique_ptr<PhotoJournal> m_journal; // writable stores: the photo folder's lock and journal
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<AssetTable> m_assets;
    std::unique_ptr<PhotoRecords> m_photos;
    std::unique_ptr<Projection> m_projection;
    mutable std::unique_ptr<DongLocator> m_dongs;
    QString m_path;
    bool m_readOnly = false;
};

} // namespace gc::core
