#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace gc::core {

// Which 행정동 a point (EPSG:5186) lies in; the store fills it from the inventory's `dongs` layer
// (store/donglayer.h), so the model reads no file.
class DongLocator {
public:
    struct Dong {
        QString admCode, nameKo, nameEn;
    };

    DongLocator();
    DongLocator(DongLocator &&) noexcept;
    DongLocator &operator=(DongLocator &&) noexcept;
    ~DongLocator();

    // adm_code of the dong containing the point; within `tolerance` metres of the district's edge the
    // nearest dong counts (the boundaries are generalized by about 30 m). Empty when outside.
    // Adds a dong with its boundary as a GeoPackage geometry blob; fails on an unreadable geometry.
    VoidResult add(Dong dong, const QByteArray &gpkgGeometry);

    QString locate(double x, double y, double tolerance = 100.0) const;
    const std::vector<Dong> &dongs() const { return m_dongs; }
    QString nameOf(const QString &admCode) const;
    QString codeOf(const QString &nameOrCode) const;
    // A uniformly random point inside the dong (rejection sampling), for the demo generator.
    bool randomPointIn(const QString &admCode, double u1, double u2, double &x, double &y) const;
    // Envelope of one dong (minX, minY, maxX, maxY).
    bool envelopeOf(const QString &admCode, double env[4]) const;

private:
    struct Impl;
    std::vector<Dong> m_dongs;
    std::unique_ptr<Impl> m_impl;
};

} // namespace gc::core
