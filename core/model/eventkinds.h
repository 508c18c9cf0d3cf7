#pragma once

#include "model/event.h"
#include "model/payloadfields.h"
#include "result.h"

#include <QString>

#include <span>

namespace gc::core {

// Who besides the office (and admin, who write every kind) may write a kind. RolePolicy reads it.
enum EventWriter : unsigned { WriterOffice = 0, WriterCrew = 1, WriterDepartment = 2 };

// One kind of event the product defines: its payload fields and how large one may be. The sync
// server refuses any other kind (eventjson::fromJson), the device checks what it records and what it
// pulls against it, RolePolicy reads who may write it, and the fuzz targets judge what the server
// accepted by it. A new kind (or field) is added here and nowhere else.
struct EventKindSpec {
    const char *kind;
    std::span<const PayloadField> fields;
    qsizetype maxPayloadBytes; // the payload as compact JSON
    unsigned writers;          // EventWriter bits
};

// Bounds every event keeps, whatever its kind.
struct EventLimits {
    qsizetype maxText = 256;       // id, hlc, time, actor, device, asset_uuid
    qsizetype maxKind = 64;
    int maxPayloadText = 2000;     // a payload text without its own bound (names, notes, reasons)
    int maxListEntries = 100;      // a list without its own bound
    int maxExtraText = 1000;       // a field the table does not name (a newer device's optional field)
};

namespace eventkinds {
std::span<const EventKindSpec> all();
const EventKindSpec *find(const QString &kind);
// The kind is one the product defines and the payload fits its schema: required fields present,
// each value of its type and within its bound, no NUL in any text, the whole payload within the
// kind's size. A field the table does not name may carry one short text, number or true/false
// (so an older server takes a newer device's optional field), never a list or an object.
// The error (code "bad_event") names the event, the field ("payload.rows[3].note") and the bound.
VoidResult validate(const Event &e);
// The same check for a payload alone (the typed payloads' fromJson, model/payloads.h).
VoidResult validatePayload(const QString &kind, const QJsonObject &payload);
} // namespace eventkinds

} // namespace gc::core
