"""Kernel density: GZMap vs QGIS 3.22 ``qgis:heatmapkerneldensityestimation`` (quartic, raw values).

Same 200,000-point GeoPackage (EPSG:32649), 500 m bandwidth, 50 m cells.
Agreement: GZMap evaluated on QGIS's own grid (its GeoTIFF's transform and
size: QGIS extends the points' extent by the radius and adds one row and
column), Pearson r over all cells (no-data as 0), for the exact and the
binned (FFT) evaluation, from the points as ``gzmap density`` reads them
(:func:`gzmap.io.point_coords.read_point_coords`). Speed: end-to-end wall
time (read, compute, write GeoTIFF) of ``gzmap density`` and
``qgis_process``, best of 3 each, plus each tool's start-up time on a
10-point file, subtracted for a second ratio.

The points are clustered at the figures.md places with a background scatter
over most of Guangzhou (``--centre`` confines it to the central districts,
a much smaller grid on which fixed start-up costs dominate).

Run: python bench/bench_kde_vs_qgis.py [N] [--centre]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _peers import best_of  # noqa: E402
from _peers import qgis_available  # noqa: E402
from _peers import run_gzmap  # noqa: E402
from _peers import run_qgis  # noqa: E402
from synthetic import CENTRE_EXTENT  # noqa: E402
from synthetic import CITY_EXTENT  # noqa: E402
from synthetic import make_enterprises  # noqa: E402


def main():
    import rasterio

    from gzmap.analysis.kde import kde_xy
    from gzmap.io.point_coords import read_point_coords

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 200_000
    extent = CENTRE_EXTENT if "--centre" in sys.argv else CITY_EXTENT
    tmp = Path(tempfile.mkdtemp(prefix="gzmap_bench_"))
    src, tiny = tmp / "enterprises.gpkg", tmp / "tiny.gpkg"
    make_enterprises(n, seed=5, crs="EPSG:32649", background_extent=extent).to_file(src, engine="pyogrio")
    print(f"background scatter over {extent} (lon/lat degrees)")
    make_enterprises(10, seed=5, crs="EPSG:32649").to_file(tiny, engine="pyogrio")
    print(f"input: {n:,} synthetic points (EPSG:32649); quartic kernel, bandwidth 500 m, cells 50 m")
    if not qgis_available():
        print("QGIS not installed: skipping the peer")
        return
    q_out, g_out = tmp / "qgis.tif", tmp / "gzmap.tif"
    qparams = dict(RADIUS=500, PIXEL_SIZE=50, KERNEL=0, OUTPUT_VALUE=0)
    tq = best_of(3, run_qgis, "qgis:heatmapkerneldensityestimation", INPUT=src, OUTPUT=q_out, **qparams)
    tg = best_of(3, run_gzmap, "density", str(src), "-o", str(g_out), "--bandwidth", "500", "--cell", "50")
    tq0 = best_of(3, run_qgis, "qgis:heatmapkerneldensityestimation", INPUT=tiny, OUTPUT=tmp / "q0.tif", **qparams)
    tg0 = best_of(3, run_gzmap, "density", str(tiny), "-o", str(tmp / "g0.tif"), "--bandwidth", "500", "--cell", "50")
    with rasterio.open(q_out) as r:
        q = r.read(1, masked=True).filled(0.0).astype(float)
        T = r.transform
    pts = read_point_coords(src)
    print(f"QGIS grid: {q.shape[0]} x {q.shape[1]} cells, origin ({T.c:.2f}, {T.f:.2f})")
    for method in ("exact", "binned"):
        qgis_grid = ((T.a, T.b, T.c, T.d, T.e, T.f), q.shape)
        g = kde_xy(pts.x, pts.y, pts.crs, 500, 50, method=method, grid=qgis_grid).values
        g = np.nan_to_num(g)
        r_ = np.corrcoef(g.ravel(), q.ravel())[0, 1]
        # QGIS's raw quartic is (1 - d²/h²)²; ours is that times 3/(pi h²) per m², x 1e6 per km²
        scale = 3 / (np.pi * 500**2) * 1e6
        rel = np.abs(g - q * scale).max() / (q.max() * scale)
        print(f"GZMap {method:6s} on QGIS's grid: r = {r_:.6f}; max |difference| = {rel:.2%} of the peak")
    print(f"end to end, best of 3: QGIS {tq:.2f} s, GZMap {tg:.2f} s -> {tq / tg:.1f}x")
    print(
        f"start-up (10 points): QGIS {tq0:.2f} s, GZMap {tg0:.2f} s; without it: QGIS {tq - tq0:.2f} s, "
        f"GZMap {tg - tg0:.2f} s -> {(tq - tq0) / max(tg - tg0, 1e-3):.1f}x"
    )


if __name__ == "__main__":
    main()
