#include "cplerrorscope.h"

#include <cpl_error.h>

namespace gc::core {

namespace {
void CPL_STDCALL collect(CPLErr level, CPLErrorNum, const char *msg)
{
    if (level < CE_Warning)
        return;
    auto *scope = static_cast<QStringList *>(CPLGetErrorHandlerUserData());
    if (scope)
        scope->append(QString::fromUtf8(msg));
}
} // namespace

CplErrorScope::CplErrorScope() { CPLPushErrorHandlerEx(collect, &m_messages); }
CplErrorScope::~CplErrorScope() { CPLPopErrorHandler(); }

} // namespace gc::core
