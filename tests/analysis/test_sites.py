"""Site choice: MCLP coverage equal to a brute-force search, p-median too; bad input in one line."""

import itertools

import geopandas as gpd
import numpy as np
import pytest
from scipy.spatial.distance import cdist

from gzmap.analysis import sites as st
from gzmap.analysis.metric import AnalysisInputError


def small(seed):
    rng = np.random.default_rng(seed)
    demand = rng.random((40, 2)) * 6000
    weights = rng.integers(1, 30, 40).astype(float)
    cand = rng.random((10, 2)) * 6000
    return demand, weights, cand


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_mclp_coverage_equals_brute_force(seed):
    demand, w, cand = small(seed)
    d = cdist(demand, cand)

    def covered(chosen):
        return w[(d[:, list(chosen)] <= 1500).any(axis=1)].sum()

    best = max(covered(c) for c in itertools.combinations(range(10), 3))
    chosen = st.choose_sites(demand, w, cand, 3, 1500.0, "mclp")
    assert len(chosen) == 3 and covered(chosen) == best


def test_pmedian_total_distance_equals_brute_force():
    demand, w, cand = small(4)
    d = cdist(demand, cand)

    def cost(chosen):
        return (w * d[:, list(chosen)].min(axis=1)).sum()

    best = min(cost(c) for c in itertools.combinations(range(10), 2))
    chosen = st.choose_sites(demand, w, cand, 2, 20_000.0, "pmedian")
    assert cost(chosen) == pytest.approx(best)


def test_sites_on_enterprises_with_a_candidate_layer(three_blobs):
    cand = gpd.GeoDataFrame(
        {"name": ["Pazhou", "Zhujiang New Town", "Panyu", "Conghua"]},
        geometry=gpd.points_from_xy([113.370, 113.325, 113.360, 113.586], [23.100, 23.120, 23.000, 23.548]),
        crs="EPSG:4326",
    )
    res = st.sites(three_blobs, cand, p=2, distance=1000)
    assert sorted(res.sites["name"]) == ["Pazhou", "Zhujiang New Town"] or len(res.sites) == 2
    s = res.summary.iloc[0]
    assert s["demand_covered"] == res.demand["covered"].sum() >= 300
    assert res.sites["points_covered"].sum() == res.demand["covered"].sum()
    assert res.demand["distance_m"].max() > 1000


def test_grid_candidates_and_aggregated_demand(three_blobs, monkeypatch):
    monkeypatch.setitem(st.LIMITS, "mclp", (50, 40))
    res = st.sites(three_blobs, None, p=3, distance=800, area="points")
    assert len(res.sites) == 3 and res.summary.iloc[0]["covered_pct"] > 60
    assert any("summed into" in n for n in res.notes) and any("blocks" in n for n in res.notes)


def test_candidate_outside_the_study_area_is_named(three_blobs):
    cand = gpd.GeoDataFrame(geometry=gpd.points_from_xy([113.37, 114.50], [23.10, 22.10]), crs="EPSG:4326")
    with pytest.raises(AnalysisInputError, match=r"candidate row 2 \(114.50000, 22.10000\) is outside the study area"):
        st.sites(three_blobs, cand, p=1, distance=1000)


def test_negative_weight_is_named(three_blobs):
    pts = three_blobs.assign(employees=1.0)
    pts.loc[pts.index[4], "employees"] = -3.0
    with pytest.raises(AnalysisInputError, match=r"weight field 'employees' has the value '-3.0' in row 5"):
        st.sites(pts, None, p=1, distance=1000, weight="employees")
