"""Field copies cut to a box (the current view) and to a polygon (a drawn or a file's area), issue 18 item 1:
the copy holds exactly the enterprises inside, and its record names the area."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import shapely

sys.path.insert(0, str(Path(__file__).parent))
from field_fixtures import master_project  # noqa: E402

from gzmap.io.field_copy import field_copy  # noqa: E402
from gzmap.io.project import load_project  # noqa: E402


def _names_inside(master: Path, area) -> set[str]:
    ents = next(layer for layer in load_project(master).layers if layer.name_en == "Enterprises").data
    return set(ents.loc[shapely.contains(area, ents.geometry.values), "企业名称"])


def _copied_names(copy: Path) -> set[str]:
    return set(next(layer for layer in load_project(copy).layers if layer.name_en == "Enterprises").data["企业名称"])


def test_a_copy_cut_to_the_view_box_and_one_cut_to_a_polygon_file(tmp_path):
    master = tmp_path / "m.gzmap.gpkg"
    master_project(master, n=40)
    view = (113.33, 23.12, 113.355, 23.135)  # west, south, east, north: part of the 天河 box
    out = tmp_path / "view.gzmap.gpkg"
    field_copy(master, out, view, "李")
    inside = _names_inside(master, shapely.box(*view))
    assert 3 < len(inside) < 40 and _copied_names(out) == inside

    triangle = shapely.Polygon([(113.33, 23.12), (113.38, 23.12), (113.38, 23.15)])  # as a user draws it
    path = tmp_path / "drawn.geojson"
    feature = {"type": "Feature", "properties": {}, "geometry": shapely.geometry.mapping(triangle)}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    out = tmp_path / "drawn.gzmap.gpkg"
    field_copy(master, out, str(path), "王")
    inside = _names_inside(master, triangle)
    assert 3 < len(inside) < 40 and _copied_names(out) == inside
    assert [c["surveyor"] for c in load_project(master).metadata["field_work"]["copies"]] == ["李", "王"]
