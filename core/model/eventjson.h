#pragma once

#include "model/event.h"
#include "result.h"

#include <QJsonObject>

namespace gc::core {

// The wire form of an Event, shared by the sync server and the sync client.
namespace eventjson {
QJsonObject toJson(const Event &e);
// Checks every field a store relies on (UUID id, clock stamp, kind, no NUL in any text) and the
// payload against its kind's schema (eventkinds::validate); the error names the field.
Result<Event> fromJson(const QJsonObject &o);
bool isUuid(const QString &s);
bool isSha256(const QString &s); // 64 lowercase hex digits
} // namespace eventjson

} // namespace gc::core
