#include "photo/photodecoder.h"

#include "photo/jpegscaleddecode.h"

#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cstring>

namespace gc::core {

namespace {

Error photoError(ErrorCode code, const QString &ko, const QString &en)
{
    return makeError(code, ko + QStringLiteral(" / ") + en);
}

} // namespace

Result<QByteArray> PhotoDecoder::readFile(const QString &path) const { return readPhotoFileBytes(path, m_t.maxFileBytes); }

Result<PhotoHeader> PhotoDecoder::readHeader(const QByteArray &bytes) const
{
    PhotoLimits limits;
    limits.maxBytes = m_t.maxFileBytes;
    limits.maxPixels = m_t.maxPixels;
    return readPhotoHeader(bytes, limits);
}

Result<DecodedPhoto> PhotoDecoder::decode(const QByteArray &bytes, int minLongSide) const
{
    Result<PhotoHeader> header = readHeader(bytes);
    if (!header)
        return header.error();
    DecodedPhoto out;
    out.header = *header;
    int flags = cv::IMREAD_COLOR;
    int denominator = 1;
    if (header->format == QLatin1String("jpeg")) {
        // libjpeg scales by 1/2, 1/4 or 1/8 while decoding, which is much cheaper than decoding in full and
        // resizing; every check works on a copy of about workLongSide pixels anyway.
        const int longSide = std::max(header->width, header->height);
        for (const auto &[d, reduced] : {std::pair{8, cv::IMREAD_REDUCED_COLOR_8}, {4, cv::IMREAD_REDUCED_COLOR_4}, {2, cv::IMREAD_REDUCED_COLOR_2}}) {
            if (longSide / d >= minLongSide) {
                denominator = d;
                flags = reduced;
                break;
            }
        }
        try {
            out.bgr = decodeJpegScaled(bytes, denominator, m_t.decodeParts);
        } catch (const cv::Exception &) {
            out.bgr.release();  // out of memory for the picture: cv::imdecode below reports it as before
        }
    }
    if (out.bgr.empty()) {
        const cv::Mat raw(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData()));
        try {
            out.bgr = cv::imdecode(raw, flags);
        } catch (const cv::Exception &e) {
            return photoError(ErrorCode::PhotoUndecodable, QStringLiteral("사진을 해독할 수 없습니다"),
                              QStringLiteral("the photo cannot be decoded: %1").arg(QString::fromStdString(e.msg)));
        }
    }
    if (out.bgr.empty())
        return photoError(ErrorCode::PhotoUndecodable, QStringLiteral("사진을 해독할 수 없습니다(파일이 손상됨)"),
                          QStringLiteral("the photo cannot be decoded (the file is damaged)"));
    // EXIF orientation may have turned the picture: the full size follows the decoded aspect.
    const bool turned = (out.bgr.cols > out.bgr.rows) != (header->width > header->height) && header->width != header->height;
    out.width = turned ? header->height : header->width;
    out.height = turned ? header->width : header->height;
    return out;
}

} // namespace gc::core
