#pragma once

#include "syncstore.h"

#include <memory>
#include <mutex>

namespace gc::core {
class AssetStore;
class EventFeed;
class SqliteDb;
} // namespace gc::core

namespace gc::server {

// What the parts of one GpkgStore connection share: its private server file and the writer lock
// (see GpkgStore). Held by reference, so the lock connectAnother() hands a connection is theirs too.
class GpkgPart {
public:
    GpkgPart(std::unique_ptr<core::SqliteDb> &db, std::shared_ptr<std::recursive_mutex> &writer) : m_db(db), m_writer(writer) {}

protected:
    std::unique_ptr<core::SqliteDb> &m_db;
    std::shared_ptr<std::recursive_mutex> &m_writer;
};

// Users and sessions, in the private server file.
class GpkgAccounts final : public AccountStore, private GpkgPart {
public:
    using GpkgPart::GpkgPart;
    VoidResult addUser(const User &user) override;
    Result<std::optional<User>> user(const QString &name) override;
    VoidResult addSession(const QString &tokenHash, const QString &userName, const QDateTime &expiresUtc) override;
    Result<std::optional<User>> sessionUser(const QString &tokenHash, const QDateTime &nowUtc) override;
    Result<bool> setPassword(const QString &userName, const QString &passwordHash) override;
    VoidResult endSession(const QString &tokenHash) override;
    Result<int> endSessions(const QString &userName) override;

private:
    Result<std::optional<User>> readUser(const QString &sql, const QString &a, const QString &b = {});
};

// The refusal log, in the private server file.
class GpkgRefusals final : public RefusalStore, private GpkgPart {
public:
    using GpkgPart::GpkgPart;
    VoidResult logRefusals(const std::vector<Refusal> &batch, qint64 keepRows) override;
    Result<qint64> refusalCount() override;
};

// The embedded store for one office PC: the inventory GeoPackage itself (its event log, asset layer
// and photo folder, through AssetStore) plus a private SQLite file beside it for users, sessions,
// conflicts and refusals, so that password hashes never travel with a GeoPackage opened in QGIS.
// The sequence number of an event is its asset_events fid, which only grows.
// connectAnother() opens more connections to the same two files: reads (pulls, token checks, photos)
// run side by side on WAL snapshots, while every write takes one lock shared by the connections, so
// the store still has one writer and a push reads and writes as if it came alone.
class GpkgStore final : public SyncStore {
public:
    static Result<std::unique_ptr<GpkgStore>> open(const QString &path);
    static Result<std::unique_ptr<GpkgStore>> create(const QString &path);
    ~GpkgStore() override;
    GpkgStore(const GpkgStore &) = delete;
    GpkgStore &operator=(const GpkgStore &) = delete;
    Result<std::unique_ptr<SyncStore>> connectAnother() override;
    AccountStore &accounts() override { return m_accounts; }
    RefusalStore &refusals() override { return m_refusals; }

    static QString serverDbPath(const QString &path) { return path + QStringLiteral(".server.sqlite"); }
    static QString uploadDir(const QString &path) { return path + QStringLiteral(".uploads"); }

    QString describe() const override;
    QString storeId() const override { return m_storeId; }
    // EventStore
    Result<PushOutcome> push(const std::vector<core::Event> &events, qint64 baseCursor, const QString &pusher) override;
    Result<std::vector<StoredEvent>> pull(qint64 after, int limit, const QString &reader, qint64 maxPayloadBytes) override;
    Result<qint64> cursor() override;
    VoidResult setBaselineCursor(qint64 cursor) override;
    Result<qint64> eventCount() override;
    Result<std::vector<Conflict>> conflicts() override;
    // AccessFacts
    Result<QString> assetDepartment(const QString &assetUuid) override;
    Result<std::optional<core::Asset>> asset(const QString &assetUuid) override;
    Result<bool> hasEvent(const QString &eventId) override;
    Result<QString> photoAddedBy(const QString &photoId) override;
    Result<std::optional<QString>> photoUploader(const QString &sha256) override;
    Result<QString> proposalOwner(const QString &proposalId) override;
    Result<SurveyStanding> surveyStanding(const QString &surveyId, const QString &department) override;
    Result<AssetHistory> assetHistory(const QString &assetUuid) override;
    Result<std::vector<PhotoUse>> photoUses(const QString &sha256) override;
    // PhotoFiles
    Result<PhotoUpload> photoUpload(const QString &sha256) override;
    Result<PhotoUpload> putPhotoChunk(const QString &sha256, qint64 offset, qint64 total, const QByteArray &bytes,
                                      const QString &owner = {}, const UploadQuota &quota = {}) override;
    Result<std::optional<QByteArray>> photo(const QString &sha256) override;
    Result<std::optional<QByteArray>> rendition(const QString &sha256, core::Rendition r) override;
    VoidResult putRendition(const QString &sha256, core::Rendition r, const QByteArray &bytes) override;
    Result<int> expireUploads(const QDateTime &beforeUtc) override;
    // PhotoVerdicts
    VoidResult putPhotoClaim(const PhotoClaim &claim) override;
    VoidResult putServerVerdict(const QString &sha256, const QString &verdict, const QByteArray &result) override;
    Result<std::optional<PhotoJudgement>> photoJudgement(const QString &sha256) override;
    Result<std::vector<PhotoJudgement>> disagreements(int limit) override;
    Result<std::vector<PhotoJudgement>> assetPhotoJudgements(const QString &assetUuid) override;

private:
    Result<qint64> served(const QString &user) override;
    GpkgStore();
    static Result<std::unique_ptr<GpkgStore>> openWith(std::unique_ptr<core::AssetStore> inventory, bool creating);
    // The upload's state for `owner` once it is theirs (see putPhotoChunk); the writer lock is held.
    Result<PhotoUpload> claimUpload(const QString &sha256, qint64 offset, qint64 total, const QString &owner, const UploadQuota &quota,
                                    PhotoUpload state);
    VoidResult dropUploadOwner(const QString &sha256);

    std::unique_ptr<core::AssetStore> m_inventory;
    std::unique_ptr<core::EventFeed> m_feed; // the inventory's log in arrival order
    std::unique_ptr<core::SqliteDb> m_db; // the private server file
    QString m_storeId;
    // Shared by this store and every connection connectAnother() opened from it. Recursive because a
    // locked write may call another (setPassword ends the user's sessions).
    std::shared_ptr<std::recursive_mutex> m_writer;
    GpkgAccounts m_accounts{m_db, m_writer};
    GpkgRefusals m_refusals{m_db, m_writer};
};

} // namespace gc::server
