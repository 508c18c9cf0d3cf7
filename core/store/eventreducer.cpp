#include "store/eventreducer.h"
#include "model/assetfields.h"
#include "model/assetstatus.h"
#include "model/eventdomain.h"
#include "model/payloads.h"

namespace gc::core::reducer {

bool touchesAsset(const QString &kind) { return EventKind::isAssetKind(kind); }

bool touchesSurvey(const QString &kind)
{
    return kind.startsWith(QLatin1String("survey."));
}

namespace {

// One field of a typed payload onto the asset: its typed value, or what the asset field table made
// of the raw value before the typed payloads when the key holds another type (it stays in extra).
template <typename V> void setField(Asset &a, const char *key, const std::optional<V> &v, const QJsonObject &extra)
{
    if (v) {
        assetfields::set(a, QLatin1String(key), QVariant::fromValue(*v));
    } else if (const auto it = extra.constFind(QLatin1String(key)); it != extra.constEnd()) {
        assetfields::set(a, QLatin1String(key), it->toVariant());
    }
}

// A member of the payload from the asset field `key` of `a` (x, y and batch are not asset fields:
// get() gives an invalid value and they are left alone). `all`: an empty text and false too.
void put(std::optional<QString> &m, const QVariant &v, bool all)
{
    if (v.isValid() && (all || !v.toString().isEmpty()))
        m = v.toString();
}
void put(std::optional<qint64> &m, const QVariant &v, bool)
{
    if (v.isValid())
        m = v.toInt(); // numbers always, as assetfields::toJson writes them
}
void put(std::optional<bool> &m, const QVariant &v, bool all)
{
    if (v.isValid() && (all || v.toBool()))
        m = v.toBool();
}
void put(std::optional<double> &, const QVariant &, bool) {}

} // namespace

#define GC_SET_ASSET_FIELD(member, key, type, required, maxLength, items) setField(state, key, p.member, p.extra);

void applyFields(Asset &state, const AssetFieldsPayload &p)
{
    GC_PAYLOAD_ASSET_FIELDS(GC_SET_ASSET_FIELD) // x, y and batch are no asset field: set() passes them by
    using K = AssetFieldsPayload::Key;
    if (payload::given(p.x, p.extra, K::x) && payload::given(p.y, p.extra, K::y)) {
        // A place no map can hold (1e308 from a crafted event a log took before the check) never
        // reaches the spatial index: the asset keeps the place it had (Projection refuses it).
        if (p.x && p.y && !district::fitsIndex(*p.x, *p.y))
            return;
        state.hasLocation = p.x && p.y; // a null (or a text) for either: no place
        state.x = state.hasLocation ? *p.x : 0;
        state.y = state.hasLocation ? *p.y : 0;
    }
}

#define GC_PUT_CREATED(member, key, type, required, maxLength, items) put(p.member, assetfields::get(a, QLatin1String(key)), false);

AssetFieldsPayload createdPayload(const Asset &a)
{
    AssetFieldsPayload p;
    GC_PAYLOAD_ASSET_FIELDS(GC_PUT_CREATED)
    if (a.hasLocation) {
        p.x = a.x;
        p.y = a.y;
    }
    return p;
}

#define GC_PUT_CHANGED(member, key, type, required, maxLength, items)                                                           \
    if (keys.contains(QLatin1String(key)))                                                                                      \
        put(p.member, assetfields::get(a, QLatin1String(key)), true);

AssetFieldsPayload changedPayload(const Asset &a, const QStringList &keys)
{
    AssetFieldsPayload p;
    GC_PAYLOAD_ASSET_FIELDS(GC_PUT_CHANGED)
    if (keys.contains(QLatin1String("geom"))) {
        if (a.hasLocation) {
            p.x = a.x;
            p.y = a.y;
        } else {
            p.extra.insert(QLatin1String(AssetFieldsPayload::Key::x), QJsonValue::Null);
            p.extra.insert(QLatin1String(AssetFieldsPayload::Key::y), QJsonValue::Null);
        }
    }
    return p;
}

void apply(Asset &state, bool &exists, const Event &e)
{
    if (e.kind == QLatin1String(EventKind::AssetCreated)) {
        // A second create of the same asset (two devices) acts as an update of its fields.
        if (!exists) {
            state = Asset{};
            state.uuid = e.assetUuid;
            state.createdAt = e.time;
            exists = true;
        }
        applyFields(state, AssetFieldsPayload::read(e.payload));
    } else if (e.kind == QLatin1String(EventKind::AssetUpdated)) {
        applyFields(state, AssetFieldsPayload::read(e.payload));
    } else if (e.kind == QLatin1String(EventKind::AssetStatus)) {
        // A status no client knows (a typo, a crafted value) leaves the asset where it was.
        const AssetStatusPayload p = AssetStatusPayload::read(e.payload);
        if (assetStatusFromString(p.status))
            state.status = p.status;
        state.statusReason = p.reason.value_or(QString());
        // The keys that are also asset fields are set through the asset field table, as an update's are.
        using K = AssetStatusPayload::Key;
        setField(state, K::assignee, p.assignee, p.extra);
        setField(state, K::dueDate, p.dueDate, p.extra);
        setField(state, K::method, p.method, p.extra);
        setField(state, K::markCount, p.markCount, p.extra);
    } else if (e.kind == QLatin1String(EventKind::AssetDeleted)) {
        // The asset leaves the table; a later create (another device) brings it back.
        exists = false;
    } else {
        return;
    }
    state.updatedAt = e.time;
}

PhotoRow photoRow(const Event &e)
{
    const PhotoAddedPayload p = PhotoAddedPayload::read(e.payload);
    PhotoRow r;
    r.photoId = p.photoId.value_or(e.id);
    r.sha256 = p.sha256;
    r.assetUuid = e.assetUuid;
    r.role = p.role.value_or(QStringLiteral("other"));
    r.bytes = p.bytes.value_or(0);
    r.width = int(p.width.value_or(0));
    r.height = int(p.height.value_or(0));
    r.mime = p.mime.value_or(QString());
    r.takenAt = p.takenAt.value_or(QString());
    r.phash = p.phash.value_or(QString());
    if (p.lat && p.lon) {
        r.lat = *p.lat;
        r.lon = *p.lon;
    }
    r.addedAt = e.time;
    r.addedBy = e.actor;
    return r;
}

QJsonObject photoPayload(const PhotoRow &row)
{
    PhotoAddedPayload p;
    p.photoId = row.photoId;
    p.sha256 = row.sha256;
    p.role = row.role;
    p.bytes = row.bytes;
    p.width = row.width;
    p.height = row.height;
    if (!row.mime.isEmpty())
        p.mime = row.mime;
    if (!row.takenAt.isEmpty())
        p.takenAt = row.takenAt;
    if (!row.phash.isEmpty())
        p.phash = row.phash;
    if (!row.lat.isNull() && !row.lon.isNull()) {
        p.lat = row.lat.toDouble();
        p.lon = row.lon.toDouble();
    }
    return p.toJson();
}

} // namespace gc::core::reducer
