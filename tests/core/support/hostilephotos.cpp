#include "hostilephotos.h"

#include <QBuffer>
#include <QImageWriter>
#include <QImage>
#include <QtEndian>

#include <zlib.h>

#include <stdexcept>

namespace gc::test {

QByteArray svgzBomb(qint64 inflatedBytes)
{
    // Raw deflate in a gzip wrapper written here. After a full flush the compressor starts afresh, so
    // the compressed form of one megabyte of filler can be repeated as often as wanted and zlib's
    // crc32_combine gives the trailer's checksum without compressing (or even holding) a gigabyte.
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2");
    QByteArray buffer(1 << 20, '\0');
    auto deflated = [&](const QByteArray &in, int flush) {
        QByteArray out;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
        z.avail_in = uInt(in.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, flush);
            out.append(buffer.constData(), buffer.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
        return out;
    };
    auto crcOf = [](const QByteArray &b) { return crc32(0, reinterpret_cast<const Bytef *>(b.constData()), uInt(b.size())); };
    const QByteArray head("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"><desc>");
    const QByteArray filler(1 << 20, 'A');
    const QByteArray tail("</desc></svg>");
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03", 10); // gzip, deflate, no name, Unix
    out += deflated(head, Z_FULL_FLUSH);
    const QByteArray block = deflated(filler, Z_FULL_FLUSH);
    uLong crc = crcOf(head);
    const uLong fillerCrc = crcOf(filler);
    qint64 total = head.size();
    for (; total < inflatedBytes; total += filler.size()) {
        out += block;
        crc = crc32_combine(crc, fillerCrc, z_off_t(filler.size()));
    }
    out += deflated(tail, Z_FINISH);
    deflateEnd(&z);
    crc = crc32_combine(crc, crcOf(tail), z_off_t(tail.size()));
    total += tail.size();
    uchar trailer[8];
    qToLittleEndian(quint32(crc), trailer);
    qToLittleEndian(quint32(quint64(total) & 0xFFFFFFFFu), trailer + 4);
    out.append(reinterpret_cast<const char *>(trailer), 8);
    return out;
}

namespace {
void chunk(QByteArray &png, const char *type, const QByteArray &data)
{
    uchar len[4];
    qToBigEndian(quint32(data.size()), len);
    png.append(reinterpret_cast<const char *>(len), 4);
    const QByteArray typed = QByteArray(type, 4) + data;
    png.append(typed);
    uchar crc[4];
    qToBigEndian(quint32(crc32(0, reinterpret_cast<const Bytef *>(typed.constData()), uInt(typed.size()))), crc);
    png.append(reinterpret_cast<const char *>(crc), 4);
}
} // namespace

QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr(13, '\0');
    qToBigEndian(width, ihdr.data());
    qToBigEndian(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // RGB
    chunk(png, "IHDR", ihdr);
    // A small picture is whole (every row's filter byte and pixels); a huge one carries one short
    // scanline of deflated zeros: a decoder that trusted the header would allocate first.
    const bool whole = width <= 64 && height <= 64;
    QByteArray raw(whole ? qsizetype(height) * (1 + 3 * qsizetype(width)) : 1 + 3 * 16, '\0');
    uLongf size = compressBound(uLong(raw.size()));
    QByteArray idat(qsizetype(size), '\0');
    compress(reinterpret_cast<Bytef *>(idat.data()), &size, reinterpret_cast<const Bytef *>(raw.constData()), uLong(raw.size()));
    idat.resize(qsizetype(size));
    chunk(png, "IDAT", idat);
    chunk(png, "IEND", {});
    return png;
}

QByteArray jpegClaiming(int width, int height)
{
    QImage img(16, 16, QImage::Format_RGB32);
    img.fill(Qt::darkCyan);
    QByteArray jpeg;
    QBuffer buf(&jpeg);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPG");
    // The baseline frame header: FF C0, length, precision, height, width.
    const qsizetype sof = jpeg.indexOf(QByteArray("\xFF\xC0", 2));
    if (sof < 0)
        throw std::runtime_error("no SOF0 in Qt's JPEG");
    qToBigEndian(quint16(height), jpeg.data() + sof + 5);
    qToBigEndian(quint16(width), jpeg.data() + sof + 7);
    return jpeg;
}

QByteArray jpegScanBomb(int width, int height, int extraScans)
{
    QImage img(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            img.setPixel(x, y, qRgb((x * 7) & 255, (y * 5) & 255, ((x + y) * 3) & 255));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setProgressiveScanWrite(true);
    writer.setQuality(85);
    if (!writer.write(img))
        return {};
    // The last scan: from its start of scan (with a Huffman table segment right before it, if any) to
    // the end of image.
    const qsizetype eoi = jpeg.lastIndexOf(QByteArray("\xFF\xD9", 2));
    qsizetype from = jpeg.lastIndexOf(QByteArray("\xFF\xDA", 2));
    const qsizetype dht = jpeg.lastIndexOf(QByteArray("\xFF\xC4", 2), from);
    if (dht >= 0 && dht + 2 + ((uchar(jpeg[dht + 2]) << 8) | uchar(jpeg[dht + 3])) == from)
        from = dht;
    const QByteArray piece = jpeg.mid(from, eoi - from);
    QByteArray out = jpeg.left(eoi);
    out.reserve(out.size() + piece.size() * extraScans + 2);
    for (int i = 0; i < extraScans; ++i)
        out += piece;
    return out + jpeg.mid(eoi);
}

} // namespace gc::test
