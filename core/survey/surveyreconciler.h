#pragma once

#include "result.h"
#include "survey/surveymatchthresholds.h"
#include "model/surveyrecords.h"

#include <QStringList>

#include <vector>

namespace gc::core {

class AssetStore;

// Matches survey rows to the inventory and finds rows of different departments that describe the
// same place: the office's reconciliation view, and what approval uses to decide create or update.
class SurveyReconciler {
public:
    using Thresholds = SurveyMatchThresholds;
    enum class Match { Code, Nearby, New };
    struct Line {
        SurveyRow row;
        Match match = Match::New;
        QString assetUuid, assetCode; // the matched asset
        double distance = -1;         // metres to the matched asset (Nearby; Code when both are located)
        bool hasPlace = false;        // the row's own location, or its matched asset's
        double x = 0, y = 0;
        std::vector<QString> overlapRowIds; // rows of other departments that describe the same place
        QStringList overlaps;               // the same, readable: "공원녹지과 3행"
    };

    // All rows of one survey, ordered by department and line.
    static Result<std::vector<Line>> run(const AssetStore &store, const QString &surveyId, const Thresholds &t = {});
    static Result<std::vector<Line>> run(const AssetStore &store, const std::vector<SurveyRow> &rows, const Thresholds &t = {});
    static QString matchName(Match m); // code | nearby | new
};

} // namespace gc::core
