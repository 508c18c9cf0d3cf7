"""Checks the QGIS project that `goodcity-cli export --format qgis` wrote without QGIS: the .qgz is a
zip whose members pass their CRC, holding one .qgs that parses as XML, in EPSG:5186, with the layers
assets, dongs and asset_events read from the copy next to it by a relative path (W2.7).

usage: qgz_check.py DIR NAME   (DIR holds NAME.qgz and NAME.gpkg)
"""
import os
import sys
import xml.etree.ElementTree as ET
import zipfile


def check(folder, name):
    with zipfile.ZipFile(os.path.join(folder, f"{name}.qgz")) as z:
        assert z.testzip() is None, "a member of the .qgz fails its CRC"
        assert z.namelist() == [f"{name}.qgs"], z.namelist()
        text = z.read(f"{name}.qgs").decode("utf-8")
    assert os.path.abspath(folder) not in text, "the project holds an absolute path"
    root = ET.fromstring(text)
    assert root.tag == "qgis", root.tag
    assert root.findtext("projectCrs/spatialrefsys/authid") == "EPSG:5186"
    sources = {m.findtext("layername"): m.findtext("datasource") for m in root.iter("maplayer")}
    assert sources == {t: f"./{name}.gpkg|layername={t}" for t in ("assets", "dongs", "asset_events")}, sources
    tree = [n.get("name") for n in root.iter("layer-tree-layer")]
    assert tree == ["assets", "dongs", "asset_events"], tree
    styled = {m.findtext("layername"): m.find("renderer-v2").get("type") for m in root.iter("maplayer") if m.find("renderer-v2") is not None}
    assert styled == {"assets": "categorizedSymbol", "dongs": "graduatedSymbol"}, styled
    assert os.path.getsize(os.path.join(folder, f"{name}.gpkg")) > 0


if __name__ == "__main__":
    check(sys.argv[1], sys.argv[2])
    print(f"{sys.argv[2]}.qgz: a valid zip holding {sys.argv[2]}.qgs with 3 layers on ./{sys.argv[2]}.gpkg")
