"""District statistics of a point layer (gzmap.analysis.district_summary): figures against a brute-force
point-in-polygon pass, blanks skipped, bad fields named."""

import geopandas as gpd
import numpy as np
import pytest
import shapely

from gzmap.analysis.district_summary import district_summary
from gzmap.analysis.metric import AnalysisInputError


@pytest.fixture
def points():
    rng = np.random.default_rng(5)
    n = 300
    g = gpd.GeoDataFrame(
        {"kind": rng.choice(["a", "b"], n), "revenue": rng.uniform(0, 100, n), "note": ["x"] * n},
        geometry=gpd.points_from_xy(rng.uniform(113.2, 113.5, n), rng.uniform(23.0, 23.3, n)),
        crs="EPSG:4326",
    )
    g.loc[[3, 7], "revenue"] = np.nan
    return g


def test_mean_by_category_and_over_all_points_equal_brute_force(points):
    from gzmap.io.builtin import districts_layer

    table, frame = district_summary(points, "mean", "revenue", "kind", title_zh="营收", title_en="Revenue")
    assert table.attrs["blank"] == 2
    polys = districts_layer().data
    for code, geom in zip(polys["adcode"].astype(str), polys.geometry.values):
        inside = shapely.contains(geom, points.geometry.values)
        overall = frame.gdf.loc[frame.gdf["adcode"] == code, "营收"].item()
        want = points.loc[inside, "revenue"].mean()
        assert (np.isnan(overall) and np.isnan(want)) or overall == pytest.approx(want)
        for kind in ("a", "b"):
            row = table[(table["adcode"] == code) & (table["kind"] == kind)]
            assert row["count"].item() == int((inside & (points["kind"] == kind)).sum())
    assert frame.columns["营收"].indicator_en == "Revenue" and "营收 · a" in frame.gdf.columns
    outside = len(points) - sum(
        int(shapely.contains(g, points.geometry.values).sum()) for g in districts_layer().data.geometry.values
    )
    assert table.attrs["outside"] == outside


def test_a_text_field_or_a_missing_one_is_named(points):
    with pytest.raises(AnalysisInputError, match=r"column 'note' is not numeric \(row 1: 'x'\)"):
        district_summary(points, "sum", "note")
    with pytest.raises(AnalysisInputError, match="no column 'staff'"):
        district_summary(points, "mean", "staff")
    with pytest.raises(AnalysisInputError, match="unknown statistic 'median'"):
        district_summary(points, "median", "revenue")
