"""Gi* hot spots: agreement with esda and time on a 250 m grid over Guangzhou.

1. Agreement: Gi* z-scores (and esda's p_sim, same seed) of GZMap and
   ``esda.G_Local(star=True)`` for the same binary queen/hex weights
   (libpysal W built from GZMap's neighbour lists) on grids of a few
   thousand cells.
2. Scale: ``gzmap.analysis.hotspots.hotspots`` with 250 m square cells over
   the built-in Guangzhou districts (~120,000 cells), 999 permutations,
   200,000 synthetic points; wall time and class counts.

Run: python bench/bench_gistar.py
"""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import make_enterprises  # noqa: E402


def main():
    import esda
    import libpysal

    from gzmap.analysis.hotspots import getis_ord_star
    from gzmap.analysis.hotspots import hotspots
    from gzmap.analysis.hotspots import make_grid
    from gzmap.analysis.metric import metric_points

    pts = metric_points(make_enterprises(20_000, seed=3))
    for shape, cell in (("square", 600), ("hex", 600)):
        grid = make_grid(pts.x, pts.y, cell, shape)
        which = grid.cell_of(pts.x, pts.y)
        y = np.bincount(which[which >= 0], minlength=len(grid)).astype(float)
        w = libpysal.weights.W(
            {i: grid.indices[grid.indptr[i] : grid.indptr[i + 1]].tolist() for i in range(len(grid))},
            silence_warnings=True,
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            t = time.perf_counter()
            ref = esda.G_Local(y, w, transform="B", star=True, permutations=999, seed=42)
            t_esda = time.perf_counter() - t
        t = time.perf_counter()
        ours = getis_ord_star(y, grid.indptr, grid.indices, transform="B", permutations=999, seed=42)
        t_ours = time.perf_counter() - t
        dz = np.abs(ours["Zs"] - ref.Zs).max()
        dp = np.abs(ours["p_sim"] - np.asarray(ref.p_sim, dtype=float)).max()
        print(
            f"{shape:6s} {len(grid):,} cells of {cell} m, 999 permutations: max |z - esda z| = {dz:.2e} "
            f"({'OK' if dz < 1e-6 else 'FAIL'} at 1e-6); max |p_sim - esda p_sim| = {dp:.1e}; "
            f"time esda {t_esda:.1f} s (no numba), GZMap {t_ours:.1f} s"
        )

    g = make_enterprises(200_000, seed=3)
    t = time.perf_counter()
    cells = hotspots(g, 250, permutations=999, area="guangzhou")
    dt = time.perf_counter() - t
    counts = cells["gi_class"].value_counts().sort_index(ascending=False).to_dict()
    print(
        f"\nGuangzhou, 250 m squares: {len(cells):,} cells, 200,000 points, 999 permutations: {dt:.1f} s "
        f"({'OK' if dt < 30 else 'SLOW'}: target < 30 s); classes {counts}"
    )


if __name__ == "__main__":
    main()
