#include "survey/surveyreconciler.h"
#include "store/assetstore.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "survey/surveytables.h"
#include "store/storeaccess.h"

#include <cmath>
#include <map>

namespace gc::core {

QString SurveyReconciler::matchName(Match m)
{
    switch (m) {
    case Match::Code: return QStringLiteral("code");
    case Match::Nearby: return QStringLiteral("nearby");
    case Match::New: break;
    }
    return QStringLiteral("new");
}

Result<std::vector<SurveyReconciler::Line>> SurveyReconciler::run(const AssetStore &store, const QString &surveyId, const Thresholds &t)
{
    auto book = SurveyTables::read(StoreAccess::db(store), surveyId);
    if (!book)
        return book.error();
    std::vector<SurveyRow> rows;
    for (const auto &[id, r] : book->rows)
        rows.push_back(r);
    std::sort(rows.begin(), rows.end(), [](const SurveyRow &a, const SurveyRow &b) {
        return a.department != b.department ? a.department < b.department : a.seq < b.seq;
    });
    return run(store, rows, t);
}

namespace {

using Line = SurveyReconciler::Line;
using Match = SurveyReconciler::Match;

// The inventory asset the row names by its code; a row without a place takes the asset's.
void matchByCode(Statement &byCode, const SurveyRow &r, Line &l)
{
    byCode.reset();
    byCode.bind(1, r.assetCode);
    if (!byCode.step())
        return;
    l.match = Match::Code;
    l.assetUuid = byCode.toText(0);
    l.assetCode = byCode.toText(1);
    if (byCode.toInt(2) == 0)
        return;
    const double ax = byCode.toDouble(3), ay = byCode.toDouble(4);
    if (r.hasLocation) {
        l.distance = std::hypot(ax - r.x, ay - r.y);
    } else {
        l.hasPlace = true;
        l.x = ax;
        l.y = ay;
    }
}

// The nearest asset of the row's category within the distance.
VoidResult matchNearby(Statement &near, const SurveyRow &r, Line &l, const SurveyReconciler::Thresholds &t)
{
    near.reset();
    near.bind(1, r.x - t.nearMetres).bind(2, r.y - t.nearMetres).bind(3, r.x + t.nearMetres).bind(4, r.y + t.nearMetres);
    near.bind(5, r.category);
    while (near.step()) {
        const double d = std::hypot(near.toDouble(2) - r.x, near.toDouble(3) - r.y);
        if (d <= t.nearMetres && (l.distance < 0 || d < l.distance)) {
            l.match = Match::Nearby;
            l.assetUuid = near.toText(0);
            l.assetCode = near.toText(1);
            l.distance = d;
        }
    }
    if (near.failed())
        return makeError(ErrorCode::Sqlite, near.error());
    return Ok{};
}

void link(Line &a, const Line &b)
{
    a.overlapRowIds.push_back(b.row.rowId);
    a.overlaps << QStringLiteral("%1 %2행").arg(b.row.department).arg(b.row.seq);
}

// Rows of two departments describe the same place when they point at the same asset, or name the
// same category within the distance. Sorting by x keeps the comparison to a narrow band.
void linkOverlaps(std::vector<Line> &out, const SurveyReconciler::Thresholds &t)
{
    std::vector<size_t> order(out.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return out[a].x < out[b].x; });
    std::map<QString, std::vector<size_t>> byAsset;
    for (size_t i = 0; i < out.size(); ++i) {
        if (!out[i].assetUuid.isEmpty())
            byAsset[out[i].assetUuid].push_back(i);
    }
    for (size_t oi = 0; oi < order.size(); ++oi) {
        Line &a = out[order[oi]];
        if (!a.hasPlace)
            continue;
        for (size_t oj = oi + 1; oj < order.size(); ++oj) {
            Line &b = out[order[oj]];
            if (!b.hasPlace)
                continue;
            if (b.x - a.x > t.nearMetres)
                break;
            if (a.row.department == b.row.department || a.row.category != b.row.category)
                continue;
            if (!a.assetUuid.isEmpty() && a.assetUuid == b.assetUuid)
                continue; // linked below, by asset
            if (std::hypot(a.x - b.x, a.y - b.y) <= t.nearMetres) {
                link(a, b);
                link(b, a);
            }
        }
    }
    for (const auto &[uuid, idx] : byAsset) {
        for (size_t i : idx) {
            for (size_t j : idx) {
                if (i != j && out[i].row.department != out[j].row.department)
                    link(out[i], out[j]);
            }
        }
    }
}

} // namespace

Result<std::vector<SurveyReconciler::Line>> SurveyReconciler::run(const AssetStore &store, const std::vector<SurveyRow> &rows, const Thresholds &t)
{
    const SqliteDb &db = StoreAccess::db(store);
    auto byCode = db.prepare(QStringLiteral("SELECT uuid, code, geom IS NOT NULL, ST_MinX(geom), ST_MinY(geom) FROM assets WHERE code = ?1"));
    auto near = db.prepare(QStringLiteral("SELECT uuid, code, ST_MinX(geom), ST_MinY(geom) FROM assets WHERE category = ?5 AND fid IN "
                                          "(SELECT id FROM rtree_assets_geom WHERE minx <= ?3 AND maxx >= ?1 AND miny <= ?4 AND maxy >= ?2)"));
    if (!byCode)
        return byCode.error();
    if (!near)
        return near.error();
    std::vector<Line> out;
    out.reserve(rows.size());
    for (const SurveyRow &r : rows) {
        Line l;
        l.row = r;
        l.hasPlace = r.hasLocation;
        l.x = r.x;
        l.y = r.y;
        if (!r.assetCode.isEmpty())
            matchByCode(*byCode, r, l);
        if (l.match == Match::New && r.hasLocation) {
            if (auto matched = matchNearby(*near, r, l, t); !matched)
                return matched.error();
        }
        out.push_back(std::move(l));
    }
    linkOverlaps(out, t);
    return out;
}

} // namespace gc::core
