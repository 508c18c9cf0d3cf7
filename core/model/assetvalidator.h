#pragma once

#include "model/asset.h"

#include <QString>

#include <vector>

namespace gc::core {

class DongLocator;

// One thing wrong with one field of an asset, in words for the person who typed it.
struct FieldProblem {
    QString field;  // asset field key (e.g. "category")
    QString value;  // the offending value as given
    QString reason; // Korean / English
};

// The rules every asset must meet before it enters the log (import, app, demo alike).
class AssetValidator {
public:
    explicit AssetValidator(const DongLocator *dongs = nullptr) : m_dongs(dongs) {}
    // Checks the asset; fills dong_code from the location when it is empty and a locator is set.
    std::vector<FieldProblem> check(Asset &asset) const;

private:
    const DongLocator *m_dongs;
};

} // namespace gc::core
