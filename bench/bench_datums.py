"""Speed and accuracy of the GCJ-02 / BD-09 conversions on 1,000,000 points.

Prints the median wall time of each conversion over 5 runs and the worst
round-trip error in metres. Target (issue 2): 1M points GCJ-02 → WGS84 (the
iterative, exact inverse) in under 1 s on this 2-core machine; round trip
under 0.01 m.

    python bench/bench_datums.py [--n 1000000]
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from gzmap.core import datums


def timed(fn, *args, runs=5):
    times, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn(*args)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    n = ap.parse_args().n
    rng = np.random.default_rng(42)
    # all of China's GCJ-02 box (the worst case), and Guangzhou (the usual case)
    china = (rng.uniform(73.7, 134.7, n), rng.uniform(18.2, 53.5, n))
    gz = (rng.uniform(112.95, 114.05, n), rng.uniform(22.5, 23.95, n))
    for label, (lon, lat) in (("China", china), ("Guangzhou", gz)):
        t_fwd, g = timed(datums.wgs84_to_gcj02, lon, lat)
        t_inv, w = timed(datums.gcj02_to_wgs84, *g)
        t_bd, b = timed(datums.wgs84_to_bd09, lon, lat)
        t_bdinv, w2 = timed(datums.bd09_to_wgs84, *b)
        err = np.hypot((w[0] - lon) * 111320 * np.cos(np.radians(lat)), (w[1] - lat) * 110574).max()
        err2 = np.hypot((w2[0] - lon) * 111320 * np.cos(np.radians(lat)), (w2[1] - lat) * 110574).max()
        print(
            f"{label}, {n:,} points: WGS84→GCJ-02 {t_fwd:.3f} s | GCJ-02→WGS84 {t_inv:.3f} s "
            f"(target < 1 s) | WGS84→BD-09 {t_bd:.3f} s | BD-09→WGS84 {t_bdinv:.3f} s | "
            f"max round-trip error GCJ {err * 1000:.4f} mm, BD {err2 * 1000:.4f} mm"
        )


if __name__ == "__main__":
    main()
