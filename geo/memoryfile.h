#pragma once

#include <QByteArray>
#include <QString>

namespace gc::geo {

// Bytes that GDAL opens by path (/vsimem/…) for as long as this object lives: a layer compiled into
// the binary, a CSV recoded to UTF-8. The path is removed from GDAL's memory file system on destruction,
// so close every dataset opened on it first.
class MemoryFile {
public:
    // `fileName` ends the path, so that GDAL picks the driver by its suffix ("dongs.geojson").
    MemoryFile(QByteArray bytes, const QString &fileName);
    ~MemoryFile();
    MemoryFile(const MemoryFile &) = delete;
    MemoryFile &operator=(const MemoryFile &) = delete;

    // False when GDAL refused the buffer; then path() names nothing.
    bool isOpen() const { return m_open; }
    // UTF-8, as GDAL's API takes it.
    const QByteArray &path() const { return m_path; }

private:
    QByteArray m_bytes; // GDAL reads these in place; never written, so never detached, while mapped
    QByteArray m_path;
    bool m_open = false;
};

} // namespace gc::geo
