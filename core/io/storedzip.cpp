#include "io/storedzip.h"

namespace gc::core {

VoidResult StoredZip::write(const QString &path, const std::vector<Member> &members)
{
    return geo::ZipWriter::write(path, members, geo::ZipWriter::Method::Stored);
}

quint32 StoredZip::crc32(const QByteArray &data)
{
    return geo::ZipWriter::crc32(data);
}

} // namespace gc::core
