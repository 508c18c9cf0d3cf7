#pragma once

#include "model/event.h"

namespace gc::core {

class Statement;

// How events are read back from the `asset_events` table, in one place for every reader.
namespace eventrow {
// The columns to SELECT, in the order fromRow() expects.
inline constexpr char kColumns[] = "event_id, hlc, occurred_at, actor, device, kind, asset_uuid, payload";
Event fromRow(const Statement &st);
} // namespace eventrow

} // namespace gc::core
