"""Space-time cube, Gi* per bin and the 17 emerging hot spot patterns (issue 17, item 1)."""

import geopandas as gpd
import numpy as np
import pytest
import shapely

from gzmap.analysis.emerging import PATTERNS
from gzmap.analysis.emerging import classify
from gzmap.analysis.emerging import emerging_hotspots
from gzmap.analysis.metric import AnalysisInputError
from gzmap.analysis.registry import run

T = 12
X0, Y0, CELL = 500_000.0, 2_500_000.0, 1000.0
BOX = shapely.box(X0, Y0, X0 + 21 * CELL, Y0 + 21 * CELL)
BLOCKS = [(3, 3), (3, 9), (3, 15), (9, 3), (9, 9), (9, 15), (15, 3), (15, 9), (15, 15)]


def code(key):
    return next(c for c, (k, _) in PATTERNS.items() if k == key)


# -- the rules, on hand-built significance series --------------------------------------------------
def _flags(text):
    """'HH.C' -> (hot, cold) rows: H hot, C cold, . neither."""
    return np.array([c == "H" for c in text]), np.array([c == "C" for c in text])


RULES = [  # (series, trend: +1 up / -1 down / 0 none, expected pattern)
    ("HHHHHHHHHH", +1, "intensifying_hot"),
    ("HHHHHHHHHH", 0, "persistent_hot"),
    ("HHHHHHHHHH", -1, "diminishing_hot"),
    (".HHHHHHHHHH", -1, "diminishing_hot"),  # 10 of 11 = 91 %: mostly hot
    ("HHHHHHHHH.", 0, "historical_hot"),
    (".........H", 0, "new_hot"),
    ("......HHHH", +1, "consecutive_hot"),
    ("..H...H.HH", 0, "sporadic_hot"),
    ("C.....H..H", 0, "oscillating_hot"),
    ("C........H", 0, "oscillating_hot"),  # a cold past makes a first hot spot oscillating, not new
    ("HHHHHHHH.H", 0, "persistent_hot"),  # 9 of 10 hot with the final: mostly hot
    ("HHHHHHH..H", 0, "sporadic_hot"),  # 8 of 10: not mostly
    ("CCCCCCCCCC", -1, "intensifying_cold"),
    ("CCCCCCCCCC", 0, "persistent_cold"),
    ("CCCCCCCCCC", +1, "diminishing_cold"),
    ("CCCCCCCCC.", 0, "historical_cold"),
    (".........C", 0, "new_cold"),
    ("........CC", 0, "consecutive_cold"),
    ("C..C..C..C", 0, "sporadic_cold"),
    ("..H......C", 0, "oscillating_cold"),
    ("HHHHHHHHHC", 0, "oscillating_cold"),  # the final bin decides first
    ("..........", 0, "no_pattern"),
    ("...HHHH...", +1, "no_pattern"),  # hot in the middle only
    ("HHHHHHHH..", 0, "no_pattern"),  # 80 %: not historical
]


@pytest.mark.parametrize("series, trend, expected", RULES)
def test_each_rule_on_a_hand_built_series(series, trend, expected):
    hot, cold = _flags(series)
    got = classify(hot[None, :], cold[None, :], np.array([3.0 * trend]), np.array([0.001 if trend else 0.5]))
    assert PATTERNS[int(got[0])][0] == expected


def test_all_seventeen_patterns_are_covered_by_the_rules():
    assert {e for _, _, e in RULES} == {k for k, _ in PATTERNS.values()}


# -- the whole analysis, on hand-built cubes of points ----------------------------------------------
def cube_points(blocks: dict, background: int, size: int = 21):
    """Points at cell centres: ``background`` per cell and year, a 3x3 block of cells following each series."""
    counts = np.full((size, size, T), background, int)
    for (i, j), s in blocks.items():
        counts[i - 1 : i + 2, j - 1 : j + 2, :] = s
    i, j, t = np.nonzero(counts)
    k = counts[i, j, t]
    x, y = np.repeat(X0 + (i + 0.5) * CELL, k), np.repeat(Y0 + (j + 0.5) * CELL, k)
    return gpd.GeoDataFrame({"year": np.repeat(2001 + t, k)}, geometry=gpd.points_from_xy(x, y), crs="EPSG:32649")


def pattern_at(locations, block):
    centres = locations.to_crs("EPSG:32649").geometry.centroid
    i, j = block
    at = np.hypot(centres.x - (X0 + (i + 0.5) * CELL), centres.y - (Y0 + (j + 0.5) * CELL)) < 1
    assert at.sum() == 1
    return locations.loc[at.to_numpy(), "pattern"].iloc[0]


def hot_series(kind, hi=30):
    s = np.zeros(T, int)
    steps = {"new": [-1], "consecutive": [-3, -2, -1], "sporadic": [1, 4, 7, 11], "historical": list(range(10))}
    if kind == "persistent":
        s[:] = hi
    elif kind == "intensifying":
        s[:] = np.linspace(hi / 2, hi * 2, T).round()
    elif kind == "diminishing":
        s[:] = np.linspace(hi * 2, hi / 2, T).round()
    else:
        s[steps[kind]] = hi
    return s


def test_hot_patterns_of_a_hand_built_cube_with_the_default_neighbourhood():
    """Blocks of many points on a thin background; Gi* with the band of 1.5 cells and the step before."""
    kinds = ["persistent", "intensifying", "diminishing", "new", "consecutive", "sporadic"]
    g = cube_points({b: hot_series(k) for b, k in zip(BLOCKS, kinds)}, 1)
    locations, bins, cube = emerging_hotspots(g, "year", CELL, area=None, steps=0)
    assert cube.n_steps == T and list(cube.starts) == list(range(2001, 2013))
    for block, kind in zip(BLOCKS, kinds):
        assert pattern_at(locations, block) == f"{kind}_hot", kind
    assert len(bins) == cube.n_locations * T and set(bins["gi_confidence"]) <= {-99, -95, 0, 95, 99}
    g = cube_points({(9, 9): hot_series("historical")}, 1)  # hot until two steps before the end
    locations, _, _ = emerging_hotspots(g, "year", CELL, area=None, steps=0)
    assert pattern_at(locations, (9, 9)) == "historical_hot"
    assert set(locations["pattern"]) == {"historical_hot", "no_pattern"}


def cold_series(kind, bg=10):
    s = np.full(T, bg)
    if kind == "persistent":
        s[:] = 0
    elif kind == "intensifying":
        s[:] = np.linspace(5, 0, T).round()
    elif kind == "diminishing":
        s[:] = np.linspace(0, 5, T).round()
    elif kind == "oscillating_hot":
        s[[2, 5]], s[-1] = 0, 40
    elif kind == "oscillating_cold":
        s[[2, 5]], s[-1] = 40, 0
    else:
        s[{"new": [-1], "consecutive": [-3, -2, -1], "sporadic": [1, 4, 7, 11], "historical": slice(0, -1)}[kind]] = 0
    return s


def test_cold_and_oscillating_patterns_of_a_hand_built_cube_on_a_dense_background():
    """Empty blocks on a dense background, masked to the square (empty cells are locations); same-step Gi*."""
    kinds = ["persistent", "intensifying", "diminishing", "new", "consecutive", "sporadic", "historical"]
    kinds += ["oscillating_hot", "oscillating_cold"]
    g = cube_points({b: cold_series(k) for b, k in zip(BLOCKS, kinds)}, 10)
    locations, _, cube = emerging_hotspots(g, "year", CELL, area=BOX, steps=0, time_steps=0)
    assert cube.n_locations == 21 * 21
    for block, kind in zip(BLOCKS, kinds):
        expected = kind if kind.startswith("oscillating") else f"{kind}_cold"
        assert pattern_at(locations, block) == expected, kind
    assert (locations["pattern"] == "no_pattern").sum() > 300


def test_gi_star_of_every_bin_equals_esda_style_gi_star_on_the_explicit_space_time_weights():
    """The cube's z-scores equal hotspots.getis_ord_star (esda's G_Local star, binary) on weights built
    by brute force: bins within 1.5 cells in the same or the previous step (or the next, window 'both')."""
    from gzmap.analysis.hotspots import getis_ord_star
    from gzmap.analysis.spacetime_cube import build_cube
    from gzmap.analysis.spacetime_cube import cube_gistar

    rng = np.random.default_rng(3)
    n = 900
    g = gpd.GeoDataFrame(
        {"year": rng.integers(2001, 2013, n)},
        geometry=gpd.points_from_xy(X0 + rng.gamma(2, 1500, n), Y0 + rng.gamma(2, 1500, n)),
        crs="EPSG:32649",
    )
    cube = build_cube(g, "year", CELL, shape="hex", area=None)
    cx, cy = cube.grid.centres()
    near = np.hypot(cx[:, None] - cx[None, :], cy[:, None] - cy[None, :]) <= 1.5 * CELL + 1e-6
    for window, lags in (("previous", (0, 1)), ("both", (-1, 0, 1))):
        gi = cube_gistar(cube, None, time_steps=1, window=window, fdr=False)
        L = cube.n_locations
        bins_t = np.repeat(np.arange(T), L)
        bins_i = np.tile(np.arange(L), T)
        w = near[bins_i[:, None], bins_i[None, :]] & np.isin(bins_t[:, None] - bins_t[None, :], lags)
        np.fill_diagonal(w, False)
        indptr = np.r_[0, np.cumsum(w.sum(axis=1))]
        ref = getis_ord_star(cube.values.T.ravel(), indptr, np.nonzero(w)[1], permutations=0)
        assert np.allclose(gi.z.T.ravel(), ref["Zs"], rtol=1e-10, atol=1e-12)
        p, alone = gi.p.T.ravel(), w.sum(axis=1) == 0  # a bin with no neighbour is not tested
        assert np.isnan(p[alone]).all() and np.allclose(p[~alone], np.minimum(1, 2 * ref["p_norm"][~alone]))


def test_fdr_adjusts_the_bins_together():
    g = cube_points({(9, 9): hot_series("persistent", 6)}, 1)
    plain = emerging_hotspots(g, "year", CELL, area=None, steps=0, fdr=False)[1]
    fdr = emerging_hotspots(g, "year", CELL, area=None, steps=0, fdr=True)[1]
    assert (fdr["gi_p_adj"] >= plain["gi_p_adj"] - 1e-12).all() and (fdr["gi_p_adj"] > plain["gi_p"]).any()
    assert (fdr["gi_confidence"] != 0).sum() <= (plain["gi_confidence"] != 0).sum()


# -- bad input: one line naming the field, never a NaN map ------------------------------------------
def test_fewer_than_ten_time_steps_are_refused_naming_the_field():
    g = cube_points({(9, 9): hot_series("persistent")}, 1)
    g = g[g["year"] >= 2004]  # 9 years
    with pytest.raises(AnalysisInputError, match=r"time field 'year': the years 2004-2012 make 9 time steps") as e:
        emerging_hotspots(g, "year", CELL, area=None, steps=0)
    assert "\n" not in str(e.value) and "at least 10" in str(e.value)
    with pytest.raises(AnalysisInputError, match="make 6 time steps of 2 year"):
        emerging_hotspots(cube_points({}, 1), "year", CELL, area=None, step=2)


def test_rows_with_text_blank_or_zero_years_are_reported_row_by_row():
    g = cube_points({(9, 9): hot_series("persistent")}, 1)
    g["year"] = g["year"].astype(object)
    g.loc[[3, 10, 11, 40], "year"] = ["abc", "", 0, None]
    with pytest.raises(AnalysisInputError) as e:
        emerging_hotspots(g, "year", CELL, area=None, steps=0)
    msg = str(e.value)
    assert msg.startswith("time field 'year': 4 of") and "\n" not in msg
    assert "row 4: 'abc'; row 11: blank; row 12: '0'; row 41: blank" in msg
    locations, _, cube = emerging_hotspots(g, "year", CELL, area=None, steps=0, skip_bad=True)
    assert cube.meta["n_no_year"] == 4 and "left out" in cube.meta["note"]
    assert locations[["gi_trend_z", "final_z"]].notna().all().all()


def test_a_file_row_is_named_when_the_layer_came_from_the_import():
    g = cube_points({}, 1)
    g["source_row"] = np.arange(2, len(g) + 2)
    g.loc[5, "year"] = 1200
    with pytest.raises(AnalysisInputError, match=r"file row 7: '1200'"):
        emerging_hotspots(g, "year", CELL, area=None)


def test_an_unknown_time_field_names_the_columns():
    with pytest.raises(AnalysisInputError, match=r"time field 'opened' is not a column of the layer; columns: year"):
        emerging_hotspots(cube_points({}, 1), "opened", CELL, area=None)


# -- the declared analysis on the built-in sample --------------------------------------------------
def test_the_sample_tells_its_story_growing_cores_and_a_new_aigc_cluster():
    """Default run (500 m, Guangzhou mask, last 15 years): Pazhou and Tianhe intensify, Huangpu Science
    City (AIGC-led, founded from 2017) is a consecutive hot spot, the fading Wanbo boom diminishes."""
    from gzmap.io.sample import sample_enterprises_layer

    res = run("emerging", {"points": sample_enterprises_layer().data})
    loc = res.output("emerging")
    meta = loc.attrs["gzmap"]
    assert (meta["first_year"], meta["last_year"], meta["n_steps"], meta["band_m"]) == (2010, 2024, 15, 750.0)
    assert 25_000 < len(loc) < 35_000  # 500 m cells whose centre lies in Guangzhou
    centres = shapely.centroid(loc.geometry.values)
    lon, lat = shapely.get_x(centres), shapely.get_y(centres)

    def patterns_near(x, y, km=1.5):
        near = np.hypot((lon - x) * 102.4, (lat - y) * 110.6) < km
        return loc.loc[near, "pattern"].value_counts()

    for place in ((113.370, 23.100), (113.325, 23.120)):  # Pazhou, Zhujiang New Town
        assert patterns_near(*place).get("intensifying_hot", 0) >= 5
    assert patterns_near(113.445, 23.165, 1.0).idxmax() == "consecutive_hot"
    assert patterns_near(113.360, 23.000).get("diminishing_hot", 0) >= 5
    assert not loc["pattern"].isna().any() and loc[["gi_trend_z", "trend_z"]].notna().all().all()
    table = res.output("patterns")
    assert table["locations"].sum() == len(loc) and table["pattern"].iloc[-1] == "no_pattern"
