#include "photo/qrfinder.h"

#include "photo/photopyramid.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>
#include <opencv2/wechat_qrcode.hpp>

#include <algorithm>

namespace gc::core {

QrFinding findQr(const cv::Mat &grey, int longSide)
{
    // QRCodeDetector finds the finder patterns cheaply, but Debian builds it without its decoder (quirc);
    // WeChat's decoder reads damaged and tilted codes well but costs a second on a whole photo.
    // So: locate with the one, then decode only the located patch with the other.
    QrFinding out;
    const cv::Mat g = PhotoPyramid::shrink(grey, longSide);
    const double back = double(grey.cols) / g.cols;
    cv::QRCodeDetector detector;
    std::vector<cv::Point2f> box;
    try {
        if (!detector.detect(g, box) || box.size() != 4)
            return out;
    } catch (const cv::Exception &) {
        return out;
    }
    out.seen = true;
    for (auto &p : box)
        out.box.push_back(p * float(back));
    cv::Rect patch = cv::boundingRect(out.box);
    const int pad = std::max(patch.width, patch.height) / 4 + 8;
    patch = cv::Rect(patch.x - pad, patch.y - pad, patch.width + 2 * pad, patch.height + 2 * pad) & cv::Rect(cv::Point(), grey.size());
    if (patch.empty())
        return out;
    try {
        thread_local cv::wechat_qrcode::WeChatQRCode decoder;
        const std::vector<std::string> texts = decoder.detectAndDecode(grey(patch));
        if (!texts.empty())
            out.text = QString::fromStdString(texts.front());
    } catch (const cv::Exception &) {
    }
    return out;
}

} // namespace gc::core
