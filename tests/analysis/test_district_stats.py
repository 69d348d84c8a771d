import geopandas as gpd
import numpy as np
import pytest

from gzmap.analysis.district_stats import clark_evans
from gzmap.analysis.district_stats import local_moran_density
from gzmap.analysis.district_stats import location_quotients
from gzmap.analysis.district_stats import specialisation
from gzmap.analysis.metric import AnalysisInputError

# Tianhe (Zhujiang New Town), Haizhu (Pazhou), Panyu (Wanbo)
PLACES = {"Tianhe": (113.325, 23.120), "Haizhu": (113.370, 23.100), "Panyu": (113.360, 23.000)}


def _layer(rows):
    """rows: (district, subsector, count) -> points at the district's place, slightly jittered."""
    lon, lat, sub = [], [], []
    rng = np.random.default_rng(0)
    for district, key, n in rows:
        x, y = PLACES[district]
        lon += list(x + rng.uniform(-0.002, 0.002, n))
        lat += list(y + rng.uniform(-0.002, 0.002, n))
        sub += [key] * n
    return gpd.GeoDataFrame({"subsector": sub}, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")


def test_location_quotients_by_hand():
    g = _layer(
        [
            ("Tianhe", "games", 30),
            ("Tianhe", "animation", 10),
            ("Haizhu", "games", 10),
            ("Haizhu", "animation", 30),
            ("Panyu", "live_streaming", 20),
        ]
    )
    lq = location_quotients(g).set_index(["district_en", "subsector"])
    # games: 40 of 100 in the city; Tianhe: 30 of 40 -> LQ = 0.75 / 0.40 = 1.875
    assert lq.loc[("Tianhe", "games"), "lq"] == pytest.approx(1.875)
    assert lq.loc[("Haizhu", "games"), "lq"] == pytest.approx((10 / 40) / 0.40)
    assert lq.loc[("Panyu", "live_streaming"), "lq"] == pytest.approx(1 / 0.2)
    assert lq.loc[("Panyu", "games"), "lq"] == 0
    assert lq.loc[("Tianhe", "games"), "count"] == 30 and lq.loc[("Tianhe", "games"), "total"] == 100
    # the city's LQ-weighted mean is 1 for every sub-sector
    for _key, part in lq.groupby(level="subsector"):
        assert (part["lq"] * part["district_total"]).sum() / part["district_total"].sum() == pytest.approx(1.0)


def test_weighted_lq_uses_the_weight_sum():
    g = _layer([("Tianhe", "games", 2), ("Haizhu", "animation", 2)])
    g["employees"] = [10, 30, 5, 5]
    lq = location_quotients(g, weight="employees").set_index(["district_en", "subsector"])
    assert lq.loc[("Tianhe", "games"), "count"] == 40
    assert lq.loc[("Tianhe", "games"), "lq"] == pytest.approx(1 / 0.8)


def test_specialisation_by_hand():
    g = _layer(
        [
            ("Tianhe", "games", 30),
            ("Tianhe", "animation", 10),
            ("Haizhu", "games", 20),
            ("Haizhu", "animation", 20),
            ("Panyu", "live_streaming", 20),
        ]
    )
    s = specialisation(g).set_index("district_en")
    assert s.loc["Tianhe", "herfindahl"] == pytest.approx(0.75**2 + 0.25**2)
    assert s.loc["Panyu", "herfindahl"] == pytest.approx(1.0)
    # city shares: games .5, animation .3, live .2; Tianhe .75/.25/0
    assert s.loc["Tianhe", "krugman"] == pytest.approx(0.25 + 0.05 + 0.2)
    assert s.loc["Tianhe", "top_subsector"] == "games"


def test_group_by_a_column_and_bad_column():
    g = _layer([("Tianhe", "games", 3), ("Haizhu", "animation", 3)])
    g["park"] = ["A", "A", "B", "B", "B", "A"]
    lq = location_quotients(g, by="park")
    assert set(lq["adcode"]) == {"A", "B"}
    with pytest.raises(AnalysisInputError, match="no column 'zone' to group by"):
        location_quotients(g, by="zone")
    with pytest.raises(AnalysisInputError, match="no sub-sector column 'sector'"):
        location_quotients(g, field="sector")


def test_clark_evans_clustered_and_random():
    rng = np.random.default_rng(2)
    n = 400
    # random points over a 10 km square: R close to 1
    x, y = rng.uniform(0, 10_000, n), rng.uniform(0, 10_000, n)
    g = gpd.GeoDataFrame(
        {"subsector": ["games"] * n}, geometry=gpd.points_from_xy(x + 720_000, y + 2_550_000), crs="EPSG:32649"
    )
    ce = clark_evans(g, area_km2=100).set_index("subsector")
    assert 0.85 < ce.loc["games", "R"] < 1.15
    tight = g.copy()
    tight["geometry"] = gpd.points_from_xy(x / 50 + 720_000, y / 50 + 2_550_000)
    ce2 = clark_evans(tight, area_km2=100).set_index("subsector")
    assert ce2.loc["games", "R"] < 0.1 and ce2.loc["games", "pattern"] == "clustered"


def test_local_moran_of_district_density(three_blobs):
    out = local_moran_density(three_blobs, permutations=99)
    assert len(out) == 11
    assert set(out["lisa_quadrant"]) <= {"HH", "LH", "LL", "HL"}
    tianhe = out.set_index("name_en").loc["Tianhe"]
    assert tianhe["n"] >= 150  # the Zhujiang New Town blob (plus scattered points)
    assert tianhe["density_km2"] == pytest.approx(tianhe["n"] / tianhe["area_km2"], rel=1e-3)
    assert out.set_index("name_en").loc["Conghua", "n"] == 0
