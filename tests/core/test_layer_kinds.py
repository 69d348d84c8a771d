"""The layer-kind interface: a kind registered in this test file alone is saved and opened with the
project, exported to HTML and drawn by the renderer, with no other change to GZMap; a kind that is not
registered is left out with a warning. The built-in kinds answer extent, legend and identify."""

from __future__ import annotations

import json
import re
import sqlite3

import geopandas as gpd
import numpy as np
import pytest
import shapely

from gzmap.core.layer import Grid
from gzmap.core.layer import Hit
from gzmap.core.layer import Layer
from gzmap.core.layer import RasterLayer
from gzmap.core.layer import VectorLayer
from gzmap.core.layer import kind_class
from gzmap.core.layer import register_kind
from gzmap.core.layer import unregister_kind
from gzmap.core.project import Project
from gzmap.core.schema import ListOf
from gzmap.core.schema import Obj
from gzmap.core.schema import Text
from gzmap.core.style import SingleStyle
from gzmap.core.style import Symbol
from gzmap.io.project import ProjectError
from gzmap.io.project import load_project
from gzmap.io.project import save_project

CANTON_TOWER = (113.3245, 23.1064)
BAIYUN_AIRPORT = (113.2988, 23.3924)


class MarksLayer(Layer):
    """A tiny kind: labelled points of interest, coordinates kept as an array in the project file."""

    kind = "test_marks"
    description_schema = Obj(
        {"coords": Text(max_len=32), "labels": ListOf(Text(max_len=100))}, required=("coords", "labels")
    )

    def __init__(self, coords, labels, name_zh, name_en=None, **kw):
        super().__init__(name_zh, name_en, **kw)
        self.coords = np.asarray(coords, dtype=float).reshape(-1, 2)
        self.labels = list(labels)

    def bounds(self):
        lo, hi = self.coords.min(axis=0), self.coords.max(axis=0)
        return float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1])

    def identify(self, lon, lat, tolerance_m=0.0):
        d = np.hypot(self.coords[:, 0] - lon, self.coords[:, 1] - lat)
        i = int(np.argmin(d))
        return Hit(row=i, values={"label": self.labels[i]}) if d[i] * 111_000 <= tolerance_m else None

    def to_description(self, store):
        return {"coords": store.put_array(self.coords), "labels": self.labels}

    @classmethod
    def from_description(cls, d, store, common):
        return cls(store.get_array(d["coords"]), d["labels"], d.get("name_zh") or "", d.get("name_en"), **common)


def _draw_marks(painter, layer, viewport, options):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor

    xs, ys = viewport.lonlat_to_screen(layer.coords[:, 0], layer.coords[:, 1])
    for x, y in zip(xs, ys):
        painter.fillRect(QRectF(float(x) - 4, float(y) - 4, 8, 8), QColor("#ff0000"))


def _marks_payload(layer, name, lid, ctx):
    cfg = {"points": layer.coords.tolist(), "labels": layer.labels}
    factory = (
        "(function(c){var g = L.layerGroup(); c.points.forEach(function(p, i){"
        "L.circleMarker([p[1], p[0]]).bindTooltip(c.labels[i]).addTo(g);}); return g;})"
    )
    return {
        "factory": factory,
        "cfg": cfg,
        "html": "",
        "count": len(layer.labels),
        "df": None,
        "unit": "points",
        "bytes": 0,
    }


@pytest.fixture
def marks_kind():
    """The kind, its drawer and its HTML payload, registered for one test: the three registration lines."""
    from gzmap.export.html_payloads import register_payload
    from gzmap.export.html_payloads import unregister_payload
    from gzmap.render.drawers import register_drawer
    from gzmap.render.drawers import unregister_drawer

    register_kind(MarksLayer)
    register_drawer("test_marks", _draw_marks)
    register_payload("test_marks", _marks_payload)
    yield MarksLayer
    unregister_kind("test_marks")
    unregister_drawer("test_marks")
    unregister_payload("test_marks")


def _marks(name="地标"):
    return MarksLayer(
        [CANTON_TOWER, BAIYUN_AIRPORT],
        ["广州塔", "白云机场"],
        name,
        "Landmarks",
        style=SingleStyle(Symbol(fill="#ff0000")),
    )


def _districts():
    from gzmap.io.builtin import districts_layer

    return districts_layer()


# -- the fake kind through the three registries ------------------------------------------------


def test_a_registered_kind_is_saved_and_opened_with_the_project(tmp_path, marks_kind):
    project = Project("kinds")
    project.add_layer(_districts())
    marks = project.add_layer(_marks())
    marks.opacity = 0.5
    path = tmp_path / "k.gzmap.gpkg"
    rep = save_project(project, path)
    assert rep.skipped == [] and rep.layers == 2
    back = load_project(path)
    assert [l.kind for l in back.layers] == ["vector", "test_marks"]
    got = back.layers[1]
    assert isinstance(got, MarksLayer) and got.id == marks.id
    np.testing.assert_array_equal(got.coords, marks.coords)
    assert got.labels == ["广州塔", "白云机场"] and got.opacity == 0.5 and got.name_en == "Landmarks"
    assert back.load_warnings == []


def test_a_registered_kind_s_description_is_checked_by_its_schema(tmp_path, marks_kind):
    project = Project()
    project.add_layer(_marks())
    path = tmp_path / "k.gzmap.gpkg"
    save_project(project, path)
    _edit_description(path, lambda d: d["layers"][0].update(labels="not a list"))
    with pytest.raises(ProjectError) as err:
        load_project(path)
    assert err.value.kind == "invalid" and "layers[0].labels" in str(err.value) and path.name in str(err.value)


def test_a_kind_this_gzmap_does_not_know_is_left_out_with_a_warning(tmp_path, marks_kind):
    project = Project()
    project.add_layer(_districts())
    project.add_layer(_marks())
    path = tmp_path / "k.gzmap.gpkg"
    save_project(project, path)
    unregister_kind("test_marks")  # opened by a GZMap without the kind
    back = load_project(path)
    assert [l.kind for l in back.layers] == ["vector"]
    assert any("Landmarks" in w or "地标" in w for w in back.load_warnings)
    assert any("does not know" in w and "test_marks" in w for w in back.load_warnings)
    rep = save_project(project, tmp_path / "again.gzmap.gpkg")  # and saving one skips it by name
    assert rep.skipped == ["Landmarks (test_marks)"] and rep.layers == 1


def test_a_registered_kind_is_exported_to_html(marks_kind):
    from gzmap.export.html import build_html

    project = Project()
    project.add_layer(_districts())
    project.add_layer(_marks(name="地标 {{ 7*7 }}"))
    page, rep = build_html(project, lang="zh_CN")
    assert [l["kind"] for l in rep.layers] == ["features", "points"]
    assert rep.layers[1]["count"] == 2 and rep.layers[1]["name"] == "地标 {{ 7*7 }}"
    assert "L.circleMarker" in page and "113.3245" in page and "白云机场" in page
    assert "地标 {{ 7*7 }}" in page and "地标 49" not in page  # a name is text, never a template
    assert not [w for w in rep.warnings if "does not support" in w or "不支持" in w]


def test_a_kind_without_an_html_payload_is_skipped_with_a_warning(marks_kind):
    from gzmap.export.html import build_html
    from gzmap.export.html_payloads import unregister_payload

    unregister_payload("test_marks")
    project = Project()
    project.add_layer(_districts())
    project.add_layer(_marks())
    page, rep = build_html(project, lang="en")
    assert [l["kind"] for l in rep.layers] == ["features"]
    assert any("Landmarks" in w and "does not support" in w for w in rep.warnings)


def test_a_registered_kind_is_drawn_by_the_renderer(marks_kind):
    from gzmap.render.drawers import unregister_drawer

    project = Project()
    project.add_layer(_marks())
    x, y, img = _render(project)
    assert img.pixelColor(x, y).name() == "#ff0000"
    unregister_drawer("test_marks")
    x, y, img = _render(project)
    assert img.pixelColor(x, y).name() != "#ff0000"  # no drawer: nothing drawn, nothing raised


def _render(project):
    from PySide6.QtGui import QImage
    from PySide6.QtGui import QPainter

    from gzmap.core.viewport import Viewport
    from gzmap.render.map_renderer import render_map

    vp = Viewport.fit((113.2, 23.0, 113.4, 23.5), 200, 300)
    img = QImage(200, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(img)
    render_map(painter, project, vp)
    painter.end()
    x, y = vp.lonlat_to_screen(*CANTON_TOWER)
    return int(round(float(x))), int(round(float(y))), img


def _edit_description(path, change) -> None:
    con = sqlite3.connect(path)
    d = json.loads(con.execute("SELECT description FROM gzmap_project").fetchone()[0])
    change(d)
    con.execute("UPDATE gzmap_project SET description = ?", (json.dumps(d, ensure_ascii=False),))
    con.commit()
    con.close()


# -- the registry -----------------------------------------------------------------------------


def test_a_kind_name_cannot_be_taken_twice():
    class Other(Layer):
        kind = "vector"

    with pytest.raises(ValueError, match="already registered by VectorLayer"):
        register_kind(Other)
    assert kind_class("vector") is VectorLayer and kind_class(None) is None


# -- the built-in kinds answer the interface -------------------------------------------------


def test_vector_identify_finds_the_district_under_a_point_and_the_nearest_point():
    districts = _districts()
    hit = districts.identify(*CANTON_TOWER)
    assert hit is not None and districts.data.iloc[hit.row]["name_en"] == "Haizhu"
    pts = VectorLayer(
        gpd.GeoDataFrame(
            {"name": ["a", "b"]}, geometry=shapely.points([CANTON_TOWER, BAIYUN_AIRPORT]), crs="EPSG:4326"
        ),
        "点",
    )
    near = (CANTON_TOWER[0] + 0.0003, CANTON_TOWER[1])  # ~31 m east (Web Mercator ~34 m)
    assert pts.identify(*near, tolerance_m=50).row == 0
    assert pts.identify(*near, tolerance_m=20) is None


def test_raster_identify_gives_the_cell_value_and_legend_counts_cells_with_a_value():
    values = np.array([[1.0, 2.0], [np.nan, 4.0]])
    layer = RasterLayer(Grid(values, (0.1, 0, 113.0, 0, -0.1, 23.2), "wgs84"), "栅格")
    assert layer.identify(113.15, 23.15).values == {"value": 2.0}
    assert layer.identify(113.05, 23.05) is None  # no data
    assert layer.identify(114.0, 23.0) is None  # outside
    assert layer.legend_shape == "raster" and len(layer.legend_data()) == 3
    assert layer.bounds() == pytest.approx((113.0, 23.0, 113.2, 23.2))


def test_legend_shape_and_entries_follow_the_kind():
    districts = _districts()
    assert districts.legend_shape == "polygon" and len(districts.legend_entries()) >= 1
    marks = _marks()
    assert marks.legend_shape == "polygon" and marks.legend_entries()[0].symbol.fill == "#ff0000"
    assert re.fullmatch(r"[0-9a-f]{12}", marks.id) and marks.id != _marks().id
