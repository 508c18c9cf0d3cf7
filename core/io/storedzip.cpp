#include "io/storedzip.h"

#include <QDataStream>
#include <QDateTime>
#include <QSaveFile>

#include <array>

namespace gc::core {

namespace {

// The CRC-32 of zip (IEEE 802.3, reflected, polynomial 0xEDB88320), one table built once.
const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}

// MS-DOS date and time of the members: the time of writing, as zip tools expect.
void dosStamp(quint16 &time, quint16 &date)
{
    const QDateTime now = QDateTime::currentDateTime();
    time = quint16((now.time().hour() << 11) | (now.time().minute() << 5) | (now.time().second() / 2));
    date = quint16(((now.date().year() - 1980) << 9) | (now.date().month() << 5) | now.date().day());
}

} // namespace

quint32 StoredZip::crc32(const QByteArray &data)
{
    const auto &t = crcTable();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = t[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

VoidResult StoredZip::write(const QString &path, const std::vector<Member> &members)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("io"), QStringLiteral("%1: 파일을 쓸 수 없습니다 / cannot write the file (%2)").arg(path, file.errorString()));
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    quint16 time = 0, date = 0;
    dosStamp(time, date);
    constexpr quint16 kVersion = 20, kUtf8Names = 1 << 11;
    struct Entry { QByteArray name; quint32 crc, size, offset; };
    std::vector<Entry> entries;
    quint32 offset = 0;
    for (const Member &m : members) {
        if (m.data.size() >= 0xFFFFFFFFLL || offset + quint64(m.data.size()) >= 0xFFFFFFFFULL)
            return makeError(QStringLiteral("too_large"), QStringLiteral("%1: 4 GiB를 넘습니다 / larger than 4 GiB").arg(path));
        const Entry e{m.name.toUtf8(), crc32(m.data), quint32(m.data.size()), offset};
        out << quint32(0x04034b50) << kVersion << kUtf8Names << quint16(0) << time << date << e.crc << e.size << e.size
            << quint16(e.name.size()) << quint16(0);
        out.writeRawData(e.name.constData(), int(e.name.size()));
        out.writeRawData(m.data.constData(), int(m.data.size()));
        offset += quint32(30 + e.name.size() + m.data.size());
        entries.push_back(e);
    }
    const quint32 directoryAt = offset;
    quint32 directorySize = 0;
    for (const Entry &e : entries) {
        out << quint32(0x02014b50) << kVersion << kVersion << kUtf8Names << quint16(0) << time << date << e.crc << e.size << e.size
            << quint16(e.name.size()) << quint16(0) << quint16(0) << quint16(0) << quint16(0) << quint32(0) << e.offset;
        out.writeRawData(e.name.constData(), int(e.name.size()));
        directorySize += quint32(46 + e.name.size());
    }
    out << quint32(0x06054b50) << quint16(0) << quint16(0) << quint16(entries.size()) << quint16(entries.size()) << directorySize
        << directoryAt << quint16(0);
    if (out.status() != QDataStream::Ok || !file.commit())
        return makeError(QStringLiteral("io"), QStringLiteral("%1: 파일을 쓸 수 없습니다 / cannot write the file (%2)").arg(path, file.errorString()));
    return Ok{};
}

} // namespace gc::core
