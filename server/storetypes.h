#pragma once

#include "model/asset.h"
#include "model/event.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

// The values the server's stores take and give (SyncStore and its narrow interfaces).
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
// What the role policy judges an asset event against besides the asset itself (W3.5, the outside pass):
// the stamp of the asset's creating event (an event stamped before it would be acknowledged and then
// never applied), and whether an after photo of it is filed (the office verifies only with one).
struct AssetHistory {
    QString createdHlc; // empty: never created
    bool afterPhoto = false;
};

struct PhotoUse {
    QString assetUuid, addedBy;
};

} // namespace gc::server
