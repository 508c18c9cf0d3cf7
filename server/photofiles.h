#pragma once

#include "photo/photorendition.h"
#include "storetypes.h"

namespace gc::server {

// The photo files the server holds: resumable uploads, the originals and their renditions.
class PhotoFiles {
public:
    virtual ~PhotoFiles() = default;

    // Resumable photo upload: chunks must arrive at the offset the store holds; the completed file
    // is checked against its SHA-256 before it is kept. A partial upload belongs to the `owner` who
    // began it: another user's chunk fails with "not_your_upload", and a new upload past the owner's
    // quota with "too_many_uploads" or "upload_bytes". No owner: the store's own (init, tests).
    virtual Result<PhotoUpload> photoUpload(const QString &sha256) = 0;
    virtual Result<PhotoUpload> putPhotoChunk(const QString &sha256, qint64 offset, qint64 total, const QByteArray &bytes,
                                              const QString &owner = {}, const UploadQuota &quota = {}) = 0;
    virtual Result<std::optional<QByteArray>> photo(const QString &sha256) = 0;
    // A thumbnail or preview of a stored photo (PhotoRenditions makes them from the original); none
    // until made. Putting one that is there already changes nothing.
    virtual Result<std::optional<QByteArray>> rendition(const QString &sha256, core::Rendition r) = 0;
    virtual VoidResult putRendition(const QString &sha256, core::Rendition r, const QByteArray &bytes) = 0;
    // Drops partial photo uploads last written before `beforeUtc`; returns how many.
    virtual Result<int> expireUploads(const QDateTime &beforeUtc) = 0;

protected:
    // Whether `owner`, holding `open` other partial uploads of `openBytes` declared bytes, may begin
    // one of `total` bytes; the refusal names the bound.
    static VoidResult checkQuota(const QString &sha256, qint64 open, qint64 openBytes, qint64 total, const UploadQuota &quota);
    // A completed upload, before it is filed: a JPEG or PNG within PhotoLimits whose image data is all
    // there (core::checkPhotoData, bounded: the picture is never allocated). Both stores judge with it.
    static VoidResult judgeCompletedPhoto(const QByteArray &file);
};

} // namespace gc::server
