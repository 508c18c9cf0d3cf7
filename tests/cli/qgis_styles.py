"""Opens an inventory (or an exported GeoPackage) with QGIS's own Python API, as the office's GIS staff
open it, and checks that the style stored in the file's layer_styles table is each layer's default and
draws the layer in more than one colour (W2.7).

usage: qgis_styles.py FILE.gpkg [--no-dongs]
"""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (QgsApplication, QgsExpression, QgsExpressionContext, QgsExpressionContextUtils,  # noqa: E402
                       QgsMapRendererSequentialJob, QgsMapSettings, QgsProject, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def colours(layer, size=300):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(size, size))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    seen = {}
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            rgb = image.pixel(x, y) & 0xFFFFFF
            if rgb != 0xFFFFFF:
                seen[rgb] = seen.get(rgb, 0) + 1
    # Colours of at least 10 pixels: symbol fills, not the anti-aliased edges between them.
    return {c for c, n in seen.items() if n >= 10}


def main():
    path = sys.argv[1]
    with_dongs = "--no-dongs" not in sys.argv
    app = QgsApplication([], False)
    app.initQgis()
    assets = QgsVectorLayer(f"{path}|layername=assets", "assets", "ogr")
    assert assets.isValid(), f"{path}: assets layer does not open"
    count, ids, names, descriptions, error = assets.listStylesInDatabase()
    assert "goodcity" in names, f"no goodcity style in layer_styles: {names} {error}"
    # QGIS applied the stored default on opening: the categorized renderer is ours, not QGIS's single symbol.
    renderer = assets.renderer()
    assert renderer.type() == "categorizedSymbol", renderer.type()
    assert renderer.classAttribute() == "status", renderer.classAttribute()
    values = {c.value() for c in renderer.categories()}
    assert {"planned", "assigned", "installed", "verified", "needs_attention", "cancelled"} <= values, values
    assert assets.labelsEnabled(), "labels are off"
    label = assets.labeling().settings()
    assert label.fieldName == "name", label.fieldName
    assert label.scaleVisibility and label.minimumScale == 5000, (label.scaleVisibility, label.minimumScale, label.maximumScale)
    drawn = colours(assets)
    # The status colours of the app's dashboard (core/reports/progresschart.cpp), as drawn marker fills.
    palette = {0xBDBDBD, 0x4285F4, 0xFBBC04, 0x0F9D58, 0xDB4437, 0x616161}
    statuses_drawn = drawn & palette
    assert len(statuses_drawn) > 1, f"assets drawn in {len(statuses_drawn)} status colour(s): {sorted(hex(c) for c in drawn)[:20]}"
    print(f"assets: style 'goodcity' is the default, {len(values)} status classes, {len(statuses_drawn)} status colours drawn")

    QgsProject.instance().addMapLayer(assets)  # the project owns the layer (and the choropleth's aggregate reads it by name)
    if with_dongs:
        dongs = QgsVectorLayer(f"{path}|layername=dongs", "dongs", "ogr")
        assert dongs.isValid()
        QgsProject.instance().addMapLayer(dongs)
        r = dongs.renderer()
        assert r.type() == "graduatedSymbol", r.type()
        assert len(r.ranges()) == 5, len(r.ranges())
        # Each dong's share, computed by QGIS from the assets layer, falls in a class; on the data's
        # range the dongs of a real rollout fall in more than one.
        expression = QgsExpression(r.classAttribute())
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(dongs))
        classes = set()
        for feature in dongs.getFeatures():
            context.setFeature(feature)
            share = expression.evaluate(context)
            assert not expression.hasEvalError(), expression.evalErrorString()
            classes.add(next(i for i, x in enumerate(r.ranges()) if x.lowerValue() <= share <= x.upperValue()))
        data_range = "data range" in r.ranges()[0].label()
        assert not data_range or len(classes) > 1, f"all dongs in class {classes}"
        drawn = colours(dongs)
        assert len(drawn) > 1, f"dongs drawn in {len(drawn)} colour(s)"
        print(f"dongs: graduated {[x.label() for x in r.ranges()]}, dongs in {len(classes)} classes, {len(drawn)} colours drawn")
    QgsProject.instance().clear()
    app.exitQgis()


if __name__ == "__main__":
    main()
