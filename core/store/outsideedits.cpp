#include "store/outsideedits.h"
#include "text.h"
#include "model/assetfields.h"
#include "model/assetstatus.h"
#include "model/assetvalidator.h"
#include "store/eventreducer.h"
#include "model/payloads.h"
#include "store/timeuuid.h"
#include "store/assetstore.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include <QJsonValue>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace gc::core {

namespace {

const QString kGeom = QStringLiteral("geom");

QString valueText(const Asset &a, const QString &key)
{
    if (key == kGeom)
        return a.hasLocation ? QStringLiteral("%1, %2").arg(a.x, 0, 'f', 2).arg(a.y, 0, 'f', 2) : QString();
    if (key == QLatin1String("created_at"))
        return a.createdAt;
    if (key == QLatin1String("updated_at"))
        return a.updatedAt;
    return assetfields::get(a, key).toString();
}

bool sameGeom(const Asset &a, const Asset &b)
{
    return a.hasLocation == b.hasLocation && std::abs(a.x - b.x) <= 1e-6 && std::abs(a.y - b.y) <= 1e-6;
}

// The fields an asset event sets, to tell whether an outside edit and a newer event touched the same one.
std::set<QString> fieldsSetBy(const Event &e)
{
    std::set<QString> out;
    if (e.kind == QLatin1String(EventKind::AssetCreated)) {
        for (const auto &f : assetfields::all())
            out.insert(QLatin1String(f.key));
        out.insert(kGeom);
    } else if (e.kind == QLatin1String(EventKind::AssetUpdated)) {
        for (auto it = e.payload.constBegin(); it != e.payload.constEnd(); ++it)
            out.insert(it.key() == QLatin1String("x") || it.key() == QLatin1String("y") ? kGeom : it.key());
    } else if (e.kind == QLatin1String(EventKind::AssetStatus)) {
        out = {QStringLiteral("status"), QStringLiteral("status_reason")};
        const AssetStatusPayload p = AssetStatusPayload::read(e.payload);
        using K = AssetStatusPayload::Key;
        const std::pair<const char *, bool> alsoFields[] = {{K::assignee, payload::given(p.assignee, p.extra, K::assignee)},
                                                            {K::dueDate, payload::given(p.dueDate, p.extra, K::dueDate)},
                                                            {K::method, payload::given(p.method, p.extra, K::method)},
                                                            {K::markCount, payload::given(p.markCount, p.extra, K::markCount)}};
        for (const auto &[key, given] : alsoFields) {
            if (given)
                out.insert(QLatin1String(key));
        }
    }
    return out;
}

QStringList validate(const AssetValidator &validator, Asset &a)
{
    QStringList out;
    for (const auto &p : validator.check(a))
        out << QStringLiteral("%1 = '%2': %3").arg(p.field, p.value, p.reason);
    return out;
}

// The fields set by the asset's events newer than `seenHlc` (none when the row names no event). Read
// per asset, only for a row that differs from the log: the whole log is never held in memory.
Result<std::set<QString>> newerFields(const AssetStore &store, const QString &uuid, const QString &seenHlc)
{
    std::set<QString> out;
    if (seenHlc.isEmpty())
        return out;
    auto events = store.events(uuid);
    if (!events)
        return events.error();
    for (const Event &e : *events) {
        if (EventKind::isAssetKind(e.kind) && e.hlc > seenHlc)
            out.merge(fieldsSetBy(e));
    }
    return out;
}

// How often each code appears in the table (a hand-copied row repeats one), read without the rows.
Result<std::map<QString, int>> codeCounts(const SqliteDb &db)
{
    auto st = db.prepare(QStringLiteral("SELECT code, count(*) FROM assets GROUP BY code"));
    if (!st)
        return st.error();
    std::map<QString, int> out;
    while (st->step())
        out[st->toText(0)] += int(st->toInt(1));
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

// A new code for an added row that has none, past those already handed out in this run.
QString freshCode(const AssetStore &store, const QString &category, std::set<QString> &used)
{
    QString code = store.nextCode(category);
    const QString head = code.left(code.size() - 6);
    int n = code.right(6).toInt();
    while (used.count(code))
        code = QStringLiteral("%1%2").arg(head).arg(++n, 6, 10, QLatin1Char('0'));
    used.insert(code);
    return code;
}

QString duplicateCode(const QString &code)
{
    return render(tx("code = '%1': %2", code, tx(QT_TRANSLATE_NOOP("gc", "another row has the same code"))), Lang::Both);
}

// What every row of the table is judged against.
struct Judge {
    const AssetStore &store;
    const AssetValidator &validator;
    std::map<QString, int> codeUse;
    std::set<QString> usedCodes;
};

// A row the log has never seen.
OutsideEdit addedEdit(Judge &j, const Asset &row, qint64 fid)
{
    OutsideEdit edit;
    edit.kind = OutsideEdit::Kind::Added;
    edit.fid = fid;
    edit.uuid = row.uuid;
    Asset a = row;
    a.createdAt.clear();
    a.updatedAt.clear();
    // A hand-typed identity ("1", "new") would collide between devices: such a row gets a real one.
    if (QUuid::fromString(row.uuid).isNull())
        a.uuid = timeOrderedUuid();
    edit.refused = validate(j.validator, a);
    if (a.code.isEmpty() && edit.refused.isEmpty())
        a.code = freshCode(j.store, a.category, j.usedCodes);
    else if (j.codeUse[a.code] > 1)
        edit.refused << duplicateCode(a.code);
    for (const auto &f : assetfields::all()) {
        const QString key = QLatin1String(f.key);
        if (assetfields::get(a, key) != assetfields::get(Asset{}, key) || key == QLatin1String("code"))
            edit.changes.push_back({key, {}, valueText(a, key)});
    }
    edit.changes.push_back({kGeom, {}, valueText(a, kGeom)});
    edit.code = a.code;
    edit.asset = a;
    return edit;
}

// The row's fields that differ from the logged state of its asset.
std::vector<QString> differingFields(const Asset &logged, const Asset &row)
{
    std::vector<QString> out;
    for (const auto &f : assetfields::all()) {
        const QString key = QLatin1String(f.key);
        if (assetfields::get(logged, key) != assetfields::get(row, key))
            out.push_back(key);
    }
    if (!sameGeom(logged, row))
        out.push_back(kGeom);
    return out;
}

// Why a changed row cannot be adopted as it is (empty when it can).
void refuseChanged(Judge &j, OutsideEdit &edit, const Asset &logged, const Asset &row)
{
    const Asset &next = edit.asset;
    const auto changed = [&](const char *key) {
        return std::any_of(edit.changes.begin(), edit.changes.end(), [&](const FieldChange &c) { return c.field == QLatin1String(key); });
    };
    edit.refused = validate(j.validator, edit.asset);
    if (edit.refused.isEmpty() && next.dongCode != logged.dongCode && !changed("dong_code"))
        edit.changes.push_back({QStringLiteral("dong_code"), logged.dongCode, next.dongCode});
    if (changed("status") && edit.refused.isEmpty()) {
        if (auto ok = checkTransition(logged.code, logged.status, next.status); !ok)
            edit.refused << QStringLiteral("status = '%1': %2").arg(next.status, ok.error().message());
        else if (isAssetStatus(next.status, AssetStatus::NeedsAttention) && next.statusReason.trimmed().isEmpty())
            edit.refused << render(tx("status_reason = '': %1", tx(QT_TRANSLATE_NOOP("gc", "needs_attention needs a reason"))), Lang::Both);
    }
    if (changed("code") && j.codeUse[row.code] > 1)
        edit.refused << duplicateCode(row.code);
}

// A row the log knows, compared with the log's state of it; nullopt when they agree.
Result<std::optional<OutsideEdit>> changedEdit(Judge &j, const Asset &row, const Asset &logged, qint64 fid, const QString &seenHlc)
{
    const std::vector<QString> differing = differingFields(logged, row);
    std::set<QString> newer; // fields set by events the row has not seen (an older snapshot written back)
    if (!differing.empty()) {
        auto found = newerFields(j.store, row.uuid, seenHlc);
        if (!found)
            return found.error();
        newer = std::move(*found);
    }
    OutsideEdit edit;
    edit.fid = fid;
    edit.uuid = row.uuid;
    Asset next = logged;
    for (const QString &key : differing) {
        const FieldChange c{key, valueText(logged, key), valueText(row, key)};
        if (newer.count(key)) {
            edit.conflicts.push_back(c);
            continue;
        }
        edit.changes.push_back(c);
        if (key == kGeom) {
            next.hasLocation = row.hasLocation;
            next.x = row.x;
            next.y = row.y;
        } else {
            assetfields::set(next, key, assetfields::get(row, key));
        }
    }
    for (const char *key : {"created_at", "updated_at"}) {
        if (valueText(logged, QLatin1String(key)) != valueText(row, QLatin1String(key)))
            edit.restored.push_back({QLatin1String(key), valueText(logged, QLatin1String(key)), valueText(row, QLatin1String(key))});
    }
    if (edit.changes.empty() && edit.conflicts.empty() && edit.restored.empty())
        return std::optional<OutsideEdit>();
    // A moved point takes the dong it now lies in, unless the dong was edited too.
    const bool moved = std::any_of(edit.changes.begin(), edit.changes.end(), [](const FieldChange &c) { return c.field == kGeom; });
    const bool dongEdited = std::any_of(edit.changes.begin(), edit.changes.end(), [](const FieldChange &c) { return c.field == QLatin1String("dong_code"); });
    if (moved && !dongEdited)
        next.dongCode.clear();
    edit.asset = next;
    refuseChanged(j, edit, logged, row);
    edit.code = logged.code;
    return std::optional<OutsideEdit>(std::move(edit));
}

// A row of the log the table no longer has.
Result<OutsideEdit> deletedEdit(const AssetStore &store, const QString &uuid, const Asset &a)
{
    OutsideEdit edit;
    edit.kind = OutsideEdit::Kind::Deleted;
    edit.uuid = uuid;
    edit.code = a.code;
    edit.asset = a;
    auto photos = store.photos(uuid);
    if (!photos)
        return photos.error();
    if (!photos->empty())
        edit.refused << render(tx(QT_TRANSLATE_NOOP("gc", "an asset with %1 photos cannot be deleted"), photos->size()), Lang::Both);
    return edit;
}

} // namespace

Result<std::vector<OutsideEdit>> OutsideEdits::find(const AssetStore &store)
{
    // The log and the table as one state of the file: a sync merging pulled events on another
    // connection between the two reads made its own rows look edited outside. Both are read as
    // streams (the log folded, the table row by row): only the folded assets are held whole.
    const ReadSnapshot snapshot(StoreAccess::db(store));
    auto replayed = store.replay();
    if (!replayed)
        return replayed.error();
    auto codes = codeCounts(StoreAccess::db(store));
    if (!codes)
        return codes.error();
    auto dongs = store.dongs();
    if (!dongs)
        return dongs.error();
    const AssetValidator validator(*dongs);
    Judge judge{store, validator, std::move(*codes), {}};
    for (const auto &[code, n] : judge.codeUse)
        judge.usedCodes.insert(code);
    for (const auto &[uuid, a] : replayed->assets)
        judge.usedCodes.insert(a.code); // a row deleted outside still holds its code until its deletion is adopted

    std::vector<OutsideEdit> out;
    std::set<QString> seen;
    std::optional<Error> failed;
    auto read = store.forEachAsset([&](const Asset &row, qint64 fid, const QString &lastHlc) {
        seen.insert(row.uuid);
        if (failed)
            return;
        const auto it = replayed->assets.find(row.uuid);
        if (it == replayed->assets.end()) {
            out.push_back(addedEdit(judge, row, fid));
            return;
        }
        auto edit = changedEdit(judge, row, it->second, fid, lastHlc);
        if (!edit)
            failed = edit.error();
        else if (*edit)
            out.push_back(std::move(**edit));
    });
    if (!read)
        return read.error();
    if (failed)
        return *failed;
    for (const auto &[uuid, a] : replayed->assets) {
        if (seen.count(uuid))
            continue;
        auto edit = deletedEdit(store, uuid, a);
        if (!edit)
            return edit.error();
        out.push_back(std::move(*edit));
    }
    return out;
}

Result<OutsideEdits::Adopted> OutsideEdits::adopt(AssetStore &store, const std::vector<OutsideEdit> &edits)
{
    Adopted done;
    std::vector<NewEvent> events;
    std::vector<qint64> drop;
    std::vector<QString> restore;
    for (const OutsideEdit &edit : edits) {
        if (!edit.refused.isEmpty()) {
            ++done.refused;
            continue;
        }
        ++done.assets;
        const Asset &a = edit.asset;
        switch (edit.kind) {
        case OutsideEdit::Kind::Added:
            if (a.uuid != edit.uuid)
                drop.push_back(edit.fid);
            events.push_back({QLatin1String(EventKind::AssetCreated), a.uuid, reducer::createdPayload(a).toJson()});
            break;
        case OutsideEdit::Kind::Deleted:
            events.push_back({QLatin1String(EventKind::AssetDeleted), a.uuid,
                              AssetDeletedPayload{.reason = render(tx(QT_TRANSLATE_NOOP("gc", "deleted outside the log")), Lang::Both)}.toJson()});
            break;
        case OutsideEdit::Kind::Changed: {
            QStringList fields;
            bool statusChanged = false;
            for (const FieldChange &c : edit.changes) {
                if (c.field == QLatin1String("status"))
                    statusChanged = true; // through asset.status, so the rollout rules and the sync's conflict rule see it
                else
                    fields << c.field;
            }
            const QJsonObject update = reducer::changedPayload(a, fields).toJson();
            if (!update.isEmpty())
                events.push_back({QLatin1String(EventKind::AssetUpdated), a.uuid, update});
            if (statusChanged)
                events.push_back({QLatin1String(EventKind::AssetStatus), a.uuid,
                                  AssetStatusPayload{.status = a.status, .reason = a.statusReason}.toJson()});
            restore.push_back(a.uuid);
            break;
        }
        }
    }
    if (done.assets == 0)
        return done;
    auto recorded = store.recordAdopted(events, drop, restore);
    if (!recorded)
        return recorded.error();
    done.events = int(recorded->size());
    return done;
}

QStringList OutsideEdits::describe(const OutsideEdit &edit)
{
    QStringList out;
    switch (edit.kind) {
    case OutsideEdit::Kind::Added: out << render(tx("+ %1 (%2) %3", edit.code, edit.uuid, tx(QT_TRANSLATE_NOOP("gc", "added"))), Lang::Both); break;
    case OutsideEdit::Kind::Changed: out << render(tx("~ %1 (%2) %3", edit.code, edit.uuid, tx(QT_TRANSLATE_NOOP("gc", "changed"))), Lang::Both); break;
    case OutsideEdit::Kind::Deleted: out << render(tx("- %1 (%2) %3", edit.code, edit.uuid, tx(QT_TRANSLATE_NOOP("gc", "deleted"))), Lang::Both); break;
    }
    const auto line = [](const FieldChange &c) { return QStringLiteral("%1: '%2' → '%3'").arg(c.field, c.before, c.after); };
    for (const FieldChange &c : edit.changes)
        out << QStringLiteral("    ") + line(c);
    for (const FieldChange &c : edit.conflicts)
        out << render(tx("    ! %1 — %2", line(c), tx(QT_TRANSLATE_NOOP("gc", "conflicts with a newer event; not applied"))), Lang::Both);
    for (const FieldChange &c : edit.restored)
        out << render(tx("    = %1 — %2", line(c), tx(QT_TRANSLATE_NOOP("gc", "rewritten from the log"))), Lang::Both);
    for (const QString &r : edit.refused)
        out << render(tx("    ✗ %1: %2", tx(QT_TRANSLATE_NOOP("gc", "refused")), r), Lang::Both);
    return out;
}

OutsideEdits::Summary OutsideEdits::summarize(const std::vector<OutsideEdit> &edits, int maxLines)
{
    Summary out;
    QStringList lines;
    for (const OutsideEdit &e : edits) {
        ++out.assets;
        e.refused.isEmpty() ? ++out.adoptable : ++out.refused;
        out.conflicts += int(e.conflicts.size());
        if (!e.refused.isEmpty()) {
            lines << QStringLiteral("%1 ✗ %2").arg(e.code, e.refused.front());
            continue;
        }
        if (e.kind == OutsideEdit::Kind::Added)
            lines << render(tx("%1: %2", e.code, tx(QT_TRANSLATE_NOOP3("gc", "added", "outsideedits"))), Lang::Both);
        else if (e.kind == OutsideEdit::Kind::Deleted)
            lines << render(tx("%1: %2", e.code, tx(QT_TRANSLATE_NOOP3("gc", "deleted", "outsideedits"))), Lang::Both);
        else
            for (const FieldChange &c : e.changes)
                lines << QStringLiteral("%1 %2: '%3' → '%4'").arg(e.code, c.field, c.before, c.after);
        for (const FieldChange &c : e.conflicts)
            lines << render(tx("%1 %2: '%3' ≠ '%4' (%5)", e.code, c.field, c.before, c.after, tx(QT_TRANSLATE_NOOP("gc", "conflict, the log stands"))), Lang::Both);
    }
    out.lines = lines.mid(0, maxLines);
    return out;
}

} // namespace gc::core
