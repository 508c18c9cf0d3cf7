#include "field/fieldtables.h"
#include "store/storeaccess.h"
#include "store/eventrow.h"
#include "model/payloads.h"
#include "store/sqlitedb.h"
#include "store/statement.h"

#include <QJsonDocument>

namespace gc::core {

namespace {

using columntext::nullIfEmpty;
using columntext::required;

} // namespace

VoidResult FieldTables::install(const SqliteDb &db)
{
    return db.exec(QStringLiteral(R"(
CREATE TABLE "gc_users" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" TEXT NOT NULL UNIQUE,
  "name" TEXT NOT NULL, "crew" TEXT, "role" TEXT NOT NULL, "pin_hash" TEXT, "active" BOOLEAN NOT NULL,
  "added_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('gc_users', 'attributes', 'gc_users', '현장 사용자 / field crew users (PIN stored as a salted hash)');
CREATE TABLE "place_proposals" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "proposal_id" TEXT NOT NULL UNIQUE,
  "category" TEXT NOT NULL, "x" DOUBLE NOT NULL, "y" DOUBLE NOT NULL, "dong_code" TEXT, "note" TEXT, "photo_sha256" TEXT,
  "state" TEXT NOT NULL, "decision_note" TEXT, "proposed_at" TEXT NOT NULL, "proposed_by" TEXT, "decided_at" TEXT,
  "decided_by" TEXT);
CREATE INDEX place_proposals_state ON place_proposals (state, proposed_at);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('place_proposals', 'attributes', 'place_proposals', '신규 부착 제안 장소(좌표 EPSG:5186) / proposed new places (x, y in EPSG:5186)');
)"));
}

bool FieldTables::handles(const QString &kind)
{
    return kind == QLatin1String(EventKind::UserAdded) || kind == QLatin1String(EventKind::UserUpdated)
           || kind == QLatin1String(EventKind::PlaceProposed) || kind == QLatin1String(EventKind::PlaceDecided);
}

namespace {

// An optional text a user event sets when it names it: the text, or "" when the key holds another
// value (an explicit null; what the fold always made of it); nothing when the key is absent.
void setText(QString &out, const std::optional<QString> &v, const QJsonObject &extra, const char *key)
{
    if (payload::given(v, extra, key))
        out = v.value_or(QString());
}

void applyUser(FieldBook &book, const Event &e, const UserPayload &p)
{
    const QString &id = p.userId;
    if (id.isEmpty())
        return;
    const bool known = book.users.count(id) > 0;
    if (!known && e.kind == QLatin1String(EventKind::UserUpdated))
        return; // an update whose user this log never saw added
    CrewUser &u = book.users[id];
    if (!known) {
        u.userId = id;
        u.addedAt = e.time;
    }
    using K = UserPayload::Key;
    setText(u.name, p.name, p.extra, K::name);
    setText(u.crew, p.crew, p.extra, K::crew);
    setText(u.role, p.role, p.extra, K::role);
    setText(u.pinHash, p.pinHash, p.extra, K::pinHash);
    if (payload::given(p.active, p.extra, K::active))
        u.active = p.active.value_or(true); // not true or false: active, as the fold always read it
    u.updatedAt = e.time;
}

void applyProposed(FieldBook &book, const Event &e, const PlaceProposedPayload &p)
{
    const QString &id = p.proposalId;
    if (id.isEmpty() || book.proposals.count(id))
        return; // proposed twice (a replayed batch): the first one stands
    PlaceProposal &x = book.proposals[id];
    x.proposalId = id;
    x.category = p.category.value_or(QString());
    x.x = p.x.value_or(0);
    x.y = p.y.value_or(0);
    x.dongCode = p.dongCode.value_or(QString());
    x.note = p.note.value_or(QString());
    x.photoSha256 = p.photoSha256.value_or(QString());
    x.proposedAt = e.time;
    x.proposedBy = e.actor;
}

void applyDecided(FieldBook &book, const Event &e, const PlaceDecidedPayload &p)
{
    const auto it = book.proposals.find(p.proposalId);
    if (it == book.proposals.end())
        return;
    it->second.state = p.decision;
    it->second.decisionNote = p.note.value_or(QString());
    it->second.decidedAt = e.time;
    it->second.decidedBy = e.actor;
}

} // namespace

void FieldTables::apply(FieldBook &book, const Event &e)
{
    // Each kind read through its typed payload (model/payloads.h).
    if (e.kind == QLatin1String(EventKind::UserAdded) || e.kind == QLatin1String(EventKind::UserUpdated))
        applyUser(book, e, UserPayload::read(e.payload));
    else if (e.kind == QLatin1String(EventKind::PlaceProposed))
        applyProposed(book, e, PlaceProposedPayload::read(e.payload));
    else if (e.kind == QLatin1String(EventKind::PlaceDecided))
        applyDecided(book, e, PlaceDecidedPayload::read(e.payload));
}

Result<FieldBook> FieldTables::fold(const SqliteDb &db)
{
    auto st = db.prepare(QStringLiteral("SELECT %1 FROM asset_events "
                                        "WHERE kind IN (?1, ?2, ?3, ?4) ORDER BY hlc, event_id").arg(QLatin1String(eventrow::kColumns)));
    if (!st)
        return st.error();
    st->bind(1, EventKind::UserAdded).bind(2, EventKind::UserUpdated).bind(3, EventKind::PlaceProposed).bind(4, EventKind::PlaceDecided);
    FieldBook book;
    while (st->step()) {
        const Event e = eventrow::fromRow(*st);
        apply(book, e);
    }
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return book;
}

Result<FieldBook> FieldTables::read(const SqliteDb &db)
{
    FieldBook book;
    auto u = db.prepare(QStringLiteral("SELECT user_id, name, crew, role, pin_hash, active, added_at, updated_at FROM gc_users"));
    if (!u)
        return u.error();
    while (u->step()) {
        CrewUser x{u->toText(0), u->toText(1), u->toText(2), u->toText(3), u->toText(4), u->toInt(5) != 0, u->toText(6), u->toText(7)};
        book.users[x.userId] = x;
    }
    if (u->failed())
        return makeError(ErrorCode::Sqlite, u->error());
    auto p = db.prepare(QStringLiteral("SELECT proposal_id, category, x, y, dong_code, note, photo_sha256, state, decision_note, "
                                       "proposed_at, proposed_by, decided_at, decided_by FROM place_proposals"));
    if (!p)
        return p.error();
    while (p->step()) {
        PlaceProposal x;
        x.proposalId = p->toText(0);
        x.category = p->toText(1);
        x.x = p->toDouble(2);
        x.y = p->toDouble(3);
        x.dongCode = p->toText(4);
        x.note = p->toText(5);
        x.photoSha256 = p->toText(6);
        x.state = p->toText(7);
        x.decisionNote = p->toText(8);
        x.proposedAt = p->toText(9);
        x.proposedBy = p->toText(10);
        x.decidedAt = p->toText(11);
        x.decidedBy = p->toText(12);
        book.proposals[x.proposalId] = x;
    }
    if (p->failed())
        return makeError(ErrorCode::Sqlite, p->error());
    return book;
}

VoidResult FieldTables::write(const SqliteDb &db, const FieldBook &book)
{
    if (auto r = db.exec(QStringLiteral("DELETE FROM gc_users; DELETE FROM place_proposals;")); !r)
        return r;
    auto u = db.prepare(QStringLiteral("INSERT INTO gc_users (user_id, name, crew, role, pin_hash, active, added_at, updated_at) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!u)
        return u.error();
    for (const auto &[id, x] : book.users) {
        u->reset();
        u->bind(1, required(x.userId)).bind(2, required(x.name)).bind(3, nullIfEmpty(x.crew)).bind(4, required(x.role)).bind(5, nullIfEmpty(x.pinHash));
        u->bind(6, qint64(x.active ? 1 : 0)).bind(7, required(x.addedAt)).bind(8, required(x.updatedAt));
        if (auto r = u->run(); !r)
            return r;
    }
    auto p = db.prepare(QStringLiteral("INSERT INTO place_proposals (proposal_id, category, x, y, dong_code, note, photo_sha256, state, "
                                       "decision_note, proposed_at, proposed_by, decided_at, decided_by) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"));
    if (!p)
        return p.error();
    for (const auto &[id, x] : book.proposals) {
        p->reset();
        p->bind(1, required(x.proposalId)).bind(2, required(x.category)).bind(3, x.x).bind(4, x.y).bind(5, nullIfEmpty(x.dongCode));
        p->bind(6, nullIfEmpty(x.note)).bind(7, nullIfEmpty(x.photoSha256)).bind(8, required(x.state)).bind(9, nullIfEmpty(x.decisionNote));
        p->bind(10, required(x.proposedAt)).bind(11, nullIfEmpty(x.proposedBy)).bind(12, nullIfEmpty(x.decidedAt)).bind(13, nullIfEmpty(x.decidedBy));
        if (auto r = p->run(); !r)
            return r;
    }
    return Ok{};
}

VoidResult FieldTables::materialize(const SqliteDb &db, const Event &)
{
    auto book = fold(db);
    if (!book)
        return book.error();
    return write(db, *book);
}

Result<FieldBook> FieldTables::read(const AssetStore &store) { return read(StoreAccess::db(store)); }

} // namespace gc::core
