#pragma once

#include "model/photoverdict.h"
#include "photo/photoslotprofile.h"
#include "text.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <limits>
#include <optional>
#include <vector>

namespace gc::core {

QString toString(PhotoCheckStatus status);

// One check's evidence: what was measured, against what, and what it means in words (a catalogued
// message with its arguments, rendered at the edge in the language the reader needs).
struct PhotoCheck {
    QString id;  // readable, sharpness, exposure, mark, old_mark, duplicate, same_place, location, time, qr
    PhotoCheckStatus status = PhotoCheckStatus::Skip;
    double value = std::numeric_limits<double>::quiet_NaN();
    double threshold = std::numeric_limits<double>::quiet_NaN();
    Text text;
    QJsonObject details;  // check-specific evidence, e.g. mark: inliers and quad; duplicate: asset code
    CheckWeight weight = CheckWeight::Blocking;  // what it counts for in this photo's slot (PhotoSlotProfile)

    // This check made the verdict worse than a pass (a fail or warning that counts in its slot).
    bool isProblem() const;
    // The words a crew acts on: "한국어 / English" by default; events and the wire keep the Korean and
    // the English apart ({"ko": message(Lang::Korean), "en": message(Lang::English)}).
    QString message(Lang lang = Lang::Both) const { return text.render(lang); }
};

struct PhotoCheckResult {
    PhotoSlot slot = PhotoSlot::After;  // the profile the verdict was judged by
    PhotoVerdict verdict = PhotoVerdict::Pass;
    std::vector<PhotoCheck> checks;
    int width = 0;             // photo as the user sees it (after EXIF orientation)
    int height = 0;
    QString format;            // "jpeg" or "png"
    QString perceptualHash;    // 16 hex digits, what the inventory stores in photos.phash
    std::optional<double> latitude;   // from EXIF
    std::optional<double> longitude;
    QDateTime takenAt;         // from EXIF DateTimeOriginal; invalid when absent
    QByteArray previewJpeg;    // the photo, small, with the mark quad and QR box drawn on it

    const PhotoCheck *find(const QString &id) const;
    // The checks that made the verdict, blocking fails first: what the crew has to act on.
    std::vector<const PhotoCheck *> problems() const;
    // The verdict the checks come to under their weights (PhotoSlotProfile::effect, worst wins).
    static PhotoVerdict judge(const std::vector<PhotoCheck> &checks);
    // {"slot": "after", "verdict": "...", "checks": {"mark": {"status": "pass", "value": …, "inliers": 87, "quad": […]}, …}, …}
    QJsonObject toJson() const;
};

} // namespace gc::core
