#include "photofiles/photoheader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace gc::core {

namespace {

Error photoError(ErrorCode code, const QString &ko, const QString &en)
{
    return makeError(code, ko + QStringLiteral(" / ") + en);
}

int be16(const uchar *p) { return (p[0] << 8) | p[1]; }
quint32 be32(const uchar *p) { return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3]; }

bool isSof(int marker)
{
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// FF DA pairs in `bytes`. memchr over the 0xFF bytes rather than QByteArray::count's general search: this runs on
// every photo checked, over its whole 3–5 MB, on the check's critical path (2.5 ms for a 12 MP photo, now ~0.3).
qsizetype countStartsOfScan(const QByteArray &bytes)
{
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    qsizetype n = 0;
    while (p + 1 < end) {
        const void *ff = std::memchr(p, 0xFF, size_t(end - p - 1));
        if (!ff)
            break;
        p = static_cast<const char *>(ff) + 1;
        n += uchar(*p) == 0xDA;
    }
    return n;
}

// `whole`: the complete file; else its first bytes (an upload's first chunk), where running out is no
// error but a size already read is judged all the same.
Result<PhotoHeader> jpegHeader(const QByteArray &bytes, bool whole)
{
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    const Error truncated = photoError(ErrorCode::PhotoTruncated, QStringLiteral("사진 파일이 중간에 잘렸습니다(전송이 끝나지 않음). 다시 보내거나 다시 찍으세요"),
                                       QStringLiteral("the photo file is truncated (the upload did not finish); send or take it again"));
    PhotoHeader h;
    h.format = QStringLiteral("jpeg");
    bool haveSof = false;
    qsizetype pos = 2;
    qsizetype sos = -1;
    while (pos < n) {
        if (!whole && haveSof)
            return h;
        if (b[pos] != 0xFF) {
            return photoError(ErrorCode::PhotoCorrupt, QStringLiteral("JPEG 구조가 손상되었습니다"),
                              QStringLiteral("the JPEG structure is damaged at byte %1").arg(pos));
        }
        while (pos < n && b[pos] == 0xFF)
            ++pos;
        if (pos >= n)
            return whole ? truncated : Result<PhotoHeader>(h);
        const int marker = b[pos];
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8))
            { ++pos; continue; }
        if (marker == 0xD9)
            return photoError(ErrorCode::PhotoCorrupt, QStringLiteral("JPEG에 영상 데이터가 없습니다"), QStringLiteral("the JPEG holds no image data"));
        if (pos + 2 >= n)
            return whole ? truncated : Result<PhotoHeader>(h);
        const int len = be16(b + pos + 1);
        if (len < 2)
            return truncated;
        if (pos + 1 + len > n && (whole || !isSof(marker) || pos + 9 > n))
            return whole ? truncated : Result<PhotoHeader>(h);
        if (isSof(marker) && !haveSof) {
            if (len < 8)
                return truncated;
            h.bitDepth = b[pos + 3];
            h.height = be16(b + pos + 4);
            h.width = be16(b + pos + 6);
            h.channels = b[pos + 8];
            haveSof = true;
        }
        if (marker == 0xDA) {
            sos = pos;
            break;
        }
        pos += 1 + len;
    }
    if (!whole)
        return h;
    if (!haveSof || sos < 0)
        return truncated;
    // Entropy-coded data escapes every 0xFF, so an EOI marker after the first scan can only be the real end.
    // A missing one means the file was cut off; libjpeg would silently paint the rest grey.
    const QByteArray eoi("\xFF\xD9", 2);
    if (bytes.lastIndexOf(eoi) < sos)
        return truncated;
    if (h.width <= 0 || h.height <= 0)
        return photoError(ErrorCode::PhotoUnsupported, QStringLiteral("JPEG 헤더에 크기가 없습니다"), QStringLiteral("the JPEG header gives no image size"));
    if (h.bitDepth != 8)
        return photoError(ErrorCode::PhotoUnsupported, QStringLiteral("%1비트 JPEG는 지원하지 않습니다").arg(h.bitDepth),
                          QStringLiteral("%1-bit JPEG is not supported").arg(h.bitDepth));
    if (h.channels != 1 && h.channels != 3 && h.channels != 4)
        return photoError(ErrorCode::PhotoUnsupported, QStringLiteral("JPEG 색 성분 수(%1)를 지원하지 않습니다").arg(h.channels),
                          QStringLiteral("a JPEG with %1 colour components is not supported").arg(h.channels));
    return h;
}

Result<PhotoHeader> pngHeader(const QByteArray &bytes, bool whole)
{
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
    const Error truncated = photoError(ErrorCode::PhotoTruncated, QStringLiteral("PNG 파일이 중간에 잘렸습니다. 다시 보내세요"),
                                       QStringLiteral("the PNG file is truncated; send it again"));
    PhotoHeader h;
    h.format = QStringLiteral("png");
    if (!whole && bytes.size() < 33)
        return h;
    if (bytes.size() < 33 || std::memcmp(b + 12, "IHDR", 4) != 0)
        return truncated;
    const quint32 w = be32(b + 16);
    const quint32 hh = be32(b + 20);
    if (w == 0 || hh == 0 || w > 0x7FFFFFFF || hh > 0x7FFFFFFF)
        return photoError(ErrorCode::PhotoCorrupt, QStringLiteral("PNG 헤더의 크기가 잘못되었습니다"), QStringLiteral("the PNG header gives an invalid size"));
    h.width = int(std::min<quint32>(w, 0x7FFFFFFF));
    h.height = int(std::min<quint32>(hh, 0x7FFFFFFF));
    h.bitDepth = b[24];
    static const int channelsByColourType[] = {1, 0, 3, 1, 2, 0, 4};
    const int colourType = b[25];
    h.channels = colourType <= 6 ? channelsByColourType[colourType] : 0;
    if (h.channels == 0)
        return photoError(ErrorCode::PhotoCorrupt, QStringLiteral("PNG 색 형식이 잘못되었습니다"), QStringLiteral("the PNG colour type is invalid"));
    if (!whole)
        return h;
    // IEND closes every complete PNG; it sits in the last 12 bytes unless something was appended.
    const qsizetype iend = bytes.lastIndexOf(QByteArrayLiteral("IEND"));
    if (iend < 0 || iend < 33)
        return truncated;
    return h;
}

QString otherFormat(const QByteArray &bytes)
{
    if (bytes.size() >= 12 && bytes.mid(4, 4) == "ftyp") {
        const QByteArray brand = bytes.mid(8, 4);
        static const char *heif[] = {"heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"};
        for (const char *h : heif)
            if (brand == h)
                return QStringLiteral("HEIC");
        if (brand == "avif" || brand == "avis")
            return QStringLiteral("AVIF");
        return QStringLiteral("MP4/MOV");
    }
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("WebP");
    if (bytes.startsWith("II*") || bytes.startsWith("MM\0*"))
        return QStringLiteral("TIFF");
    if (bytes.startsWith("GIF8"))
        return QStringLiteral("GIF");
    if (bytes.startsWith("BM"))
        return QStringLiteral("BMP");
    if (bytes.startsWith("%PDF"))
        return QStringLiteral("PDF");
    return {};
}

} // namespace

Result<PhotoHeader> readPhotoHeader(const QByteArray &bytes, const PhotoLimits &limits, bool whole)
{
    if (bytes.isEmpty())
        return photoError(ErrorCode::PhotoEmpty, QStringLiteral("사진 파일이 비어 있습니다(0 바이트). 다시 보내세요"),
                          QStringLiteral("the photo file is empty (0 bytes); send it again"));
    if (bytes.size() > limits.maxBytes)
        return photoError(ErrorCode::PhotoTooLarge, QStringLiteral("사진 파일이 너무 큽니다(%1 MB)").arg(bytes.size() >> 20),
                          QStringLiteral("the photo file is too large (%1 MB, limit %2 MB)").arg(bytes.size() >> 20).arg(limits.maxBytes >> 20));
    Result<PhotoHeader> header = photoError(ErrorCode::PhotoUnsupported, QString(), QString());
    if (bytes.size() >= 3 && uchar(bytes[0]) == 0xFF && uchar(bytes[1]) == 0xD8 && uchar(bytes[2]) == 0xFF) {
        header = jpegHeader(bytes, whole);
    } else if (bytes.startsWith("\x89PNG\r\n\x1a\n")) {
        header = pngHeader(bytes, whole);
    } else {
        const QString other = otherFormat(bytes);
        if (other == QLatin1String("HEIC") || other == QLatin1String("AVIF"))
            return photoError(ErrorCode::PhotoUnsupported,
                              QStringLiteral("%1 사진은 읽을 수 없습니다. 카메라 설정에서 '호환성 우선'(JPEG)으로 찍어 주세요").arg(other),
                              QStringLiteral("%1 photos cannot be read; set the camera to \"Most compatible\" (JPEG) and retake").arg(other));
        if (!other.isEmpty())
            return photoError(ErrorCode::PhotoUnsupported, QStringLiteral("%1 형식은 지원하지 않습니다. JPEG 사진을 보내세요").arg(other),
                              QStringLiteral("%1 files are not supported; send a JPEG photo").arg(other));
        return photoError(ErrorCode::PhotoUnsupported, QStringLiteral("사진 파일이 아닙니다(JPEG 또는 PNG가 아님)"),
                          QStringLiteral("this is not a photo file (neither JPEG nor PNG)"));
    }
    if (!header)
        return header;
    if (whole && header->format == QLatin1String("jpeg")) {
        // Entropy-coded data escapes every 0xFF, so each FF DA is a real start of scan.
        const qsizetype scans = countStartsOfScan(bytes);
        if (scans > limits.maxJpegScans)
            return photoError(ErrorCode::PhotoUnsupported,
                              QStringLiteral("JPEG의 스캔이 %1개로 한도 %2개를 넘습니다. 카메라로 다시 찍거나 일반 JPEG로 저장하세요")
                                  .arg(scans).arg(limits.maxJpegScans),
                              QStringLiteral("the JPEG has %1 scans, over the limit of %2; take it again with the camera or save it as an "
                                             "ordinary JPEG")
                                  .arg(scans).arg(limits.maxJpegScans));
    }
    const double pixels = double(header->width) * double(header->height);
    if (pixels > double(limits.maxPixels) || header->width > limits.maxSide || header->height > limits.maxSide)
        return photoError(ErrorCode::PhotoTooLarge,
                          QStringLiteral("사진이 너무 큽니다(%1×%2, %3 메가픽셀). 한도는 %4 메가픽셀, 한 변 %5픽셀입니다")
                              .arg(header->width).arg(header->height).arg(pixels / 1e6, 0, 'f', 0).arg(limits.maxPixels / 1'000'000).arg(limits.maxSide),
                          QStringLiteral("the photo is too large (%1×%2, %3 megapixels; the limit is %4 megapixels and %5 pixels a side)")
                              .arg(header->width).arg(header->height).arg(pixels / 1e6, 0, 'f', 0).arg(limits.maxPixels / 1'000'000).arg(limits.maxSide));
    return header;
}

namespace {

// Opens `path` for reading if it is a regular file (after symbolic links); otherwise the error.
VoidResult openRegular(QFile &f, const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return photoError(ErrorCode::PhotoUnreadable, QStringLiteral("사진 파일이 아닙니다(폴더나 장치, 파이프): %1").arg(path),
                          QStringLiteral("not a photo file (a folder, device or pipe): %1").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return photoError(ErrorCode::PhotoUnreadable, QStringLiteral("사진 파일을 열 수 없습니다: %1").arg(path),
                          QStringLiteral("cannot open the photo file %1: %2").arg(path, f.errorString()));
    return Ok{};
}

Error tooLarge(qint64 bytes, qint64 maxBytes, const QString &path)
{
    return photoError(ErrorCode::PhotoTooLarge, QStringLiteral("사진 파일이 너무 큽니다(%1 MB): %2").arg(bytes >> 20).arg(path),
                      QStringLiteral("the photo file is too large (%1 MB, limit %2 MB): %3").arg(bytes >> 20).arg(maxBytes >> 20).arg(path));
}

} // namespace

Result<PhotoHeader> readPhotoFileHeader(const QString &path, const PhotoLimits &limits)
{
    QFile f(path);
    if (auto opened = openRegular(f, path); !opened)
        return opened.error();
    if (f.size() > limits.maxBytes)
        return tooLarge(f.size(), limits.maxBytes, path);
    const QByteArray start = f.read(64 << 10);
    return readPhotoHeader(start, limits, start.size() == f.size());
}

Result<QByteArray> readPhotoFileBytes(const QString &path, qint64 maxBytes)
{
    QFile f(path);
    if (auto opened = openRegular(f, path); !opened)
        return opened.error();
    if (f.size() > maxBytes)
        return tooLarge(f.size(), maxBytes, path);
    QByteArray bytes = f.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return tooLarge(bytes.size(), maxBytes, path);
    if (bytes.size() != f.size())
        return photoError(ErrorCode::PhotoUnreadable, QStringLiteral("사진 파일을 끝까지 읽지 못했습니다: %1").arg(path),
                          QStringLiteral("could not read the whole photo file %1: %2").arg(path, f.errorString()));
    return bytes;
}

} // namespace gc::core
