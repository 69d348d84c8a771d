"""Layer filters: expression, time and legend toggles on a layer, saved as data and checked when read back."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from gzmap.core.filter_expression import parse
from gzmap.core.layer import VectorLayer
from gzmap.core.layer_filter import LayerFilter
from gzmap.core.layer_filter import LayerFilterError
from gzmap.core.style import CategorizedStyle
from gzmap.core.time_filter import TimeFilter


@pytest.fixture
def layer():
    df = gpd.GeoDataFrame(
        {
            "name": list("ABCDEF"),
            "subsector": ["games", "music", "games", "aigc", "games", None],
            "revenue": [500.0, 2000.0, 1500.0, 3000.0, None, 10.0],
            "成立年份": [2010, 2015, "2016-03-01", 2020, "unknown", 0],
            "注销年份": [2014, None, None, None, None, None],
        },
        geometry=[shapely.Point(113.3 + i / 100, 23.1) for i in range(6)],
        crs=4326,
    )
    style = CategorizedStyle.from_values("subsector", ["games", "music", "aigc"])
    return VectorLayer(df, "企业", "Enterprises", style=style)


def names(layer):
    return "".join(layer.shown_data()["name"])


def test_expression_time_and_legend_toggles_combine(layer):
    events = []
    layer.changed.connect(events.append)
    layer.filter = LayerFilter().with_expression(parse("subsector = 'games'"))
    assert names(layer) == "ACE" and events == ["filter"]
    layer.filter = layer.filter.with_time(TimeFilter("成立年份", "as_of", 2015, closed_field="注销年份"))
    assert names(layer) == ""  # A closed in 2014, C founded 2016, E has no year
    layer.filter = layer.filter.with_time(TimeFilter("成立年份", "as_of", 2016, closed_field="注销年份"))
    assert names(layer) == "C"
    layer.filter = LayerFilter().with_category("subsector", "games", False).with_category("subsector", None, False)
    assert names(layer) == "BD"  # games and "other" (F has no sub-sector) switched off
    assert [e.label_en for e in layer.legend_entries()] == ["music", "aigc"]
    assert layer.shown_mask(categories=False) is None


def test_legend_counts_only_what_the_filter_shows(layer):
    layer.filter = LayerFilter().with_expression(parse("revenue > 1000"))
    assert [(e.label_en, e.count) for e in layer.legend_entries()] == [("games", 1), ("music", 1), ("aigc", 1)]


def test_identify_finds_only_shown_features(layer):
    assert layer.identify(113.30, 23.1, 50).row == 0
    layer.filter = LayerFilter().with_expression(parse("revenue > 1000"))
    assert layer.identify(113.30, 23.1, 50) is None
    assert layer.identify(113.31, 23.1, 50).row == 1


def test_a_filter_that_does_not_fit_the_data_shows_everything_and_says_why(layer):
    layer.filter = LayerFilter().with_expression(parse("missing > 1"))
    assert layer.shown_mask() is None
    assert "missing" in str(layer.filter_problem)


def test_round_trip_and_crafted_filters_are_refused():
    flt = (
        LayerFilter()
        .with_expression(parse("revenue BETWEEN 1 AND 5 OR name CONTAINS '科技'"))
        .with_time(TimeFilter("成立年份", "range", 2010, 2015))
        .with_category("subsector", "games", False)
    )
    assert LayerFilter.from_dict(flt.to_dict()) == flt
    assert LayerFilter.from_dict(None) is None
    for crafted in (
        {"expression": {"field": "x", "op": "__import__('os')", "value": 1}},
        {"expression": "revenue > 1"},
        {"time": {"field": "y", "mode": "year", "start": 99999}},
        {"time": {"field": "y", "mode": "as_of", "start": 2015, "code": "x"}},
        {"categories": {"field": "s", "hidden": [{"a": 1}]}},
        {"categories": {"field": "", "hidden": ["a"]}},
        {"eval": "1"},
        ["x"],
    ):
        with pytest.raises(LayerFilterError) as err:
            LayerFilter.from_dict(crafted)
        assert "\n" not in err.value.message("zh_CN") and err.value.message("en").startswith("its filter is not valid")


def test_years_are_read_once_per_data_and_follow_new_data(layer, monkeypatch):
    import gzmap.core.time_filter as tf

    calls = []
    real = tf.year_values
    monkeypatch.setattr(tf, "year_values", lambda s: calls.append(1) or real(s))
    for year in range(2010, 2021):
        layer.filter = LayerFilter(time=TimeFilter("成立年份", "as_of", year))
        layer.shown_mask()
    assert len(calls) == 1
    layer.data = layer.data.iloc[:3]
    layer.filter = LayerFilter(time=TimeFilter("成立年份", "as_of", 2016))
    assert names(layer) == "ABC" and len(calls) == 2
