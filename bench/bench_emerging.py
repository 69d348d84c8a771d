"""Emerging hot spots: 200,000 enterprises over 15 yearly steps on a 500 m grid masked to Guangzhou.

Issue 17's target: under 30 s for the whole analysis (space-time cube, Gi* of
every bin with FDR, two Mann–Kendall trends per location, the 17 patterns and
the location polygons). The points are the seeded synthetic enterprises of
``synthetic.py`` (background over most of the city); founding years
2010-2024, later years more likely in Pazhou so that some patterns appear.
Also times the standard deviational ellipses of the same points by sub-sector
and year. Prints the figures.

Run: python bench/bench_emerging.py [N]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import CITY_EXTENT  # noqa: E402
from synthetic import make_enterprises  # noqa: E402

TARGET_S = 30.0


def enterprises(n: int):
    """Synthetic points with founding years 2010-2024 (Pazhou younger)."""
    gdf = make_enterprises(n, seed=17, background=0.3, background_extent=CITY_EXTENT)
    rng = np.random.default_rng(17)
    years = rng.integers(2010, 2025, n)
    pazhou = np.hypot((gdf.geometry.x - 113.370) * 102.4, (gdf.geometry.y - 23.100) * 110.6) < 2.0
    years[pazhou.to_numpy()] = 2024 - np.floor(rng.triangular(0, 0, 15, int(pazhou.sum()))).astype(int)
    gdf["founded"] = years
    return gdf


def main(n: int = 200_000) -> None:
    from gzmap.analysis.ellipse import directional_distribution
    from gzmap.analysis.registry import run

    gdf = enterprises(n)
    import gzmap.analysis.emerging  # noqa: F401  (imports are not the analysis's time)

    t = time.perf_counter()
    res = run("emerging", {"points": gdf}, {"time_field": "founded", "cell": 500.0, "steps": 15})
    seconds = time.perf_counter() - t
    loc = res.output("emerging")
    meta = loc.attrs["gzmap"]
    print(f"emerging hot spots: {n:,} points, {len(loc):,} locations x {meta['n_steps']} steps ")
    print(f"  ({len(loc) * meta['n_steps']:,} bins, band {meta['band_m']:g} m, FDR): {seconds:.1f} s")
    print(f"  target < {TARGET_S:.0f} s: {'met' if seconds < TARGET_S else 'NOT met'}")
    print(f"  {res.summary}")
    counts = loc["pattern_en"].value_counts()
    print("  " + "; ".join(f"{k}: {v:,}" for k, v in counts.items()))
    t = time.perf_counter()
    table, ellipses, _, drift, _ = directional_distribution(gdf, by="subsector", per="founded")
    print(f"ellipses by sub-sector and year: {len(ellipses)} ellipses, {len(drift)} drift lines: ", end="")
    print(f"{time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
