#pragma once

#include <QString>
#include <QStringList>

namespace gc::core {

// Captures GDAL/CPL errors for its lifetime (push in the constructor, pop in the destructor), so
// GDAL's own words can go into the error we return instead of onto stderr.
class CplErrorScope {
public:
    CplErrorScope();
    ~CplErrorScope();
    CplErrorScope(const CplErrorScope &) = delete;
    CplErrorScope &operator=(const CplErrorScope &) = delete;

    const QStringList &messages() const { return m_messages; }
    QString last() const { return m_messages.isEmpty() ? QString() : m_messages.last(); }

private:
    QStringList m_messages;
};

} // namespace gc::core
