#include "photo/jpegscaleddecode.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <csetjmp>
#include <cstdio>  // jpeglib.h needs FILE
#include <cstring>
#include <future>
#include <memory>
#include <system_error>

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

namespace {

// What the header says about the decoded picture, read before any row is decoded.
struct Layout {
    cv::Size size;       // at the requested scale, as stored (before the EXIF turn)
    int rowGroup = 1;    // output rows per iMCU row: a part must start on such a boundary
    int orientation = 1;
};

// Opens `bytes` at 1/`denominator` with the settings every part shares. libjpeg errors jump to `job.err.jump`, so
// the caller must have called setjmp on it. False for what this path leaves to OpenCV (CMYK, YCCK).
bool open(Job &job, const QByteArray &bytes, int denominator, bool saveExif)
{
    jpeg_decompress_struct *cinfo = &job.cinfo;
    jpeg_create_decompress(cinfo);
    job.created = true;
    jpeg_mem_src(cinfo, reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<unsigned long>(bytes.size()));
    if (saveExif)
        jpeg_save_markers(cinfo, JPEG_APP0 + 1, 0xFFFF);
    jpeg_read_header(cinfo, TRUE);
    if (cinfo->jpeg_color_space != JCS_YCbCr && cinfo->jpeg_color_space != JCS_GRAYSCALE && cinfo->jpeg_color_space != JCS_RGB)
        return false;  // CMYK and YCCK: OpenCV's conversion (and its handling of Adobe's inverted inks) stays in charge
    cinfo->out_color_space = JCS_EXT_BGR;
    cinfo->scale_num = 1;
    cinfo->scale_denom = static_cast<unsigned int>(denominator);
    cinfo->do_fancy_upsampling = FALSE;
    cinfo->dct_method = JDCT_ISLOW;
    return true;
}

void prepare(Job &job)
{
    job.cinfo.err = jpeg_std_error(&job.err.pub);
    job.err.pub.error_exit = onError;
    job.err.pub.emit_message = onMessage;
}

bool readLayout(const QByteArray &bytes, int denominator, Layout *layout)
{
    const auto job = std::make_unique<Job>();
    prepare(*job);
    if (setjmp(job->err.jump))
        return false;
    if (!open(*job, bytes, denominator, true))
        return false;
    jpeg_decompress_struct *cinfo = &job->cinfo;
    for (jpeg_saved_marker_ptr m = cinfo->marker_list; m; m = m->next) {
        if (m->marker == JPEG_APP0 + 1 && m->data_length >= 6 && std::memcmp(m->data, "Exif\0\0", 6) == 0) {
            layout->orientation = exifOrientation(QByteArray::fromRawData(reinterpret_cast<const char *>(m->data), qsizetype(m->data_length)));
            break;
        }
    }
    jpeg_calc_output_dimensions(cinfo);
    layout->size = cv::Size(int(cinfo->output_width), int(cinfo->output_height));
    layout->rowGroup = std::max(1, cinfo->max_v_samp_factor * cinfo->min_DCT_scaled_size);
    return true;
}

// Decodes the output rows [from, to) into the same rows of `out`; the rows above `from` are entropy-decoded only
// (jpeg_skip_scanlines: no inverse DCT, upsampling or colour conversion). False on any libjpeg error or warning.
bool decodeRows(const QByteArray &bytes, int denominator, int from, int to, cv::Mat &out)
{
    const auto job = std::make_unique<Job>();
    prepare(*job);
    if (setjmp(job->err.jump))
        return false;
    if (!open(*job, bytes, denominator, false))
        return false;
    jpeg_decompress_struct *cinfo = &job->cinfo;
    jpeg_start_decompress(cinfo);
    if (cinfo->output_components != 3 || int(cinfo->output_width) != out.cols || int(cinfo->output_height) != out.rows)
        return false;
    if (from > 0 && jpeg_skip_scanlines(cinfo, JDIMENSION(from)) != JDIMENSION(from))
        return false;
    JSAMPROW rows[16];
    while (int(cinfo->output_scanline) < to) {
        const JDIMENSION first = cinfo->output_scanline;
        const JDIMENSION count = std::min<JDIMENSION>(16, JDIMENSION(to) - first);
        for (JDIMENSION i = 0; i < count; ++i)
            rows[i] = out.ptr<uchar>(int(first + i));
        if (jpeg_read_scanlines(cinfo, rows, count) == 0)
            return false;  // suspended: cannot happen with a memory source, but never loop on it
    }
    if (to == out.rows)
        jpeg_finish_decompress(cinfo);  // reads to the end of the data: a truncated file warns here
    return job->err.pub.num_warnings == 0;
}

// Where the second part starts: about three quarters down, on an iMCU row. The second decoder entropy-decodes the
// rows above it to get there (about 70 % of a row's full cost), so the two parts then take about as long.
int splitRow(const Layout &layout, int parts)
{
    constexpr int minRowsToSplit = 256;
    if (parts < 2 || layout.size.height < minRowsToSplit)
        return 0;
    return layout.size.height * 3 / 4 / layout.rowGroup * layout.rowGroup;
}

} // namespace

cv::Mat decodeJpegScaled(const QByteArray &bytes, int denominator, int parts)
{
    Layout layout;
    if (!readLayout(bytes, denominator, &layout) || layout.size.empty())
        return {};
    cv::Mat out(layout.size, CV_8UC3);
    const int split = splitRow(layout, parts);
    bool ok = false;
    if (split > 0) {
        // Huffman decoding is sequential, so a single decoder keeps one core busy while the other waits for the picture.
        std::future<bool> lower;
        try {
            lower = std::async(std::launch::async, [&] { return decodeRows(bytes, denominator, split, out.rows, out); });
        } catch (const std::system_error &) {
        }
        if (lower.valid()) {
            const bool upper = decodeRows(bytes, denominator, 0, split, out);
            ok = lower.get() && upper;
        } else {
            ok = decodeRows(bytes, denominator, 0, out.rows, out);
        }
    } else {
        ok = decodeRows(bytes, denominator, 0, out.rows, out);
    }
    if (!ok)
        return {};
    applyOrientation(out, layout.orientation);
    return out;
}

} // namespace gc::core
