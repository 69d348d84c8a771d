import geopandas as gpd
import numpy as np
import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from sklearn.cluster import DBSCAN
from sklearn.metrics import adjusted_rand_score

from gzmap.analysis.clusters import cluster_profiles
from gzmap.analysis.clusters import dbscan
from gzmap.analysis.clusters import find_clusters
from gzmap.analysis.clusters import hdbscan
from gzmap.analysis.dbscan import dbscan_labels
from gzmap.analysis.metric import AnalysisInputError


def test_three_known_clusters_are_recovered_and_noise_kept(three_blobs):
    res = find_clusters(three_blobs, eps=200, min_samples=10)
    pts = res.points
    assert len(pts) == len(three_blobs)  # nothing dropped
    assert res.n_clusters == 3
    clustered = pts[pts["truth"] >= 0]
    # every blob is one cluster, and different blobs are different clusters
    assert adjusted_rand_score(clustered["truth"], clustered["cluster"]) > 0.98
    noise = pts[pts["cluster"] == -1]
    assert (noise["cluster_role"] == "noise").all()
    assert len(noise) >= 50  # the scattered points stay, labelled as noise
    assert set(pts["cluster_role"]) <= {"core", "border", "noise"}


def test_profiles_name_the_dominant_subsector_and_district(three_blobs):
    res = find_clusters(three_blobs, eps=200, min_samples=10)
    c = res.clusters.set_index("dominant_subsector")
    assert set(c.index) == {"games", "animation", "live_streaming"}
    assert c.loc["games", "district_en"] == "Haizhu"  # Pazhou
    assert c.loc["animation", "district_en"] == "Tianhe"  # Zhujiang New Town
    assert c.loc["live_streaming", "district_en"] == "Panyu"
    assert (c["dominant_share"] > 0.9).all()
    # ~150 points within a Gaussian of 150 m: hull area well under 1 km², density consistent
    assert (c["area_km2"] > 0.05).all() and (c["area_km2"] < 1.5).all()
    np.testing.assert_allclose(c["density_km2"], c["n_points"] / c["area_km2"], rtol=1e-3)
    assert ((c["centroid_lon"] - 113.37).abs() < 0.01).sum() == 1
    summary = res.summary()
    assert summary.iloc[-1]["cluster"] == -1
    assert summary["n_points"].sum() == len(three_blobs)


def test_concave_hull_is_inside_convex_hull(three_blobs):
    convex = find_clusters(three_blobs, eps=200, min_samples=10, hull="convex").clusters
    concave = find_clusters(three_blobs, eps=200, min_samples=10, hull="concave", concave_ratio=0.1).clusters
    assert (concave["area_km2"].to_numpy() < convex["area_km2"].to_numpy()).all()


def test_labels_identical_to_scikit_learn_including_border_points():
    rng = np.random.default_rng(3)
    xy = np.vstack(
        [rng.normal(c, 400, (800, 2)) for c in ([0, 0], [1500, 0], [700, 1800])] + [rng.uniform(-2000, 4000, (600, 2))]
    )
    for eps, ms in ((150, 8), (300, 20), (80, 3)):
        ours, core = dbscan_labels(xy, eps, ms)
        ref = DBSCAN(eps=eps, min_samples=ms).fit(xy)
        ref_core = np.zeros(len(xy), bool)
        ref_core[ref.core_sample_indices_] = True
        np.testing.assert_array_equal(core, ref_core)
        np.testing.assert_array_equal(ours, ref.labels_)  # same numbering, border points included
        # a tiny pair budget (many strips) changes nothing
        np.testing.assert_array_equal(dbscan_labels(xy, eps, ms, pair_budget=500)[0], ours)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.floats(5, 60), st.integers(1, 6))
def test_property_same_as_scikit_learn(seed, eps, ms):
    rng = np.random.default_rng(seed)
    xy = np.round(rng.uniform(0, 300, (120, 2)), 1)  # rounded: duplicates and exact-distance ties happen
    ours, _ = dbscan_labels(xy, eps, ms)
    np.testing.assert_array_equal(ours, DBSCAN(eps=eps, min_samples=ms).fit(xy).labels_)


def test_dbscan_star_makes_border_points_noise(three_blobs):
    classic = dbscan(three_blobs, 200, 10)
    star = dbscan(three_blobs, 200, 10, border="noise")
    border = classic["cluster_role"] == "border"
    assert border.any()
    assert (star.loc[border, "cluster"] == -1).all()
    core = classic["cluster_role"] == "core"
    assert adjusted_rand_score(classic.loc[core, "cluster"], star.loc[core, "cluster"]) == 1.0


def test_metres_not_degrees(three_blobs):
    """The same layer in EPSG:4326 and EPSG:32649 gives the same clusters: eps is metres in both."""
    a = dbscan(three_blobs, 200, 10)
    b = dbscan(three_blobs.to_crs("EPSG:32649"), 200, 10)
    np.testing.assert_array_equal(a["cluster"], b["cluster"])


def test_hdbscan_recovers_blobs(three_blobs):
    out = hdbscan(three_blobs, min_cluster_size=40)
    clustered = out[out["truth"] >= 0]
    assert out["cluster"].max() == 3
    assert adjusted_rand_score(clustered["truth"], clustered["cluster"]) > 0.95
    assert ((out["cluster"] == -1) == (out["cluster_role"] == "noise")).all()


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"eps": 0}, "eps must be greater than 0"),
        ({"eps": -5}, "eps must be greater than 0"),
        ({"min_samples": 0}, "min_samples must be at least 1"),
        ({"method": "kmeans"}, "unknown method 'kmeans'"),
        ({"hull": "alpha"}, "hull must be one of convex, concave"),
    ],
)
def test_bad_parameters_are_refused_before_work(three_blobs, kwargs, message):
    with pytest.raises(AnalysisInputError, match=message):
        find_clusters(three_blobs, **kwargs)


def test_bad_layers_are_refused(three_blobs):
    with pytest.raises(AnalysisInputError, match="empty"):
        find_clusters(three_blobs.iloc[:0])
    with pytest.raises(AnalysisInputError, match="at least 2"):
        find_clusters(three_blobs.iloc[:1])
    same = gpd.GeoDataFrame(geometry=gpd.points_from_xy([113.3] * 50, [23.1] * 50), crs="EPSG:4326")
    with pytest.raises(AnalysisInputError, match="all 50 points are at the same location"):
        find_clusters(same)
    nocrs = three_blobs.set_crs(None, allow_override=True)
    with pytest.raises(AnalysisInputError, match="no coordinate reference system"):
        find_clusters(nocrs)
    with pytest.raises(AnalysisInputError, match="no coordinate reference system"):  # a metric CRS does not say
        find_clusters(nocrs, crs="EPSG:32649")  # where the points are
    with pytest.raises(AnalysisInputError, match="geographic CRS in degrees"):
        find_clusters(three_blobs, crs="EPSG:4326")
    bad = three_blobs.copy()
    bad.loc[5, "geometry"] = None
    with pytest.raises(AnalysisInputError, match="row 6 has no location"):
        find_clusters(bad)
    poly = three_blobs.copy()
    poly["geometry"] = poly.to_crs("EPSG:32649").buffer(50).to_crs("EPSG:4326")
    with pytest.raises(AnalysisInputError, match="expects point features; row 1 is a Polygon"):
        find_clusters(poly)


def test_profiles_need_labels(three_blobs):
    with pytest.raises(AnalysisInputError, match="no 'cluster' column"):
        cluster_profiles(three_blobs)


def test_progress_is_reported_and_cancel_stops(three_blobs):
    from gzmap.core.progress import Cancelled

    seen = []
    find_clusters(three_blobs, eps=200, min_samples=10, progress=lambda f, m="": seen.append(f))
    assert seen and seen == sorted(seen) and seen[-1] == 1.0

    def cancel(f, m=""):
        if f > 0.3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        find_clusters(three_blobs, eps=200, min_samples=10, progress=cancel)
