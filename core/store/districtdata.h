#pragma once

#include "gpkggeometry.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace gc::core {

// The district's reference layers compiled into the program (assets/data), in EPSG:5186.
class DistrictData {
public:
    struct Dong {
        QString admCode, nameKo, nameEn;
        QByteArray wkb; // ISO WKB MultiPolygon, EPSG:5186
        gpkg::Envelope env;
    };
    struct BusStop {
        QString arsId, nameKo, dongCode;
        double x = 0, y = 0; // EPSG:5186
    };

    static Result<std::vector<Dong>> dongs();
    static Result<std::vector<BusStop>> busStops();
};

} // namespace gc::core
