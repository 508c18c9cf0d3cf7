#include "survey/surveytables.h"
#include "store/eventrow.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"
#include "store/surveyreducer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gc::core {

namespace {

using columntext::nullIfEmpty;
using columntext::required;

// Which stored rows of each survey table a read or a rewrite covers: a WHERE clause per table (empty
// for all) and the texts bound to its ?1, ?2, ...
struct Clause {
    QString sql;
    QStringList params;
};
struct Scope {
    Clause campaigns, submissions, rows;
};

Scope wholeSurvey(const QString &surveyId)
{
    if (surveyId.isEmpty())
        return {};
    const Clause c{QStringLiteral(" WHERE survey_id = ?1"), {surveyId}};
    return {c, c, c};
}

// What one event can change, and what its reducer step reads: its survey's campaign, the
// department's submission and rows, and the rows (of any survey) that hold a row id it names.
Scope eventScope(const Event &e)
{
    const surveyreducer::Scope touched = surveyreducer::scopeOf(e);
    const QString ids = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(touched.rowIds)).toJson(QJsonDocument::Compact));
    const QString &id = touched.surveyId;
    const QString &department = touched.department;
    return {{QStringLiteral(" WHERE survey_id = ?1"), {id}},
            {QStringLiteral(" WHERE survey_id = ?1 AND department = ?2"), {id, department}},
            {QStringLiteral(" WHERE (survey_id = ?1 AND department = ?2) OR row_id IN (SELECT value FROM json_each(?3))"), {id, department, ids}}};
}

Result<Statement> prepared(const SqliteDb &db, const QString &sql, const Clause &where)
{
    auto st = db.prepare(sql.arg(where.sql));
    if (!st)
        return st.error();
    for (int i = 0; i < where.params.size(); ++i)
        st->bind(i + 1, where.params[i]);
    return st;
}

Result<SurveyBook> readScope(const SqliteDb &db, const Scope &scope)
{
    SurveyBook book;
    auto c = prepared(db, QStringLiteral("SELECT survey_id, title, deadline, categories, variants, state, opened_at, opened_by, closed_at, "
                                         "closed_by FROM survey_campaigns%1"), scope.campaigns);
    if (!c)
        return c.error();
    auto list = [](const QString &s) { return s.isEmpty() ? QStringList() : s.split(QLatin1Char(',')); };
    while (c->step()) {
        SurveyCampaign x{c->toText(0), c->toText(1), c->toText(2), list(c->toText(3)), list(c->toText(4)), c->toText(5),
                         c->toText(6), c->toText(7), c->toText(8), c->toText(9)};
        book.campaigns[x.surveyId] = x;
    }
    auto s = prepared(db, QStringLiteral("SELECT survey_id, department, state, comment, revision, updated_at, updated_by, submitted_at, "
                                         "reviewed_at, reviewed_by FROM survey_submissions%1"), scope.submissions);
    if (!s)
        return s.error();
    while (s->step()) {
        SurveySubmission x{s->toText(0), s->toText(1), s->toText(2), s->toText(3), int(s->toInt(4)), s->toText(5),
                           s->toText(6), s->toText(7), s->toText(8), s->toText(9)};
        book.submissions[{x.surveyId, x.department}] = x;
    }
    auto r = prepared(db, QStringLiteral("SELECT row_id, survey_id, department, seq, asset_code, category, name, needed, mark_count, "
                                         "method, mark_size, variant, address, x, y, photo_sha256, note, result_asset_uuid "
                                         "FROM survey_rows%1 ORDER BY department, seq"), scope.rows);
    if (!r)
        return r.error();
    while (r->step()) {
        SurveyRow x;
        x.rowId = r->toText(0);
        x.surveyId = r->toText(1);
        x.department = r->toText(2);
        x.seq = int(r->toInt(3));
        x.assetCode = r->toText(4);
        x.category = r->toText(5);
        x.name = r->toText(6);
        x.needed = r->toInt(7) != 0;
        x.markCount = int(r->toInt(8));
        x.method = r->toText(9);
        x.markSize = r->toText(10);
        x.variant = r->toText(11);
        x.address = r->toText(12);
        x.hasLocation = !r->isNull(13) && !r->isNull(14);
        x.x = x.hasLocation ? r->toDouble(13) : 0;
        x.y = x.hasLocation ? r->toDouble(14) : 0;
        x.photoSha256 = r->toText(15);
        x.note = r->toText(16);
        x.resultAssetUuid = r->toText(17);
        book.rows[x.rowId] = x;
    }
    for (Statement *st : {&*c, &*s, &*r}) {
        if (st->failed())
            return makeError(ErrorCode::Sqlite, st->error());
    }
    return book;
}

// Deletes the rows `scope` covers and inserts those of `book` (of survey `only`, when one is named).
VoidResult writeScope(const SqliteDb &db, const SurveyBook &book, const Scope &scope, const QString &only = {})
{
    auto keep = [&](const QString &id) { return only.isEmpty() || id == only; };
    const std::pair<const char *, const Clause *> tables[] = {
        {"survey_campaigns", &scope.campaigns}, {"survey_submissions", &scope.submissions}, {"survey_rows", &scope.rows}};
    for (const auto &[table, where] : tables) {
        auto del = prepared(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)) + QStringLiteral("%1"), *where);
        if (!del)
            return del.error();
        if (auto r = del->run(); !r)
            return r;
    }
    auto c = db.prepare(QStringLiteral("INSERT INTO survey_campaigns (survey_id, title, deadline, categories, variants, state, opened_at, "
                                       "opened_by, closed_at, closed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!c)
        return c.error();
    for (const auto &[id, x] : book.campaigns) {
        if (!keep(id))
            continue;
        c->reset();
        c->bind(1, required(x.surveyId)).bind(2, required(x.title)).bind(3, nullIfEmpty(x.deadline)).bind(4, nullIfEmpty(x.categories.join(QLatin1Char(','))));
        c->bind(5, nullIfEmpty(x.variants.join(QLatin1Char(',')))).bind(6, required(x.state)).bind(7, required(x.openedAt)).bind(8, nullIfEmpty(x.openedBy));
        c->bind(9, nullIfEmpty(x.closedAt)).bind(10, nullIfEmpty(x.closedBy));
        if (auto r = c->run(); !r)
            return r;
    }
    auto s = db.prepare(QStringLiteral("INSERT INTO survey_submissions (survey_id, department, state, comment, revision, updated_at, "
                                       "updated_by, submitted_at, reviewed_at, reviewed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!s)
        return s.error();
    for (const auto &[key, x] : book.submissions) {
        if (!keep(key.first))
            continue;
        s->reset();
        s->bind(1, required(x.surveyId)).bind(2, required(x.department)).bind(3, required(x.state)).bind(4, nullIfEmpty(x.comment)).bind(5, x.revision);
        s->bind(6, nullIfEmpty(x.updatedAt)).bind(7, nullIfEmpty(x.updatedBy)).bind(8, nullIfEmpty(x.submittedAt));
        s->bind(9, nullIfEmpty(x.reviewedAt)).bind(10, nullIfEmpty(x.reviewedBy));
        if (auto r = s->run(); !r)
            return r;
    }
    auto w = db.prepare(QStringLiteral("INSERT INTO survey_rows (row_id, survey_id, department, seq, asset_code, category, name, needed, "
                                       "mark_count, method, mark_size, variant, address, x, y, photo_sha256, note, result_asset_uuid) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"));
    if (!w)
        return w.error();
    for (const auto &[id, x] : book.rows) {
        if (!keep(x.surveyId))
            continue;
        w->reset();
        w->bind(1, required(x.rowId)).bind(2, required(x.surveyId)).bind(3, required(x.department)).bind(4, x.seq).bind(5, nullIfEmpty(x.assetCode));
        w->bind(6, required(x.category)).bind(7, nullIfEmpty(x.name)).bind(8, qint64(x.needed ? 1 : 0)).bind(9, x.markCount);
        w->bind(10, nullIfEmpty(x.method)).bind(11, nullIfEmpty(x.markSize)).bind(12, nullIfEmpty(x.variant));
        w->bind(13, nullIfEmpty(x.address));
        if (x.hasLocation)
            w->bind(14, x.x).bind(15, x.y);
        else
            w->bindNull(14).bindNull(15);
        w->bind(16, nullIfEmpty(x.photoSha256)).bind(17, nullIfEmpty(x.note)).bind(18, nullIfEmpty(x.resultAssetUuid));
        if (auto r = w->run(); !r)
            return r;
    }
    return Ok{};
}

} // namespace

Result<SurveyBook> SurveyTables::fold(const SqliteDb &db)
{
    auto st = db.prepare(QStringLiteral("SELECT %1 FROM asset_events WHERE kind GLOB 'survey.*' ORDER BY hlc, event_id")
                             .arg(QLatin1String(eventrow::kColumns)));
    if (!st)
        return st.error();
    SurveyBook book;
    while (st->step())
        surveyreducer::apply(book, eventrow::fromRow(*st));
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return book;
}

Result<SurveyBook> SurveyTables::read(const AssetStore &store, const QString &surveyId) { return read(StoreAccess::db(store), surveyId); }

Result<SurveyBook> SurveyTables::read(const SqliteDb &db, const QString &surveyId) { return readScope(db, wholeSurvey(surveyId)); }

VoidResult SurveyTables::write(const SqliteDb &db, const SurveyBook &book, const QString &surveyId)
{
    return writeScope(db, book, wholeSurvey(surveyId), surveyId);
}

Result<bool> SurveyTables::isLatest(const SqliteDb &db, const Event &e)
{
    // Walks asset_events_order from `e` on (nothing to walk when `e` is the newest event of all);
    // the unary + keeps SQLite from walking every survey event through asset_events_kind instead.
    auto st = db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM asset_events WHERE (hlc, event_id) > (?1, ?2) "
                                        "AND +kind GLOB 'survey.*')"));
    if (!st)
        return st.error();
    st->bind(1, e.hlc).bind(2, e.id);
    if (!st->step())
        return makeError(ErrorCode::Sqlite, st->error());
    return st->toInt(0) == 0;
}

VoidResult SurveyTables::applyLatest(const SqliteDb &db, const Event &e)
{
    if (surveyreducer::surveyIdOf(e).isEmpty())
        return Ok{}; // the reducer leaves every table as it is
    const Scope scope = eventScope(e);
    auto book = readScope(db, scope);
    if (!book)
        return book.error();
    surveyreducer::apply(*book, e);
    return writeScope(db, *book, scope); // the book holds the scope's rows alone
}

VoidResult SurveyTables::refold(const SqliteDb &db)
{
    auto book = fold(db);
    if (!book)
        return book.error();
    return write(db, *book);
}

} // namespace gc::core
