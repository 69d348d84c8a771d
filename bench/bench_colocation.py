"""Co-location at city scale: global + local CLQ with 99 permutations, and cross-L with 99 envelopes.

    .venv/bin/python bench/bench_colocation.py [N]

N synthetic enterprises (default 100,000; bench/synthetic.py, 10 sub-sectors
clustered around the figures.md places). Prints the seconds and the peak
resident memory of each step (targets of issue 17: CLQ < 60 s and < 4 GB;
cross-L of one pair < 60 s).
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_enterprises  # noqa: E402

from gzmap.analysis.colocation import colocation  # noqa: E402
from gzmap.analysis.cross_k import cross_k  # noqa: E402


def peak_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    pts = make_enterprises(n)
    print(f"{n:,} synthetic enterprises, {pts['subsector'].nunique()} sub-sectors; peak so far {peak_gb():.2f} GB")
    t = time.perf_counter()
    res = colocation(pts, "subsector", k=8, kernel="gaussian", permutations=99)
    dt = time.perf_counter() - t
    cls = res.points["clq_class"].value_counts().to_dict()
    print(
        f"global CLQ ({len(res.matrix)}x{len(res.matrix)}) + local CLQ, k=8, 99 permutations: {dt:.1f} s, "
        f"peak {peak_gb():.2f} GB; classes {cls}"
    )
    counts = pts["subsector"].value_counts()
    a, b = counts.index[0], counts.index[1]
    for max_d in (500.0, 1000.0):
        t = time.perf_counter()
        out = cross_k(pts, "subsector", a, b, max_distance=max_d, steps=40, envelopes=99)
        dt = time.perf_counter() - t
        print(
            f"cross-L {a} ({counts[a]:,}) x {b} ({counts[b]:,}), 40 distances to {max_d:g} m, 99 envelopes: "
            f"{dt:.1f} s, peak {peak_gb():.2f} GB, pairs listed: {out.attrs['pairs_listed']}, "
            f"patterns {out['pattern'].value_counts().to_dict()}"
        )


if __name__ == "__main__":
    main()
