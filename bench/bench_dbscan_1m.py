"""DBSCAN on 1,000,000 points: peak memory (bounded neighbourhoods) and time.

Runs GZMap's DBSCAN in a child process and reads its peak resident memory
(``ru_maxrss``); prints what scikit-learn's ``DBSCAN`` would hold for the
same data (every neighbourhood stored: 8 bytes per neighbour, counted with
a k-d tree) rather than running it to exhaustion on a shared machine.

Run: python bench/bench_dbscan_1m.py [N] [EPS] [MIN_SAMPLES]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHILD = r"""
import resource, sys, time
sys.path.insert(0, {bench!r})
from synthetic import make_enterprises
from gzmap.analysis.metric import metric_points
from gzmap.analysis.dbscan import dbscan_labels
import numpy as np
pts = metric_points(make_enterprises({n}, seed=21))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t = time.perf_counter()
labels, core = dbscan_labels(pts.xy, {eps}, {ms})
dt = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{{dt:.2f}} {{before:.0f}} {{peak:.0f}} {{labels.max() + 1}} {{int((labels < 0).sum())}} {{int(core.sum())}}")
if {estimate}:
    from scipy.spatial import cKDTree
    counts = cKDTree(pts.xy).query_ball_point(pts.xy, {eps}, return_length=True)
    print(int(counts.sum()))
"""


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    eps = float(sys.argv[2]) if len(sys.argv) > 2 else 300.0
    ms = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    code = CHILD.format(bench=str(Path(__file__).resolve().parent), n=n, eps=eps, ms=ms, estimate=True)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if out.returncode:
        print(out.stderr)
        raise SystemExit(1)
    first, second = out.stdout.strip().splitlines()[:2]
    dt, before, peak, k, noise, core = first.split()
    total_nbrs = int(second)
    print(
        f"{n:,} synthetic points, eps {eps:g} m, min samples {ms}: {k} clusters, {int(noise):,} noise, "
        f"{int(core):,} core points"
    )
    print(
        f"GZMap DBSCAN: {float(dt):.1f} s; peak resident memory {float(peak) / 1024:.2f} GB "
        f"(process incl. data {float(before) / 1024:.2f} GB before clustering) -> "
        f"{'OK' if float(peak) < 4096 else 'OVER'} (target < 4 GB)"
    )
    print(
        f"scikit-learn DBSCAN would store {total_nbrs:,} neighbour indices "
        f"(~{total_nbrs * 8 / 1e9:.1f} GB as int64, before its own overhead)"
    )


if __name__ == "__main__":
    main()
