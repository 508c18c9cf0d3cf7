#pragma once

#include "domain/asset.h"
#include "log/event.h"
#include "photo/photorendition.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <limits>

#include <memory>
#include <optional>
#include <vector>

namespace gc::server {

enum class Role { Admin, Office, Crew, Department };
QString roleName(Role r);
std::optional<Role> roleFromName(const QString &name);

struct User {
    QString name;
    Role role = Role::Crew;
    QString department; // Role::Department: the department whose surveys it may write; Role::Crew: its crew (assignee), else its name
    QString passwordHash; // libsodium crypto_pwhash_str (argon2id); "!" in front locks the account
    // `goodcity-server user disable` puts the mark in front, as `passwd -l` does: no password matches
    // a locked hash, and `user passwd` (a new hash) unlocks it.
    static constexpr QLatin1Char kDisabledMark{'!'};
    bool disabled() const { return passwordHash.startsWith(kDisabledMark); }
};

// One refused request, as the office reads it in the refusal log.
struct Refusal {
    QString userName, remote, method, path;
    int status = 0;
    QString reason;
    QDateTime at; // UTC
};

// What a push did. `acknowledged` lists every event id of the batch (new or seen before): once
// this comes back, the events are committed and the client may stop keeping them for the server.
struct PushOutcome {
    std::vector<QString> acknowledged;
    int added = 0;
    int duplicates = 0;
    int conflicts = 0; // concurrent edits of one asset flagged for the office (a re-sent event's counted again)
    qint64 cursor = 0; // highest sequence number in the store after the push
};

// One push as PushQueue hands it to SyncStore::pushAll; `outcome` is set by the store.
struct PushJob {
    const std::vector<core::Event> *events = nullptr;
    qint64 baseCursor = 0;
    QString pusher;
    std::optional<Result<PushOutcome>> outcome;
};

struct StoredEvent {
    qint64 seq = 0;
    core::Event event;
};

// Two edits of one asset made without seeing each other: both stay in the log, the fold keeps the
// later one by (hlc, id), and the office reviews the pair.
struct Conflict {
    QString assetUuid, eventId, otherEventId, detectedAt;
};

struct PhotoUpload {
    qint64 received = 0; // bytes held so far (the whole file once complete)
    bool complete = false;
};

// What a device said about one of its photos when it pushed the photo's event: the slot it fills, the
// verdict its own checks gave (empty if it sent none), the EXIF capture time against the event's time.
struct PhotoClaim {
    QString sha256, assetUuid, slot, deviceVerdict, takenAt, occurredAt;
};

// The server's own verdict beside the device's (PhotoJudge); empty serverVerdict while not judged yet.
struct PhotoJudgement {
    PhotoClaim claim;
    QString serverVerdict;
    QByteArray result; // core::PhotoCheckResult::toJson, compact
    QString checkedAt;
};

// How many partial uploads one user may hold open at once, and how many bytes they may declare
// together: made-up SHA-256 names cannot fill the server's disk or memory.
struct UploadQuota {
    int maxOpenUploads = 8;
    qint64 maxOpenBytes = 256LL << 20;
};

// Where a department's survey sheet stands in the store's fold.
struct SurveyStanding {
    QString campaign;   // open | closed; empty: no such survey
    QString submission; // draft | submitted | has_issues | approved | rejected; empty: none yet
};

// One photo.added that names a photo file: the asset it shows (empty for a proposed place) and who added it.
struct PhotoUse {
    QString assetUuid, addedBy;
};

// The server's storage: the event log with its sequence numbers, the materialized asset layer,
// photos, users, sessions and the refusal log. PostgreSQL for shared use, a GeoPackage for one PC.
class SyncStore {
public:
    virtual ~SyncStore() = default;

    // STORE is a `postgresql://` URL or a GeoPackage path.
    static bool isPostgresUrl(const QString &store);
    static Result<std::unique_ptr<SyncStore>> open(const QString &store);
    // Creates the store's tables (and the inventory file); refuses a store that already exists.
    static Result<std::unique_ptr<SyncStore>> create(const QString &store);

    virtual QString describe() const = 0; // for logs, without secrets
    virtual QString storeId() const = 0;  // changes when a store is re-created, so clients start over

    // Events, idempotent by id; `baseCursor` is the sequence the client had pulled up to, so edits it
    // had not seen count as concurrent (core::conflictrule). `pusher` is the user sending them; for a
    // user the base cursor counts only up to what pull served that user, and the store remembers who
    // sent each event so that a device name cannot pass another user's edit off as the pusher's own.
    // Empty: history loaded by `init`, or a test of the store alone.
    virtual Result<PushOutcome> push(const std::vector<core::Event> &events, qint64 baseCursor, const QString &pusher = {}) = 0;
    // Several pushes, each stored as push() stores it alone and judged against the ones before it, in
    // the order given. A store that can commits them together: one durable commit (a disk flush,
    // milliseconds) for all of them instead of one each, which is what bounds pushes per second when
    // every push waits for its flush. A push that fails leaves the others stored.
    virtual void pushAll(const std::vector<PushJob *> &jobs);
    // Another connection to the same store, for one more request to run at the same time; none when
    // the store cannot open more (the default).
    virtual Result<std::unique_ptr<SyncStore>> connectAnother();
    // Events after `after`. For a `reader` the store notes how far it has served that user, and serves
    // a reader that claims to be further along from where it really is (the events are idempotent).
    // A page stops before the event whose payload would take it past `maxPayloadBytes`, but always
    // holds one event: a page of big survey sheets costs the server a bounded amount of memory.
    virtual Result<std::vector<StoredEvent>> pull(qint64 after, int limit, const QString &reader = {},
                                                  qint64 maxPayloadBytes = std::numeric_limits<qint64>::max()) = 0;
    virtual Result<qint64> cursor() = 0;
    // The history `init --from` loaded: every copy of that inventory holds it, so every user counts as
    // having seen the store up to this cursor (served() never reports less). 0 for an empty start.
    virtual VoidResult setBaselineCursor(qint64 cursor) = 0;
    virtual Result<qint64> eventCount() = 0;
    // The managing department of an asset as the store knows it now (empty if unknown).
    virtual Result<QString> assetDepartment(const QString &assetUuid) = 0;
    // What the role policy judges a write against: the asset as the store has it now (nothing if
    // unknown), whether an event is stored already (a re-sent batch is not judged again), and who
    // added a photo id first (empty if no one).
    virtual Result<std::optional<core::Asset>> asset(const QString &assetUuid) = 0;
    virtual Result<bool> hasEvent(const QString &eventId) = 0;
    virtual Result<QString> photoAddedBy(const QString &photoId) = 0;
    // Who uploaded a photo the server holds: none when it has no such photo, empty when it came in
    // before uploaders were recorded (init, an older server). A crew files only photos it uploaded.
    virtual Result<std::optional<QString>> photoUploader(const QString &sha256) = 0;
    // Who stored the first place.proposed of a proposal id (empty if no one): the proposal is theirs.
    virtual Result<QString> proposalOwner(const QString &proposalId) = 0;
    virtual Result<SurveyStanding> surveyStanding(const QString &surveyId, const QString &department) = 0;
    // Every photo.added naming this file, for the photo's read scope.
    virtual Result<std::vector<PhotoUse>> photoUses(const QString &sha256) = 0;
    virtual Result<std::vector<Conflict>> conflicts() = 0;

    // Resumable photo upload: chunks must arrive at the offset the store holds; the completed file
    // is checked against its SHA-256 before it is kept. A partial upload belongs to the `owner` who
    // began it: another user's chunk fails with "not_your_upload", and a new upload past the owner's
    // quota with "too_many_uploads" or "upload_bytes". No owner: the store's own (init, tests).
    virtual Result<PhotoUpload> photoUpload(const QString &sha256) = 0;
    virtual Result<PhotoUpload> putPhotoChunk(const QString &sha256, qint64 offset, qint64 total, const QByteArray &bytes,
                                              const QString &owner = {}, const UploadQuota &quota = {}) = 0;
    virtual Result<std::optional<QByteArray>> photo(const QString &sha256) = 0;
    // A thumbnail or preview of a stored photo (PhotoRenditions makes them from the original); none
    // until made. Putting one that is there already changes nothing.
    virtual Result<std::optional<QByteArray>> rendition(const QString &sha256, core::Rendition r) = 0;
    virtual VoidResult putRendition(const QString &sha256, core::Rendition r, const QByteArray &bytes) = 0;

    // The server judges every photo (PhotoJudge): the device's claim when its event arrives, the
    // server's verdict when the checks ran. Either may come first.
    virtual VoidResult putPhotoClaim(const PhotoClaim &claim) = 0;
    virtual VoidResult putServerVerdict(const QString &sha256, const QString &verdict, const QByteArray &result) = 0;
    virtual Result<std::optional<PhotoJudgement>> photoJudgement(const QString &sha256) = 0;
    // The judged photos whose device said otherwise than the server, oldest check first (the office's list).
    virtual Result<std::vector<PhotoJudgement>> disagreements(int limit) = 0;

    virtual VoidResult addUser(const User &user) = 0;
    virtual Result<std::optional<User>> user(const QString &name) = 0;
    virtual VoidResult addSession(const QString &tokenHash, const QString &userName, const QDateTime &expiresUtc) = 0;
    // The user of an unexpired session, or nothing.
    virtual Result<std::optional<User>> sessionUser(const QString &tokenHash, const QDateTime &nowUtc) = 0;
    // Ends every session of the user when the password changes; false if there is no such user.
    virtual Result<bool> setPassword(const QString &userName, const QString &passwordHash) = 0;
    // Locks the account (see User::disabled) and ends its sessions at once; false if there is no such user.
    Result<bool> disableUser(const QString &userName);
    virtual VoidResult endSession(const QString &tokenHash) = 0;
    virtual Result<int> endSessions(const QString &userName) = 0; // how many ended
    // Drops partial photo uploads last written before `beforeUtc`; returns how many.
    virtual Result<int> expireUploads(const QDateTime &beforeUtc) = 0;
    // In one transaction: a flood of refused requests costs one commit per batch, not one per request.
    // Then only the newest `keepRows` refusals are kept: a flood cannot grow the log without end.
    virtual VoidResult logRefusals(const std::vector<Refusal> &batch, qint64 keepRows) = 0;
    virtual Result<qint64> refusalCount() = 0;

protected:
    // Whether `owner`, holding `open` other partial uploads of `openBytes` declared bytes, may begin
    // one of `total` bytes; the refusal names the bound.
    static VoidResult checkQuota(const QString &sha256, qint64 open, qint64 openBytes, qint64 total, const UploadQuota &quota);
    // How far pull has served `user`, never less than the baseline cursor (0: never, and no baseline).
    virtual Result<qint64> served(const QString &user) = 0;
    // The base cursor a push by `pusher` goes by (core::conflictrule::trustedBase); the claim as it is
    // for no pusher.
    Result<qint64> trustedBase(qint64 claimed, const QString &pusher);
    // Where a pull by `reader` starts: never after what that user was served.
    Result<qint64> servedFrom(qint64 claimedAfter, const QString &reader);
};

} // namespace gc::server
