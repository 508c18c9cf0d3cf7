#pragma once

#include <QString>
#include <QStringList>

#include <cpl_error.h>

namespace gc {

// Captures what GDAL/OGR/OSR report on this thread while it lives (push in the constructor, pop in
// the destructor), so that errors we return carry GDAL's own words instead of going to stderr.
// Header-only: gc_core and gc_geo both use it and neither links the other.
class CplErrorScope {
public:
    CplErrorScope() { CPLPushErrorHandlerEx(&CplErrorScope::collect, this); }
    ~CplErrorScope() { CPLPopErrorHandler(); }
    CplErrorScope(const CplErrorScope &) = delete;
    CplErrorScope &operator=(const CplErrorScope &) = delete;

    bool hasErrors() const { return !m_errors.isEmpty(); }
    const QStringList &errors() const { return m_errors; }
    const QStringList &warnings() const { return m_warnings; }
    // Failures first, then warnings, without repeats; empty when GDAL said nothing.
    QString message() const
    {
        QStringList all = m_errors + m_warnings;
        all.removeDuplicates();
        return all.join(QStringLiteral("; "));
    }
    // The most recent failure (or warning): what to put in a one-line error.
    QString last() const { return !m_errors.isEmpty() ? m_errors.last() : m_warnings.isEmpty() ? QString() : m_warnings.last(); }

    // Called by GDAL; public only so that the C callback can reach it.
    void record(int errClass, const char *msg)
    {
        const QString text = QString::fromUtf8(msg ? msg : "").trimmed();
        if (errClass >= CE_Failure)
            m_errors << text;
        else if (errClass == CE_Warning)
            m_warnings << text;
    }

private:
    static void CPL_STDCALL collect(CPLErr errClass, CPLErrorNum, const char *msg)
    {
        if (auto *scope = static_cast<CplErrorScope *>(CPLGetErrorHandlerUserData()))
            scope->record(int(errClass), msg);
    }

    QStringList m_errors;
    QStringList m_warnings;
};

} // namespace gc
