#include "log/eventreducer.h"
#include "domain/assetfields.h"
#include "domain/assetstatus.h"
#include "log/payloads.h"

namespace gc::core::reducer {

bool touchesAsset(const QString &kind) { return EventKind::isAssetKind(kind); }

bool touchesSurvey(const QString &kind)
{
    return kind.startsWith(QLatin1String("survey."));
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
        assetfields::apply(state, e.payload);
    } else if (e.kind == QLatin1String(EventKind::AssetUpdated)) {
        assetfields::apply(state, e.payload);
    } else if (e.kind == QLatin1String(EventKind::AssetStatus)) {
        // A status no client knows (a typo, a crafted value) leaves the asset where it was.
        const AssetStatusPayload p = AssetStatusPayload::read(e.payload);
        if (assetStatusFromString(p.status))
            state.status = p.status;
        state.statusReason = p.reason.value_or(QString());
        // The keys that are also asset fields are set through the asset field table, as an update's are.
        for (const char *key : {"assignee", "due_date", "method", "mark_count"}) {
            if (e.payload.contains(QLatin1String(key)))
                assetfields::set(state, QLatin1String(key), e.payload.value(QLatin1String(key)).toVariant());
        }
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
