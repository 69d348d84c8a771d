"""DBSCAN: GZMap vs QGIS 3.22 ``native:dbscanclustering``, end to end, on two inputs in the same run.

1. ``spread``: 200,000 synthetic enterprises (seven places plus a 12 %
   background), eps 300 m, min 20 (as before);
2. ``clustered``: strongly clustered, small radius: six clusters of 25,000
   points (σ ≈ 400 m) plus 50,000 uniform background points, eps 150 m,
   min 20 (issue 14).

For each, classic DBSCAN and DBSCAN* (border points as noise): the agreement
of labels (adjusted Rand index, noise counted once as its own group and
again with every noise point as its own singleton) and end-to-end wall times
(read, cluster, write) of ``gzmap clusters`` and ``qgis_process``, best of 2
runs each, run one after the other on this machine.

Run: python bench/bench_dbscan_vs_qgis.py [spread|clustered ...]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _peers import best_of  # noqa: E402
from _peers import qgis_available  # noqa: E402
from _peers import run_gzmap  # noqa: E402
from _peers import run_qgis  # noqa: E402
from synthetic import SUBSECTORS  # noqa: E402
from synthetic import make_enterprises  # noqa: E402


def ari(a, b, noise_singletons=False):
    from sklearn.metrics import adjusted_rand_score

    a, b = np.asarray(a).copy(), np.asarray(b).copy()
    if noise_singletons:
        big = 10_000_000
        a[a < 0] = big + np.flatnonzero(a < 0)
        b[b < 0] = big + np.flatnonzero(b < 0)
    return adjusted_rand_score(a, b)


def strongly_clustered(seed: int = 5, per_cluster: int = 25_000, sigma: float = 400.0, background: int = 50_000):
    """Six Gaussian clusters (σ metres) around Guangzhou's digital-culture places plus a uniform background
    over the central districts, in EPSG:32649 (metres)."""
    import geopandas as gpd

    rng = np.random.default_rng(seed)
    centres = np.array(
        [
            [752_000, 2_556_000],
            [747_500, 2_558_300],
            [758_600, 2_563_900],
            [764_000, 2_559_500],
            [751_300, 2_545_000],
            [741_800, 2_565_900],
        ],
        dtype=float,
    )
    xy = [c + rng.normal(0, sigma, (per_cluster, 2)) for c in centres]
    xy.append(
        np.column_stack([rng.uniform(725_000, 775_000, background), rng.uniform(2_540_000, 2_575_000, background)])
    )
    xy = np.concatenate(xy)[rng.permutation(6 * per_cluster + background)]
    n = len(xy)
    return gpd.GeoDataFrame(
        {"id": np.arange(n), "subsector": rng.choice(SUBSECTORS, n), "employees": rng.integers(1, 200, n)},
        geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]),
        crs="EPSG:32649",
    )


CASES = {
    "spread": (lambda: make_enterprises(200_000, seed=11, crs="EPSG:32649"), 300.0, 20),
    "clustered": (strongly_clustered, 150.0, 20),
}


def compare(tmp: Path, src: Path, tag: str, eps: float, ms: int, star: bool) -> float:
    """Run both tools on ``src``; print agreement and times; returns the speed-up."""
    import pyogrio

    q_out, g_out = tmp / f"qgis_{tag}_{star}.gpkg", tmp / f"gzmap_{tag}_{star}.gpkg"
    tq = best_of(
        2,
        run_qgis,
        "native:dbscanclustering",
        INPUT=src,
        MIN_SIZE=ms,
        EPS=eps,
        **{"DBSCAN*": str(star).lower()},
        FIELD_NAME="CLUSTER_ID",
        SIZE_FIELD_NAME="CLUSTER_SIZE",
        OUTPUT=q_out,
    )
    tg = best_of(
        2,
        run_gzmap,
        "clusters",
        str(src),
        "-o",
        str(g_out),
        "--eps",
        str(eps),
        "--min-samples",
        str(ms),
        "--border",
        "noise" if star else "first",
    )
    q = pyogrio.read_dataframe(q_out, columns=["id", "CLUSTER_ID"], read_geometry=False)
    g = pyogrio.read_dataframe(g_out, layer="points", columns=["id", "cluster"], read_geometry=False)
    q = q.set_index("id")["CLUSTER_ID"].fillna(-1).astype(int)
    g = g.set_index("id")["cluster"].astype(int).reindex(q.index)
    name = "DBSCAN*" if star else "DBSCAN"
    print(
        f"\n{tag} / {name}: clusters QGIS {q[q >= 0].nunique()}, GZMap {g[g >= 0].nunique()}; "
        f"noise QGIS {(q < 0).sum():,}, GZMap {(g < 0).sum():,}"
    )
    print(
        f"  adjusted Rand index: {ari(q, g):.6f} (noise one group), {ari(q, g, True):.6f} (noise as singletons); "
        f"labels differ on {int(((q < 0) != (g < 0)).sum())} points' noise status"
    )
    print(
        f"  end to end (read, cluster, write; best of 2): QGIS {tq:.2f} s, GZMap {tg:.2f} s "
        f"(GZMap also writes hulls, profiles and a summary CSV) -> {tq / tg:.1f}x"
    )
    return tq / tg


def in_process(src: Path, eps: float, ms: int) -> None:
    """GZMap's own steps timed in one process: read, label, profile, write."""
    from gzmap.analysis.registry import run
    from gzmap.commands._analysis_input import write_gpkg_layers
    from gzmap.io.vector import read_vector

    t0 = time.perf_counter()
    gdf = read_vector(src, use_arrow=True)
    t1 = time.perf_counter()
    res = run("clusters", {"points": gdf}, {"eps": eps, "min_samples": ms})
    t2 = time.perf_counter()
    out = src.with_name("inproc.gpkg")
    write_gpkg_layers({"points": res.output("points"), "clusters": res.output("clusters")}, out)
    res.output("summary").to_csv(src.with_name("inproc.csv"))
    t3 = time.perf_counter()
    print(f"  GZMap in process: read {t1 - t0:.2f} s, DBSCAN + profiles {t2 - t1:.2f} s, write {t3 - t2:.2f} s")


def main():
    tmp = Path(tempfile.mkdtemp(prefix="gzmap_bench_"))
    wanted = sys.argv[1:] or list(CASES)
    speedups = {}
    for tag in wanted:
        make, eps, ms = CASES[tag]
        src = tmp / f"{tag}.gpkg"
        gdf = make()
        gdf.to_file(src, engine="pyogrio")
        print(f"\n== {tag}: {len(gdf):,} points, EPSG:32649 GeoPackage; eps {eps:g} m, min samples {ms}")
        in_process(src, eps, ms)
        if not qgis_available():
            print("QGIS not installed: skipping the peer")
            continue
        for star in (False, True):
            speedups[(tag, star)] = compare(tmp, src, tag, eps, ms, star)
    if speedups:
        print(
            "\nspeed-up (QGIS time / GZMap time): "
            + ", ".join(f"{tag}{'*' if star else ''} {s:.1f}x" for (tag, star), s in speedups.items())
        )


if __name__ == "__main__":
    main()
