#pragma once

#include "domain/asset.h"
#include "log/event.h"
#include "log/eventreducer.h"
#include "result.h"
#include "survey/surveyrecords.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace gc::core {

class SqliteDb;
class HybridClock;
class DongLocator;
class Statement;

// An event to record: the store stamps it with id, clock, time, actor and device.
struct NewEvent {
    QString kind;
    QString assetUuid;
    QJsonObject payload;
    qint64 wallMs = 0; // when it happened, if not now (backfilled history, the demo); the clock stays monotonic
    QString actor = {}; // who did it, if not the store's actor (backfilled history)
};

// The inventory: one GeoPackage file plus its photo folder. Every change goes through the event log;
// the `assets` and `photos` tables are materialized from it in the same transaction.
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
    const SqliteDb &db() const { return *m_db; }
    // The district's dongs, loaded once per open store (reference data: it never changes).
    Result<const DongLocator *> dongs() const;

    // Who is writing: the actor (user name) and the device stamped on every event.
    void setIdentity(const QString &actor, const QString &device);
    const QString &actor() const { return m_actor; }
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

    // Stores the photo file (content-addressed, durable) and records photo.added for the asset.
    // `meta` may carry taken_at, lat, lon and phash; the rest is read from the file.
    Result<PhotoRow> attachPhoto(const QString &assetUuid, const QString &role, const QByteArray &bytes,
                                 const PhotoRow &meta = {});
    // The file half of attachPhoto: stores the file durably and returns its row (phash, EXIF filled)
    // without recording it, for callers that record it with other events in one transaction.
    Result<PhotoRow> storePhoto(const QString &role, const QByteArray &bytes, const PhotoRow &meta = {});

    // --- reads ---
    std::optional<Asset> asset(const QString &uuid) const;
    std::optional<Asset> assetByCode(const QString &code) const;
    Result<std::vector<Asset>> assets() const;
    Result<std::vector<Event>> events(const QString &assetUuid = {}) const;
    Result<std::vector<PhotoRow>> photos(const QString &assetUuid = {}) const;
    qint64 assetCount() const;
    qint64 eventCount() const;
    // fids of assets whose point lies in the window (EPSG:5186), through the GeoPackage R-tree.
    Result<std::vector<qint64>> idsInWindow(double minX, double minY, double maxX, double maxY) const;
    // Next free readable code for a category, e.g. GC-SIGN-005125.
    QString nextCode(const QString &category) const;

    // --- replay ---
    struct Replayed {
        std::map<QString, Asset> assets;
        std::map<QString, PhotoRow> photos; // by photo_id
        SurveyBook surveys;                 // the survey tables (W1.6)
    };
    // Folds the whole log in memory, touching no table.
    Result<Replayed> replay() const;
    // Rewrites the materialized tables from the log.
    VoidResult rebuild();

private:
    AssetStore();
    static Result<std::unique_ptr<AssetStore>> openDb(const QString &path, Access access, bool creating);
    VoidResult installDongs();
    VoidResult writeEvent(const Event &e, bool ignoreDuplicate, bool *inserted = nullptr);
    VoidResult materialize(const Event &e);
    VoidResult upsertAsset(const Asset &a, const QString &lastHlc, bool isNew = false);
    Statement &bindAsset(Statement &st, const Asset &a, const QString &lastHlc);
    VoidResult upsertPhoto(const PhotoRow &p);
    VoidResult replayAsset(const QString &uuid);
    Event stamp(const NewEvent &n);
    std::optional<Asset> readAsset(const QString &where, const QString &value) const;

    struct Statements;
    std::unique_ptr<SqliteDb> m_db;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<Statements> m_st;
    mutable std::unique_ptr<DongLocator> m_dongs;
    QString m_path;
    QString m_actor;
    bool m_readOnly = false;
};

} // namespace gc::core
