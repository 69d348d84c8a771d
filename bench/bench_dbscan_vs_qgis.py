"""DBSCAN: GZMap vs QGIS 3.22 ``native:dbscanclustering`` on the same 200,000-point GeoPackage.

Prints the agreement of labels (adjusted Rand index, noise counted once as
its own group and again with every noise point as its own singleton) for
classic DBSCAN and DBSCAN* (border points as noise), and end-to-end wall
times (read, cluster, write) of ``gzmap clusters`` and ``qgis_process``,
best of 2 runs each, run one after the other on this machine.

Run: python bench/bench_dbscan_vs_qgis.py [N] [EPS] [MIN_SAMPLES]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _peers import best_of, qgis_available, run_gzmap, run_qgis  # noqa: E402
from synthetic import make_enterprises  # noqa: E402


def ari(a, b, noise_singletons=False):
    from sklearn.metrics import adjusted_rand_score

    a, b = np.asarray(a).copy(), np.asarray(b).copy()
    if noise_singletons:
        big = 10_000_000
        a[a < 0] = big + np.flatnonzero(a < 0)
        b[b < 0] = big + np.flatnonzero(b < 0)
    return adjusted_rand_score(a, b)


def main():
    import pyogrio

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    eps = float(sys.argv[2]) if len(sys.argv) > 2 else 300.0
    ms = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    tmp = Path(tempfile.mkdtemp(prefix="gzmap_bench_"))
    src = tmp / "enterprises.gpkg"
    make_enterprises(n, seed=11, crs="EPSG:32649").to_file(src, engine="pyogrio")
    print(f"input: {n:,} synthetic points, EPSG:32649 GeoPackage; eps {eps:g} m, min samples {ms}")
    if not qgis_available():
        print("QGIS not installed: skipping the peer")
        return
    results = {}
    for star in (False, True):
        tag = "DBSCAN*" if star else "DBSCAN"
        q_out, g_out = tmp / f"qgis_{star}.gpkg", tmp / f"gzmap_{star}.gpkg"
        tq = best_of(2, run_qgis, "native:dbscanclustering", INPUT=src, MIN_SIZE=ms, EPS=eps,
                     **{"DBSCAN*": str(star).lower()}, FIELD_NAME="CLUSTER_ID", SIZE_FIELD_NAME="CLUSTER_SIZE",
                     OUTPUT=q_out)
        tg = best_of(2, run_gzmap, "clusters", str(src), "-o", str(g_out), "--eps", str(eps), "--min-samples",
                     str(ms), "--border", "noise" if star else "first")
        q = pyogrio.read_dataframe(q_out, columns=["id", "CLUSTER_ID"], read_geometry=False)
        g = pyogrio.read_dataframe(g_out, layer="points", columns=["id", "cluster"], read_geometry=False)
        q = q.set_index("id")["CLUSTER_ID"].fillna(-1).astype(int)
        g = g.set_index("id")["cluster"].astype(int).reindex(q.index)
        results[tag] = (tq, tg)
        print(f"\n{tag}: clusters QGIS {q[q >= 0].nunique()}, GZMap {g[g >= 0].nunique()}; "
              f"noise QGIS {(q < 0).sum():,}, GZMap {(g < 0).sum():,}")
        print(f"  adjusted Rand index: {ari(q, g):.6f} (noise one group), "
              f"{ari(q, g, True):.6f} (noise as singletons); labels differ on {int(((q < 0) != (g < 0)).sum())} points' noise status")
        print(f"  end to end (read, cluster, write; best of 2): QGIS {tq:.2f} s, GZMap {tg:.2f} s "
              f"(GZMap also writes hulls, profiles and a summary CSV) -> {tq / tg:.1f}x")
    # in-process timing of GZMap's labelling alone
    from gzmap.analysis.clusters import dbscan
    from gzmap.io.vector import read_vector

    t = time.perf_counter()
    gdf = read_vector(src, use_arrow=True)
    t_read = time.perf_counter() - t
    t = time.perf_counter()
    dbscan(gdf, eps, ms)
    t_lab = time.perf_counter() - t
    print(f"\nGZMap in process: read {t_read:.2f} s, DBSCAN labels {t_lab:.2f} s")


if __name__ == "__main__":
    main()
