#pragma once

#include <QJsonObject>
#include <QString>

namespace gc::core {

// One entry of the append-only log. Sorting by (hlc, id) gives every device the same order.
struct Event {
    QString id;        // UUID
    QString hlc;       // HybridClock stamp, sortable as text
    QString time;      // ISO 8601 UTC wall time when it happened
    QString actor;     // user name
    QString device;    // device id
    QString kind;      // see EventKind
    QString assetUuid; // empty for events that concern no asset
    QJsonObject payload;

    bool operator<(const Event &o) const { return hlc != o.hlc ? hlc < o.hlc : id < o.id; }
};

namespace EventKind {
inline constexpr char AssetCreated[] = "asset.created"; // payload: every field
inline constexpr char AssetUpdated[] = "asset.updated"; // payload: the changed fields
inline constexpr char AssetStatus[] = "asset.status";   // payload: status, reason (+ assignee, due_date)
inline constexpr char AssetDeleted[] = "asset.deleted"; // payload: reason; the row leaves the table (adopt, W2.7)
inline constexpr char PhotoAdded[] = "photo.added";     // payload: the photo row
// Department demand surveys (W1.6); asset_uuid empty, payload always carries survey_id.
inline constexpr char SurveyOpened[] = "survey.opened";                 // title, deadline, categories, variants
inline constexpr char SurveyClosed[] = "survey.closed";
inline constexpr char SurveyRowsSaved[] = "survey.rows_saved";         // department, rows: the whole sheet, kept as a draft
inline constexpr char SurveyRowsSubmitted[] = "survey.rows_submitted"; // department, rows: the whole sheet, submitted
inline constexpr char SurveyReviewed[] = "survey.reviewed";             // department, decision, comment, applied
// Field crews (W1.4); asset_uuid empty. See fieldtables.h.
inline constexpr char UserAdded[] = "user.added";         // user_id, name, crew, role, pin_hash
inline constexpr char UserUpdated[] = "user.updated";     // user_id and the changed fields
inline constexpr char PlaceProposed[] = "place.proposed"; // proposal_id, category, x, y, dong_code, note, photo_sha256
inline constexpr char PlaceDecided[] = "place.decided";   // proposal_id, decision (accepted|rejected), note
// The office keeps one of two edits the server flagged as a conflict (W3.2): event_id and
// other_event_id as the server listed them, kept (one of the two). When the kept edit was the one the
// fold had let lose, the office records it again just before, so it wins on every device.
inline constexpr char ConflictResolved[] = "conflict.resolved";

// The kinds that change an asset's fields, listed once: the fold, the servers' asset layer and the
// sync conflict rule all read this list, so a new asset kind is added here and nowhere else.
inline constexpr const char *AssetKinds[] = {AssetCreated, AssetUpdated, AssetStatus, AssetDeleted};
inline bool isAssetKind(const QString &kind)
{
    for (const char *k : AssetKinds) {
        if (kind == QLatin1String(k))
            return true;
    }
    return false;
}
} // namespace EventKind

} // namespace gc::core
