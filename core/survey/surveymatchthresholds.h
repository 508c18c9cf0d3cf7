#pragma once

namespace gc::core {

// When a survey row counts as an inventory asset, or as another department's row.
struct SurveyMatchThresholds {
    double nearMetres = 15.0; // same category within this distance is the same facility
};

} // namespace gc::core
