#include "office/reviewqueue.h"
#include "model/assetstatus.h"
#include "model/payloads.h"
#include "store/assetstore.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace gc::core {

namespace {
// The last status event of each installed asset carries the crew's photo-check verdicts. `+e.kind`
// keeps SQLite on the (asset_uuid, hlc) index: through the kind index it scanned every status event
// of the inventory per asset (11 s instead of 40 ms for a page of the demo's queue).
// %1: the review rank of one verdict text `value` (reviewRankSql()); unchecked installs rank as passed.
const char kQueueSql[] = R"(
SELECT uuid, code, name, category, dong, crew, updated_at, last, dong_en FROM (
  SELECT a.uuid, a.code, a.name, a.category, coalesce(d.name_ko, '') AS dong, coalesce(a.assignee, '') AS crew, a.updated_at,
    coalesce(d.name_en, '') AS dong_en,
    (SELECT e.payload FROM asset_events e WHERE e.asset_uuid = a.uuid AND +e.kind = 'asset.status' ORDER BY e.hlc DESC LIMIT 1) AS last
  FROM assets a LEFT JOIN dongs d ON d.adm_code = a.dong_code WHERE a.status = ?3)
ORDER BY min(coalesce((SELECT min(%1) FROM json_each(json_extract(last, '$.checks'))), %2), %3), updated_at, code
LIMIT ?1 OFFSET ?2)";

// %3 where the office has synced the server's verdicts: the worst of them over the asset's photos.
const char kServerRankSql[] = R"(coalesce((SELECT min(%1) FROM (SELECT v.server_verdict AS value FROM photos p
  JOIN gc_server_verdicts v ON v.sha256 = p.sha256 WHERE p.asset_uuid = uuid)), %2))";

// reviewRank() as SQL over json_each's `value`, built from the one verdict mapping.
QString reviewRankSql()
{
    QString sql = QStringLiteral("CASE value");
    for (PhotoVerdict v : {PhotoVerdict::Pass, PhotoVerdict::Review, PhotoVerdict::Fail})
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(toString(v)).arg(reviewRank(v));
    return sql + QStringLiteral(" ELSE %1 END").arg(reviewRank(PhotoVerdict::Error));
}
} // namespace

std::optional<PhotoVerdict> ReviewQueue::worstVerdict(const QJsonObject &checks)
{
    std::optional<PhotoVerdict> worst;
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        const PhotoVerdict v = photoVerdictFromString(it.value().toString());
        worst = worst ? worse(*worst, v) : v;
    }
    return worst;
}

std::vector<ReviewProblem> ReviewQueue::problemsOf(const QJsonObject &problems)
{
    std::vector<ReviewProblem> out;
    for (auto it = problems.begin(); it != problems.end(); ++it) {
        for (const PhotoProblemItem &o : payload::items<PhotoProblemItem>(it.value().toArray())) {
            ReviewProblem p{it.key(), o.check, o.status.value_or(QString()),
                            Text::recorded(o.ko.value_or(QString()), o.en.value_or(QString())), o.asset.value_or(QString())};
            if (!p.check.isEmpty() && !p.text.isEmpty())
                out.push_back(std::move(p));
        }
    }
    // The before photo first, then the after photos in order; within a photo, fails before warnings.
    auto slotRank = [](const QString &slot) { return slot == QLatin1String("before") ? 0 : 1; };
    std::stable_sort(out.begin(), out.end(), [&](const ReviewProblem &a, const ReviewProblem &b) {
        if (slotRank(a.slot) != slotRank(b.slot))
            return slotRank(a.slot) < slotRank(b.slot);
        if (a.slot.size() != b.slot.size())
            return a.slot.size() < b.slot.size();
        if (a.slot != b.slot)
            return a.slot < b.slot;
        return (a.status == QLatin1String("fail")) > (b.status == QLatin1String("fail"));
    });
    return out;
}

Result<qint64> ReviewQueue::count() const
{
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral("SELECT count(*) FROM assets WHERE status = ?1"));
    if (!st)
        return st.error();
    st->bind(1, toString(AssetStatus::Installed));
    if (!st->step())
        return makeError(ErrorCode::Sqlite, st->error());
    return st->toInt(0);
}

std::optional<PhotoVerdict> ReviewItem::worst() const
{
    std::optional<PhotoVerdict> w = verdict;
    for (const ServerJudgement &j : server) {
        const PhotoVerdict v = photoVerdictFromString(j.serverVerdict);
        w = w ? core::worse(*w, v) : v;
    }
    return w;
}

ServerJudgement ReviewQueue::serverJudgement(const QString &slot, const QString &server, const QString &device, const QString &problemsJson)
{
    ServerJudgement j{slot, server, device, {}};
    // The server's reasons, in the shape of the install event's (one slot's list), so they read alike.
    const QJsonArray list = QJsonDocument::fromJson(problemsJson.toUtf8()).array();
    j.problems = problemsOf(QJsonObject{{slot, list}});
    return j;
}

// The server's verdicts on an asset's photos (?1: its uuid). A copy not synced since the server named its
// reasons has no "problems" column yet.
static Result<Statement> serverVerdictsOfAsset(const SqliteDb &db)
{
    const QString sql = QStringLiteral("SELECT v.slot, v.server_verdict, coalesce(v.device_verdict, ''), %1 FROM photos p "
                                       "JOIN gc_server_verdicts v ON v.sha256 = p.sha256 WHERE p.asset_uuid = ?1 ORDER BY p.fid");
    auto q = db.prepare(sql.arg(QLatin1String("coalesce(v.problems, '')")));
    if (!q)
        q = db.prepare(sql.arg(QLatin1String("''")));
    return q;
}

Result<std::vector<ReviewItem>> ReviewQueue::page(int offset, int limit) const
{
    const SqliteDb &db = StoreAccess::db(m_store);
    const bool judged = db.tableExists(QStringLiteral("gc_server_verdicts")); // the office has synced
    const QString pass = QString::number(reviewRank(PhotoVerdict::Pass));
    const QString sql = QLatin1String(kQueueSql)
                            .arg(reviewRankSql(), pass,
                                 judged ? QLatin1String(kServerRankSql).arg(reviewRankSql(), pass) : pass);
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    auto origin = db.prepare(QStringLiteral(
        "SELECT coalesce(json_extract(payload, '$.source'), ''), coalesce(json_extract(payload, '$.taken_at'), ''), occurred_at "
        "FROM asset_events WHERE asset_uuid = ?1 AND +kind = 'photo.added' AND json_extract(payload, '$.sha256') = ?2 ORDER BY hlc LIMIT 1"));
    if (!origin)
        return origin.error();
    auto originOf = [&](const QString &uuid, const QString &sha) {
        PhotoOrigin o;
        if (sha.isEmpty())
            return o;
        origin->reset();
        origin->bind(1, uuid).bind(2, sha);
        if (origin->step())
            o = {origin->toText(0), origin->toText(1), origin->toText(2)};
        return o;
    };
    std::optional<Statement> serverSays;
    if (judged) {
        auto q = serverVerdictsOfAsset(db);
        if (!q)
            return q.error();
        serverSays.emplace(std::move(*q));
    }
    auto photos = StoreAccess::db(m_store).prepare(QStringLiteral("SELECT role, sha256 FROM photos WHERE asset_uuid = ?1 ORDER BY fid"));
    if (!photos)
        return photos.error();
    st->bind(1, qint64(limit)).bind(2, qint64(offset)).bind(3, toString(AssetStatus::Installed));
    std::vector<ReviewItem> out;
    while (st->step()) {
        ReviewItem r;
        r.uuid = st->toText(0);
        r.code = st->toText(1);
        r.name = st->toText(2);
        r.category = st->toText(3);
        r.dong = st->toText(4);
        r.dongEn = st->toText(8);
        r.crew = st->toText(5);
        r.installedAt = st->toText(6);
        const QJsonObject last = QJsonDocument::fromJson(st->toBlob(7)).object();
        r.verdict = worstVerdict(last.value(QStringLiteral("checks")).toObject());
        r.reviewReason = last.value(QStringLiteral("review_reason")).toString();
        r.note = last.value(QStringLiteral("note")).toString();
        r.problems = problemsOf(last.value(QStringLiteral("problems")).toObject());
        photos->reset();
        photos->bind(1, r.uuid);
        while (photos->step()) {
            const QString role = photos->toText(0);
            if (role.startsWith(QLatin1String("before")))
                r.beforeSha256 = photos->toText(1);
            else if (role.startsWith(QLatin1String("after")) && r.afterSha256.isEmpty())
                r.afterSha256 = photos->toText(1);
        }
        r.beforeOrigin = originOf(r.uuid, r.beforeSha256);
        r.afterOrigin = originOf(r.uuid, r.afterSha256);
        if (serverSays) {
            serverSays->reset();
            serverSays->bind(1, r.uuid);
            while (serverSays->step())
                r.server.push_back(serverJudgement(serverSays->toText(0), serverSays->toText(1), serverSays->toText(2),
                                                   serverSays->toText(3)));
        }
        out.push_back(std::move(r));
    }
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

} // namespace gc::core
