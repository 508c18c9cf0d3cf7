#include "gdaldrivers.h"

#include <gdal.h>

#include <mutex>

namespace gc::geo {

void ensureGdalDrivers()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

} // namespace gc::geo
