#include "photo12mp.h"

#include "photo/photochecker.h"

#include <QFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace gc::bench {

const QByteArray &photo12mp()
{
    static const QByteArray bytes = [] {
        cv::Mat street = cv::imread("/usr/share/doc/opencv-doc/examples/data/building.jpg", cv::IMREAD_COLOR);
        if (street.empty())
            street = cv::Mat(600, 800, CV_8UC3, cv::Scalar(120, 130, 140));
        cv::Mat img;
        cv::resize(street, img, cv::Size(4000, 3000), 0, 0, cv::INTER_CUBIC);
        QFile f(gc::core::PhotoChecker::defaultMarkReference());
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray png = f.readAll();
            // The mark as printed on a white plate: transparent pixels become white.
            cv::Mat rgba = cv::imdecode(cv::Mat(1, int(png.size()), CV_8UC1, const_cast<char *>(png.constData())), cv::IMREAD_UNCHANGED);
            cv::resize(rgba, rgba, cv::Size(1200, 400), 0, 0, cv::INTER_AREA);
            cv::Mat plate(rgba.size(), CV_8UC3, cv::Scalar(255, 255, 255));
            for (int y = 0; y < rgba.rows; ++y)
                for (int x = 0; x < rgba.cols; ++x) {
                    const cv::Vec4b p = rgba.at<cv::Vec4b>(y, x);
                    for (int c = 0; c < 3; ++c)
                        plate.at<cv::Vec3b>(y, x)[c] = cv::saturate_cast<uchar>((p[c] * p[3] + 255 * (255 - p[3])) / 255);
                }
            plate.copyTo(img(cv::Rect(1400, 1300, plate.cols, plate.rows)));
        }
        cv::Mat noise(img.size(), CV_16SC3);
        cv::randn(noise, 0, 5);
        cv::Mat wide;
        img.convertTo(wide, CV_16SC3);
        wide += noise;
        wide.convertTo(img, CV_8UC3);
        std::vector<uchar> buf;
        cv::imencode(".jpg", img, buf, {cv::IMWRITE_JPEG_QUALITY, 92});
        return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
    }();
    return bytes;
}

} // namespace gc::bench
