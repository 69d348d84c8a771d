"""The label placement engine without Qt: what is labelled, where, and in which order."""

from __future__ import annotations

import numpy as np
import shapely

from gzmap.core.labels import CANDIDATES
from gzmap.core.labels import MIN_FEATURE_PT
from gzmap.core.labels import LabelLayer
from gzmap.core.labels import label_anchors
from gzmap.core.labels import label_column
from gzmap.core.labels import place_labels


def layer(key, geoms, texts=None, alpha=None):
    g = np.array(geoms, dtype=object)
    alphas = None if alpha is None else np.full(len(g), alpha)
    return LabelLayer(key, g, texts, alphas)


def measure(text):  # 10 units a character, 10 high
    return 10.0 * len(text), 10.0


def identity(x, y):
    return x, y


def place(anchors, size=(1000, 1000), occupied=()):
    return place_labels(anchors, identity, measure, size, unit=1.0, pt=1.0, occupied=occupied)


def test_a_c_shaped_polygon_is_labelled_inside_it_where_the_label_fits():
    c = shapely.Polygon([(0, 0), (300, 0), (300, 60), (60, 60), (60, 240), (300, 240), (300, 300), (0, 300)])
    assert not c.contains(c.centroid)
    (a,) = label_anchors([layer("c", [c], ["C"])])
    assert c.contains(shapely.Point(a.x, a.y))
    assert a.radius >= 25  # the deepest point: about half the 60-wide bar


def test_a_feature_under_an_opaque_or_labelled_layer_above_is_not_labelled_and_a_translucent_one_hides_nothing():
    city = shapely.box(0, 0, 100, 100)
    districts = [shapely.box(0, 0, 50, 100), shapely.box(50, 0, 100, 100)]
    top = layer("districts", districts, ["west", "east"], alpha=1.0)
    anchors = label_anchors([top, layer("gba", [city], ["city"], alpha=1.0)])
    assert [a.text for a in anchors] == ["west", "east"]
    # faint but labelled (the built-in districts): their names take the place of the city's
    faint = label_anchors([layer("districts", districts, ["west", "east"], alpha=0.1), layer("gba", [city], ["city"])])
    assert [a.text for a in faint] == ["west", "east"]
    # translucent and unlabelled (a wash over the map): the city's label stays
    seen = label_anchors([layer("wash", districts, None, alpha=0.3), layer("gba", [city], ["city"])])
    assert [a.text for a in seen] == ["city"]


def test_a_partly_covered_feature_is_labelled_on_its_visible_part():
    city = shapely.box(0, 0, 300, 100)
    cover = layer("choropleth", [shapely.box(0, 0, 200, 100)], None, alpha=0.9)  # hides, labels nothing
    (a,) = label_anchors([cover, layer("gba", [city], ["city"])])
    assert 200 < a.x < 300
    (k,) = label_anchors([cover, layer("gba", [shapely.box(0, 0, 200, 100)], ["gone"])], keep_covered=True)
    assert k.covered_by == ("choropleth",)  # the HTML page hides it while that layer is shown


def test_priority_is_top_layer_first_then_larger_features():
    small, big = shapely.box(0, 0, 50, 50), shapely.box(100, 0, 400, 300)
    anchors = label_anchors([layer("top", [small], ["t"]), layer("low", [small, big], ["s", "b"])])
    assert [a.text for a in anchors] == ["t", "b", "s"]


def test_colliding_labels_move_to_the_next_candidate_or_are_dropped():
    box = shapely.box(400, 400, 600, 600)
    anchors = label_anchors([layer("a", [box], ["aaaa"]), layer("b", [box], ["bbbb"])])
    placed = place(anchors)
    assert [p.text for p in placed] == ["aaaa", "bbbb"]
    a, b = placed
    assert (a.x, a.y) == (500, 500)  # the first takes the centre
    assert b.x == a.x and b.box[3] < a.box[1]  # the second goes on the line above (CANDIDATES[1])
    assert CANDIDATES[1] == (0, -1)
    crowded = place(anchors, size=(45, 14), occupied=())  # room for one label only
    assert len(crowded) <= 1


def test_labels_stay_inside_the_map_and_clear_of_reserved_boxes():
    anchors = label_anchors([layer("a", [shapely.box(0, 0, 100, 100)], ["abcd"])])  # anchor (50, 50), 40 wide
    (p,) = place(anchors, size=(100, 100), occupied=[(10, 30, 45, 70)])  # e.g. a scale bar
    x0, y0, x1, y1 = p.box
    assert 0 <= x0 and x1 <= 100 and 0 <= y0 and y1 <= 100
    assert x0 >= 45 or y1 <= 30 or y0 >= 70
    assert place(anchors, size=(35, 100)) == []  # a 40-wide label does not fit a 35-wide map


def test_features_narrower_than_the_minimum_are_not_labelled():
    tiny = shapely.box(0, 0, MIN_FEATURE_PT / 2, MIN_FEATURE_PT / 2)
    assert place(label_anchors([layer("a", [tiny], ["x"])])) == []


def test_label_column_follows_the_language():
    cols = ["name_zh", "name_en", "code"]
    assert label_column(cols, "name", "zh_CN") == "name_zh"
    assert label_column(cols, "name", "en") == "name_en"
    assert label_column(cols, "code", "en") == "code"
    assert label_column(["name_zh"], "name", "en") == "name_zh"
    assert label_column(cols, "missing", "en") is None and label_column(cols, None, "en") is None
