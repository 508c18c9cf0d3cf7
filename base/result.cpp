#include "result.h"

#include <array>

namespace gc {

namespace {

#define GC_ERROR_CODE_NAME(e, name) QStringLiteral(name),
const std::array kNames{GC_ERROR_CODES(GC_ERROR_CODE_NAME)};
#undef GC_ERROR_CODE_NAME

} // namespace

QString codeName(ErrorCode code) { return kNames.at(size_t(code)); }

std::optional<ErrorCode> parseErrorCode(QStringView name)
{
    for (size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name)
            return ErrorCode(i);
    return std::nullopt;
}

} // namespace gc
