#pragma once

#include <QString>

namespace gc::core {

// What a photo's check concluded, as the field app stores it per photo slot in the install event
// ("checks": {"before": "pass", "after1": "review"}) and as the office queue reads it back.
// Error: the photo could not be checked at all (unreadable file, checker missing).
enum class PhotoVerdict { Pass, Review, Fail, Error };

// The one string mapping of verdicts; any other text (a typo, an older "warn") reads as Error, so
// the office looks at it rather than taking it for a pass.
QString toString(PhotoVerdict verdict);
PhotoVerdict photoVerdictFromString(const QString &text);

// How urgently the office should look: 0 first. Fail, then Error and Review (both need a person's
// eye), then Pass.
int reviewRank(PhotoVerdict verdict);
// The verdict that needs the closer look of the two.
PhotoVerdict worse(PhotoVerdict a, PhotoVerdict b);

} // namespace gc::core
