#pragma once

#include "model/event.h"
#include "store/hybridclock.h"
#include "result.h"
#include "sync/photocache.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>
#include <optional>

class QNetworkAccessManager;
class QJsonArray;

class QFile;

namespace gc::core {

class AssetStore;
struct StoreOrigin;

struct SyncTuning {
    int pushBatch = 500;            // events per POST
    int pullLimit = 1000;           // events per GET
    int maxPullPages = 1000;        // GETs per round while the server says `more`; the next round goes on
    qint64 photoChunk = 1 << 20;    // bytes per PUT; a cut connection resends at most this much
    int requestTimeoutMs = 30'000;
    int attempts = 4;               // per request, for network errors and 5xx
    int backoffFirstMs = 500;       // doubled after each failed attempt
    int backoffMaxMs = 8'000;
    int resumeRetries = 4;          // 409 answers in a row for one photo before the round reports it
    // Own changes stamped further ahead of the server's clock are held back, others' are not merged.
    qint64 maxClockAheadMs = ClockTolerance{}.maxAheadMs;
};

// How the client reaches the server. Passwords and tokens travel in every request, so plain http://
// is refused for any host but this machine's loopback unless the user says --insecure.
struct SyncTransport {
    bool allowPlainHttp = false;
    QByteArray trustedCertificatesPem; // extra CAs to trust, e.g. the office server's self-signed certificate
};

// What one round did, and what is still waiting.
struct SyncReport {
    int pushedEvents = 0;   // acknowledged by the server in this round
    int pulledEvents = 0;   // new to this inventory
    int photosUp = 0;
    int photosDown = 0;
    qint64 photoBytesDown = 0; // thumbnails, previews and originals received
    qint64 bytesDown = 0;      // every answer's body in the round (events, photos, the rest)
    int conflicts = 0;      // concurrent edits the server flagged for the office
    QStringList photosHeldBack; // photos the server would not take this round, each with its reason
    qint64 pending = 0;     // events and photos not yet acknowledged
    QString finishedAt;     // ISO UTC
    // Pulled events (and photos) this device could not use: kept in the table gc_sync_aside, not
    // merged; the round and its cursor went on past them. Also this device's own changes the server
    // refused as they are (kind 'refused'): never sent again, so they hold back no later change.
    // One line each: what and why.
    QStringList setAside;
    // Other users' unsent changes on this device: they wait for their author to sign in (one line per
    // author, e.g. "2 changes by crew1 wait on this device for crew1 to sign in"); counted in `pending`.
    QStringList waiting;
};

// Who the server says is logged in (from the login answer and GET /api/v1/me).
struct SyncAccount {
    QString user;
    QString role;       // admin, office, crew, department
    QString department; // for a department user
};

// Two edits of one asset the server flagged: neither was made seeing the other (GET /api/v1/conflicts).
struct ServerConflict {
    QString assetUuid, eventId, otherEventId, detectedAt;
};

// The sync state kept in the inventory, for a status line.
struct SyncState {
    QString server;
    QString lastOkAt;
    QString lastError;
    qint64 cursor = 0;
    qint64 pending = 0;
    QStringList waiting; // as SyncReport::waiting, for the inventory's signed-in user (AssetStore::actor)
};

// Syncs one inventory with goodcity-server: uploads photos (resumable, by SHA-256), pushes every
// event the server has not acknowledged, pulls and merges what others wrote, then downloads the
// renditions of others' photos this device's role keeps (PhotoCache); the rest open on demand. Acknowledgements and the pull cursor live in the inventory (table gc_sync, gc_meta keys
// sync.*), so nothing unacknowledged is dropped and nothing is pushed twice after a restart; a
// replayed push is harmless anyway because the server is idempotent by event id.
// One pulled event never stops a device's sync: one it cannot use (not valid, a photo that does not
// match its hash or is no JPEG/PNG, a value its store refuses) is set aside in gc_sync_aside and
// reported, and the cursor moves on. Only what a retry can mend (network, server, disk) ends a round.
// Blocking: call it from a worker thread in the app.
class SyncClient {
public:
    SyncClient(AssetStore &store, QUrl server, SyncTuning tuning = {}, SyncTransport transport = {});
    // Refuses plain http:// to a host other than loopback unless allowed, saying why.
    static VoidResult checkTransport(const QUrl &server, const SyncTransport &transport);
    ~SyncClient();

    VoidResult login(const QString &user, const QString &password);
    const QString &token() const { return m_token; }
    // A session kept from an earlier start (the token only: a 401 then asks for the password again).
    void resume(const QString &user, const QString &token);
    // Ends this token's session on the server (best effort) and forgets it here.
    VoidResult logout();
    // The logged-in user's role as the server gave it (filled by login and by every round's /me).
    const SyncAccount &account() const { return m_account; }
    // A refused push (a wrong clock, a role refusal) or a change held back does not stop the round:
    // the pull still runs, and then the refusal comes back as the error.
    Result<SyncReport> syncOnce();

    // Creates the gc_sync table if this inventory has never synced (one transaction).
    static VoidResult prepare(AssetStore &store);
    // Marks the whole history the file holds now as the baseline every copy starts from (the bundled
    // demo): it no longer counts as this device's unsent work. A server the file meets later has
    // acknowledged nothing (checkStore clears gc_sync for a new store id), so nothing is withheld.
    static VoidResult markBaseline(AssetStore &store);
    static SyncState state(const AssetStore &store);
    static Result<qint64> pendingCount(const AssetStore &store);
    // One line per other author whose unsent changes wait on this device for them to sign in
    // (none when `author` is empty: the office sends every author's).
    static Result<QStringList> waitingForAuthors(const AssetStore &store, const QString &author);

    // The conflicts the office has not settled yet (office and admin; others get "forbidden").
    Result<std::vector<ServerConflict>> conflicts();

    // A photo as a review item shows it: from this device when it is here, else fetched now (after a
    // login) and kept in the bounded cache; offline, the thumbnail with `fallback` set.
    Result<ShownPhoto> openPhoto(const QString &sha, Rendition rendition);
    // Fetches the next few review items' photos ahead of time (the office opening a queue).
    VoidResult prefetch(const QStringList &shas, Rendition rendition);

    // Called as photos travel: (done, total, upload) for this round's uploads, then its downloads.
    std::function<void(int, int, bool)> onPhotoProgress;
    // Test hook: called with each request's method and path before it is sent.
    std::function<void(const QByteArray &, const QString &)> onRequest;

private:
    struct Reply {
        int status = 0; // 0: no HTTP answer (network error, timeout)
        QByteArray body;
        QString networkError;
        bool cut = false; // an HTTP answer came, but not all of it (send() makes its status 0)
    };
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, const QByteArray &contentType);
    // With retries and backoff on network errors and 5xx, and one fresh login on 401.
    Reply call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QByteArray &contentType = "application/json");
    Error replyError(const Reply &r, const QString &what) const;
    VoidResult checkStore();
    VoidResult startFromOrigin(const StoreOrigin &origin, const QString &server);
    // Forgets what another store acknowledged (`known`, empty if none), for the store `storeId`.
    VoidResult startOver(const QString &storeId, const QString &known, const QString &server);
    VoidResult pushPhotos(SyncReport &report);
    // One photo, resumed where the server holds it; empty when it is complete there, else why the
    // server would not take it this round (an error only for what ends the round: login, network).
    Result<QString> uploadPhoto(const QString &sha, QFile &f);
    VoidResult pushEvents(SyncReport &report, std::optional<Error> &refused);
    // Whose unsent changes and photos this session sends: the signed-in user's; empty for the office
    // and an admin, who may send any author's. Another author's wait on the device for its author.
    QString sendsFor() const;
    // One POST: nothing when the server acknowledged every event, the refusal when it refused the
    // batch as it is (an Error only for what ends the round).
    Result<std::optional<Error>> postEvents(const QJsonArray &batch, SyncReport &report);
    // A refused batch again, one event per POST: each refused alone is set aside (gc_sync_aside, kind
    // 'refused') so it never holds back later changes. False when one waits (a stamp ahead).
    Result<bool> sendOneByOne(const QJsonArray &batch, SyncReport &report, std::optional<Error> &refused);
    VoidResult pullEvents(SyncReport &report, std::optional<Error> &refused);
    // The server's clock as last seen (this device's own when the server did not say).
    qint64 serverNowMs() const;
    // The photos `events` add that another device took (none of this device's to send).
    QStringList othersPhotos(const std::vector<Event> &events) const;
    // Downloads what this device's role keeps of others' photos (PhotoCache::wanted) into its cache;
    // one it cannot use is set aside (gc_sync_aside) and the round goes on.
    VoidResult fetchWantedPhotos(SyncReport &report);
    // The office's copy of the photos whose server check contradicts the device's (gc_server_verdicts).
    VoidResult fetchVerdicts();
    // The photos set aside in earlier rounds: not asked for again.
    Result<QSet<QString>> photosSetAside() const;
    // Merges `events`; when the batch fails, one by one, setting aside each this store cannot take.
    VoidResult mergePulled(const std::vector<Event> &events, SyncReport &report);
    enum class Download { Stored, NotYet, Unusable };
    // One rendition from the server into `bytes` (an original checked against its SHA-256, every
    // rendition a JPEG or PNG within PhotoLimits by its header). NotYet: the server does not have it
    // yet; Unusable (with `why`): no retry can help (its hash, its format, a refusal). An Error is
    // worth a retry (no network, a server failure).
    Result<Download> downloadPhoto(const QString &sha, Rendition rendition, QByteArray &bytes, QString &why);
    // Keeps what could not be used in gc_sync_aside and names it in the report.
    VoidResult setAside(const QString &kind, const QString &ref, const QString &why, const QByteArray &content, SyncReport &report);
    VoidResult markAcked(const char *kind, const QStringList &refs);
    QString meta(const QString &key) const;
    VoidResult setMeta(const QString &key, const QString &value);
    void waitMs(int ms);

    AssetStore &m_store;
    QUrl m_server;
    SyncTuning m_tuning;
    SyncTransport m_transport;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_token, m_user, m_password;
    SyncAccount m_account;
    qint64 m_serverOffsetMs = 0; // server clock minus this device's, from the last /me
    qint64 m_maxAheadMs = 0;     // the tighter of ours and the server's tolerance
    DeviceRole m_role;           // from the last /me: what this device keeps of others' photos
    qint64 m_bytesDown = 0;      // answers' bodies received since this client was made
};

} // namespace gc::core
