#pragma once

#include "office/dashboard.h"
#include "result.h"

#include <QString>

#include <functional>

namespace gc::core {

class AssetStore;

// The progress report a manager takes to a briefing: a PDF (A4) with a cover, the key figures, the
// progress and category charts, a map of the district coloured by progress, tables by dong and by
// department, and the materials and budget sheet. Korean text is set in NanumGothic (fonts-nanum).
class ProgressReport {
public:
    // Writes OUT; `progress` gets (page done, pages).
    static VoidResult write(const AssetStore &store, const Dashboard &dashboard, const QString &out,
                            const std::function<void(qint64, qint64)> &progress = {});
    static constexpr int kPages = 6;
    // The font family used for Korean text; empty when no Korean font could be loaded.
    static QString koreanFontFamily();
};

} // namespace gc::core
