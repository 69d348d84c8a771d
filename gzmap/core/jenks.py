"""Fisher–Jenks natural breaks, exact and vectorised, on a fixed-seed sample of large data.

Fisher's (1958) dynamic programme finds the ``k`` classes of sorted values with the least
total within-class sum of squared deviations; mapclassify's ``FisherJenks`` computes the
same optimum in pure Python when numba is missing (3,000 values took 18 s). Here the inner
minimum runs over numpy vectors, ``k × n`` vector operations of length ``n``: 1,000 values
in about 0.1 s. numpy releases the GIL in those operations, so a fit in a worker thread
leaves the window responsive.

Above :data:`JENKS_SAMPLE` values the breaks are fitted on a sample: the sorted values,
:data:`JENKS_SAMPLE` of them drawn without replacement by ``numpy.random.default_rng(JENKS_SEED)``,
always with the smallest and the largest value. The sample depends only on the values (not
on the order of the rows), and the style records its size (``GraduatedStyle.sample``) next
to the breaks; the canvas, the print and the HTML page all read those breaks, so they agree.
``docs/analysis/classification.md`` explains the choice.
"""

from __future__ import annotations

import numpy as np

__all__ = ["JENKS_SAMPLE", "JENKS_SEED", "fisher_jenks", "jenks_sample", "sampled_fisher_jenks"]

#: Values above which Fisher–Jenks is fitted on a sample, and the sample's size.
JENKS_SAMPLE = 1000
#: Seed of the sample (``numpy.random.default_rng``).
JENKS_SEED = 0


def fisher_jenks(values, k: int) -> list[float]:
    """Upper bounds of the ``k`` Fisher–Jenks classes of ``values`` (finite numbers, any units).

    The last bound is the largest value. Fewer distinct values than ``k`` give one class per
    value. Raises ``ValueError`` for no values.
    """
    x = np.sort(np.asarray(values, dtype=float))
    if x.size == 0:
        raise ValueError("no values to classify")
    distinct = np.unique(x)
    if distinct.size <= k:
        return [float(v) for v in distinct]
    x = x - x.mean()  # sums of squares without cancellation
    n = x.size
    s1 = np.concatenate(([0.0], np.cumsum(x)))
    s2 = np.concatenate(([0.0], np.cumsum(x * x)))
    ends = np.arange(n)  # class ends j (inclusive)
    # cost[j]: the best sum of squared deviations of x[0..j] in c+1 classes
    cost = s2[1:] - s1[1:] ** 2 / (ends + 1)
    starts = np.zeros((k, n), dtype=np.int64)  # first index of the last class ending at j
    for c in range(1, k):
        best = np.full(n, np.inf)
        arg = np.zeros(n, dtype=np.int64)
        for i in range(c, n):  # the last class starts at i and ends at j >= i
            js = ends[i:]
            width = js + 1 - i
            ssd = (s2[js + 1] - s2[i]) - (s1[js + 1] - s1[i]) ** 2 / width
            total = cost[i - 1] + ssd
            better = total < best[i:]
            best[i:][better] = total[better]
            arg[i:][better] = i
        cost, starts[c] = best, arg
    bounds = []
    j = n - 1
    for c in range(k - 1, -1, -1):
        bounds.append(j)
        j = int(starts[c][j]) - 1 if c else -1
    xs = np.sort(np.asarray(values, dtype=float))
    return [float(xs[b]) for b in sorted(bounds)]


def jenks_sample(values, size: int = JENKS_SAMPLE, seed: int = JENKS_SEED) -> np.ndarray:
    """The values Fisher–Jenks is fitted on: all of them up to ``size``, else a fixed-seed sample
    of ``size`` from the sorted values that keeps the smallest and the largest."""
    x = np.sort(np.asarray(values, dtype=float))
    if x.size <= size:
        return x
    rng = np.random.default_rng(seed)
    inner = rng.choice(x.size - 2, size=size - 2, replace=False) + 1
    return np.concatenate(([x[0]], x[np.sort(inner)], [x[-1]]))


def sampled_fisher_jenks(values, k: int, size: int = JENKS_SAMPLE) -> tuple[list[float], int | None]:
    """``(upper bounds, sample size or None)``: Fisher–Jenks on :func:`jenks_sample` of ``values``;
    the size is None when every value was used."""
    x = np.asarray(values, dtype=float)
    x = x[np.isfinite(x)]
    sample = jenks_sample(x, size)
    return fisher_jenks(sample, k), (int(sample.size) if sample.size < x.size else None)
