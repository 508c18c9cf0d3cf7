#pragma once

#include <QString>

#include <catch2/catch.hpp>

#include <gdal.h>
#include <ogr_api.h>

namespace gc::test {

// The inventory opened through GDAL for update, as QGIS opens it; closed (and flushed) on scope exit.
struct OgrEdit {
    GDALDatasetH ds = nullptr;
    OGRLayerH layer = nullptr;
    explicit OgrEdit(const QString &path)
    {
        GDALAllRegister();
        ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
        REQUIRE(ds);
        layer = GDALDatasetGetLayerByName(ds, "assets");
        REQUIRE(layer);
    }
    ~OgrEdit() { GDALClose(ds); }
    OgrEdit(const OgrEdit &) = delete;
    OgrEdit &operator=(const OgrEdit &) = delete;

    OGRFeatureH byCode(const QString &code)
    {
        OGR_L_SetAttributeFilter(layer, QStringLiteral("code = '%1'").arg(code).toUtf8().constData());
        OGR_L_ResetReading(layer);
        OGRFeatureH f = OGR_L_GetNextFeature(layer);
        OGR_L_SetAttributeFilter(layer, nullptr);
        REQUIRE(f);
        return f;
    }
    void setText(const QString &code, const char *field, const QString &value)
    {
        OGRFeatureH f = byCode(code);
        OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, field), value.toUtf8().constData());
        REQUIRE(OGR_L_SetFeature(layer, f) == OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    static OGRGeometryH point(double x, double y)
    {
        OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(g, 0, x, y);
        return g;
    }
    void move(const QString &code, double x, double y)
    {
        OGRFeatureH f = byCode(code);
        OGR_F_SetGeometryDirectly(f, point(x, y));
        REQUIRE(OGR_L_SetFeature(layer, f) == OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    void remove(const QString &code)
    {
        OGRFeatureH f = byCode(code);
        const GIntBig fid = OGR_F_GetFID(f);
        OGR_F_Destroy(f);
        REQUIRE(OGR_L_DeleteFeature(layer, fid) == OGRERR_NONE);
    }
    // A feature drawn in QGIS: the uuid column is NOT NULL, so the person types something into it.
    void add(const QString &uuid, const QString &category, const QString &name, const QString &status, double x, double y)
    {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "uuid"), uuid.toUtf8().constData());
        OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "category"), category.toUtf8().constData());
        OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "name"), name.toUtf8().constData());
        OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "status"), status.toUtf8().constData());
        OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "variant"), "brand_mark");
        OGR_F_SetFieldInteger(f, OGR_F_GetFieldIndex(f, "priority"), 2);
        OGR_F_SetFieldInteger(f, OGR_F_GetFieldIndex(f, "mark_count"), 1);
        OGR_F_SetGeometryDirectly(f, point(x, y));
        REQUIRE(OGR_L_CreateFeature(layer, f) == OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    void sql(const QString &statement)
    {
        OGRLayerH r = GDALDatasetExecuteSQL(ds, statement.toUtf8().constData(), nullptr, nullptr);
        if (r)
            GDALDatasetReleaseResultSet(ds, r);
    }
};

} // namespace gc::test
