#pragma once

#include "model/payloads.h"
#include "result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The sync protocol's bodies, one type per request and reply, spelled once for the client
// (sync/syncclient.cpp builds requests and reads replies through them) and the server
// (server/apiservice.cpp reads requests and builds replies through them). Each has toJson() and a
// fromJson() that checks every field it reads: a missing required field or a value of another JSON
// type is refused with ErrorCode::BadJson, whose words name the field ("conflicts[2]: the field
// 'event_id' …"). Optional fields read as their defaults when absent, as older peers send them.
// An event travels as model/eventjson.h writes it: pushes and pulls carry events as JSON, each read
// by eventjson::fromJson on its own so that the first bad one is refused with its own code.
namespace gc::syncproto {

// The body as a JSON object; "bad_json" naming Qt's parse error otherwise.
Result<QJsonObject> parseObject(const QByteArray &body);
QByteArray compact(const QJsonObject &o);
// fromJson over the raw body: parseObject, then T::fromJson.
template <typename T> Result<T> parse(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    return T::fromJson(*o);
}

// What every body type declares: its JSON form, and the checked read of it.
#define GC_SYNCPROTO_BODY(Name)                                                                                                \
    QJsonObject toJson() const;                                                                                                \
    static Result<Name> fromJson(const QJsonObject &o);

// Who a session belongs to, as login and me name it.
struct Account {
    QString user;
    QString role;
    std::optional<QString> department; // absent for a user without one
};

// POST login.
struct LoginRequest {
    QString user;
    QString password;
    GC_SYNCPROTO_BODY(LoginRequest)
};

struct LoginReply {
    Account account;
    QString token;
    QString expiresAt; // ISO 8601
    QString storeId;
    GC_SYNCPROTO_BODY(LoginReply)
};

// GET me: the session's user, the store, and the clock every stamp is judged by.
struct MeReply {
    Account account;
    QString storeId;
    QString serverTime;        // ISO 8601 with milliseconds; empty from a server that does not say
    qint64 maxClockAheadMs = 0; // 0 from a server that does not say
    GC_SYNCPROTO_BODY(MeReply)
};

// POST unlock, an admin's: the name whose failed logins are forgotten.
struct UnlockRequest {
    QString user;
    GC_SYNCPROTO_BODY(UnlockRequest)
};

struct UnlockReply {
    QString unlocked;
    GC_SYNCPROTO_BODY(UnlockReply)
};

struct LogoutReply {
    bool loggedOut = true;
    GC_SYNCPROTO_BODY(LogoutReply)
};

struct HealthReply {
    bool ok = true;
    QString storeId;
    GC_SYNCPROTO_BODY(HealthReply)
};

// POST events.
struct PushRequest {
    QString device;
    qint64 baseCursor = 0; // the highest sequence number this device had pulled
    QJsonArray events;     // each as model/eventjson.h writes it
    GC_SYNCPROTO_BODY(PushRequest)
};

struct PushReply {
    QStringList acknowledged; // the ids the server holds now, new or stored before
    qint64 added = 0;
    qint64 duplicates = 0;
    qint64 conflicts = 0;
    qint64 cursor = 0;
    QString storeId;
    GC_SYNCPROTO_BODY(PushReply)
};

// GET events?after=&limit=.
struct PullReply {
    QJsonArray events; // each as model/eventjson.h writes it, with its "seq" (key::Seq)
    qint64 cursor = 0; // the cursor to ask after next
    bool more = false;
    QString storeId;
    GC_SYNCPROTO_BODY(PullReply)
};

// GET photos/<sha256>/upload, and the answer to each PUT photos/<sha256> chunk.
struct PhotoUploadState {
    qint64 received = 0; // bytes the server holds (the whole file once complete)
    bool complete = false;
    GC_SYNCPROTO_BODY(PhotoUploadState)
};

// One concurrent edit the server flagged for the office (GET conflicts).
struct ConflictEntry {
    QString assetUuid;
    QString eventId;
    QString otherEventId;
    QString detectedAt;
    GC_SYNCPROTO_BODY(ConflictEntry)
};

struct ConflictsReply {
    std::vector<ConflictEntry> conflicts;
    GC_SYNCPROTO_BODY(ConflictsReply)
};

// The server's verdict on one photo beside the device's (GET photos/<sha256>/verdict, GET verdicts).
struct PhotoVerdictEntry {
    QString sha256;
    QString assetUuid;
    QString slot;
    QString deviceVerdict;
    QString serverVerdict; // empty while not judged (null on the wire)
    QString state;         // "judged" or "pending"
    bool disagree = false; // judged, and the device said otherwise
    QString takenAt;
    QString occurredAt;
    QString checkedAt;
    // The server's check result (core::PhotoCheckResult's JSON) and every check that made the
    // verdict, in the words the crew saw: present once judged with a result.
    std::optional<QJsonObject> result;
    std::vector<core::PhotoProblemItem> problems;
    GC_SYNCPROTO_BODY(PhotoVerdictEntry)
};

struct VerdictsReply {
    std::vector<PhotoVerdictEntry> disagreements;
    GC_SYNCPROTO_BODY(VerdictsReply)
};

// Every refusal: a stable code (base/result.h's wire names among them) and words for people; an
// offset the server did not expect (409) also says where it holds the upload.
struct ErrorReply {
    QString error;
    QString message;
    std::optional<PhotoUploadState> upload;
    GC_SYNCPROTO_BODY(ErrorReply)
};

// The problems as the wire carries them (an array of objects), for a store that keeps them as text.
QJsonArray toJsonArray(const std::vector<core::PhotoProblemItem> &problems);

} // namespace gc::syncproto
