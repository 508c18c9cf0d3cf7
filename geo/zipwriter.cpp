#include "zipwriter.h"
#include "text.h"

#include "cplerrorscope.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>

namespace gc::geo {

namespace {

struct ZipCloser {
    void operator()(void *zip) const { CPLCloseZip(zip); }
};
using ZipHandle = std::unique_ptr<void, ZipCloser>;

Error writeError(const QString &path, const QString &why)
{
    return makeError(ErrorCode::Io, tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "cannot write the file (%1)"), why)));
}

// Every member into the open archive; GDAL's message when one fails.
VoidResult addMembers(void *zip, const std::vector<ZipWriter::Member> &members, ZipWriter::Method method, const QString &path)
{
    CPLStringList options;
    options.SetNameValue("COMPRESSED", method == ZipWriter::Method::Stored ? "NO" : "YES");
    for (const ZipWriter::Member &m : members) {
        const CplErrorScope errors;
        const QByteArray name = m.name.toUtf8();
        if (CPLCreateFileInZip(zip, name.constData(), options.List()) != CE_None
            || CPLWriteFileInZip(zip, m.data.constData(), int(m.data.size())) != CE_None || CPLCloseFileInZip(zip) != CE_None)
            return writeError(path, QStringLiteral("%1: %2").arg(m.name, errors.last()));
    }
    return Ok{};
}

} // namespace

VoidResult ZipWriter::write(const QString &path, const std::vector<Member> &members, Method method)
{
    for (const Member &m : members)
        if (m.data.size() > std::numeric_limits<int>::max()) // CPLWriteFileInZip takes an int
            return makeError(ErrorCode::TooLarge, tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "%1 is larger than 2 GiB"), m.name)));
    const QFileInfo target(path);
    const QString partial = target.absoluteDir().filePath(QStringLiteral(".%1.partial").arg(target.fileName()));
    QFile::remove(partial);
    {
        const CplErrorScope errors;
        ZipHandle zip(CPLCreateZip(partial.toUtf8().constData(), nullptr));
        if (!zip)
            return writeError(path, errors.last());
        if (auto r = addMembers(zip.get(), members, method, path); !r) {
            zip.reset();
            QFile::remove(partial);
            return r;
        }
        if (CPLCloseZip(zip.release()) != CE_None) {
            QFile::remove(partial);
            return writeError(path, errors.last());
        }
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partial);
        return writeError(path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    return Ok{};
}

quint32 ZipWriter::crc32(const QByteArray &data)
{
    uLong crc = ::crc32(0L, Z_NULL, 0);
    for (qsizetype at = 0; at < data.size();) { // zlib takes an unsigned int length
        const auto n = uInt(std::min<qsizetype>(data.size() - at, 1 << 30));
        crc = ::crc32(crc, reinterpret_cast<const Bytef *>(data.constData() + at), n);
        at += n;
    }
    return quint32(crc);
}

} // namespace gc::geo
