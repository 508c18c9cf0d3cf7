#include "pgstore.h"
#include "text.h"
#include "pgpush.h"
#include "pgschema.h"
#include "pgtx.h"

#include "model/assetfields.h"
#include "photofiles/photoheader.h"
#include "store/surveyreducer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

#include <optional>

#include <libpq-fe.h>

namespace gc::server {

namespace {

struct PgTuning {
    // Key of the advisory lock that serializes pushes (any constant unique to goodcity), mixed with
    // the schema's name: every server process on one district's schema queues on the same lock, and
    // districts kept as schemas of one database do not queue on each other's.
    qint64 pushLockKey = 0x6763'7379'6e63; // "gcsync"
    int srid = 5186;
};
constexpr PgTuning kTuning;

QByteArray num(qint64 v) { return QByteArray::number(v); }
QString text(pg_result *r, int row, int col) { return QString::fromUtf8(PQgetvalue(r, row, col)); }

// Every session of the store (set again after a reconnect) plans each statement once, for any values:
// planning was half of a push's time inside PostgreSQL and most of a token check's. So each plan must
// fit every store size, whatever the statistics said when it was made (on an empty store, that a scan
// is free): no sequential scan where an index serves, and a push's earlier edits found by asset,
// never as a range of `seq` from the pusher's base (PgPush::statement).
void configure(pg_conn *c) { PgStore::ResultPtr r(PQexec(c, PgStore::kSessionSettings)); }

} // namespace

const char *const PgStore::kSessionSettings = "SET plan_cache_mode = force_generic_plan; SET enable_seqscan = off";

void PgStore::ConnCloser::operator()(pg_conn *c) const { PQfinish(c); }
void PgStore::ResultClearer::operator()(pg_result *r) const { PQclear(r); }

PgStore::PgStore() : m_accounts(std::make_unique<PgAccounts>(*this)), m_refusals(std::make_unique<PgRefusals>(*this)) {}
PgStore::~PgStore() = default;
AccountStore &PgStore::accounts() { return *m_accounts; }
RefusalStore &PgStore::refusals() { return *m_refusals; }

Result<std::unique_ptr<PgStore>> PgStore::connect(const QString &url)
{
    std::unique_ptr<PgStore> s(new PgStore);
    s->m_url = url;
    s->m_conn.reset(PQconnectdb(url.toUtf8().constData()));
    if (!s->m_conn || PQstatus(s->m_conn.get()) != CONNECTION_OK)
        return makeError(ErrorCode::PostgresConnect,
                         gc::tx("%1: %2", s->describe(), gc::tx(QT_TRANSLATE_NOOP("gc", "cannot connect to PostgreSQL: %2"), s->describe(), QString::fromUtf8(PQerrorMessage(s->m_conn.get())).trimmed())));
    // Notices (e.g. "relation exists, skipping") are not for the user.
    PQsetNoticeProcessor(s->m_conn.get(), [](void *, const char *) {}, nullptr);
    configure(s->m_conn.get());
    return s;
}

QString PgStore::describe() const
{
    QUrl u(m_url);
    u.setPassword({});
    return u.toString();
}

Result<PgStore::ResultPtr> PgStore::exec(const char *sql, const std::vector<QByteArray> &params,
                                         const std::vector<bool> &binary, bool binaryResult)
{
    if (PQstatus(m_conn.get()) != CONNECTION_OK && PQtransactionStatus(m_conn.get()) == PQTRANS_UNKNOWN) {
        PQreset(m_conn.get()); // the server restarted: one reconnect, then report
        m_prepared.clear();    // a new session knows none of them
        if (PQstatus(m_conn.get()) == CONNECTION_OK)
            configure(m_conn.get());
    }
    std::vector<const char *> values(params.size());
    std::vector<int> lengths(params.size()), formats(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
        values[i] = params[i].isNull() ? nullptr : params[i].constData();
        lengths[i] = int(params[i].size());
        formats[i] = (i < binary.size() && binary[i]) ? 1 : 0;
    }
    const std::string name = prepared(sql, int(params.size()));
    ResultPtr r(name.empty() ? PQexecParams(m_conn.get(), sql, int(params.size()), nullptr, values.data(), lengths.data(),
                                            formats.data(), binaryResult ? 1 : 0)
                             : PQexecPrepared(m_conn.get(), name.c_str(), int(params.size()), values.data(), lengths.data(),
                                              formats.data(), binaryResult ? 1 : 0));
    const auto st = PQresultStatus(r.get());
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        return pgError(QString::fromUtf8(sql).simplified().left(60), QString::fromUtf8(PQerrorMessage(m_conn.get())));
    return r;
}

Result<std::vector<PgStore::ResultPtr>> PgStore::execAll(const std::vector<Statement> &statements)
{
    std::vector<ResultPtr> out;
    std::vector<std::string> names;
    for (const auto &st : statements) {
        names.push_back(prepared(st.sql, int(st.params.size())));
        if (names.back().empty() && !st.params.empty()) { // not preparable here: one by one, as exec would
            for (const auto &one : statements) {
                auto r = exec(one.sql, one.params);
                if (!r)
                    return r.error();
                out.push_back(std::move(*r));
            }
            return out;
        }
    }
    pg_conn *c = m_conn.get();
    if (PQenterPipelineMode(c) != 1)
        return pgError(QStringLiteral("pipeline"), QString::fromUtf8(PQerrorMessage(c)));
    for (size_t i = 0; i < statements.size(); ++i) {
        const auto &params = statements[i].params;
        std::vector<const char *> values(params.size());
        std::vector<int> lengths(params.size());
        for (size_t k = 0; k < params.size(); ++k) {
            values[k] = params[k].isNull() ? nullptr : params[k].constData();
            lengths[k] = int(params[k].size());
        }
        // A statement without parameters that is not prepared (BEGIN) goes as it is.
        const int sent = names[i].empty() ? PQsendQueryParams(c, statements[i].sql, 0, nullptr, nullptr, nullptr, nullptr, 0)
                                          : PQsendQueryPrepared(c, names[i].c_str(), int(params.size()), values.data(),
                                                                lengths.data(), nullptr, 0);
        if (sent != 1)
            break; // the connection failed: what was sent is read back below, the rest is reported
    }
    PQpipelineSync(c);
    std::optional<Error> failed;
    // Each statement's result comes followed by a null; the sync point ends the pipeline.
    for (;;) {
        ResultPtr r(PQgetResult(c));
        if (!r) {
            if (PQstatus(c) != CONNECTION_OK)
                break;
            continue;
        }
        const auto st = PQresultStatus(r.get());
        if (st == PGRES_PIPELINE_SYNC)
            break;
        if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) {
            out.push_back(std::move(r));
        } else if (!failed) {
            const size_t at = std::min(out.size(), statements.size() - 1);
            failed = pgError(QString::fromUtf8(statements[at].sql).simplified().left(60),
                             st == PGRES_PIPELINE_ABORTED ? QStringLiteral("aborted") : QString::fromUtf8(PQresultErrorMessage(r.get())));
        }
    }
    PQexitPipelineMode(c);
    if (failed)
        return *failed;
    if (out.size() != statements.size())
        return pgError(QStringLiteral("pipeline"), QString::fromUtf8(PQerrorMessage(c)));
    return out;
}

std::string PgStore::prepared(const char *sql, int params)
{
    // Only plannable statements can be prepared, and only outside a failed transaction; the rest run
    // as they are.
    const QByteArray head = QByteArray(sql, int(std::min<size_t>(8, qstrlen(sql)))).toUpper();
    if (!head.startsWith("SELECT") && !head.startsWith("INSERT") && !head.startsWith("UPDATE") && !head.startsWith("DELETE")
        && !head.startsWith("WITH"))
        return {};
    if (const auto it = m_prepared.find(sql); it != m_prepared.end())
        return it->second;
    if (PQtransactionStatus(m_conn.get()) == PQTRANS_INERROR)
        return {};
    std::string name = "gc" + std::to_string(m_prepared.size() + 1);
    ResultPtr r(PQprepare(m_conn.get(), name.c_str(), sql, params, nullptr));
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK)
        return {}; // run unprepared: the same error, if any, comes back from running it
    m_prepared.emplace(sql, name);
    return name;
}

VoidResult PgStore::run(const char *sql, const std::vector<QByteArray> &params)
{
    auto r = exec(sql, params);
    if (!r)
        return r.error();
    return Ok{};
}

VoidResult PgStore::loadStoreId()
{
    auto r = exec("SELECT value FROM gc_store WHERE key = 'store_id'");
    if (!r)
        return makeError(ErrorCode::NotAStore,
                         gc::tx("%1: %2", describe(), gc::tx(QT_TRANSLATE_NOOP("gc", "not a goodcity store; run `goodcity-server --store URL init` first"), describe())));
    if (PQntuples(r->get()) != 1)
        return makeError(ErrorCode::NotAStore, gc::tx("%1: %2", describe(), gc::tx(QT_TRANSLATE_NOOP("gc", "no store_id"), describe())));
    m_storeId = text(r->get(), 0, 0);
    return Ok{};
}

Result<std::unique_ptr<PgStore>> PgStore::open(const QString &url)
{
    auto s = connect(url);
    if (!s)
        return s.error();
    if (auto r = (*s)->loadStoreId(); !r)
        return r.error();
    ResultPtr up(PQexec((*s)->m_conn.get(), pgschema::kUpgrade));
    if (PQresultStatus(up.get()) != PGRES_COMMAND_OK)
        return pgError(QStringLiteral("ALTER TABLE"), QString::fromUtf8(PQerrorMessage((*s)->m_conn.get())));
    return std::move(*s);
}

Result<std::unique_ptr<PgStore>> PgStore::create(const QString &url)
{
    auto s = connect(url);
    if (!s)
        return s.error();
    PgStore &p = **s;
    PgTx tx(p.m_conn.get());
    if (!tx.begun())
        return pgError(QStringLiteral("BEGIN"), QString::fromUtf8(PQerrorMessage(p.m_conn.get())));
    // A URL may name its own schema (options=-c search_path=NAME,public); init creates it.
    auto schema = p.exec("WITH p AS (SELECT trim(both ' \"' from split_part(current_setting('search_path'), ',', 1)) AS first), "
                         "n AS (SELECT CASE WHEN first LIKE '$%' OR first = '' THEN current_schema() ELSE first END AS name FROM p) "
                         "SELECT name, NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = name) FROM n");
    if (!schema)
        return schema.error();
    if (text(schema->get(), 0, 1) == QLatin1String("t")) {
        auto ddl = p.exec("SELECT format('CREATE SCHEMA %I', $1::text)", {QByteArray(PQgetvalue(schema->get(), 0, 0))});
        if (!ddl)
            return ddl.error();
        if (auto r = p.run(PQgetvalue(ddl->get(), 0, 0)); !r)
            return r.error();
    }
    auto exists = p.exec("SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = 'gc_store')",
                         {QByteArray(PQgetvalue(schema->get(), 0, 0))});
    if (!exists)
        return exists.error();
    if (text(exists->get(), 0, 0) == QLatin1String("t"))
        return makeError(ErrorCode::Exists,
                         gc::tx("%1: %2", p.describe(), gc::tx(QT_TRANSLATE_NOOP("gc", "a goodcity store already exists here; it was left as it is"), p.describe())));
    if (auto r = p.run("CREATE EXTENSION IF NOT EXISTS postgis"); !r)
        return makeError(ErrorCode::Postgis,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "cannot enable the PostGIS extension: %1"), r.error().message()));
    ResultPtr ddl(PQexec(p.m_conn.get(), pgschema::kCreate));
    if (PQresultStatus(ddl.get()) != PGRES_COMMAND_OK)
        return pgError(QStringLiteral("CREATE TABLE"), QString::fromUtf8(PQerrorMessage(p.m_conn.get())));
    const QByteArray id = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
    if (auto r = p.run("INSERT INTO gc_store VALUES ('store_id', $1), ('schema', '1')", {id}); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    p.m_storeId = QString::fromUtf8(id);
    return std::move(*s);
}

Result<qint64> PgStore::served(const QString &user)
{
    auto r = exec("SELECT greatest(coalesce((SELECT cursor FROM served WHERE user_name = $1), 0), "
                  "coalesce((SELECT value::bigint FROM gc_store WHERE key = 'baseline_cursor'), 0))",
                  {user.toUtf8()});
    if (!r)
        return r.error();
    return PQntuples(r->get()) == 1 ? QByteArray(PQgetvalue(r->get(), 0, 0)).toLongLong() : qint64(0);
}

VoidResult PgStore::setBaselineCursor(qint64 cursor)
{
    return run("INSERT INTO gc_store (key, value) VALUES ('baseline_cursor', $1) "
               "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
               {QByteArray::number(cursor)});
}

Result<PushOutcome> PgStore::push(const std::vector<core::Event> &events, qint64 baseCursor, const QString &pusher)
{
    PushJob job{&events, baseCursor, pusher, {}};
    pushAll({&job});
    return std::move(*job.outcome);
}

void PgStore::pushAll(const std::vector<PushJob *> &jobs)
{
    PgPush::commitAll(*this, jobs, {"SELECT pg_advisory_xact_lock($1::bigint # hashtextextended(current_schema(), 0))",
                                    {num(kTuning.pushLockKey)}});
}

Result<std::unique_ptr<SyncStore>> PgStore::connectAnother()
{
    auto s = connect(m_url);
    if (!s)
        return s.error();
    if (auto r = (*s)->loadStoreId(); !r) // the schema was upgraded when this store was opened
        return r.error();
    return std::unique_ptr<SyncStore>(std::move(*s));
}

Result<std::vector<StoredEvent>> PgStore::pull(qint64 claimedAfter, int limit, const QString &reader, qint64 maxPayloadBytes)
{
    const auto after = servedFrom(claimedAfter, reader);
    if (!after)
        return after.error();
    // The running total of payload bytes stays in PostgreSQL: libpq receives only the page's rows.
    auto r = exec("SELECT seq, event_id, hlc, occurred_at, actor, device, kind, asset_uuid, payload FROM ("
                  "SELECT *, sum(octet_length(payload::text)) OVER (ORDER BY seq) AS upto, "
                  "row_number() OVER (ORDER BY seq) AS n FROM ("
                  "SELECT * FROM events WHERE seq > $1 ORDER BY seq LIMIT $2) AS page) AS counted "
                  "WHERE n = 1 OR upto <= $3 ORDER BY seq",
                  {num(*after), num(limit), num(maxPayloadBytes)});
    if (!r)
        return r.error();
    std::vector<StoredEvent> out;
    const int n = PQntuples(r->get());
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        StoredEvent s;
        s.seq = QByteArray(PQgetvalue(r->get(), i, 0)).toLongLong();
        s.event.id = text(r->get(), i, 1);
        s.event.hlc = text(r->get(), i, 2);
        s.event.time = text(r->get(), i, 3);
        s.event.actor = text(r->get(), i, 4);
        s.event.device = text(r->get(), i, 5);
        s.event.kind = text(r->get(), i, 6);
        if (!PQgetisnull(r->get(), i, 7))
            s.event.assetUuid = text(r->get(), i, 7);
        s.event.payload = QJsonDocument::fromJson(QByteArray(PQgetvalue(r->get(), i, 8))).object();
        out.push_back(std::move(s));
    }
    if (!reader.isEmpty() && !out.empty()) {
        if (auto m = run("INSERT INTO served (user_name, cursor) VALUES ($1, $2) "
                         "ON CONFLICT (user_name) DO UPDATE SET cursor = greatest(served.cursor, EXCLUDED.cursor)",
                         {reader.toUtf8(), num(out.back().seq)});
            !m)
            return m.error();
    }
    return out;
}

Result<qint64> PgStore::cursor()
{
    auto r = exec("SELECT coalesce(max(seq), 0) FROM events");
    if (!r)
        return r.error();
    return QByteArray(PQgetvalue(r->get(), 0, 0)).toLongLong();
}

Result<qint64> PgStore::eventCount()
{
    auto r = exec("SELECT count(*) FROM events");
    if (!r)
        return r.error();
    return QByteArray(PQgetvalue(r->get(), 0, 0)).toLongLong();
}

Result<QString> PgStore::assetDepartment(const QString &assetUuid)
{
    auto r = exec("SELECT department FROM assets WHERE uuid = $1", {assetUuid.toUtf8()});
    if (!r)
        return r.error();
    return PQntuples(r->get()) == 1 ? text(r->get(), 0, 0) : QString();
}

Result<std::optional<core::Asset>> PgStore::asset(const QString &assetUuid)
{
    auto r = exec("SELECT fields FROM assets WHERE uuid = $1", {assetUuid.toUtf8()});
    if (!r)
        return r.error();
    if (PQntuples(r->get()) != 1)
        return std::optional<core::Asset>();
    core::Asset a;
    a.uuid = assetUuid;
    core::assetfields::apply(a, QJsonDocument::fromJson(QByteArray(PQgetvalue(r->get(), 0, 0))).object());
    return std::optional<core::Asset>(a);
}

Result<bool> PgStore::hasEvent(const QString &eventId)
{
    auto r = exec("SELECT 1 FROM events WHERE event_id = $1", {eventId.toUtf8()});
    if (!r)
        return r.error();
    return PQntuples(r->get()) == 1;
}

Result<QString> PgStore::photoAddedBy(const QString &photoId)
{
    // A photo row's id is its payload's photo_id, or the event id when there is none (eventreducer).
    auto r = exec("SELECT actor FROM events WHERE kind = 'photo.added' AND coalesce(payload->>'photo_id', event_id) = $1 "
                  "ORDER BY hlc, event_id LIMIT 1",
                  {photoId.toUtf8()});
    if (!r)
        return r.error();
    return PQntuples(r->get()) == 1 ? text(r->get(), 0, 0) : QString();
}

Result<QString> PgStore::proposalOwner(const QString &proposalId)
{
    auto r = exec("SELECT actor FROM events WHERE kind = 'place.proposed' AND payload->>'proposal_id' = $1 ORDER BY seq LIMIT 1",
                  {proposalId.toUtf8()});
    if (!r)
        return r.error();
    return PQntuples(r->get()) == 1 ? text(r->get(), 0, 0) : QString();
}

Result<SurveyStanding> PgStore::surveyStanding(const QString &surveyId, const QString &department)
{
    // The survey's events folded as every device folds them, without the sheets (the states alone matter).
    auto r = exec("SELECT kind, payload - 'rows' - 'applied', occurred_at, actor FROM events "
                  "WHERE payload->>'survey_id' = $1 AND kind LIKE 'survey.%' ORDER BY hlc, event_id",
                  {surveyId.toUtf8()});
    if (!r)
        return r.error();
    core::SurveyBook book;
    for (int i = 0; i < PQntuples(r->get()); ++i) {
        core::Event e;
        e.kind = text(r->get(), i, 0);
        e.payload = QJsonDocument::fromJson(QByteArray(PQgetvalue(r->get(), i, 1))).object();
        e.time = text(r->get(), i, 2);
        e.actor = text(r->get(), i, 3);
        core::surveyreducer::apply(book, e);
    }
    SurveyStanding out;
    if (const auto c = book.campaigns.find(surveyId); c != book.campaigns.end())
        out.campaign = c->second.state;
    if (const auto s = book.submissions.find({surveyId, department}); s != book.submissions.end())
        out.submission = s->second.state;
    return out;
}

Result<AssetHistory> PgStore::assetHistory(const QString &assetUuid)
{
    auto r = exec("SELECT coalesce(min(hlc) FILTER (WHERE kind = 'asset.created'), ''), "
                  "bool_or(kind = 'photo.added' AND payload->>'role' LIKE 'after%') FROM events WHERE asset_uuid = $1",
                  {assetUuid.toUtf8()});
    if (!r)
        return r.error();
    AssetHistory out;
    if (PQntuples(r->get()) == 1) {
        out.createdHlc = text(r->get(), 0, 0);
        out.afterPhoto = text(r->get(), 0, 1) == QLatin1String("t");
    }
    return out;
}

Result<std::vector<PhotoUse>> PgStore::photoUses(const QString &sha256)
{
    auto r = exec("SELECT coalesce(asset_uuid, ''), actor FROM events WHERE kind = 'photo.added' AND payload->>'sha256' = $1",
                  {sha256.toUtf8()});
    if (!r)
        return r.error();
    std::vector<PhotoUse> out;
    for (int i = 0; i < PQntuples(r->get()); ++i)
        out.push_back({text(r->get(), i, 0), text(r->get(), i, 1)});
    return out;
}

Result<std::optional<QString>> PgStore::photoUploader(const QString &sha256)
{
    auto r = exec("SELECT coalesce(uploaded_by, '') FROM photos WHERE sha256 = $1", {sha256.toUtf8()});
    if (!r)
        return r.error();
    if (PQntuples(r->get()) == 0)
        return std::optional<QString>();
    return std::optional<QString>(text(r->get(), 0, 0));
}

Result<std::vector<Conflict>> PgStore::conflicts()
{
    auto r = exec("SELECT asset_uuid, event_id, other_event_id, to_char(detected_at AT TIME ZONE 'UTC', "
                  "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM conflicts c WHERE NOT resolved AND NOT EXISTS ("
                  // settled by the office's conflict.resolved event naming the pair (W3.2)
                  "SELECT 1 FROM events r WHERE r.kind = 'conflict.resolved' AND r.asset_uuid = c.asset_uuid "
                  "AND r.payload->>'event_id' = c.event_id AND r.payload->>'other_event_id' = c.other_event_id) ORDER BY id");
    if (!r)
        return r.error();
    std::vector<Conflict> out;
    for (int i = 0; i < PQntuples(r->get()); ++i)
        out.push_back({text(r->get(), i, 0), text(r->get(), i, 1), text(r->get(), i, 2), text(r->get(), i, 3)});
    return out;
}

Result<PhotoUpload> PgStore::photoUpload(const QString &sha256)
{
    auto done = exec("SELECT bytes FROM photos WHERE sha256 = $1", {sha256.toUtf8()});
    if (!done)
        return done.error();
    if (PQntuples(done->get()) == 1)
        return PhotoUpload{QByteArray(PQgetvalue(done->get(), 0, 0)).toLongLong(), true};
    auto part = exec("SELECT octet_length(data) FROM photo_uploads WHERE sha256 = $1", {sha256.toUtf8()});
    if (!part)
        return part.error();
    return PhotoUpload{PQntuples(part->get()) == 1 ? QByteArray(PQgetvalue(part->get(), 0, 0)).toLongLong() : 0, false};
}

// How much of the upload the store holds for `owner`: refused when another user began it, and started
// over when the declared size changed.
Result<qint64> PgStore::heldUploadBytes(const QString &sha256, qint64 total, const QString &owner)
{
    const QByteArray key = sha256.toUtf8();
    auto part = exec("SELECT octet_length(data), total, owner FROM photo_uploads WHERE sha256 = $1", {key});
    if (!part)
        return part.error();
    if (PQntuples(part->get()) != 1)
        return qint64(0);
    const qint64 held = QByteArray(PQgetvalue(part->get(), 0, 0)).toLongLong();
    const QString by = text(part->get(), 0, 2);
    if (!owner.isEmpty() && !by.isEmpty() && by != owner)
        return makeError(ErrorCode::NotYourUpload,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "photo %1: another user is uploading it"), sha256.left(12)));
    if (QByteArray(PQgetvalue(part->get(), 0, 1)).toLongLong() != total) {
        // A different declared size: start over rather than mix two files.
        if (auto r = run("DELETE FROM photo_uploads WHERE sha256 = $1", {key}); !r)
            return r.error();
        return qint64(0);
    }
    return held;
}

// A new upload counts against its owner's quota; the owner's other uploads queue here.
VoidResult PgStore::checkOwnerQuota(const QString &sha256, qint64 total, const QString &owner, const UploadQuota &quota)
{
    if (auto r = run("SELECT pg_advisory_xact_lock(hashtextextended($1, 1))", {owner.toUtf8()}); !r)
        return r.error();
    auto open = exec("SELECT count(*), coalesce(sum(total), 0) FROM photo_uploads WHERE owner = $1 AND sha256 <> $2",
                     {owner.toUtf8(), sha256.toUtf8()});
    if (!open)
        return open.error();
    return checkQuota(sha256, QByteArray(PQgetvalue(open->get(), 0, 0)).toLongLong(), QByteArray(PQgetvalue(open->get(), 0, 1)).toLongLong(),
                      total, quota);
}

// The whole file is in: checked against its name and PhotoLimits, then kept as a photo.
Result<PgStore::Completed> PgStore::keepCompletedUpload(const QString &sha256, qint64 total, const QString &owner)
{
    const QByteArray key = sha256.toUtf8();
    auto data = exec("SELECT data FROM photo_uploads WHERE sha256 = $1", {key}, {}, true);
    if (!data)
        return data.error();
    const QByteArray file(PQgetvalue(data->get(), 0, 0), PQgetlength(data->get(), 0, 0));
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    if (auto r = run("DELETE FROM photo_uploads WHERE sha256 = $1", {key}); !r)
        return r.error();
    if (actual != sha256)
        return Completed{makeError(ErrorCode::HashMismatch,
                                   gc::tx(QT_TRANSLATE_NOOP("gc", "photo %1: the received file's SHA-256 is %2; send it again"), sha256.left(12), actual.left(12)))};
    // The same judge as the GeoPackage store's photo folder: a JPEG or PNG within PhotoLimits.
    if (auto judged = judgeCompletedPhoto(file); !judged)
        return Completed{judged.error()};
    if (auto r = exec("INSERT INTO photos (sha256, bytes, data, uploaded_by) VALUES ($1, $2, $3, nullif($4, ''))",
                      {key, num(total), file, QByteArray("") + owner.toUtf8()}, {false, false, true, false});
        !r)
        return r.error();
    return Completed{};
}

Result<PhotoUpload> PgStore::putPhotoChunk(const QString &sha256, qint64 offset, qint64 total, const QByteArray &bytes,
                                           const QString &owner, const UploadQuota &quota)
{
    const QByteArray key = sha256.toUtf8();
    PgTx tx(m_conn.get());
    if (!tx.begun())
        return pgError(QStringLiteral("BEGIN"), QString::fromUtf8(PQerrorMessage(m_conn.get())));
    // Two uploads of one photo at once queue up here instead of interleaving their chunks.
    if (auto r = run("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", {key}); !r)
        return r.error();
    auto done = exec("SELECT bytes FROM photos WHERE sha256 = $1", {key});
    if (!done)
        return done.error();
    if (PQntuples(done->get()) == 1)
        return PhotoUpload{QByteArray(PQgetvalue(done->get(), 0, 0)).toLongLong(), true};
    auto held = heldUploadBytes(sha256, total, owner);
    if (!held)
        return held.error();
    if (*held == 0 && !owner.isEmpty()) {
        if (auto allowed = checkOwnerQuota(sha256, total, owner, quota); !allowed)
            return allowed.error();
    }
    if (offset != *held)
        return makeError(ErrorCode::OffsetMismatch,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "photo %1: the server holds %2 bytes; resume there"), sha256.left(12), *held));
    if (offset + bytes.size() > total)
        return makeError(ErrorCode::TooLong,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "photo %1: longer than its declared %2 bytes"), sha256.left(12), total));
    auto up = *held == 0 ? exec("INSERT INTO photo_uploads (sha256, total, data, owner) VALUES ($1, $2, $3, $4) "
                                "ON CONFLICT (sha256) DO UPDATE SET total = EXCLUDED.total, data = EXCLUDED.data, owner = EXCLUDED.owner, "
                                "updated_at = now()",
                                {key, num(total), bytes, QByteArray("") + owner.toUtf8()}, {false, false, true, false})
                         : exec("UPDATE photo_uploads SET data = data || $2, updated_at = now() WHERE sha256 = $1",
                                {key, bytes}, {false, true});
    if (!up)
        return up.error();
    const qint64 received = offset + bytes.size();
    if (received == total) {
        auto kept = keepCompletedUpload(sha256, total, owner);
        if (!kept)
            return kept.error();
        if (kept->refused) {
            if (auto r = tx.commit(); !r) // drop the bad upload so the next try starts clean
                return r.error();
            return *kept->refused;
        }
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return PhotoUpload{received, received == total};
}

Result<std::optional<QByteArray>> PgStore::photo(const QString &sha256)
{
    auto r = exec("SELECT data FROM photos WHERE sha256 = $1", {sha256.toUtf8()}, {}, true);
    if (!r)
        return r.error();
    if (PQntuples(r->get()) == 0)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(QByteArray(PQgetvalue(r->get(), 0, 0), PQgetlength(r->get(), 0, 0)));
}

Result<std::optional<QByteArray>> PgStore::rendition(const QString &sha256, core::Rendition r)
{
    auto q = exec("SELECT data FROM photo_renditions WHERE sha256 = $1 AND rendition = $2",
                  {sha256.toUtf8(), core::renditionName(r).toUtf8()}, {}, true);
    if (!q)
        return q.error();
    if (PQntuples(q->get()) == 0)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(QByteArray(PQgetvalue(q->get(), 0, 0), PQgetlength(q->get(), 0, 0)));
}

VoidResult PgStore::putRendition(const QString &sha256, core::Rendition r, const QByteArray &bytes)
{
    auto q = exec("INSERT INTO photo_renditions (sha256, rendition, data) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                  {sha256.toUtf8(), core::renditionName(r).toUtf8(), bytes}, {false, false, true});
    if (!q)
        return q.error();
    return Ok{};
}

VoidResult PgStore::putPhotoClaim(const PhotoClaim &c)
{
    return run("INSERT INTO photo_verdicts (sha256, asset_uuid, slot, device_verdict, taken_at, occurred_at) "
               "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (sha256) DO UPDATE SET asset_uuid = EXCLUDED.asset_uuid, "
               "slot = EXCLUDED.slot, device_verdict = EXCLUDED.device_verdict, taken_at = EXCLUDED.taken_at, "
               "occurred_at = EXCLUDED.occurred_at",
               {c.sha256.toUtf8(), c.assetUuid.toUtf8(), c.slot.toUtf8(), c.deviceVerdict.toUtf8(), c.takenAt.toUtf8(),
                c.occurredAt.toUtf8()});
}

VoidResult PgStore::putServerVerdict(const QString &sha256, const QString &verdict, const QByteArray &result)
{
    return run("INSERT INTO photo_verdicts (sha256, server_verdict, result, checked_at) VALUES ($1, $2, $3, now()) "
               "ON CONFLICT (sha256) DO UPDATE SET server_verdict = EXCLUDED.server_verdict, result = EXCLUDED.result, "
               "checked_at = EXCLUDED.checked_at",
               {sha256.toUtf8(), verdict.toUtf8(), result});
}

Result<std::optional<PhotoJudgement>> PgStore::photoJudgement(const QString &sha256)
{
    auto r = exec("SELECT coalesce(asset_uuid, ''), coalesce(slot, ''), coalesce(device_verdict, ''), coalesce(taken_at, ''), "
                  "coalesce(occurred_at, ''), coalesce(server_verdict, ''), coalesce(result, ''), "
                  "coalesce(to_char(checked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), '') "
                  "FROM photo_verdicts WHERE sha256 = $1",
                  {sha256.toUtf8()});
    if (!r)
        return r.error();
    if (PQntuples(r->get()) == 0)
        return std::optional<PhotoJudgement>();
    auto t = [&](int c) { return QString::fromUtf8(PQgetvalue(r->get(), 0, c)); };
    PhotoJudgement j{PhotoClaim{sha256, t(0), t(1), t(2), t(3), t(4)}, t(5), t(6).toUtf8(), t(7)};
    return std::optional<PhotoJudgement>(std::move(j));
}

Result<std::vector<PhotoJudgement>> PgStore::disagreements(int limit)
{
    auto r = exec("SELECT sha256, coalesce(asset_uuid, ''), coalesce(slot, ''), device_verdict, coalesce(taken_at, ''), "
                  "coalesce(occurred_at, ''), server_verdict, coalesce(result, ''), "
                  "coalesce(to_char(checked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), '') "
                  "FROM photo_verdicts WHERE coalesce(server_verdict, '') <> '' AND coalesce(device_verdict, '') <> '' "
                  "AND server_verdict <> device_verdict ORDER BY checked_at, sha256 LIMIT $1",
                  {QByteArray::number(limit)});
    if (!r)
        return r.error();
    std::vector<PhotoJudgement> out;
    for (int i = 0; i < PQntuples(r->get()); ++i) {
        auto t = [&](int c) { return QString::fromUtf8(PQgetvalue(r->get(), i, c)); };
        out.push_back(PhotoJudgement{PhotoClaim{t(0), t(1), t(2), t(3), t(4), t(5)}, t(6), t(7).toUtf8(), t(8)});
    }
    return out;
}

Result<std::vector<PhotoJudgement>> PgStore::assetPhotoJudgements(const QString &assetUuid)
{
    auto r = exec("SELECT sha256, coalesce(slot, ''), coalesce(device_verdict, ''), coalesce(taken_at, ''), coalesce(occurred_at, ''), "
                  "coalesce(server_verdict, ''), coalesce(result, ''), "
                  "coalesce(to_char(checked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), '') "
                  "FROM photo_verdicts WHERE asset_uuid = $1 ORDER BY occurred_at, sha256",
                  {assetUuid.toUtf8()});
    if (!r)
        return r.error();
    std::vector<PhotoJudgement> out;
    for (int i = 0; i < PQntuples(r->get()); ++i) {
        auto t = [&](int c) { return QString::fromUtf8(PQgetvalue(r->get(), i, c)); };
        out.push_back(PhotoJudgement{PhotoClaim{t(0), assetUuid, t(1), t(2), t(3), t(4)}, t(5), t(6).toUtf8(), t(7)});
    }
    return out;
}

VoidResult PgAccounts::addUser(const User &u)
{
    auto r = exec("INSERT INTO users (name, role, department, password_hash) VALUES ($1, $2, $3, $4) "
                  "ON CONFLICT (name) DO NOTHING RETURNING name",
                  {u.name.toUtf8(), roleName(u.role).toUtf8(), u.department.isEmpty() ? QByteArray() : u.department.toUtf8(),
                   u.passwordHash.toUtf8()});
    if (!r)
        return r.error();
    if (PQntuples(r->get()) == 0)
        return makeError(ErrorCode::UserExists,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "user '%1' already exists"), u.name));
    return Ok{};
}

Result<std::optional<User>> PgAccounts::user(const QString &name)
{
    auto r = exec("SELECT name, role, coalesce(department, ''), password_hash FROM users WHERE name = $1", {name.toUtf8()});
    if (!r)
        return r.error();
    if (PQntuples(r->get()) == 0)
        return std::optional<User>();
    User u{text(r->get(), 0, 0), roleFromName(text(r->get(), 0, 1)).value_or(Role::Crew), text(r->get(), 0, 2),
           text(r->get(), 0, 3)};
    return std::optional<User>(u);
}

VoidResult PgAccounts::addSession(const QString &tokenHash, const QString &userName, const QDateTime &expiresUtc)
{
    return run("INSERT INTO sessions (token_hash, user_name, expires_at) VALUES ($1, $2, $3::timestamptz)",
               {tokenHash.toUtf8(), userName.toUtf8(), expiresUtc.toUTC().toString(Qt::ISODateWithMs).toUtf8()});
}

Result<std::optional<User>> PgAccounts::sessionUser(const QString &tokenHash, const QDateTime &nowUtc)
{
    auto r = exec("SELECT u.name, u.role, coalesce(u.department, ''), u.password_hash FROM sessions s "
                  "JOIN users u ON u.name = s.user_name WHERE s.token_hash = $1 AND s.expires_at > $2::timestamptz",
                  {tokenHash.toUtf8(), nowUtc.toUTC().toString(Qt::ISODateWithMs).toUtf8()});
    if (!r)
        return r.error();
    if (PQntuples(r->get()) == 0)
        return std::optional<User>();
    return std::optional<User>(User{text(r->get(), 0, 0), roleFromName(text(r->get(), 0, 1)).value_or(Role::Crew),
                                    text(r->get(), 0, 2), text(r->get(), 0, 3)});
}

Result<bool> PgAccounts::setPassword(const QString &userName, const QString &passwordHash)
{
    PgTx tx(conn());
    if (!tx.begun())
        return pgError(QStringLiteral("BEGIN"), QString::fromUtf8(PQerrorMessage(conn())));
    auto r = exec("UPDATE users SET password_hash = $2 WHERE name = $1 RETURNING name", {userName.toUtf8(), passwordHash.toUtf8()});
    if (!r)
        return r.error();
    if (PQntuples(r->get()) == 0)
        return false;
    if (auto e = endSessions(userName); !e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return true;
}

VoidResult PgAccounts::endSession(const QString &tokenHash) { return run("DELETE FROM sessions WHERE token_hash = $1", {tokenHash.toUtf8()}); }

Result<int> PgAccounts::endSessions(const QString &userName)
{
    auto r = exec("DELETE FROM sessions WHERE user_name = $1", {userName.toUtf8()});
    if (!r)
        return r.error();
    return QByteArray(PQcmdTuples(r->get())).toInt();
}

Result<int> PgStore::expireUploads(const QDateTime &beforeUtc)
{
    auto r = exec("DELETE FROM photo_uploads WHERE updated_at < $1::timestamptz",
                  {beforeUtc.toUTC().toString(Qt::ISODateWithMs).toUtf8()});
    if (!r)
        return r.error();
    return QByteArray(PQcmdTuples(r->get())).toInt();
}

VoidResult PgRefusals::logRefusals(const std::vector<Refusal> &batch, qint64 keepRows)
{
    if (batch.empty())
        return Ok{};
    PgTx tx(conn());
    if (!tx.begun())
        return pgError(QStringLiteral("BEGIN"), QString::fromUtf8(PQerrorMessage(conn())));
    for (const auto &f : batch) {
        if (auto r = run("INSERT INTO refusals (at, user_name, remote, method, path, status, reason) "
                         "VALUES ($1::timestamptz, $2, $3, $4, $5, $6, $7)",
                         {f.at.toUTC().toString(Qt::ISODateWithMs).toUtf8(), f.userName.isEmpty() ? QByteArray() : f.userName.toUtf8(),
                          f.remote.toUtf8(), f.method.toUtf8(), f.path.left(512).toUtf8(), num(f.status), f.reason.left(1000).toUtf8()});
            !r)
            return r;
    }
    if (auto r = run("DELETE FROM refusals WHERE id <= (SELECT max(id) FROM refusals) - $1", {num(keepRows)}); !r)
        return r;
    return tx.commit();
}

Result<qint64> PgRefusals::refusalCount()
{
    auto r = exec("SELECT count(*) FROM refusals");
    if (!r)
        return r.error();
    return QByteArray(PQgetvalue(r->get(), 0, 0)).toLongLong();
}

} // namespace gc::server
