"""Mean centre and standard deviational ellipse equal pointpats' (CrimeStat method); per group and year."""

import geopandas as gpd
import numpy as np
import pytest
import shapely
from pointpats import centrography

from gzmap.analysis.ellipse import ellipse_polygon
from gzmap.analysis.ellipse import standard_ellipse
from gzmap.analysis.metric import AnalysisInputError
from gzmap.analysis.registry import run


def _cloud(seed, n=300, angle=30.0, sx=4000.0, sy=1200.0):
    rng = np.random.default_rng(seed)
    a = np.radians(angle)
    u, v = rng.normal(0, sx, n), rng.normal(0, sy, n)
    return np.column_stack([740_000 + u * np.cos(a) - v * np.sin(a), 2_560_000 + u * np.sin(a) + v * np.cos(a)])


@pytest.mark.parametrize("seed, angle", [(0, 30.0), (1, 120.0), (2, -60.0), (3, 0.0), (4, 89.0)])
@pytest.mark.parametrize("weighted", [False, True])
def test_axes_angle_and_polygon_equal_pointpats_crimestat(seed, angle, weighted):
    xy = _cloud(seed, angle=angle)
    w = np.random.default_rng(seed).integers(1, 50, len(xy)).astype(float) if weighted else None
    major, minor, theta = centrography.ellipse(xy, weights=w, method="crimestat")
    cx, cy, got_major, got_minor, got_theta = standard_ellipse(xy, w)
    assert (got_major, got_minor, got_theta) == pytest.approx((major, minor, theta), rel=1e-12)
    centre = centrography.weighted_mean_center(xy, w) if weighted else centrography.mean_center(xy)
    assert (cx, cy) == pytest.approx(tuple(centre), rel=1e-12)
    ref = centrography.ellipse(gpd.GeoSeries(gpd.points_from_xy(*xy.T)), weights=w, method="crimestat")
    mine = ellipse_polygon(cx, cy, got_major, got_minor, got_theta, vertices=720)
    assert shapely.hausdorff_distance(mine, ref) < 0.01 * major  # pointpats draws 64 vertices
    assert mine.area == pytest.approx(np.pi * major * minor, rel=1e-4)


def test_two_and_three_standard_deviations_scale_the_axes():
    xy = _cloud(5)
    one = standard_ellipse(xy)
    for k in (2, 3):
        got = standard_ellipse(xy, std=k)
        assert got[2:4] == pytest.approx((k * one[2], k * one[3])) and got[4] == one[4]


def _firms():
    """Two sub-sectors over 2015-2024: games drift east 1 km a year, animation stays; 40 firms a year each."""
    rng = np.random.default_rng(9)
    rows = []
    for year in range(2015, 2025):
        for sub, x0 in (("games", 113.30 + 0.00975 * (year - 2015)), ("animation", 113.40)):
            lon = x0 + rng.normal(0, 0.01, 40)
            lat = 23.12 + rng.normal(0, 0.004, 40)
            rows += [(sub, year, lo, la) for lo, la in zip(lon, lat)]
    sub, year, lon, lat = map(np.array, zip(*rows))
    return gpd.GeoDataFrame(
        {"subsector": sub, "founded": year, "employees": rng.integers(1, 30, len(sub))},
        geometry=gpd.points_from_xy(lon, lat),
        crs="EPSG:4326",
    )


def test_per_subsector_and_year_the_centres_drift_and_each_ellipse_equals_pointpats():
    g = _firms()
    res = run("ellipse", {"points": g}, {"by": "subsector", "per": "year"})
    table, drift = res.output("table"), res.output("drift").set_index("group")
    assert len(table) == 20 and (table["note"] == "").all() and len(res.output("ellipses")) == 20
    assert drift.loc["games", "shift_km"] == pytest.approx(9.0, abs=1.0)  # ~1 km a year, 9 years
    assert drift.loc["animation", "shift_km"] < 2.0
    row = table[(table["group"] == "games") & (table["end"] == 2020)].iloc[0]
    xy = shapely.get_coordinates(g[(g["subsector"] == "games") & (g["founded"] == 2020)].to_crs("EPSG:32649").geometry)
    major, minor, _ = centrography.ellipse(xy, method="crimestat")
    assert (row["major_m"], row["minor_m"]) == pytest.approx((major, minor), rel=1e-9)
    assert 80 < row["rotation_deg"] < 100  # spread east-west: clockwise from north, about 90 degrees


def test_cumulative_periods_weights_and_a_group_too_small_for_an_ellipse():
    g = _firms()
    g = g[~((g["subsector"] == "animation") & (g["founded"] == 2016))].copy()
    g.loc[g.index[:2], "founded"] = 2016
    g.loc[g.index[:2], "subsector"] = "animation"  # two animation firms in 2016: no ellipse, kept in the table
    res = run("ellipse", {"points": g}, {"by": "subsector", "per": "founded", "weight": "employees"})
    table = res.output("table")
    small = table[(table["group"] == "animation") & (table["end"] == 2016)].iloc[0]
    assert small["n"] == 2 and small["note"] == "fewer than 3 points" and np.isnan(small["major_m"])
    assert len(res.output("ellipses")) == 19 and "fewer than 3 points" in res.summary
    stock = run("ellipse", {"points": g}, {"by": "subsector", "per": "founded", "cumulative": True, "step": 5})
    t = stock.output("table")
    assert list(t.loc[t["group"] == "games", "n"]) == [198, 398] and set(t["start"]) == {2015}


def test_bad_years_in_the_period_field_are_one_line_naming_it():
    g = _firms()
    g["founded"] = g["founded"].astype(object)
    g.loc[g.index[7], "founded"] = "unknown"
    with pytest.raises(
        AnalysisInputError, match=r"^time field 'founded': 1 of 800 rows hold no year .*row 8: 'unknown'"
    ):
        run("ellipse", {"points": g}, {"by": "subsector", "per": "year"})
    res = run("ellipse", {"points": g}, {"by": "subsector", "per": "year", "skip_bad": True})
    assert res.output("table")["n"].sum() == 799
