#pragma once

#include <QString>

namespace gc {

// A message in both of the app's languages, Korean first: "한국어 / English".
inline QString bilingual(const QString &ko, const QString &en) { return QStringLiteral("%1 / %2").arg(ko, en); }

} // namespace gc
