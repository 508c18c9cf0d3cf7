#pragma once

#include "model/assetfilter.h"
#include "result.h"

#include <QImage>
#include <QString>

#include <functional>

namespace gc::core {

class AssetStore;

// A printable PDF of asset labels: A4 sheets of 3 × 8 labels (70 × 37 mm, the common office label
// stock), each with a QR code of the asset code (what the photo check and crews scan), the code,
// name, category and dong. QR codes come from libqrencode.
class LabelSheet {
public:
    static constexpr int kColumns = 3, kRows = 8;
    // Writes OUT for the assets the filter selects, in code order; returns the number of labels.
    static Result<qint64> write(const AssetStore &store, const QString &out, const AssetFilter &filter = {},
                                const std::function<void(qint64, qint64)> &progress = {});
    // The QR code of `text` as a 1-bit image, one pixel per module, with the 4-module quiet zone.
    static QImage qrImage(const QString &text);
};

} // namespace gc::core
