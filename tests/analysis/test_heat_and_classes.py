"""Heat surfaces clipped to their study area and transparent below their lowest class; classified
legends with no empty class, and data that cannot be classified saying so."""

from __future__ import annotations

import mapclassify
import numpy as np
import pandas as pd
import pytest
import shapely

from gzmap.analysis.kde import kde
from gzmap.analysis.layers import KDE_CLASSES
from gzmap.analysis.layers import KDE_SAMPLE
from gzmap.analysis.layers import kde_layer
from gzmap.analysis.layers import kde_style
from gzmap.analysis.layers import lq_layer
from gzmap.analysis.study_area import cells_inside
from gzmap.core.style import GraduatedStyle
from gzmap.core.style import grid_rgba


@pytest.fixture(scope="module")
def sample_points():
    from gzmap.io.sample import sample_enterprises_layer

    return sample_enterprises_layer().data


@pytest.fixture(scope="module")
def surfaces(sample_points):
    """The sample's heat surface clipped to the cities holding its points, and unclipped."""
    return (
        kde(sample_points, 1500.0, 250.0, area="auto"),
        kde(sample_points, 1500.0, 250.0, area=None),
    )


def _centres_lonlat(grid, mask):
    """WGS84 (lon, lat) of the centres of the cells in ``mask``."""
    from gzmap.core.datums import convert

    rows, cols = np.nonzero(mask)
    a, _, c, _, e, f = grid.transform
    return convert(c + a * (cols + 0.5), f + e * (rows + 0.5), grid.crs, "wgs84")


def test_heat_surface_is_clipped_to_the_cities_holding_its_points(surfaces):
    from gzmap.io.builtin import GBA_FILE
    from gzmap.io.builtin import load_boundaries

    clipped, full = surfaces
    assert clipped.meta["study_area"] == "cities" and full.meta["study_area"] == ""
    cities = load_boundaries(GBA_FILE)
    guangzhou = shapely.union_all(cities[cities["name_zh"] == "广州市"].geometry.values)
    land = shapely.union_all(cities.geometry.values)
    lon, lat = _centres_lonlat(full, np.isfinite(full.values))
    in_gz = shapely.contains_xy(guangzhou, lon, lat)
    at_sea = ~shapely.contains_xy(land, lon, lat)
    assert (~in_gz).sum() > 100 and at_sea.sum() > 10  # the kernel reaches past Guangzhou, over sea too
    kept = np.isfinite(clipped.values[np.isfinite(full.values)])
    # (the outline is simplified by a quarter cell: a few centres on the coast may change side)
    assert kept[in_gz].mean() > 0.99 and kept[at_sea].mean() < 0.01 and kept[~in_gz].mean() < 0.01
    same = np.isfinite(clipped.values)
    np.testing.assert_allclose(clipped.values[same], full.values[same])


def test_cells_inside_agrees_with_shapely():
    area = shapely.Polygon(
        [(0, 0), (1000, 0), (1000, 600), (400, 1000), (0, 600)], [[(300, 200), (600, 200), (450, 450)]]
    )
    transform = (37.0, 0.0, -100.0, 0.0, -37.0, 1100.0)
    rows, cols = 34, 36
    got = cells_inside(area, transform, rows, cols)
    cx = -100.0 + 37.0 * (np.arange(cols) + 0.5)
    cy = 1100.0 - 37.0 * (np.arange(rows) + 0.5)
    gx, gy = np.meshgrid(cx, cy)
    expected = shapely.contains_xy(area, gx, gy)
    assert got.sum() > 100 and (got == expected).all()


def test_heat_classes_are_fisher_jenks_and_the_lowest_is_not_drawn(surfaces):
    clipped, _ = surfaces
    style = kde_style(clipped)
    vals = clipped.values[np.isfinite(clipped.values) & (clipped.values > 0)]
    sample = np.quantile(vals, np.linspace(0, 1, KDE_SAMPLE))
    jenks = mapclassify.FisherJenks(sample, k=KDE_CLASSES).bins
    assert style.scheme == "FisherJenks"
    for got, want in zip(style.breaks[:-1], jenks[:-1]):
        assert got == pytest.approx(want, rel=0.05)  # rounded to two significant figures
    assert style.breaks[-1] == pytest.approx(vals.max())
    assert style.floor == style.breaks[0]
    rgba = grid_rgba(style, clipped.values)
    low = np.isfinite(clipped.values) & (clipped.values <= style.floor)
    assert low.any() and (rgba[low][:, 3] == 0).all()  # the pale wash below the floor is gone
    high = clipped.values > style.floor
    assert (rgba[high][:, 3] > 0).all()
    entries = kde_layer(clipped).legend_entries()
    assert "not drawn" in entries[0].label_en and entries[0].symbol.fill_opacity == 0
    assert all(e.count for e in entries)


def test_location_quotient_legend_has_no_empty_class(sample_points):
    from gzmap.analysis.district_stats import location_quotients

    lq = location_quotients(sample_points)
    sub = lq.groupby("subsector")["lq"].max()
    below_two = sub[sub <= 2.0].index[0]  # a sub-sector no district has twice its share of
    layer = lq_layer(lq, below_two)
    labels = [e.label_en for e in layer.legend_entries()]
    assert "2.00 – 2.00" not in labels
    assert all(e.count for e in layer.legend_entries())
    assert len(layer.style.legend(layer.data, keep_empty=True)) == len(layer.style.symbols)


def _districts(values):
    return pd.DataFrame({"v": values})


def test_one_value_choropleth_says_so():
    df = _districts([6041.0] + [np.nan] * 10)
    style = GraduatedStyle(field="v", scheme="Quantiles", k=5, decimals=0).fit(df)
    entries = style.legend(df)
    assert [e.label_en for e in entries] == ["One value only: 6,041", "No data"]
    assert [e.count for e in entries] == [1, 10]
    assert entries[0].label_zh != entries[0].label_en and "6,041" in entries[0].label_zh


def test_all_no_data_choropleth_says_so():
    df = _districts([np.nan] * 11)
    style = GraduatedStyle(field="v", scheme="Quantiles", k=5).fit(df)
    entries = style.legend(df)
    assert len(entries) == 1 and entries[0].count == 11
    assert entries[0].label_en == "No data: no value to classify"


def test_tied_quantiles_make_no_empty_or_repeated_class():
    df = _districts([1.0] * 8 + [2.0, 3.0, 50.0])
    style = GraduatedStyle(field="v", scheme="Quantiles", k=5).fit(df)
    assert len(style.breaks) == len(set(style.breaks))
    entries = style.legend(df)
    assert all(e.count for e in entries) and sum(e.count for e in entries) == 11
