#pragma once

#include <QLatin1String>
#include <QString>

// The sync protocol's wire names, spelled once for the client (sync/syncclient.cpp) and the server
// (server/apiservice.cpp): endpoint paths, query parameters and JSON keys. The bodies built of these
// keys are syncmessages.h's types. An event itself travels as model/eventjson.h writes it; its
// payload as model/payloads.h defines it.
namespace gc::syncproto {

// Every endpoint lives below /api/v1/<endpoint>[/<name>[/<sub>]].
inline constexpr QLatin1String kApi("api");
inline constexpr QLatin1String kVersion("v1");

namespace endpoint {
inline constexpr QLatin1String Health("health");
inline constexpr QLatin1String Login("login");
inline constexpr QLatin1String Logout("logout");
inline constexpr QLatin1String Me("me");
inline constexpr QLatin1String Unlock("unlock");
inline constexpr QLatin1String Events("events");
inline constexpr QLatin1String Conflicts("conflicts");
inline constexpr QLatin1String Verdicts("verdicts");
inline constexpr QLatin1String Photos("photos"); // photos/<sha256>, photos/<sha256>/upload, photos/<sha256>/verdict
inline constexpr QLatin1String PhotoUpload("upload");
inline constexpr QLatin1String PhotoVerdict("verdict");
} // namespace endpoint

// The path relative to the server's address, as the client asks for it ("api/v1/events").
inline QString path(QLatin1String endpoint) { return QString(kApi) + QLatin1Char('/') + kVersion + QLatin1Char('/') + endpoint; }
inline QString photoPath(const QString &sha256) { return path(endpoint::Photos) + QLatin1Char('/') + sha256; }
inline QString photoPath(const QString &sha256, QLatin1String sub) { return photoPath(sha256) + QLatin1Char('/') + sub; }
// The absolute path, as the server receives it ("/api/v1/events").
inline QString absolutePath(QLatin1String endpoint) { return QStringLiteral("/") + path(endpoint); }

namespace query {
inline constexpr QLatin1String After("after");         // GET events: the cursor to read after
inline constexpr QLatin1String Limit("limit");         // GET events: how many at most
inline constexpr QLatin1String Rendition("rendition"); // GET photos/<sha256>: thumb, preview or original
inline constexpr QLatin1String Offset("offset");       // PUT photos/<sha256>: where this chunk starts
inline constexpr QLatin1String Total("total");         // PUT photos/<sha256>: the whole file's size
} // namespace query

namespace key {
// login, me
inline constexpr QLatin1String User("user");
inline constexpr QLatin1String Password("password");
inline constexpr QLatin1String Token("token");
inline constexpr QLatin1String Role("role");
inline constexpr QLatin1String Department("department");
inline constexpr QLatin1String StoreId("store_id");
inline constexpr QLatin1String ServerTime("server_time");
inline constexpr QLatin1String MaxClockAheadMs("max_clock_ahead_ms");
inline constexpr QLatin1String ExpiresAt("expires_at");
// logout, unlock, health
inline constexpr QLatin1String LoggedOut("logged_out");
inline constexpr QLatin1String Unlocked("unlocked");
inline constexpr QLatin1String Ok("ok");
// events (push and pull)
inline constexpr QLatin1String Device("device");
inline constexpr QLatin1String BaseCursor("base_cursor");
inline constexpr QLatin1String Events("events");
inline constexpr QLatin1String Acknowledged("acknowledged");
inline constexpr QLatin1String Conflicts("conflicts");
inline constexpr QLatin1String Cursor("cursor");
inline constexpr QLatin1String More("more");
inline constexpr QLatin1String Added("added");
inline constexpr QLatin1String Duplicates("duplicates");
inline constexpr QLatin1String Seq("seq"); // a pulled event's sequence number
// photo uploads
inline constexpr QLatin1String Received("received");
inline constexpr QLatin1String Complete("complete");
// conflicts and photo verdicts
inline constexpr QLatin1String AssetUuid("asset_uuid");
inline constexpr QLatin1String EventId("event_id");
inline constexpr QLatin1String OtherEventId("other_event_id");
inline constexpr QLatin1String DetectedAt("detected_at");
inline constexpr QLatin1String Disagreements("disagreements");
inline constexpr QLatin1String Slot("slot");
inline constexpr QLatin1String DeviceVerdict("device_verdict");
inline constexpr QLatin1String ServerVerdict("server_verdict");
inline constexpr QLatin1String CheckedAt("checked_at");
inline constexpr QLatin1String State("state");       // judged or pending
inline constexpr QLatin1String Disagree("disagree"); // judged, and the device said otherwise
inline constexpr QLatin1String TakenAt("taken_at");
inline constexpr QLatin1String OccurredAt("occurred_at");
inline constexpr QLatin1String CheckResult("result"); // the server's check result
inline constexpr QLatin1String Problems("problems"); // the checks that made a verdict: [{check, status, ko, en}]
inline constexpr QLatin1String Sha256("sha256");
// every refusal
inline constexpr QLatin1String Error("error");
inline constexpr QLatin1String Message("message");
} // namespace key

} // namespace gc::syncproto
