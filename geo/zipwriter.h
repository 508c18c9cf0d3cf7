#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace gc::geo {

// Zip archives written by GDAL's own zip writer (cpl_minizip, the one behind /vsizip/), so the project
// keeps no zip format code of its own. The file appears complete or not at all: the archive is written
// beside `path` and renamed over it.
class ZipWriter {
public:
    struct Member {
        QString name; // path inside the archive, '/'-separated
        QByteArray data;
    };
    enum class Method { Stored, Deflated };
    static VoidResult write(const QString &path, const std::vector<Member> &members, Method method);
    // The CRC-32 a zip member carries (zlib's, as GDAL's writer computes it).
    static quint32 crc32(const QByteArray &data);
};

} // namespace gc::geo
