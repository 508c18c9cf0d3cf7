#pragma once

#include "photofiles/photolimits.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace gc::core {

// Photo files beside the GeoPackage, named by their SHA-256: written to a temporary file, fsynced,
// renamed into place. A stored file is never overwritten; only PhotoJournal removes one that no
// record came to hold (a save killed before its commit).
class PhotoStore {
public:
    explicit PhotoStore(QString dir, PhotoLimits limits = {}) : m_dir(std::move(dir)), m_limits(limits) {}

    struct Stored {
        QString sha256;
        qint64 bytes = 0;
        int width = 0, height = 0; // from the image header, without decoding
        QString mime;              // image/jpeg or image/png
    };

    const QString &dir() const { return m_dir; }
    // Empty unless `sha256` is 64 lowercase hex digits: a name from a synced event never becomes a
    // path outside the folder ("../../etc/hostname").
    QString pathFor(const QString &sha256) const;
    // Only a JPEG or PNG within the limits is stored (readPhotoHeader). `beforeWrite` runs (with the SHA-256) only when a new file is about to be written; its error stops
    // the write (the store's PhotoJournal notes the name there).
    Result<Stored> add(const QByteArray &bytes, const std::function<VoidResult(const QString &)> &beforeWrite = {});
    Result<Stored> addFile(const QString &path);

    static QString sha256Of(const QByteArray &bytes);
    static QString sha256OfFile(const QString &path); // empty if unreadable

private:
    QString m_dir;
    PhotoLimits m_limits;
};

} // namespace gc::core
