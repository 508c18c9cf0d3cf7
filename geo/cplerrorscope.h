#pragma once

#include <QString>
#include <QStringList>

namespace gc::geo {

// Captures what GDAL/OGR/OSR report on this thread while it lives (push in the constructor, pop in
// the destructor), so that errors we return carry GDAL's own words instead of going to stderr.
class CplErrorScope {
public:
    CplErrorScope();
    ~CplErrorScope();
    CplErrorScope(const CplErrorScope &) = delete;
    CplErrorScope &operator=(const CplErrorScope &) = delete;

    bool hasErrors() const { return !m_errors.isEmpty(); }
    // Failures first, then warnings, joined; empty when GDAL said nothing.
    QString message() const;
    const QStringList &errors() const { return m_errors; }
    const QStringList &warnings() const { return m_warnings; }

    // Called by GDAL; public only so that the C callback can reach it.
    void record(int errClass, const char *msg);

private:
    QStringList m_errors;
    QStringList m_warnings;
};

} // namespace gc::geo
