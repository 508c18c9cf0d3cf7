#include "photofiles/photostore.h"
#include "text.h"
#include "model/eventjson.h"
#include "photofiles/photoheader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace gc::core {

namespace {

// write(2) everything, fsync, close: the bytes are on disk before the rename makes them visible.
bool writeDurably(const QString &path, const QByteArray &bytes, QString &error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            ::unlink(native.constData());
            return false;
        }
        done += n;
    }
    if (::fsync(fd) != 0) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        ::unlink(native.constData());
        return false;
    }
    ::close(fd);
    return true;
}

void fsyncDir(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

QString PhotoStore::pathFor(const QString &sha256) const
{
    if (!eventjson::isSha256(sha256))
        return {};
    return m_dir + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

QString PhotoStore::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString PhotoStore::sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return {};
    return QString::fromLatin1(h.result().toHex());
}

Result<PhotoStore::Stored> PhotoStore::add(const QByteArray &bytes, const std::function<VoidResult(const QString &)> &beforeWrite)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::EmptyPhoto, gc::tx(QT_TRANSLATE_NOOP("gc", "the photo file is empty")));
    // Read from the header by its magic bytes, never by an image plugin's guess: Qt's SVG plugin takes
    // any gzip data for svgz and inflates all of it (1 MB became 1 GB).
    auto header = readPhotoHeader(bytes, m_limits);
    if (!header)
        return header.error();
    Stored s;
    s.sha256 = sha256Of(bytes);
    s.bytes = bytes.size();
    s.width = header->width;
    s.height = header->height;
    s.mime = QStringLiteral("image/") + header->format;
    const QString target = pathFor(s.sha256);
    if (QFileInfo::exists(target)) {
        if (sha256OfFile(target) == s.sha256)
            return s; // content-addressed: the same bytes are already safe
        return makeError(ErrorCode::PhotoConflict,
                         gc::tx("%1: %2", target, gc::tx(QT_TRANSLATE_NOOP("gc", "a damaged file holds this name; it is not overwritten"), target)));
    }
    const QString sub = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(sub))
        return makeError(ErrorCode::Io, gc::tx("%1: %2", sub, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot create the folder"), sub)));
    if (beforeWrite) {
        if (auto ok = beforeWrite(s.sha256); !ok)
            return ok.error();
    }
    // In the folder's top level, where PhotoJournal finds what a killed write left without listing
    // every photo.
    const QString tmp = m_dir + QStringLiteral("/.tmp-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    if (!writeDurably(tmp, bytes, error)) {
        const bool full = error.contains(QLatin1String("space"), Qt::CaseInsensitive);
        return makeError(full ? ErrorCode::DiskFull : ErrorCode::Io,
                         gc::render(gc::tx("%1: %2", target, gc::tx(QT_TRANSLATE_NOOP("gc", "could not store the photo: %2"), target, error)), gc::Lang::Both));
    }
    if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(target).constData()) != 0) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(QFile::encodeName(tmp).constData());
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(target, error));
    }
    fsyncDir(sub);
    return s;
}

Result<PhotoStore::Stored> PhotoStore::addFile(const QString &path)
{
    auto bytes = readPhotoFileBytes(path, PhotoLimits{}.maxBytes);
    if (!bytes)
        return makeError(ErrorCode::Io, gc::tx("%1: %2", path, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot read the photo: %2"), path, bytes.error().message())));
    return add(*bytes);
}

} // namespace gc::core
