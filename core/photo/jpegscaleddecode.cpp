#include "photo/jpegscaleddecode.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <csetjmp>
#include <cstdio>  // jpeglib.h needs FILE
#include <cstring>
#include <memory>

#include <jpeglib.h>

namespace gc::core {

namespace {

struct ErrorManager {
    jpeg_error_mgr pub;
    std::jmp_buf jump;
};

[[noreturn]] void onError(j_common_ptr cinfo)
{
    std::longjmp(reinterpret_cast<ErrorManager *>(cinfo->err)->jump, 1);
}

void onMessage(j_common_ptr cinfo, int level)
{
    // Warnings (damaged data libjpeg papers over) are counted, not printed: the caller then hands the photo to
    // cv::imdecode, which reports and decodes it as before. Trace messages are dropped.
    if (level < 0)
        ++cinfo->err->num_warnings;
}

// Everything libjpeg touches lives on the heap and is owned from before setjmp, so a longjmp out of libjpeg
// skips no destructor and leaves nothing half-made behind.
struct Job {
    jpeg_decompress_struct cinfo{};
    ErrorManager err{};
    bool created = false;
    int orientation = 1;
    cv::Mat out;
    ~Job()
    {
        if (created)
            jpeg_destroy_decompress(&cinfo);
    }
};

quint32 read(const uchar *p, int n, bool little)
{
    quint32 v = 0;
    for (int i = 0; i < n; ++i)
        v |= quint32(p[little ? i : n - 1 - i]) << (8 * i);
    return v;
}

// The turn OpenCV's ApplyExifOrientation makes, for the same picture as cv::imdecode.
void applyOrientation(cv::Mat &img, int orientation)
{
    if (orientation >= 5 && orientation <= 8)
        cv::transpose(img, img);
    switch (orientation) {
    case 2: case 6: cv::flip(img, img, 1); break;
    case 3: case 7: cv::flip(img, img, -1); break;
    case 4: case 8: cv::flip(img, img, 0); break;
    default: break;
    }
}

} // namespace

int exifOrientation(const QByteArray &exif)
{
    const auto *b = reinterpret_cast<const uchar *>(exif.constData());
    const qsizetype n = exif.size();
    if (n < 6 + 8 || !exif.startsWith(QByteArray("Exif\0\0", 6)))
        return 1;
    const uchar *tiff = b + 6;
    const qsizetype size = n - 6;
    const bool little = tiff[0] == 'I' && tiff[1] == 'I';
    if (!little && !(tiff[0] == 'M' && tiff[1] == 'M'))
        return 1;
    if (read(tiff + 2, 2, little) != 42)
        return 1;
    const quint32 ifd = read(tiff + 4, 4, little);
    if (ifd > quint32(size) || qsizetype(ifd) + 2 > size)
        return 1;
    const quint32 entries = read(tiff + ifd, 2, little);
    for (quint32 i = 0; i < entries; ++i) {
        const qsizetype at = qsizetype(ifd) + 2 + qsizetype(i) * 12;
        if (at + 12 > size)
            return 1;
        if (read(tiff + at, 2, little) != 0x0112)
            continue;
        // SHORT, one value, stored in the first two bytes of the value field
        if (read(tiff + at + 2, 2, little) != 3 || read(tiff + at + 4, 4, little) != 1)
            return 1;
        const int o = int(read(tiff + at + 8, 2, little));
        return o >= 1 && o <= 8 ? o : 1;
    }
    return 1;
}

cv::Mat decodeJpegScaled(const QByteArray &bytes, int denominator)
{
    const auto job = std::make_unique<Job>();
    jpeg_decompress_struct *cinfo = &job->cinfo;
    cinfo->err = jpeg_std_error(&job->err.pub);
    job->err.pub.error_exit = onError;
    job->err.pub.emit_message = onMessage;
    if (setjmp(job->err.jump))
        return {};
    jpeg_create_decompress(cinfo);
    job->created = true;
    jpeg_mem_src(cinfo, reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<unsigned long>(bytes.size()));
    jpeg_save_markers(cinfo, JPEG_APP0 + 1, 0xFFFF);
    jpeg_read_header(cinfo, TRUE);
    // Read now: jpeg_finish_decompress frees the saved markers.
    job->orientation = 1;
    for (jpeg_saved_marker_ptr m = cinfo->marker_list; m; m = m->next) {
        if (m->marker == JPEG_APP0 + 1 && m->data_length >= 6 && std::memcmp(m->data, "Exif\0\0", 6) == 0) {
            job->orientation = exifOrientation(QByteArray::fromRawData(reinterpret_cast<const char *>(m->data), qsizetype(m->data_length)));
            break;
        }
    }
    if (cinfo->jpeg_color_space != JCS_YCbCr && cinfo->jpeg_color_space != JCS_GRAYSCALE && cinfo->jpeg_color_space != JCS_RGB)
        return {};  // CMYK and YCCK: OpenCV's conversion (and its handling of Adobe's inverted inks) stays in charge
    cinfo->out_color_space = JCS_EXT_BGR;
    cinfo->scale_num = 1;
    cinfo->scale_denom = static_cast<unsigned int>(denominator);
    cinfo->do_fancy_upsampling = FALSE;
    cinfo->dct_method = JDCT_ISLOW;
    jpeg_start_decompress(cinfo);
    if (cinfo->output_components != 3)
        return {};
    job->out.create(int(cinfo->output_height), int(cinfo->output_width), CV_8UC3);
    JSAMPROW rows[16];
    while (cinfo->output_scanline < cinfo->output_height) {
        const JDIMENSION first = cinfo->output_scanline;
        const JDIMENSION count = std::min<JDIMENSION>(16, cinfo->output_height - first);
        for (JDIMENSION i = 0; i < count; ++i)
            rows[i] = job->out.ptr<uchar>(int(first + i));
        if (jpeg_read_scanlines(cinfo, rows, count) == 0)
            return {};  // suspended: cannot happen with a memory source, but never loop on it
    }
    jpeg_finish_decompress(cinfo);
    if (job->err.pub.num_warnings > 0)
        return {};
    cv::Mat out = std::move(job->out);
    applyOrientation(out, job->orientation);
    return out;
}

} // namespace gc::core
