"""Opens the QGIS project that `goodcity-cli export --format qgis` wrote, after moving its folder, with
QGIS's own Python API as the office's GIS staff would, and checks that the layers load from the copy
next to it, keep their styles, and that the dong choropleth draws more than one colour (W2.7).

usage: qgis_project.py DIR NAME   (DIR holds NAME.qgz and NAME.gpkg)
"""
import os
import shutil
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from qgis.core import QgsApplication, QgsProject  # noqa: E402

from qgis_styles import colours  # noqa: E402
from qgz_check import check  # noqa: E402


def main():
    folder, name = sys.argv[1], sys.argv[2]
    check(folder, name)  # the zip and the XML, as without QGIS

    app = QgsApplication([], False)
    app.initQgis()
    with tempfile.TemporaryDirectory() as tmp:
        # The office mails the folder: it must open from wherever it lands.
        moved = os.path.join(tmp, "moved elsewhere")
        shutil.copytree(folder, moved)
        project = QgsProject.instance()
        assert project.read(os.path.join(moved, f"{name}.qgz")), project.error()
        assert project.crs().authid() == "EPSG:5186", project.crs().authid()
        layers = {layer.name(): layer for layer in project.mapLayers().values()}
        assert set(layers) == {"assets", "dongs", "asset_events"}, sorted(layers)
        for layer in layers.values():
            assert layer.isValid(), f"{layer.name()} does not load: {layer.source()}"
            assert os.path.realpath(layer.source().split("|")[0]) == os.path.realpath(os.path.join(moved, f"{name}.gpkg")), layer.source()
        assets, dongs, events = layers["assets"], layers["dongs"], layers["asset_events"]
        assert assets.featureCount() > 0 and dongs.featureCount() == 10, (assets.featureCount(), dongs.featureCount())
        assert events.featureCount() >= assets.featureCount(), events.featureCount()  # at least a creation each
        assert assets.crs().authid() == "EPSG:5186", assets.crs().authid()
        assert assets.renderer().type() == "categorizedSymbol" and assets.renderer().classAttribute() == "status"
        assert assets.labelsEnabled(), "asset labels are off"
        r = dongs.renderer()
        assert r.type() == "graduatedSymbol" and len(r.ranges()) == 5, r.type()
        labels = [x.label() for x in r.ranges()]
        assert "data range" in labels[0], labels  # the demo's progress differs by dong: classes on its range
        order = [node.name() for node in project.layerTreeRoot().findLayers()]
        assert order == ["assets", "dongs", "asset_events"], order
        # The class fills as drawn (the symbol's opacity over the white background), labels off so only
        # fills and outlines remain: dongs at different progress must show different class fills.
        dongs.setLabelsEnabled(False)
        drawn = colours(dongs)
        fills = set()
        for i, x in enumerate(r.ranges()):
            c, a = x.symbol().color(), x.symbol().opacity()
            want = [round(a * v + (1 - a) * 255) for v in (c.red(), c.green(), c.blue())]
            if any(all(abs(((rgb >> s) & 0xFF) - w) <= 3 for s, w in zip((16, 8, 0), want)) for rgb in drawn):
                fills.add(i)
        assert len(fills) > 2, f"dongs drawn in class fills {sorted(fills)} only; colours {sorted(hex(c) for c in drawn)[:20]}"
        drawn_assets = colours(assets)
        assert len(drawn_assets) > 1, f"assets drawn in {len(drawn_assets)} colour(s)"
        print(f"project: {len(layers)} layers from {moved}, dongs {labels} in {len(fills)} class fills, assets in {len(drawn_assets)}")
        project.clear()
    app.exitQgis()


if __name__ == "__main__":
    main()
