#include "memoryfile.h"

#include <cpl_vsi.h>

#include <atomic>

namespace gc::geo {

MemoryFile::MemoryFile(QByteArray bytes, const QString &fileName) : m_bytes(std::move(bytes))
{
    // A folder of its own keeps two files of one name (two threads, two imports) apart, and leaves
    // the file its name: GDAL names a CSV's or GeoJSON's layer after it.
    static std::atomic<quint64> next{0};
    m_path = QStringLiteral("/vsimem/gc_%1/%2").arg(++next).arg(fileName).toUtf8();
    VSILFILE *f = VSIFileFromMemBuffer(m_path.constData(), reinterpret_cast<GByte *>(const_cast<char *>(m_bytes.constData())),
                                       vsi_l_offset(m_bytes.size()), FALSE);
    m_open = f != nullptr;
    if (f)
        VSIFCloseL(f);
}

MemoryFile::~MemoryFile()
{
    if (m_open)
        VSIUnlink(m_path.constData());
}

} // namespace gc::geo
