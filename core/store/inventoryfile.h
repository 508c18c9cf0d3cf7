#pragma once

#include "result.h"

#include <QString>

namespace gc::core {

class SqliteDb;

// Opening the GeoPackage file itself: refusing what is not an inventory (or is newer than this
// program), migrating an older one, putting the district's dongs into a new one, and setting the
// connection up (spatial functions, WAL, foreign keys). Everything above works on the open connection.
class InventoryFile {
public:
    enum class Mode { Open, OpenReadOnly, Create };

    // `readOnly` is set when the file was opened read-only or cannot be written.
    static Result<SqliteDb> open(const QString &path, Mode mode, bool *readOnly);

private:
    static VoidResult installDongs(const SqliteDb &db);
};

} // namespace gc::core
