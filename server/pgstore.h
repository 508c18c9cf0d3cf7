#pragma once

#include "syncstore.h"

#include <memory>
#include <string>
#include <unordered_map>

struct pg_conn;
struct pg_result;

namespace gc::server {

class PgAccounts;
class PgRefusals;

// The shared store: PostgreSQL 15 through libpq, the asset layer as PostGIS points (EPSG:5186).
// Pushes take one advisory lock per schema, so sequence numbers are handed out in commit order and a
// pull after a cursor never skips an event that commits late, however many server processes share
// the database. One PgStore is one connection, used by one thread at a time (StorePool); every
// statement is prepared once per connection and then only bound and run.
class PgStore final : public SyncStore {
public:
    static Result<std::unique_ptr<PgStore>> open(const QString &url);
    static Result<std::unique_ptr<PgStore>> create(const QString &url);
    ~PgStore() override;
    PgStore(const PgStore &) = delete;
    PgStore &operator=(const PgStore &) = delete;

    QString describe() const override;
    QString storeId() const override { return m_storeId; }
    Result<std::unique_ptr<SyncStore>> connectAnother() override;
    AccountStore &accounts() override;
    RefusalStore &refusals() override;
    // EventStore
    Result<PushOutcome> push(const std::vector<core::Event> &events, qint64 baseCursor, const QString &pusher) override;
    // One transaction under the push lock, each push in a savepoint of its own: one flush for all.
    void pushAll(const std::vector<PushJob *> &jobs) override;
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

    // What every session runs with: one plan per statement, made for any values (see configure()).
    static const char *const kSessionSettings;

    struct ConnCloser { void operator()(pg_conn *c) const; };
    struct ResultClearer { void operator()(pg_result *r) const; };
    using ResultPtr = std::unique_ptr<pg_result, ResultClearer>;

private:
    friend class PgPush;
    friend class PgPart;
    Result<qint64> served(const QString &user) override;
    PgStore();
    static Result<std::unique_ptr<PgStore>> connect(const QString &url);
    // One parameterised statement; values travel apart from the SQL text, never spliced into it.
    // A null QByteArray binds SQL NULL; `binary` marks parameters sent as raw bytes (bytea).
    Result<ResultPtr> exec(const char *sql, const std::vector<QByteArray> &params = {},
                           const std::vector<bool> &binary = {}, bool binaryResult = false);
    VoidResult run(const char *sql, const std::vector<QByteArray> &params = {});
    // Several statements sent at once and answered at once (libpq's pipeline mode): one round trip
    // for all of them, run one after the other as if sent singly. The first failure is the result
    // (the statements after it did not run).
    struct Statement {
        const char *sql;
        std::vector<QByteArray> params;
    };
    Result<std::vector<ResultPtr>> execAll(const std::vector<Statement> &statements);
    // The name of `sql` prepared on this connection (prepared on first use); empty for statements that
    // cannot be prepared (DDL) or when preparing failed.
    std::string prepared(const char *sql, int params);
    VoidResult loadStoreId();
    // The steps of putPhotoChunk, inside its transaction.
    Result<qint64> heldUploadBytes(const QString &sha256, qint64 total, const QString &owner);
    VoidResult checkOwnerQuota(const QString &sha256, qint64 total, const QString &owner, const UploadQuota &quota);
    struct Completed {
        std::optional<Error> refused; // the file is not the photo it claims to be; the upload is dropped
    };
    Result<Completed> keepCompletedUpload(const QString &sha256, qint64 total, const QString &owner);

    std::unique_ptr<pg_conn, ConnCloser> m_conn;
    QString m_url;
    QString m_storeId;
    std::unordered_map<std::string, std::string> m_prepared; // SQL text → statement name on m_conn
    std::unique_ptr<PgAccounts> m_accounts;
    std::unique_ptr<PgRefusals> m_refusals;
};

// What the parts of one PgStore share: its connection and its prepared statements.
class PgPart {
public:
    explicit PgPart(PgStore &store) : m_store(store) {}

protected:
    Result<PgStore::ResultPtr> exec(const char *sql, const std::vector<QByteArray> &params = {}) { return m_store.exec(sql, params); }
    VoidResult run(const char *sql, const std::vector<QByteArray> &params = {}) { return m_store.run(sql, params); }
    pg_conn *conn() const { return m_store.m_conn.get(); }

private:
    PgStore &m_store;
};

// Users and sessions.
class PgAccounts final : public AccountStore, private PgPart {
public:
    using PgPart::PgPart;
    VoidResult addUser(const User &user) override;
    Result<std::optional<User>> user(const QString &name) override;
    VoidResult addSession(const QString &tokenHash, const QString &userName, const QDateTime &expiresUtc) override;
    Result<std::optional<User>> sessionUser(const QString &tokenHash, const QDateTime &nowUtc) override;
    Result<bool> setPassword(const QString &userName, const QString &passwordHash) override;
    VoidResult endSession(const QString &tokenHash) override;
    Result<int> endSessions(const QString &userName) override;
};

// The refusal log.
class PgRefusals final : public RefusalStore, private PgPart {
public:
    using PgPart::PgPart;
    VoidResult logRefusals(const std::vector<Refusal> &batch, qint64 keepRows) override;
    Result<qint64> refusalCount() override;
};

} // namespace gc::server
