#pragma once

#include <QtGlobal>

#include <span>

namespace gc::core {

// What one payload value may be.
enum class PayloadType {
    Text,       // a string (or null when optional)
    Number,     // a finite number
    Integer,    // a whole number
    Bool,
    Sha256,     // 64 lowercase hex digits: becomes a file name and a URL on every device
    TextList,   // an array of strings
    TextMap,    // an object of strings (the photo checks' verdicts)
    ObjectList, // an array of objects, each checked against `items`
    ObjectListMap, // an object of such arrays, by a short key (the failing photo checks per slot)
};

// What a value means beyond its JSON type, and so the values it may take (eventkinds::validate,
// model/eventdomain.h). A field list names it in place of the type: `Easting` is a Number that must be
// an EPSG:5186 x inside the district, `Category` a Text from the category catalogue.
enum class PayloadDomain {
    Any,
    Easting,      // Number: EPSG:5186 x within the district's bounds (with a margin)
    Northing,     // Number: EPSG:5186 y, likewise
    Latitude,     // Number: -90 to 90
    Longitude,    // Number: -180 to 180
    Category,     // Text: a code of catalog::categories()
    Status,       // Text: a code of the status table (model/assetstatus.h)
    PhotoSlot,    // Text: before, after, afterN, problem, cannot_install, proposal, survey
    PhotoVerdict, // Text: pass, review, fail, error (model/photoverdict.h)
    Mime,         // Text: image/jpeg or image/png (what the photo store files)
    PhotoSource,  // Text: camera, file, gallery, app, import
    Priority,     // Integer: 1 to 3
    MarkCount,    // Integer: 0 to 1000
    Pixels,       // Integer: 0 to 100000 (a photo's side)
    Bytes,        // Integer: 0 or more
};

struct PayloadField {
    const char *key;
    PayloadType type;
    bool required = false;
    int maxLength = 0;                        // Text: characters; lists and maps: entries (0: EventLimits' default)
    std::span<const PayloadField> items = {}; // ObjectList: the fields of each entry
    PayloadDomain domain = PayloadDomain::Any;
};

// The type tokens a field list may name: a JSON type (Text, Number, …) or a domain of one (Easting,
// Category, …); payloadtype:: gives each token's JSON type, payloaddomain:: its domain.
namespace payloadtype {
inline constexpr PayloadType Text = PayloadType::Text, Number = PayloadType::Number, Integer = PayloadType::Integer,
                             Bool = PayloadType::Bool, Sha256 = PayloadType::Sha256, TextList = PayloadType::TextList,
                             TextMap = PayloadType::TextMap, ObjectList = PayloadType::ObjectList,
                             ObjectListMap = PayloadType::ObjectListMap;
inline constexpr PayloadType Easting = Number, Northing = Number, Latitude = Number, Longitude = Number;
inline constexpr PayloadType Category = Text, Status = Text, PhotoSlot = Text, PhotoVerdict = Text, Mime = Text, PhotoSource = Text;
inline constexpr PayloadType Priority = Integer, MarkCount = Integer, Pixels = Integer, Bytes = Integer;
} // namespace payloadtype
namespace payloaddomain {
using D = PayloadDomain;
inline constexpr D Text = D::Any, Number = D::Any, Integer = D::Any, Bool = D::Any, Sha256 = D::Any, TextList = D::Any,
                   TextMap = D::Any, ObjectList = D::Any, ObjectListMap = D::Any;
inline constexpr D Easting = D::Easting, Northing = D::Northing, Latitude = D::Latitude, Longitude = D::Longitude;
inline constexpr D Category = D::Category, Status = D::Status, PhotoSlot = D::PhotoSlot, PhotoVerdict = D::PhotoVerdict,
                   Mime = D::Mime, PhotoSource = D::PhotoSource;
inline constexpr D Priority = D::Priority, MarkCount = D::MarkCount, Pixels = D::Pixels, Bytes = D::Bytes;
} // namespace payloaddomain

// The one definition of every event payload (W3.6 item 2). Each list below is expanded twice: into
// the PayloadField tables that the validation reads (payloadfields:: below, eventkinds.h) and into
// the typed structs that the device writes and the readers read (model/payloads.h). A field is added
// here and nowhere else. X(member, "key", type, required, maxLength, items).
#define GC_PAYLOAD_PHOTO_ADDED(X)                                                                                               \
    X(sha256, "sha256", Sha256, true, 0, {})                                                                                    \
    X(photoId, "photo_id", Text, false, 128, {})                                                                                \
    X(role, "role", Text, false, 32, {})                                                                                        \
    X(bytes, "bytes", Bytes, false, 0, {})                                                                                      \
    X(width, "width", Pixels, false, 0, {})                                                                                     \
    X(height, "height", Pixels, false, 0, {})                                                                                   \
    X(mime, "mime", Mime, false, 64, {})                                                                                        \
    X(takenAt, "taken_at", Text, false, 64, {})                                                                                 \
    X(phash, "phash", Text, false, 64, {})                                                                                      \
    X(lat, "lat", Latitude, false, 0, {})                                                                                       \
    X(lon, "lon", Longitude, false, 0, {})                                                                                       \
    X(proposalId, "proposal_id", Text, false, 128, {})                                                                          \
    /* How the photo came in (camera, gallery, app, import): the server's judge (W3.4) weighs a */                             \
    /* gallery photo's capture time (taken_at, above) against the event's own. */                                              \
    X(source, "source", PhotoSource, false, 32, {})                                                                             \
    /* Which photo of the work and what its check said, when a device names them. */                                           \
    X(slot, "slot", PhotoSlot, false, 32, {})                                                                                   \
    X(verdict, "verdict", PhotoVerdict, false, 16, {})

// One failing photo check as the install event keeps it for the office: the check, its status, the
// words shown (both languages) and, for a reused photo, the other asset's code.
#define GC_PAYLOAD_PHOTO_PROBLEM(X)                                                                                             \
    X(check, "check", Text, true, 32, {})                                                                                       \
    X(status, "status", Text, false, 16, {})                                                                                    \
    X(ko, "ko", Text, false, 500, {})                                                                                           \
    X(en, "en", Text, false, 500, {})                                                                                           \
    X(asset, "asset", Text, false, 64, {})

#define GC_PAYLOAD_ASSET_STATUS(X)                                                                                              \
    X(status, "status", Status, true, 32, {})                                                                                   \
    X(reason, "reason", Text, false, 0, {})                                                                                     \
    X(reasonCode, "reason_code", Text, false, 64, {})                                                                           \
    X(assignee, "assignee", Text, false, 128, {})                                                                               \
    X(dueDate, "due_date", Text, false, 32, {})                                                                                 \
    X(method, "method", Text, false, 64, {})                                                                                    \
    X(markCount, "mark_count", Integer, false, 0, {})                                                                           \
    X(photos, "photos", TextList, false, 20, {})                                                                                \
    X(note, "note", Text, false, 0, {})                                                                                         \
    X(checks, "checks", TextMap, false, 32, {})                                                                                 \
    X(reviewReason, "review_reason", Text, false, 0, {})                                                                        \
    X(review, "review", Text, false, 32, {})                                                                                    \
    X(comment, "comment", Text, false, 0, {})                                                                                   \
    X(x, "x", Easting, false, 0, {})                                                                                            \
    X(y, "y", Northing, false, 0, {})                                                                                           \
    X(problems, "problems", ObjectListMap, false, 8, payloadfields::kPhotoProblem)                                             \
    X(batch, "batch", Text, false, 64, {})

#define GC_PAYLOAD_ASSET_DELETED(X) X(reason, "reason", Text, false, 0, {})

#define GC_PAYLOAD_SURVEY_OPENED(X)                                                                                             \
    X(surveyId, "survey_id", Text, true, 128, {})                                                                               \
    X(title, "title", Text, false, 200, {})                                                                                     \
    X(deadline, "deadline", Text, false, 32, {})                                                                                \
    X(categories, "categories", TextList, false, 200, {})                                                                       \
    X(variants, "variants", TextList, false, 200, {})

#define GC_PAYLOAD_SURVEY_CLOSED(X) X(surveyId, "survey_id", Text, true, 128, {})

#define GC_PAYLOAD_SURVEY_ROW(X)                                                                                                \
    X(rowId, "row_id", Text, false, 128, {})                                                                                    \
    X(assetCode, "asset_code", Text, false, 64, {})                                                                             \
    X(category, "category", Text, false, 64, {})                                                                                \
    X(needed, "needed", Bool, false, 0, {})                                                                                     \
    X(markCount, "mark_count", Integer, false, 0, {})                                                                           \
    X(name, "name", Text, false, 200, {})                                                                                       \
    X(method, "method", Text, false, 64, {})                                                                                    \
    X(markSize, "mark_size", Text, false, 64, {})                                                                               \
    X(variant, "variant", Text, false, 64, {})                                                                                  \
    X(address, "address", Text, false, 300, {})                                                                                 \
    X(photoSha256, "photo_sha256", Sha256, false, 0, {})                                                                        \
    X(note, "note", Text, false, 0, {})                                                                                         \
    X(x, "x", Number, false, 0, {})                                                                                             \
    X(y, "y", Number, false, 0, {})

// A department's whole sheet; its largest (교통행정과's vehicles and stops) holds a few thousand rows.
#define GC_PAYLOAD_SURVEY_ROWS(X)                                                                                               \
    X(surveyId, "survey_id", Text, true, 128, {})                                                                               \
    X(department, "department", Text, true, 128, {})                                                                            \
    X(rows, "rows", ObjectList, false, 20000, payloadfields::kSurveyRow)

#define GC_PAYLOAD_APPLIED(X)                                                                                                   \
    X(rowId, "row_id", Text, false, 128, {})                                                                                    \
    X(assetUuid, "asset_uuid", Text, false, 64, {})

#define GC_PAYLOAD_SURVEY_REVIEWED(X)                                                                                           \
    X(surveyId, "survey_id", Text, true, 128, {})                                                                               \
    X(department, "department", Text, true, 128, {})                                                                            \
    X(decision, "decision", Text, true, 32, {})                                                                                 \
    X(comment, "comment", Text, false, 0, {})                                                                                   \
    X(applied, "applied", ObjectList, false, 20000, payloadfields::kApplied)

#define GC_PAYLOAD_USER(X)                                                                                                      \
    X(userId, "user_id", Text, true, 128, {})                                                                                   \
    X(name, "name", Text, false, 128, {})                                                                                       \
    X(crew, "crew", Text, false, 128, {})                                                                                       \
    X(role, "role", Text, false, 32, {})                                                                                        \
    X(pinHash, "pin_hash", Text, false, 256, {})                                                                                \
    X(active, "active", Bool, false, 0, {})

#define GC_PAYLOAD_PLACE_PROPOSED(X)                                                                                            \
    X(proposalId, "proposal_id", Text, true, 128, {})                                                                           \
    X(category, "category", Category, false, 64, {})                                                                            \
    X(x, "x", Easting, false, 0, {})                                                                                            \
    X(y, "y", Northing, false, 0, {})                                                                                           \
    X(dongCode, "dong_code", Text, false, 32, {})                                                                               \
    X(note, "note", Text, false, 0, {})                                                                                         \
    X(photoSha256, "photo_sha256", Sha256, false, 0, {})

#define GC_PAYLOAD_PLACE_DECIDED(X)                                                                                             \
    X(proposalId, "proposal_id", Text, true, 128, {})                                                                           \
    X(decision, "decision", Text, true, 32, {})                                                                                 \
    X(assetUuid, "asset_uuid", Text, false, 64, {})                                                                             \
    X(note, "note", Text, false, 0, {})

// The office settles two edits the server flagged as made without seeing each other (W3.2).
#define GC_PAYLOAD_CONFLICT_RESOLVED(X)                                                                                         \
    X(eventId, "event_id", Text, true, 64, {})                                                                                  \
    X(otherEventId, "other_event_id", Text, true, 64, {})                                                                       \
    X(kept, "kept", Text, true, 64, {})                                                                                         \
    X(note, "note", Text, false, 0, {})

// asset.created / asset.updated: every editable field of an asset (the asset field table,
// assetfields::all(), names the same keys with their spreadsheet labels; a test holds the two alike),
// its place, and the batch an office assignment names itself by, so it can be taken back as one (W3.2).
#define GC_PAYLOAD_ASSET_FIELDS(X)                                                                                              \
    X(code, "code", Text, false, 0, {})                                                                                         \
    X(category, "category", Category, false, 0, {})                                                                             \
    X(name, "name", Text, false, 0, {})                                                                                         \
    X(department, "department", Text, false, 0, {})                                                                             \
    X(dongCode, "dong_code", Text, false, 0, {})                                                                                \
    X(addressJibun, "address_jibun", Text, false, 0, {})                                                                        \
    X(addressRoad, "address_road", Text, false, 0, {})                                                                          \
    X(plateNumber, "plate_number", Text, false, 0, {})                                                                          \
    X(homeDepot, "home_depot", Text, false, 0, {})                                                                              \
    X(method, "method", Text, false, 0, {})                                                                                     \
    X(markCount, "mark_count", MarkCount, false, 0, {})                                                                         \
    X(markSize, "mark_size", Text, false, 0, {})                                                                                \
    X(variant, "variant", Text, false, 0, {})                                                                                   \
    X(status, "status", Status, false, 0, {})                                                                                   \
    X(statusReason, "status_reason", Text, false, 0, {})                                                                        \
    X(priority, "priority", Priority, false, 0, {})                                                                             \
    X(notes, "notes", Text, false, 0, {})                                                                                       \
    X(assignee, "assignee", Text, false, 0, {})                                                                                 \
    X(dueDate, "due_date", Text, false, 0, {})                                                                                  \
    X(locationApproximate, "location_approximate", Bool, false, 0, {})                                                          \
    X(x, "x", Easting, false, 0, {})                                                                                            \
    X(y, "y", Northing, false, 0, {})                                                                                           \
    X(batch, "batch", Text, false, 64, {})

#define GC_PAYLOAD_FIELD_ROW(member, key, type, required, maxLength, items) \
    PayloadField{key, payloadtype::type, required, maxLength, items, payloaddomain::type},

namespace payloadfields {
inline constexpr PayloadField kPhotoProblem[] = {GC_PAYLOAD_PHOTO_PROBLEM(GC_PAYLOAD_FIELD_ROW)};
inline constexpr PayloadField kSurveyRow[] = {GC_PAYLOAD_SURVEY_ROW(GC_PAYLOAD_FIELD_ROW)};
inline constexpr PayloadField kApplied[] = {GC_PAYLOAD_APPLIED(GC_PAYLOAD_FIELD_ROW)};
inline constexpr PayloadField kPhotoAdded[] = {GC_PAYLOAD_PHOTO_ADDED(GC_PAYLOAD_FIELD_ROW)};
inline constexpr PayloadField kAssetStatus[] = {GC_PAYLOAD_ASSET_STATUS(GC_PAYLOAD_FIELD_ROW)};
inline constexpr PayloadField kAssetDeleted[] = {GC_PAYLOAD_ASSET_DELETED(GC_PAYLOAD_FIELD_ROW)};
inline constexpr PayloadField kSurveyOpened[] = {GC_PAYLOAD_SURVEY_OPENED(GC_PAYLOAD_FIELD_ROW)};
inline constexpr PayloadField kSurveyClosed[] = {GC_PAYLOAD_SURVEY_CLOSED(GC_PAYLOAD_FIELD_ROW)};
inline constexpr PayloadField kSurveyRows[] = {GC_PAYLOAD_SURVEY_ROWS(GC_PAYLOAD_FIELD_ROW)};
inline constexpr PayloadField kSurveyReviewed[] = {GC_PAYLOAD_SURVEY_REVIEWED(GC_PAYLOAD_FIELD_ROW)};
inline constexpr PayloadField kUser[] = {GC_PAYLOAD_USER(GC_PAYLOAD_FIELD_ROW)};
inline constexpr PayloadField kPlaceProposed[] = {GC_PAYLOAD_PLACE_PROPOSED(GC_PAYLOAD_FIELD_ROW)};
inline constexpr PayloadField kPlaceDecided[] = {GC_PAYLOAD_PLACE_DECIDED(GC_PAYLOAD_FIELD_ROW)};
inline constexpr PayloadField kConflictResolved[] = {GC_PAYLOAD_CONFLICT_RESOLVED(GC_PAYLOAD_FIELD_ROW)};
inline constexpr PayloadField kAssetFields[] = {GC_PAYLOAD_ASSET_FIELDS(GC_PAYLOAD_FIELD_ROW)};
} // namespace payloadfields

} // namespace gc::core
