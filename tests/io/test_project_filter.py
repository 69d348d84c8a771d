"""A layer's filter is saved in the project as data and checked when opened: a crafted one refuses the
file with one line naming the layer; one that no longer fits the data opens with a warning."""

from __future__ import annotations

import json
import sqlite3

import geopandas as gpd
import pytest
import shapely

from gzmap.core.filter_expression import parse
from gzmap.core.layer import VectorLayer
from gzmap.core.layer_filter import LayerFilter
from gzmap.core.project import Project
from gzmap.core.time_filter import TimeFilter
from gzmap.io.project import ProjectError
from gzmap.io.project import load_project
from gzmap.io.project import save_project
from gzmap.testing import assert_one_line


def _rewrite(path, change) -> None:
    con = sqlite3.connect(path)
    d = json.loads(con.execute("SELECT description FROM gzmap_project").fetchone()[0])
    change(d)
    con.execute("UPDATE gzmap_project SET description = ?", (json.dumps(d, ensure_ascii=False),))
    con.commit()
    con.close()


@pytest.fixture
def saved(tmp_path):
    df = gpd.GeoDataFrame(
        {"name": ["a", "b", "c"], "revenue": [10.0, 2000.0, 3000.0], "founded": [2010, 2016, 2020]},
        geometry=[shapely.Point(113.3, 23.1), shapely.Point(113.31, 23.11), shapely.Point(113.32, 23.12)],
        crs=4326,
    )
    p = Project("x")
    layer = p.add_layer(VectorLayer(df, "企业", "Enterprises"))
    layer.filter = (
        LayerFilter().with_expression(parse("revenue > 1000")).with_time(TimeFilter("founded", "as_of", 2018))
    )
    path = tmp_path / "f.gzmap.gpkg"
    save_project(p, path)
    return path


def test_the_filter_comes_back_with_the_project(saved):
    layer = load_project(saved).layers[0]
    assert layer.filter.expression_text == "revenue > 1000"
    assert layer.filter.time == TimeFilter("founded", "as_of", 2018)
    assert list(layer.shown_data()["name"]) == ["b"]


@pytest.mark.parametrize(
    "crafted",
    [
        {"expression": {"field": "revenue", "op": "__class__", "value": 1}},
        {"expression": {"and": [{"field": "revenue", "op": ">", "value": 1}]}},
        {"time": {"field": "founded", "mode": "as_of", "start": "2015; DROP TABLE"}},
        {"categories": {"field": "subsector", "hidden": [["games"]]}},
        {"python": "__import__('os').system('x')"},
    ],
)
def test_a_crafted_filter_refuses_the_file_with_one_line_naming_the_layer(saved, crafted):
    _rewrite(saved, lambda d: d["layers"][0].__setitem__("filter", crafted))
    with pytest.raises(ProjectError) as info:
        load_project(saved)
    assert_one_line(str(info.value), "f.gzmap.gpkg", "layer '企业'", "filter is not valid")


def test_a_filter_of_the_wrong_shape_is_refused_by_the_schema(saved):
    _rewrite(saved, lambda d: d["layers"][0].__setitem__("filter", "revenue > 1000"))
    with pytest.raises(ProjectError) as info:
        load_project(saved)
    assert_one_line(str(info.value), "layers[0].filter", "must be an object")


def test_a_filter_naming_a_field_the_data_lacks_opens_with_a_warning(saved):
    _rewrite(saved, lambda d: d["layers"][0]["filter"].__setitem__("expression", {"field": "x", "op": "is null"}))
    p = load_project(saved)
    assert len(p.layers[0].shown_data()) == 3
    assert any("'企业': its filter does not fit" in w and "x" in w for w in p.load_warnings)
