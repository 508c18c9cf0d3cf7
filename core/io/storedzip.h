#pragma once

#include "result.h"
#include "zipwriter.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace gc::core {

// A zip archive whose members are stored, not compressed (method 0): what a QGIS project (.qgz)
// needs. Written by GDAL's zip writer (geo::ZipWriter); members are small text files, so compression
// gains nothing, and every zip reader (QGIS, Python's zipfile, unzip) reads stored members.
class StoredZip {
public:
    using Member = geo::ZipWriter::Member;
    // Writes `path` (replacing it, complete or not at all).
    static VoidResult write(const QString &path, const std::vector<Member> &members);
    static quint32 crc32(const QByteArray &data);
};

} // namespace gc::core
