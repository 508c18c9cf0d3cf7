#include "photo/photodata.h"
#include "text.h"

#include <zlib.h>

#include <cstdio> // jpeglib.h needs FILE
#include <csetjmp>
#include <cstring>
#include <memory>
#include <vector>

#include <jpeglib.h>
#include <jerror.h>

namespace gc::core {

namespace {

Error damaged(const char *what)
{
    return makeError(ErrorCode::PhotoCorrupt, gc::tx(QT_TRANSLATE_NOOP("gc", "the photo's image data is damaged or missing: %1"), QString::fromLatin1(what)));
}

// ---- JPEG ---------------------------------------------------------------------------------------

struct JpegCheck {
    jpeg_decompress_struct cinfo{};
    jpeg_error_mgr pub{};
    std::jmp_buf jump{};
    bool created = false;
    bool damaged = false; // a warning that says data is missing or cannot be read
    ~JpegCheck()
    {
        if (created)
            jpeg_destroy_decompress(&cinfo);
    }
};

[[noreturn]] void jpegError(j_common_ptr cinfo)
{
    std::longjmp(reinterpret_cast<JpegCheck *>(cinfo->client_data)->jump, 1);
}

void jpegMessage(j_common_ptr cinfo, int level)
{
    if (level >= 0)
        return; // trace messages
    // libjpeg papers over missing data with grey and goes on; those warnings mean the picture is not
    // all there. Extraneous bytes and the like are tolerated, as every decoder does.
    const int code = cinfo->err->msg_code;
    if (code == JWRN_HIT_MARKER || code == JWRN_JPEG_EOF || code == JWRN_HUFF_BAD_CODE || code == JWRN_ARITH_BAD_CODE || code == JWRN_MUST_RESYNC)
        reinterpret_cast<JpegCheck *>(cinfo->client_data)->damaged = true;
}

VoidResult checkJpegData(const QByteArray &bytes)
{
    const auto job = std::make_unique<JpegCheck>();
    jpeg_decompress_struct *cinfo = &job->cinfo;
    cinfo->err = jpeg_std_error(&job->pub);
    job->pub.error_exit = jpegError;
    job->pub.emit_message = jpegMessage;
    cinfo->client_data = job.get();
    if (setjmp(job->jump))
        return damaged("the JPEG cannot be decoded");
    jpeg_create_decompress(cinfo);
    job->created = true;
    jpeg_mem_src(cinfo, reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(cinfo, TRUE);
    if (cinfo->jpeg_color_space == JCS_YCbCr || cinfo->jpeg_color_space == JCS_GRAYSCALE)
        cinfo->out_color_space = JCS_GRAYSCALE; // every scan is still read; only the luma is put together
    cinfo->scale_num = 1;
    cinfo->scale_denom = 8;
    cinfo->do_fancy_upsampling = FALSE;
    cinfo->dct_method = JDCT_IFAST;
    jpeg_start_decompress(cinfo);
    std::vector<JSAMPLE> row(size_t(cinfo->output_width) * size_t(cinfo->output_components));
    JSAMPROW rows[1] = {row.data()};
    while (cinfo->output_scanline < cinfo->output_height && !job->damaged) {
        if (jpeg_read_scanlines(cinfo, rows, 1) == 0)
            return damaged("the JPEG ends early");
    }
    if (job->damaged)
        return damaged("the JPEG's scans end before its picture does");
    jpeg_finish_decompress(cinfo);
    if (job->damaged)
        return damaged("the JPEG ends early");
    return Ok{};
}

// ---- PNG ----------------------------------------------------------------------------------------

quint32 be32(const char *p)
{
    const auto *u = reinterpret_cast<const uchar *>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | u[3];
}

// The filtered bytes the rows of a `w`×`h` picture take: one filter byte and the packed pixels per
// row, per Adam7 pass when interlaced.
qint64 pngRawBytes(qint64 w, qint64 h, int bitsPerPixel, bool interlaced)
{
    const auto rowBytes = [&](qint64 width) { return width == 0 ? 0 : 1 + (width * bitsPerPixel + 7) / 8; };
    if (!interlaced)
        return h * rowBytes(w);
    static const int start[7][2] = {{0, 0}, {4, 0}, {0, 4}, {2, 0}, {0, 2}, {1, 0}, {0, 1}}; // x, y
    static const int step[7][2] = {{8, 8}, {8, 8}, {4, 8}, {4, 4}, {2, 4}, {2, 2}, {1, 2}};
    qint64 total = 0;
    for (int p = 0; p < 7; ++p) {
        const qint64 pw = (w - start[p][0] + step[p][0] - 1) / step[p][0];
        const qint64 ph = (h - start[p][1] + step[p][1] - 1) / step[p][1];
        if (pw > 0 && ph > 0)
            total += ph * rowBytes(pw);
    }
    return total;
}

VoidResult checkPngData(const QByteArray &bytes, const PhotoHeader &header)
{
    if (bytes.size() < 33)
        return damaged("the PNG has no IHDR");
    const bool interlaced = bytes.at(28) != 0;
    const qint64 need = pngRawBytes(header.width, header.height, header.channels * header.bitDepth, interlaced);
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return damaged("zlib");
    const std::unique_ptr<z_stream, int (*)(z_stream *)> closer(&z, inflateEnd);
    std::vector<unsigned char> out(64 * 1024);
    qint64 got = 0;
    bool ended = false;
    for (qsizetype at = 8; at + 12 <= bytes.size() && !ended && got < need;) {
        const qint64 length = be32(bytes.constData() + at);
        if (length > bytes.size() - at - 12)
            return damaged("a PNG chunk runs past the file's end");
        if (std::memcmp(bytes.constData() + at + 4, "IDAT", 4) == 0) {
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData() + at + 8));
            z.avail_in = uInt(length);
            while (z.avail_in > 0 && got < need) {
                z.next_out = out.data();
                z.avail_out = uInt(out.size());
                const int r = inflate(&z, Z_NO_FLUSH);
                got += qint64(out.size() - z.avail_out);
                if (r == Z_STREAM_END) {
                    ended = true;
                    break;
                }
                if (r != Z_OK)
                    return damaged("the PNG's compressed image data is corrupt");
            }
        }
        at += 12 + length;
    }
    if (got < need)
        return damaged("the PNG holds fewer rows than its header says");
    return Ok{};
}

} // namespace

VoidResult checkPhotoData(const QByteArray &bytes, const PhotoHeader &header)
{
    if (header.format == QLatin1String("jpeg"))
        return checkJpegData(bytes);
    if (header.format == QLatin1String("png"))
        return checkPngData(bytes, header);
    return Ok{};
}

} // namespace gc::core
