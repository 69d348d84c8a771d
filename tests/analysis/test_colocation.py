"""Co-location quotients and cross-K/L: equal to brute force on small data, bad input in one line."""

import geopandas as gpd
import numpy as np
import pytest
from scipy.spatial.distance import cdist

from gzmap.analysis import colocation as co
from gzmap.analysis.cross_k import cross_k
from gzmap.analysis.cross_k import cross_k_xy
from gzmap.analysis.metric import AnalysisInputError


def brute_global_clq(xy, lab, m):
    """Leslie & Kronenfeld's CLQ from the full distance matrix, ties shared equally."""
    d = cdist(xy, xy)
    np.fill_diagonal(d, np.inf)
    c = np.zeros((m, m))
    for i in range(len(xy)):
        nearest = np.flatnonzero(d[i] == d[i].min())
        for j in nearest:
            c[lab[i], lab[j]] += 1 / len(nearest)
    n, n_cat = len(xy), np.bincount(lab, minlength=m)
    out = np.empty((m, m))
    for a in range(m):
        for b in range(m):
            nb = n_cat[b] - 1 if a == b else n_cat[b]
            out[a, b] = (c[a, b] / n_cat[a]) / (nb / (n - 1))
    return out


def metric_layer(xy, labels):
    return gpd.GeoDataFrame({"subsector": labels}, geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]), crs="EPSG:32649")


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_global_clq_equals_brute_force_with_ties(seed):
    rng = np.random.default_rng(seed)
    xy = np.round(rng.random((250, 2)) * 400) + [500_000, 2_550_000]  # metre grid: many tied neighbours
    lab = rng.integers(0, 4, 250)
    clq, _, _ = co.global_clq(lab, 4, co.nearest_ties(xy), permutations=0)
    np.testing.assert_allclose(clq, brute_global_clq(xy, lab, 4), rtol=1e-12)


def test_colocation_matrix_and_local_values_by_hand():
    rng = np.random.default_rng(5)
    xy = rng.random((120, 2)) * 2000 + [500_000, 2_550_000]
    names = np.array(["animation", "games", "music"])
    lab = rng.integers(0, 3, 120)
    res = co.colocation(metric_layer(xy, names[lab]), "subsector", k=5, kernel="none", permutations=49)
    ref = brute_global_clq(xy, lab, 3)
    got = res.matrix.set_index("category").loc[list(names), list(names)].to_numpy()
    np.testing.assert_allclose(got, ref, rtol=1e-12)
    # local CLQ of point 0 relative to its own category, 5 nearest others, equal weights
    d = np.hypot(*(xy - xy[0]).T)
    d[0] = np.inf
    nearest = np.argsort(d)[:5]
    share = np.mean(lab[nearest] == lab[0])
    expected = share / ((np.sum(lab == lab[0]) - 1) / 119)
    assert res.points["clq"].iloc[0] == pytest.approx(expected)
    assert set(res.points["clq_class"]) <= {"colocated", "isolated", "ns"}
    assert ((res.pairs["p"] > 0) & (res.pairs["p"] <= 1)).all()


def test_gaussian_and_bisquare_kernels_weight_by_distance():
    xy = np.array([[0.0, 0], [1, 0], [2, 0], [4, 0]])
    nb = co.neighbourhood(xy, k=3)
    g = co.kernel_weights(nb, "gaussian")
    b = co.kernel_weights(nb, "bisquare")
    # point 0: neighbours at 1, 2, 4 m, bandwidth 4 m (the farthest)
    np.testing.assert_allclose(g[:3], np.exp(-0.5 * (np.array([1, 2, 4]) / 4) ** 2))
    np.testing.assert_allclose(b[:3], (1 - (np.array([1, 2, 4]) / 4) ** 2) ** 2)
    band = co.neighbourhood(xy, band=1.5)
    assert list(band.counts) == [1, 2, 1, 0]


def test_strongly_colocated_pairs_are_found(three_blobs):
    res = co.colocation(three_blobs, "subsector", target="games", neighbour="games", permutations=99)
    assert (res.points["category"] == "games").all()
    assert (res.points["clq_class"] == "colocated").mean() > 0.9
    m = res.matrix.set_index("category")
    assert m.loc["games", "games"] > 2 and m.loc["games", "animation"] < 0.5


def test_one_member_category_is_left_out_with_its_name(three_blobs):
    pts = three_blobs.copy()
    pts.loc[pts.index[0], "subsector"] = "aigc"
    res = co.colocation(pts, "subsector", permutations=0)
    assert "aigc" not in list(res.matrix["category"])
    assert any("'aigc'" in n and "one member" in n and "'subsector'" in n for n in res.notes)
    with pytest.raises(AnalysisInputError, match=r"neighbour 'aigc' of field 'subsector' has fewer than two"):
        co.colocation(pts, "subsector", neighbour="aigc", permutations=0)


def test_unknown_field_names_the_columns(three_blobs):
    with pytest.raises(AnalysisInputError, match="field 'sector' is not a column"):
        co.colocation(three_blobs, "sector")


def test_cross_k_equals_brute_force_and_envelopes_bracket_random_labelling():
    rng = np.random.default_rng(3)
    a, b = rng.random((90, 2)) * 1000, rng.random((70, 2)) * 1000
    r = np.array([25.0, 50, 100, 200, 400])
    out = cross_k_xy(a, b, r, envelopes=99, area=1e6)
    d = cdist(a, b)
    k = np.array([(d <= x).sum() for x in r]) * 1e6 / (90 * 70)
    np.testing.assert_allclose(out["k"], k)
    np.testing.assert_allclose(out["l"], np.sqrt(k / np.pi))
    assert (out["l_low"] <= out["l_high"]).all() and (out["pattern"] == "random").mean() >= 0.6


def test_cross_k_finds_pairs_of_a_and_b_side_by_side():
    """Every games firm has an animation firm 3 m away: attraction, strongest at short distances (K is cumulative)."""
    rng = np.random.default_rng(4)
    games = rng.random((150, 2)) * 10_000 + [495_000, 2_545_000]
    animation = games + rng.normal(0, 2, (150, 2))
    xy = np.vstack([games, animation])
    lab = np.r_[["games"] * 150, ["animation"] * 150]
    out = cross_k(metric_layer(xy, lab), "subsector", "games", "animation", max_distance=2000, steps=20, envelopes=39)
    assert (out["pattern"].iloc[:10] == "attraction").all()
    excess = (out["l"] - out["l_mean"]) / out["l_mean"]
    assert excess.iloc[0] > 3 * excess.iloc[-1] > 0
    with pytest.raises(AnalysisInputError, match="both 'games'"):
        cross_k(metric_layer(xy, lab), "subsector", "games", "games")
    with pytest.raises(AnalysisInputError, match="category b 'aigc' of field 'subsector'"):
        cross_k(metric_layer(xy, lab), "subsector", "games", "aigc")
