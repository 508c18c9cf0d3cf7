#pragma once

#include "model/event.h"
#include "field/fieldrecords.h"
#include "result.h"

namespace gc::core {

class AssetStore;
class SqliteDb;

// The field crews' tables: gc_users (from user.added / user.updated) and place_proposals (from
// place.proposed / place.decided). Both are small, so every such event refolds them from the log:
// an event that arrives out of order from another device lands where the log order puts it.
class FieldTables {
public:
    // Schema version 4: the two attribute tables, registered in gpkg_contents.
    static VoidResult install(const SqliteDb &db);
    static bool handles(const QString &kind);
    static void apply(FieldBook &book, const Event &e);
    // Folds the log's user.* and place.* events.
    static Result<FieldBook> fold(const SqliteDb &db);
    static Result<FieldBook> read(const SqliteDb &db);
    static Result<FieldBook> read(const AssetStore &store);
    // Replaces the stored rows with `book`; call inside a transaction.
    static VoidResult write(const SqliteDb &db, const FieldBook &book);
    // After a field event was written to the log.
    static VoidResult materialize(const SqliteDb &db, const Event &e);
};

} // namespace gc::core
