#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace gc::core {

// Writes a zip archive whose members are stored, not compressed (method 0): what a QGIS project
// (.qgz) needs, without a zip library. Members are small text files, so compression gains nothing
// worth a dependency; every zip reader (QGIS, Python's zipfile, unzip) reads stored members.
class StoredZip {
public:
    struct Member {
        QString name; // path inside the archive, '/'-separated
        QByteArray data;
    };
    // Writes `path` (replacing it); members larger than 4 GiB are refused (no ZIP64).
    static VoidResult write(const QString &path, const std::vector<Member> &members);
    static quint32 crc32(const QByteArray &data);
};

} // namespace gc::core
