#include "cplerrorscope.h"

#include <cpl_error.h>

namespace gc::geo {

namespace {
void CPL_STDCALL collect(CPLErr errClass, CPLErrorNum, const char *msg)
{
    if (auto *scope = static_cast<CplErrorScope *>(CPLGetErrorHandlerUserData()))
        scope->record(int(errClass), msg);
}
} // namespace

CplErrorScope::CplErrorScope()
{
    CPLPushErrorHandlerEx(collect, this);
}

CplErrorScope::~CplErrorScope()
{
    CPLPopErrorHandler();
}

void CplErrorScope::record(int errClass, const char *msg)
{
    const QString text = QString::fromUtf8(msg ? msg : "").trimmed();
    if (errClass >= CE_Failure)
        m_errors << text;
    else if (errClass == CE_Warning)
        m_warnings << text;
}

QString CplErrorScope::message() const
{
    QStringList all = m_errors;
    all += m_warnings;
    all.removeDuplicates();
    return all.join(QStringLiteral("; "));
}

} // namespace gc::geo
