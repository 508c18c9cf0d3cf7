#include "log/eventreducer.h"
#include "domain/assetfields.h"
#include "domain/assetstatus.h"

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
        if (const QString status = e.payload.value(QStringLiteral("status")).toString(); assetStatusFromString(status))
            state.status = status;
        state.statusReason = e.payload.value(QStringLiteral("reason")).toString();
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
    const QJsonObject &p = e.payload;
    PhotoRow r;
    r.photoId = p.value(QStringLiteral("photo_id")).toString(e.id);
    r.sha256 = p.value(QStringLiteral("sha256")).toString();
    r.assetUuid = e.assetUuid;
    r.role = p.value(QStringLiteral("role")).toString(QStringLiteral("other"));
    r.bytes = qint64(p.value(QStringLiteral("bytes")).toDouble());
    r.width = p.value(QStringLiteral("width")).toInt();
    r.height = p.value(QStringLiteral("height")).toInt();
    r.mime = p.value(QStringLiteral("mime")).toString();
    r.takenAt = p.value(QStringLiteral("taken_at")).toString();
    r.phash = p.value(QStringLiteral("phash")).toString();
    if (p.value(QStringLiteral("lat")).isDouble() && p.value(QStringLiteral("lon")).isDouble()) {
        r.lat = p.value(QStringLiteral("lat")).toDouble();
        r.lon = p.value(QStringLiteral("lon")).toDouble();
    }
    r.addedAt = e.time;
    r.addedBy = e.actor;
    return r;
}

QJsonObject photoPayload(const PhotoRow &row)
{
    QJsonObject p{{QStringLiteral("photo_id"), row.photoId},
                  {QStringLiteral("sha256"), row.sha256},
                  {QStringLiteral("role"), row.role},
                  {QStringLiteral("bytes"), double(row.bytes)},
                  {QStringLiteral("width"), row.width},
                  {QStringLiteral("height"), row.height}};
    if (!row.mime.isEmpty())
        p.insert(QStringLiteral("mime"), row.mime);
    if (!row.takenAt.isEmpty())
        p.insert(QStringLiteral("taken_at"), row.takenAt);
    if (!row.phash.isEmpty())
        p.insert(QStringLiteral("phash"), row.phash);
    if (!row.lat.isNull() && !row.lon.isNull()) {
        p.insert(QStringLiteral("lat"), row.lat.toDouble());
        p.insert(QStringLiteral("lon"), row.lon.toDouble());
    }
    return p;
}

} // namespace gc::core::reducer
