#pragma once

#include "model/donglocator.h"
#include "result.h"

namespace gc::core {

class SqliteDb;

// The inventory's `dongs` layer as a DongLocator: the store reads the file, the model locates.
class DongLayer {
public:
    static Result<DongLocator> load(const SqliteDb &db);
};

} // namespace gc::core
