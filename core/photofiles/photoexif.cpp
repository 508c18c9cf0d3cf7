#include "photofiles/photoexif.h"
#include "text.h"

#include <QTimeZone>

// exiv2 0.27 still declares std::auto_ptr handles, which C++17 deprecates.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>
#pragma GCC diagnostic pop

#include <cmath>
#include <mutex>

namespace gc::core {

namespace {

void muteExiv2()
{
    // exiv2 prints warnings about odd maker notes straight to stderr; the checks report what matters.
    static std::once_flag once;
    std::call_once(once, [] { Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute); });
}

std::optional<double> degrees(const Exiv2::ExifData &exif, const char *valueKey, const char *refKey, char negativeRef)
{
    const auto v = exif.findKey(Exiv2::ExifKey(valueKey));
    if (v == exif.end() || v->count() < 3)
        return std::nullopt;
    double parts[3];
    for (int i = 0; i < 3; ++i) {
        const Exiv2::Rational r = v->toRational(i);
        if (r.second == 0)
            return std::nullopt;
        parts[i] = double(r.first) / double(r.second);
    }
    double d = parts[0] + parts[1] / 60.0 + parts[2] / 3600.0;
    const auto ref = exif.findKey(Exiv2::ExifKey(refKey));
    if (ref != exif.end() && !ref->toString().empty() && ref->toString()[0] == negativeRef)
        d = -d;
    if (!std::isfinite(d))
        return std::nullopt;
    return d;
}

QString text(const Exiv2::ExifData &exif, const char *key)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    return it == exif.end() ? QString() : QString::fromStdString(it->toString()).trimmed();
}

std::unique_ptr<Exiv2::URationalValue> dms(double value)
{
    value = std::fabs(value);
    const int d = int(value);
    const int m = int((value - d) * 60.0);
    const double s = (value - d - m / 60.0) * 3600.0;
    auto v = std::make_unique<Exiv2::URationalValue>();
    v->value_.push_back({quint32(d), 1});
    v->value_.push_back({quint32(m), 1});
    v->value_.push_back({quint32(std::lround(s * 10000)), 10000});
    return v;
}

} // namespace

Result<PhotoExif> readPhotoExif(const QByteArray &encoded)
{
    muteExiv2();
    PhotoExif out;
    // Only JPEG and PNG, the formats the decoder reads: exiv2 0.27 guesses the type of anything else and
    // its QuickTime parser loops without end on a damaged HEIC/MP4 'ftyp' box (found by tests/fuzz, photo).
    const bool jpeg = encoded.startsWith("\xFF\xD8\xFF");
    const bool png = encoded.startsWith("\x89PNG\r\n\x1a\n");
    if (!jpeg && !png)
        return makeError(ErrorCode::ExifUnreadable, gc::tx(QT_TRANSLATE_NOOP("gc", "not a JPEG or PNG: EXIF not read")));
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(encoded.constData()), long(encoded.size()));
        if (!image.get())
            return makeError(ErrorCode::ExifUnreadable, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot read EXIF")));
        image->readMetadata();
        const Exiv2::ExifData &exif = image->exifData();
        if (exif.empty())
            return out;
        out.latitude = degrees(exif, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef", 'S');
        out.longitude = degrees(exif, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef", 'W');
        if (!out.latitude || !out.longitude || (*out.latitude == 0 && *out.longitude == 0)) {
            // Some phones write 0/0 when they had no fix.
            out.latitude.reset();
            out.longitude.reset();
        }
        QString when = text(exif, "Exif.Photo.DateTimeOriginal");
        if (when.isEmpty())
            when = text(exif, "Exif.Image.DateTime");
        if (!when.isEmpty()) {
            QDateTime t = QDateTime::fromString(when, QStringLiteral("yyyy:MM:dd HH:mm:ss"));
            if (t.isValid()) {
                const QString offset = text(exif, "Exif.Photo.OffsetTimeOriginal");
                QTimeZone zone("Asia/Seoul");
                if (offset.size() == 6) {
                    const int sign = offset[0] == QLatin1Char('-') ? -1 : 1;
                    zone = QTimeZone(sign * (offset.mid(1, 2).toInt() * 3600 + offset.mid(4, 2).toInt() * 60));
                }
                t.setTimeZone(zone);
                out.takenAt = t;
            }
        }
    } catch (const std::exception &e) {
        return makeError(ErrorCode::ExifUnreadable,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "cannot read EXIF: %1"), QString::fromLocal8Bit(e.what())));
    }
    return out;
}

Result<QByteArray> writePhotoExif(const QByteArray &jpeg, const PhotoExif &exif)
{
    muteExiv2();
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(jpeg.constData()), long(jpeg.size()));
        if (!image.get())
            return makeError(ErrorCode::ExifUnwritable, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot write EXIF")));
        image->readMetadata();
        Exiv2::ExifData data = image->exifData();
        if (exif.latitude && exif.longitude) {
            data["Exif.GPSInfo.GPSVersionID"] = std::string("2 3 0 0");
            data["Exif.GPSInfo.GPSLatitudeRef"] = std::string(*exif.latitude < 0 ? "S" : "N");
            data.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude"), dms(*exif.latitude).get());
            data["Exif.GPSInfo.GPSLongitudeRef"] = std::string(*exif.longitude < 0 ? "W" : "E");
            data.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLongitude"), dms(*exif.longitude).get());
        }
        if (exif.takenAt.isValid()) {
            data["Exif.Photo.DateTimeOriginal"] = exif.takenAt.toString(QStringLiteral("yyyy:MM:dd HH:mm:ss")).toStdString();
            const int off = exif.takenAt.offsetFromUtc();
            data["Exif.Photo.OffsetTimeOriginal"] = QStringLiteral("%1%2:%3")
                                                         .arg(off < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                                         .arg(std::abs(off) / 3600, 2, 10, QLatin1Char('0'))
                                                         .arg(std::abs(off) % 3600 / 60, 2, 10, QLatin1Char('0'))
                                                         .toStdString();
        }
        image->setExifData(data);
        image->writeMetadata();
        Exiv2::BasicIo &io = image->io();
        io.open();
        io.seek(0, Exiv2::BasicIo::beg);
        const Exiv2::DataBuf buf = io.read(long(io.size()));
        io.close();
        return QByteArray(reinterpret_cast<const char *>(buf.pData_), buf.size_);
    } catch (const std::exception &e) {
        return makeError(ErrorCode::ExifUnwritable,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "cannot write EXIF: %1"), QString::fromLocal8Bit(e.what())));
    }
}

} // namespace gc::core
